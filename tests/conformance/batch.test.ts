// $batch: what PnPjs v4 sends and how SharePoint answers: mixed reads and writes, failing
// parts that neither hide nor roll back the others, the 100-operation limit and the raw multipart reply.
import { randomUUID } from 'node:crypto';
import type { IListInfo } from '@pnp/sp/lists';
import { uniqueName, useTarget } from './harness';
import { asJson, type Json } from './support/json';
import { itemNotFound } from './support/expectations';
import { readSpError } from './support/spError';

const target = useTarget();

let list: IListInfo;

beforeAll(async () => {
  list = await target().createList(uniqueName('Batch'));
  await target().sp().web.lists.getById(list.Id).fields.addNumber('Antal');
});

describe('sp.batched({ maxRequests: 100 })', () => {
  it('runs mixed reads and writes; a failing part neither hides nor rolls back the others', async () => {
    const sp = target().sp();
    const existing = asJson(await sp.web.lists.getById(list.Id).items.add({ Title: 'Finns', Antal: 1 }));
    const existingId = Number(existing.Id);
    // Advance the version so that '"1"' is stale.
    await sp.web.lists.getById(list.Id).items.getById(existingId).update({ Antal: 2 });

    const [batched, execute] = sp.batched({ maxRequests: 100 });
    // A fresh queryable per request: PnPjs refuses to batch the same instance twice ("already part of a batch").
    const items = () => batched.web.lists.getByTitle(list.Title).items;
    // Consecutive writes share one changeset: add, a stale update, add, an update with '*'.
    const added1 = items().add({ Title: 'B1', Antal: 10 });
    const stale = items().getById(existingId).update({ Antal: 99 }, '"1"');
    const added2 = items().add({ Title: 'B2', Antal: 20 });
    const forced = items().getById(existingId).update({ Title: 'Finns, ändrad' });
    // Reads close the changeset.
    const missing = items().getById(987654)();
    const read = items().getById(existingId).select('Title')();
    const settled = Promise.allSettled([added1, stale, added2, forced, missing, read]);
    await execute();
    const [r1, rStale, r2, rForced, rMissing, rRead] = await settled;

    expect(r1.status).toBe('fulfilled');
    expect(r2.status).toBe('fulfilled');
    expect(rForced.status).toBe('fulfilled');
    expect(rRead.status).toBe('fulfilled');
    expect(rStale.status).toBe('rejected');
    expect(rMissing.status).toBe('rejected');
    if (rStale.status === 'rejected') {
      expect((await readSpError((rStale.reason as { response: Response }).response)).status).toBe(412);
    }
    if (rMissing.status === 'rejected') {
      const seen = await readSpError((rMissing.reason as { response: Response }).response);
      expect(seen).toMatchObject({
        status: itemNotFound.status,
        code: itemNotFound.code,
        message: itemNotFound.message,
      });
    }
    if (r1.status === 'fulfilled') expect((r1.value as Json).Title).toBe('B1');
    // The read runs after the changeset, so it sees the forced update.
    if (rRead.status === 'fulfilled') expect((rRead.value as Json).Title).toBe('Finns, ändrad');

    const after = (await sp.web.lists
      .getById(list.Id)
      .items.select('Title', 'Antal')
      .orderBy('ID')()) as Json[];
    expect(after.map((r) => r.Title)).toEqual(['Finns, ändrad', 'B1', 'B2']);
    expect(after[0]?.Antal).toBe(2);
  });

  it('sends 100 operations in one $batch request', async () => {
    const sp = target().sp();
    const [batched, execute] = sp.batched({ maxRequests: 100 });
    const adds = Array.from({ length: 100 }, (_, i) =>
      batched.web.lists.getByTitle(list.Title).items.add({ Title: `Hundra ${i}`, Antal: i }),
    );
    const settled = Promise.all(adds);
    target().emulator?.resetStats();
    await execute();
    const created = (await settled) as Json[];
    expect(new Set(created.map((c) => c.Id)).size).toBe(100);
    const stats = target().emulator?.stats();
    if (stats) {
      // Contract: a $batch counts as one request and its parts as operations (emulator-only bookkeeping).
      expect(stats.requests).toBe(1);
      expect(stats.batchOperations).toBe(100);
    }
  });
});

/** A $batch body exactly as PnPjs v4 builds it ([PNP-SP] batching.js): LF line ends, absolute inner URLs. */
function batchBody(options: {
  boundary: string;
  parts: { method: string; url: string; body?: string }[];
  eol?: string;
}): string {
  const eol = options.eol ?? '\n';
  const lines: string[] = [];
  let changeset = '';
  for (const part of options.parts) {
    if (part.method === 'GET') {
      if (changeset) {
        lines.push(`--changeset_${changeset}--`, '');
        changeset = '';
      }
      lines.push(`--batch_${options.boundary}`);
    } else {
      if (!changeset) {
        changeset = randomUUID();
        lines.push(
          `--batch_${options.boundary}`,
          `Content-Type: multipart/mixed; boundary="changeset_${changeset}"`,
          '',
        );
      }
      lines.push(`--changeset_${changeset}`);
    }
    lines.push('Content-Type: application/http', 'Content-Transfer-Encoding: binary', '');
    lines.push(
      `${part.method} ${part.url} HTTP/1.1`,
      'Accept: application/json',
      'Content-Type: application/json;charset=utf-8',
    );
    if (part.method !== 'GET' && part.method !== 'POST') lines.push('IF-Match: *');
    lines.push('');
    if (part.body) lines.push(part.body, '');
  }
  if (changeset) lines.push(`--changeset_${changeset}--`, '');
  lines.push(`--batch_${options.boundary}--`, '');
  return lines.join(eol);
}

