import { PermissionKind } from '@pnp/sp/security';
import '@pnp/sp/security';
import {
  complexValue,
  contentTypeFor,
  deferred,
  type EntityMeta,
  expanded,
  flavourFromAccept,
  formatCollection,
  formatEntity,
  formatError,
  formatValue,
  typedCollection,
} from '../../../../emulators/sharepoint/odata/format';
import { nextLink } from '../../../../emulators/sharepoint/odata/query';
import { pnpWithSend, SITE_URL } from './pnpHarness';

const LIST = "Web/Lists(guid'5325476d-0000-4000-8000-000000000001')";
const item = (id: number, version = 1): EntityMeta => ({
  type: 'SP.Data.InventeringarListItem',
  id: `d9d8aefe-6f84-4dbe-9c1c-b9cb45e58e${String(id).padStart(2, '0')}`,
  uri: `${SITE_URL}/_api/${LIST}/Items(${id})`,
  editLink: `${LIST}/Items(${id})`,
  etag: `"${version}"`,
  metadata: 'SP.ListData.InventeringarListItems/@Element',
});
const author = {
  uri: `${SITE_URL}/_api/${LIST}/Items(1)/Author`,
  editLink: `${LIST}/Items(1)/Author`,
};
const userMeta = { type: 'SP.Data.UserInfoItem', id: '63776513-0cde-417d-9652-b6ea7961c970' };

describe('flavourFromAccept', () => {
  it.each([
    [undefined, 'minimal'],
    ['', 'minimal'],
    ['application/json', 'minimal'],
    ['application/json;odata=minimalmetadata', 'minimal'],
    ['application/json;odata=verbose', 'verbose'],
    ['application/json; odata=verbose; charset=utf-8', 'verbose'],
    ['Application/JSON;ODATA=NOMETADATA', 'nometadata'],
    ['application/json;odata=nometadata', 'nometadata'],
    ['application/json;odata.metadata=none', 'nometadata'],
    ['application/json;odata.metadata=minimal', 'minimal'],
    ['application/json;odata.metadata=full', 'minimal'],
    ['application/json;odata=fullmetadata', 'minimal'],
    ['*/*', 'minimal'],
    ['text/html, application/json;odata=verbose;q=0.9', 'verbose'],
    ['application/json;odata=nometadata;q=0.5, application/json;odata=verbose', 'verbose'],
    ['application/json;odata=verbose;q=0, application/json', 'minimal'],
    ['application/atom+xml', 'minimal'],
  ] as const)('%s → %s', (accept, flavour) => {
    expect(flavourFromAccept(accept)).toBe(flavour);
  });

  it('content types are the ones SharePoint sends', () => {
    expect(contentTypeFor('minimal')).toBe(
      'application/json;odata=minimalmetadata;streaming=true;charset=utf-8',
    );
    expect(contentTypeFor('nometadata')).toBe(
      'application/json;odata=nometadata;streaming=true;charset=utf-8',
    );
    expect(contentTypeFor('verbose')).toBe('application/json;odata=verbose;charset=utf-8');
  });
});

