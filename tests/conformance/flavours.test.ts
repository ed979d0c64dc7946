// The three JSON flavours SharePoint speaks: the same item, collection and error in
// verbose, minimalmetadata and nometadata, with their Content-Types.
import type { IListInfo } from '@pnp/sp/lists';
import { uniqueName, useTarget } from './harness';
import { asJson, type Json } from './support/json';
import { listNotFound } from './support/expectations';
import { readSpError } from './support/spError';

const target = useTarget();

const accept = {
  verbose: 'application/json;odata=verbose',
  minimal: 'application/json;odata=minimalmetadata',
  nometadata: 'application/json;odata=nometadata',
} as const;

// Content-Types as SPO writes them inside $batch replies (cli-microsoft365 listitem-batch mocks).
const contentType = {
  verbose: /^application\/json;odata=verbose;charset=utf-8$/i,
  minimal: /^application\/json;odata=minimalmetadata;streaming=true;charset=utf-8$/i,
  nometadata: /^application\/json;odata=nometadata;streaming=true;charset=utf-8$/i,
};

let list: IListInfo;
let itemId: number;
let itemPath: string;

beforeAll(async () => {
  const t = target();
  list = await t.createList(uniqueName('Flavours'));
  const fields = t.sp().web.lists.getById(list.Id).fields;
  await fields.addNumber('Antal');
  await fields.addMultiChoice('Val', { Choices: ['A', 'B', 'C'] });
  const item = await t
    .sp()
    .web.lists.getById(list.Id)
    .items.add({ Title: 'Smaka', Antal: 11, Val: ['A', 'C'] });
  itemId = (item as { Id: number }).Id;
  itemPath = `web/lists/getByTitle('${list.Title}')/items(${itemId})`;
});

async function get(path: string, acceptHeader: string): Promise<{ res: Response; body: Json }> {
  const res = await target().raw(path, { accept: acceptHeader });
  expect(res.status).toBe(200);
  return { res, body: asJson(await res.json()) };
}

describe('one item in each flavour', () => {
  it('verbose wraps the entity in d with __metadata', async () => {
    const { res, body } = await get(itemPath, accept.verbose);
    expect(res.headers.get('content-type')).toMatch(contentType.verbose);
    const d = body.d as Json;
    const meta = d.__metadata as Json;
    expect(meta.type).toBe(list.ListItemEntityTypeFullName);
    expect(meta.etag).toBe('"1"');
    // A real SPO item's uri: .../_api/Web/Lists(guid'…')/Items(1) (sharepoint.stackexchange.com/questions/115433).
    expect(String(meta.uri).toLowerCase()).toBe(
      `${target().siteUrl}/_api/Web/Lists(guid'${list.Id}')/Items(${itemId})`.toLowerCase(),
    );
    expect(typeof meta.id).toBe('string');
    expect(d.Title).toBe('Smaka');
    expect(d.Antal).toBe(11);
    expect(d.Id).toBe(itemId);
    // Multi-value fields in verbose: {"__metadata":{"type":"Collection(Edm.String)"},"results":[...]}.
    expect(d.Val).toEqual({ __metadata: { type: 'Collection(Edm.String)' }, results: ['A', 'C'] });
  });

  it('minimalmetadata carries odata.* annotations beside the properties', async () => {
    const { res, body } = await get(itemPath, accept.minimal);
    expect(res.headers.get('content-type')).toMatch(contentType.minimal);
    expect(String(body['odata.metadata'])).toMatch(
      new RegExp(`\\$metadata#SP\\.ListData\\.${list.EntityTypeName}Items/@Element$`),
    );
    expect(body['odata.type']).toBe(list.ListItemEntityTypeFullName);
    expect(body['odata.etag']).toBe('"1"');
    expect(String(body['odata.editLink']).toLowerCase()).toBe(
      `Web/Lists(guid'${list.Id}')/Items(${itemId})`.toLowerCase(),
    );
    expect(typeof body['odata.id']).toBe('string');
    expect(body.Title).toBe('Smaka');
    expect(body.Val).toEqual(['A', 'C']);
    expect(body).not.toHaveProperty('d');
    expect(body).not.toHaveProperty('__metadata');
  });

  it('plain application/json is minimalmetadata', async () => {
    const { res, body } = await get(itemPath, 'application/json');
    expect(res.headers.get('content-type')).toMatch(contentType.minimal);
    expect(body['odata.type']).toBe(list.ListItemEntityTypeFullName);
  });

  it('nometadata is the bare property bag', async () => {
    const { res, body } = await get(itemPath, accept.nometadata);
    expect(res.headers.get('content-type')).toMatch(contentType.nometadata);
    expect(Object.keys(body).filter((k) => k.startsWith('odata.'))).toEqual([]);
    expect(body).not.toHaveProperty('__metadata');
    expect(body.Title).toBe('Smaka');
    expect(body.Antal).toBe(11);
    expect(body.Val).toEqual(['A', 'C']);
  });

  it('gives the same property values in every flavour', async () => {
    const verbose = ((await get(itemPath, accept.verbose)).body.d ?? {}) as Json;
    const minimal = (await get(itemPath, accept.minimal)).body;
    const bare = (await get(itemPath, accept.nometadata)).body;
    for (const key of ['Id', 'ID', 'Title', 'Antal', 'Created', 'Modified', 'AuthorId', 'EditorId', 'GUID']) {
      expect(minimal[key]).toEqual(bare[key]);
      expect(verbose[key]).toEqual(bare[key]);
    }
  });
});