async function postBatch(body: string, boundary: string): Promise<Response> {
  return target().raw('$batch', {
    method: 'POST',
    headers: { 'Content-Type': `multipart/mixed; boundary=batch_${boundary}` },
    body,
  });
}

function itemsUrl(): string {
  return `${target().siteUrl}/_api/web/lists/getByTitle('${list.Title}')/items`;
}

describe('the raw multipart exchange', () => {
  it('answers flat --batchresponse_ parts, one per operation, ending in a newline', async () => {
    const boundary = randomUUID();
    const body = batchBody({
      boundary,
      parts: [
        { method: 'POST', url: itemsUrl(), body: JSON.stringify({ Title: 'Rå batch' }) },
        { method: 'GET', url: `${itemsUrl()}?$select=Title&$top=1` },
        { method: 'GET', url: `${itemsUrl()}(987654)` },
      ],
    });
    const res = await postBatch(body, boundary);
    expect(res.status).toBe(200);
    const contentType = res.headers.get('content-type') ?? '';
    const replyBoundary = /^multipart\/mixed;\s*boundary=(batchresponse_[0-9a-f-]+)$/i.exec(contentType)?.[1];
    expect(replyBoundary).toBeDefined();
    const text = await res.text();
    // Real SPO replies use CRLF; PnPjs splits on LF and tolerates the CR.
    const lines = text.split('\n').map((l) => l.replace(/\r$/, ''));
    expect(lines.find((l) => l.trim() !== '')).toBe(`--${replyBoundary}`);
    expect(text).not.toContain('changesetresponse');
    expect(lines.filter((l) => l === `--${replyBoundary}`)).toHaveLength(3);
    expect(text).toMatch(new RegExp(`--${replyBoundary}--\\r?\\n$`));
    const statusLines = lines.filter((l) => /^HTTP\/1\.1 \d{3} /.test(l));
    expect(statusLines).toEqual(['HTTP/1.1 201 Created', 'HTTP/1.1 200 OK', 'HTTP/1.1 404 Not Found']);
    expect(lines.filter((l) => /^Content-Type: application\/http$/i.test(l))).toHaveLength(3);
    expect(lines.filter((l) => /^Content-Transfer-Encoding: binary$/i.test(l))).toHaveLength(3);
    expect(text).toContain(itemNotFound.message ?? '');
  });

  it('accepts the CRLF form of the SharePoint docs', async () => {
    const boundary = randomUUID();
    const body = batchBody({
      boundary,
      eol: '\r\n',
      parts: [{ method: 'GET', url: `${itemsUrl()}?$select=Title&$top=1` }],
    });
    const res = await postBatch(body, boundary);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/^\s*--batchresponse_[\s\S]*HTTP\/1\.1 200 OK/);
  });

  it('executes MERGE and DELETE request lines', async () => {
    const created = asJson(await target().sp().web.lists.getById(list.Id).items.add({ Title: 'Verb' }));
    const boundary = randomUUID();
    const body = batchBody({
      boundary,
      parts: [
        { method: 'MERGE', url: `${itemsUrl()}(${String(created.Id)})`, body: JSON.stringify({ Antal: 5 }) },
        { method: 'GET', url: `${itemsUrl()}(${String(created.Id)})?$select=Antal` },
      ],
    });
    const text = await (await postBatch(body, boundary)).text();
    expect(text).toMatch(/HTTP\/1\.1 204 No Content/);
    expect(text).toContain('"Antal":5');
    const del = batchBody({
      boundary,
      parts: [{ method: 'DELETE', url: `${itemsUrl()}(${String(created.Id)})` }],
    });
    const delText = await (await postBatch(del, boundary)).text();
    expect(delText).toMatch(/HTTP\/1\.1 200 OK/);
    const gone = await target().raw(`web/lists('${list.Id}')/items(${String(created.Id)})`);
    expect(gone.status).toBe(404);
  });

  it('accepts exactly 100 operations', async () => {
    const boundary = randomUUID();
    const parts = Array.from({ length: 100 }, () => ({
      method: 'GET',
      url: `${itemsUrl()}?$select=Id&$top=1`,
    }));
    const res = await postBatch(batchBody({ boundary, parts }), boundary);
    expect(res.status).toBe(200);
    expect((await res.text()).match(/^HTTP\/1\.1 200 OK/gm)).toHaveLength(100);
  });

  it('refuses more than 100 operations with 400', async () => {
    // "REST batching has a maximum of 100 requests" (pnp/pnpcore #284, pnpjs #3207); a 200-item batch got
    // "400 Client Error: Bad Request for url: …/_api/$batch" (office365-rest-python-client #367).
    const boundary = randomUUID();
    const parts = Array.from({ length: 101 }, (_, i) => ({
      method: 'POST',
      url: itemsUrl(),
      body: JSON.stringify({ Title: `För många ${i}` }),
    }));
    const before = (await target().sp().web.lists.getById(list.Id).select('ItemCount')()).ItemCount;
    const res = await postBatch(batchBody({ boundary, parts }), boundary);
    expect(res.status).toBe(400);
    const after = (await target().sp().web.lists.getById(list.Id).select('ItemCount')()).ItemCount;
    expect(after).toBe(before);
  });
});