describe('formatEntity', () => {
  const props = {
    Id: 1,
    Title: 'Ekonomi',
    Arsarbetare: 11,
    Modified: new Date('2022-11-04T10:43:10.123Z'),
    Taggar: ['IT', 'HR'],
    MottagareId: [1, 56],
    TommaId: typedCollection('Edm.Int32', []),
    Lank: complexValue('SP.FieldUrlValue', { Description: 'Docs', Url: 'https://x.example/d' }),
    Saknas: undefined,
    Tom: null,
  };

  it('minimal: odata.metadata/type/id/etag/editLink before the properties, as SharePoint orders them', () => {
    const body = formatEntity('minimal', props, item(1, 4), SITE_URL) as Record<string, unknown>;
    expect(Object.keys(body).slice(0, 5)).toEqual([
      'odata.metadata',
      'odata.type',
      'odata.id',
      'odata.etag',
      'odata.editLink',
    ]);
    expect(body).toEqual({
      'odata.metadata': `${SITE_URL}/_api/$metadata#SP.ListData.InventeringarListItems/@Element`,
      'odata.type': 'SP.Data.InventeringarListItem',
      'odata.id': 'd9d8aefe-6f84-4dbe-9c1c-b9cb45e58e01',
      'odata.etag': '"4"',
      'odata.editLink': `${LIST}/Items(1)`,
      Id: 1,
      Title: 'Ekonomi',
      Arsarbetare: 11,
      Modified: '2022-11-04T10:43:10Z',
      Taggar: ['IT', 'HR'],
      MottagareId: [1, 56],
      TommaId: [],
      Lank: { Description: 'Docs', Url: 'https://x.example/d' },
      Tom: null,
    });
  });

  it('verbose: d with __metadata {id, uri, etag, type} and Collection wrappers', () => {
    expect(formatEntity('verbose', props, item(1, 4), SITE_URL)).toEqual({
      d: {
        __metadata: {
          id: 'd9d8aefe-6f84-4dbe-9c1c-b9cb45e58e01',
          uri: `${SITE_URL}/_api/${LIST}/Items(1)`,
          etag: '"4"',
          type: 'SP.Data.InventeringarListItem',
        },
        Id: 1,
        Title: 'Ekonomi',
        Arsarbetare: 11,
        Modified: '2022-11-04T10:43:10Z',
        Taggar: { __metadata: { type: 'Collection(Edm.String)' }, results: ['IT', 'HR'] },
        MottagareId: { __metadata: { type: 'Collection(Edm.Int32)' }, results: [1, 56] },
        TommaId: { __metadata: { type: 'Collection(Edm.Int32)' }, results: [] },
        Lank: { __metadata: { type: 'SP.FieldUrlValue' }, Description: 'Docs', Url: 'https://x.example/d' },
        Tom: null,
      },
    });
  });

  it('nometadata: the bare property bag', () => {
    expect(formatEntity('nometadata', props, item(1), SITE_URL)).toEqual({
      Id: 1,
      Title: 'Ekonomi',
      Arsarbetare: 11,
      Modified: '2022-11-04T10:43:10Z',
      Taggar: ['IT', 'HR'],
      MottagareId: [1, 56],
      TommaId: [],
      Lank: { Description: 'Docs', Url: 'https://x.example/d' },
      Tom: null,
    });
  });

  it('expanded and deferred navigation properties in each flavour', () => {
    const nav = {
      Author: expanded(author, { props: { Id: 7, Title: 'Anna Berg' }, meta: userMeta }),
      Mottagare: expanded(author, [{ props: { Title: 'A' }, meta: userMeta }]),
      Editor: deferred({
        uri: `${SITE_URL}/_api/${LIST}/Items(1)/Editor`,
        editLink: `${LIST}/Items(1)/Editor`,
      }),
      Lookup: expanded(author, null),
    };
    expect(formatEntity('minimal', nav, { ...item(1), metadata: undefined }, SITE_URL)).toEqual({
      'odata.type': 'SP.Data.InventeringarListItem',
      'odata.id': 'd9d8aefe-6f84-4dbe-9c1c-b9cb45e58e01',
      'odata.etag': '"1"',
      'odata.editLink': `${LIST}/Items(1)`,
      'Author@odata.navigationLinkUrl': `${LIST}/Items(1)/Author`,
      Author: { 'odata.type': 'SP.Data.UserInfoItem', 'odata.id': userMeta.id, Id: 7, Title: 'Anna Berg' },
      'Mottagare@odata.navigationLinkUrl': `${LIST}/Items(1)/Author`,
      Mottagare: [{ 'odata.type': 'SP.Data.UserInfoItem', 'odata.id': userMeta.id, Title: 'A' }],
      'Editor@odata.navigationLinkUrl': `${LIST}/Items(1)/Editor`,
      'Lookup@odata.navigationLinkUrl': `${LIST}/Items(1)/Author`,
      Lookup: null,
    });
    const verbose = formatEntity('verbose', nav, item(1), SITE_URL) as { d: Record<string, unknown> };
    expect(verbose.d['Author']).toEqual({ __metadata: userMeta, Id: 7, Title: 'Anna Berg' });
    expect(verbose.d['Mottagare']).toEqual({ results: [{ __metadata: userMeta, Title: 'A' }] });
    expect(verbose.d['Editor']).toEqual({ __deferred: { uri: `${SITE_URL}/_api/${LIST}/Items(1)/Editor` } });
    expect(verbose.d['Lookup']).toBeNull();
    expect(formatEntity('nometadata', nav, item(1), SITE_URL)).toEqual({
      Author: { Id: 7, Title: 'Anna Berg' },
      Mottagare: [{ Title: 'A' }],
      Lookup: null,
    });
  });
});