describe('collections in each flavour', () => {
  const path = (): string => `web/lists/getByTitle('${list.Title}')/items?$select=Title`;

  it('verbose: d.results', async () => {
    const { body } = await get(path(), accept.verbose);
    const results = (body.d as Json).results as Json[];
    expect(results.map((r) => r.Title)).toEqual(['Smaka']);
    expect((results[0]?.__metadata as Json).type).toBe(list.ListItemEntityTypeFullName);
  });

  it('minimalmetadata: value plus odata.metadata', async () => {
    const { body } = await get(path(), accept.minimal);
    expect(String(body['odata.metadata'])).toContain(`$metadata#SP.ListData.${list.EntityTypeName}Items`);
    const value = body.value as Json[];
    expect(value.map((r) => r.Title)).toEqual(['Smaka']);
    expect(value[0]?.['odata.etag']).toBe('"1"');
  });

  it('nometadata: value only', async () => {
    const { body } = await get(path(), accept.nometadata);
    expect(Object.keys(body)).toEqual(['value']);
    expect((body.value as Json[]).map((r) => r.Title)).toEqual(['Smaka']);
  });
});

describe('errors in each flavour', () => {
  const missing = (): string => `web/lists/getByTitle('${list.Title}Saknas')`;

  it('minimalmetadata: odata.error', async () => {
    const res = await target().raw(missing(), { accept: accept.minimal });
    const seen = await readSpError(res);
    const expected = listNotFound(`${list.Title}Saknas`, target().siteUrl);
    expect(seen).toMatchObject({
      envelope: 'odata.error',
      status: expected.status,
      statusText: expected.statusText,
      code: expected.code,
      message: expected.message,
      lang: 'en-US',
    });
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  });

  it.each([
    ['verbose', accept.verbose],
    ['nometadata', accept.nometadata],
  ])('%s: error', async (_flavour, acceptHeader) => {
    const seen = await readSpError(await target().raw(missing(), { accept: acceptHeader }));
    const expected = listNotFound(`${list.Title}Saknas`, target().siteUrl);
    expect(seen).toMatchObject({
      envelope: 'error',
      status: 404,
      code: expected.code,
      message: expected.message,
      lang: 'en-US',
    });
  });
});

describe('verbose writes', () => {
  it('accepts a verbose create body with __metadata and answers in verbose', async () => {
    // The documented form ([SPDOCS] working-with-lists-and-list-items-with-rest.md).
    const res = await target().raw(`web/lists/getByTitle('${list.Title}')/items`, {
      method: 'POST',
      accept: accept.verbose,
      headers: { 'Content-Type': 'application/json;odata=verbose' },
      body: JSON.stringify({
        __metadata: { type: list.ListItemEntityTypeFullName },
        Title: 'Verbos',
        Antal: 2,
      }),
    });
    expect(res.status).toBe(201);
    const d = asJson(await res.json()).d as Json;
    expect(d.Title).toBe('Verbos');
    expect((d.__metadata as Json).etag).toBe('"1"');
    await target().sp().web.lists.getById(list.Id).items.getById(Number(d.Id)).delete();
  });
});