describe('formatCollection', () => {
  const entities = [1, 2].map((id) => ({ props: { Id: id, Title: `T${id}` }, meta: item(id) }));
  const options = {
    metadata: 'SP.ListData.InventeringarListItems',
    baseUrl: `${SITE_URL}/`,
    nextLink: 'NEXT',
  };

  it('minimal: odata.metadata, value, then odata.nextLink; entities without odata.metadata', () => {
    const body = formatCollection('minimal', entities, options) as Record<string, unknown>;
    expect(Object.keys(body)).toEqual(['odata.metadata', 'value', 'odata.nextLink']);
    expect(body['odata.metadata']).toBe(`${SITE_URL}/_api/$metadata#SP.ListData.InventeringarListItems`);
    expect(body['odata.nextLink']).toBe('NEXT');
    expect((body['value'] as unknown[])[1]).toEqual({
      'odata.type': 'SP.Data.InventeringarListItem',
      'odata.id': 'd9d8aefe-6f84-4dbe-9c1c-b9cb45e58e02',
      'odata.etag': '"1"',
      'odata.editLink': `${LIST}/Items(2)`,
      Id: 2,
      Title: 'T2',
    });
  });

  it('verbose: d.results and d.__next', () => {
    const body = formatCollection('verbose', entities, options) as {
      d: { results: unknown[]; __next: string };
    };
    expect(body.d.__next).toBe('NEXT');
    expect(body.d.results[0]).toEqual({
      __metadata: { id: item(1).id, uri: item(1).uri, etag: '"1"', type: item(1).type },
      Id: 1,
      Title: 'T1',
    });
  });

  it('nometadata: value and odata.nextLink only', () => {
    expect(formatCollection('nometadata', entities, options)).toEqual({
      value: [
        { Id: 1, Title: 'T1' },
        { Id: 2, Title: 'T2' },
      ],
      'odata.nextLink': 'NEXT',
    });
    expect(formatCollection('nometadata', [], { ...options, nextLink: undefined })).toEqual({ value: [] });
  });
});

describe('formatValue and formatError', () => {
  it('primitives: {"value":x} and {"d":{"Name":x}}', () => {
    expect(formatValue('minimal', 'guid-1', { name: 'Recycle' })).toEqual({ value: 'guid-1' });
    expect(
      formatValue('minimal', 'guid-1', { name: 'Recycle', type: 'Edm.Guid', baseUrl: SITE_URL }),
    ).toEqual({
      'odata.metadata': `${SITE_URL}/_api/$metadata#Edm.Guid`,
      value: 'guid-1',
    });
    expect(formatValue('nometadata', 3, { name: 'ItemCount' })).toEqual({ value: 3 });
    expect(formatValue('verbose', 'guid-1', { name: 'Recycle' })).toEqual({ d: { Recycle: 'guid-1' } });
    expect(formatValue('verbose', ['a'], { name: 'Choices', type: 'Collection(Edm.String)' })).toEqual({
      d: { Choices: { __metadata: { type: 'Collection(Edm.String)' }, results: ['a'] } },
    });
  });

  it('objects are flat in minimal and nometadata, typed under their name in verbose', () => {
    const perms = { High: '176', Low: '138612833' };
    expect(formatValue('minimal', perms, { name: 'EffectiveBasePermissions' })).toEqual(perms);
    expect(
      formatValue('verbose', perms, { name: 'EffectiveBasePermissions', type: 'SP.BasePermissions' }),
    ).toEqual({
      d: { EffectiveBasePermissions: { __metadata: { type: 'SP.BasePermissions' }, ...perms } },
    });
  });

  it('null is odata.null', () => {
    expect(formatValue('minimal', null, { name: 'BreakRoleInheritance' })).toEqual({ 'odata.null': true });
    expect(formatValue('verbose', null, { name: 'BreakRoleInheritance' })).toEqual({
      d: { BreakRoleInheritance: null },
    });
  });

  it('errors: odata.error in minimal, error in verbose and nometadata', () => {
    const code = '-1, System.ArgumentException';
    const message = "List 'no' does not exist at site with URL 'https://t.example/sites/dev'.";
    const error = { code, message: { lang: 'en-US', value: message } };
    expect(formatError('minimal', code, message)).toEqual({ 'odata.error': error });
    expect(formatError('verbose', code, message)).toEqual({ error });
    expect(formatError('nometadata', code, message)).toEqual({ error });
  });
});

describe('PnPjs reads every flavour', () => {
  const respond = (body: unknown, status = 200): Response =>
    new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

  it('an item in minimal keeps its odata.* keys; in verbose the d wrapper is removed', async () => {
    const minimal = pnpWithSend(async () =>
      respond(formatEntity('minimal', { Id: 1, Title: 'x' }, item(1, 3), SITE_URL)),
    );
    const got = await minimal.web.lists.getByTitle('L').items.getById(1)();
    expect(got).toMatchObject({ 'odata.etag': '"3"', Id: 1, Title: 'x' });
    const verbose = pnpWithSend(async () =>
      respond(formatEntity('verbose', { Id: 1, Title: 'x' }, item(1, 3), SITE_URL)),
    );
    expect(await verbose.web.lists.getByTitle('L').items.getById(1)()).toMatchObject({
      __metadata: { etag: '"3"' },
      Title: 'x',
    });
  });

  it.each(['minimal', 'verbose', 'nometadata'] as const)(
    '%s collections come back as arrays',
    async (flavour) => {
      const entities = [1, 2, 3].map((id) => ({ props: { Id: id }, meta: item(id) }));
      const sp = pnpWithSend(async () =>
        respond(formatCollection(flavour, entities, { metadata: 'M', baseUrl: SITE_URL })),
      );
      const items = await sp.web.lists.getByTitle('L').items();
      expect(items.map((i: { Id: number }) => i.Id)).toEqual([1, 2, 3]);
    },
  );

  it.each(['minimal', 'verbose', 'nometadata'] as const)(
    '%s paging is followed by the async iterator',
    async (flavour) => {
      const resource = `${SITE_URL}/_api/web/lists/getByTitle('L')/items`;
      const sp = pnpWithSend(async (request) => {
        const first = !new URL(request.url).searchParams.has('$skiptoken');
        const ids = first ? [1, 2] : [3];
        const link = first
          ? nextLink(resource, new URL(request.url).searchParams, {
              pagedPrev: false,
              lastId: 2,
              sortValues: {},
            })
          : undefined;
        const entities = ids.map((id) => ({ props: { Id: id }, meta: item(id) }));
        return respond(
          formatCollection(flavour, entities, { metadata: 'M', baseUrl: SITE_URL, nextLink: link }),
        );
      });
      const pages: number[][] = [];
      for await (const page of sp.web.lists.getByTitle('L').items.top(2))
        pages.push(page.map((i: { Id: number }) => i.Id));
      expect(pages).toEqual([[1, 2], [3]]);
    },
  );

  it('a recycle result unwraps to the GUID string', async () => {
    const sp = pnpWithSend(async () => respond(formatValue('minimal', 'b1c2', { name: 'Recycle' })));
    expect(await sp.web.lists.getByTitle('L').items.getById(1).recycle()).toBe('b1c2');
  });

  it('effective permissions in minimal work with PnPjs hasPermissions', async () => {
    const perms = { High: '176', Low: '138612833' };
    const sp = pnpWithSend(async () =>
      respond(formatValue('minimal', perms, { name: 'EffectiveBasePermissions' })),
    );
    expect(await sp.web.currentUserHasPermissions(PermissionKind.ViewListItems)).toBe(true);
    expect(await sp.web.currentUserHasPermissions(PermissionKind.ManageWeb)).toBe(false);
  });

  it('an error body reaches HttpRequestError with SharePoint’s message', async () => {
    const body = formatError('minimal', '-1, System.ArgumentException', "List 'no' does not exist.");
    const sp = pnpWithSend(
      async () => new Response(JSON.stringify(body), { status: 404, statusText: 'Not Found' }),
    );
    expect.assertions(2);
    try {
      await sp.web.lists.getByTitle('no')();
    } catch (e) {
      const error = e as { status: number; response: Response };
      expect(error.status).toBe(404);
      expect((await error.response.json())['odata.error'].message.value).toBe("List 'no' does not exist.");
    }
  });
});
