// The durability promise: a write is acknowledged only once it is on disk, so after `kill -9` at any moment
// every acknowledged write is there on restart — with its acknowledged version — and nothing is half-written.
import { ADMIN } from '../../support/emulator';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childToken, startChildEmulator, type ChildEmulator } from './childEmulator';

jest.setTimeout(120_000);

const WRITERS = 8;
const BATCH_SIZE = 5;
const KILL_AFTER_ACKNOWLEDGED = 120;

interface Writer {
  itemId: number;
  guid: string;
  /** Last acknowledged value of Nr and the version the server acknowledged it with. */
  acked: { nr: number; version: number };
  /** The value of the write that was in flight when the process died, if any. */
  inFlight?: number;
  /** Batch tags whose every part was acknowledged. */
  ackedBatches: string[];
  /** Batch tags sent but not acknowledged. */
  unackedBatches: string[];
}

let dataDir: string;

beforeAll(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'sp-kill-'));
});

afterAll(() => {
  rmSync(dataDir, { recursive: true, force: true });
});

function api(emulator: ChildEmulator, token: string) {
  return (path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
    fetch(`${emulator.siteUrl}/_api/${path}`, {
      method: init.method ?? 'GET',
      headers: {
        Accept: 'application/json',
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
        ...init.headers,
      },
      body: init.body,
    });
}

function batchOfAdds(emulator: ChildEmulator, tag: string): { contentType: string; body: string } {
  const items = `${emulator.siteUrl}/_api/web/lists/getByTitle('Kill')/items`;
  const parts = Array.from(
    { length: BATCH_SIZE },
    (_, i) =>
      `--changeset_c\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nPOST ${items} HTTP/1.1\nContent-Type: application/json\n\n{"Title":"${tag}","Nr":${i}}\n\n`,
  );
  return {
    contentType: 'multipart/mixed; boundary=batch_k',
    body: `--batch_k\nContent-Type: multipart/mixed; boundary="changeset_c"\n\n${parts.join('')}--changeset_c--\n\n--batch_k--\n`,
  };
}

async function runWriter(
  emulator: ChildEmulator,
  token: string,
  writer: Writer,
  index: number,
  counter: { acknowledged: number },
): Promise<void> {
  const call = api(emulator, token);
  for (let k = 1; ; k++) {
    try {
      if (k % 4 === 0) {
        const tag = `w${index}-b${k}`;
        writer.unackedBatches.push(tag);
        const batch = batchOfAdds(emulator, tag);
        const res = await call('$batch', {
          method: 'POST',
          headers: { 'Content-Type': batch.contentType },
          body: batch.body,
        });
        const text = await res.text();
        const created = text.match(/^HTTP\/1\.1 201 /gm)?.length ?? 0;
        if (res.status !== 200 || created !== BATCH_SIZE)
          throw new Error(`batch ${tag}: ${res.status} ${text.slice(0, 200)}`);
        writer.unackedBatches.pop();
        writer.ackedBatches.push(tag);
      } else {
        writer.inFlight = k;
        const res = await call(`web/lists/getByTitle('Kill')/items(${writer.itemId})`, {
          method: 'POST',
          headers: { 'X-HTTP-Method': 'MERGE', 'IF-Match': `"${writer.guid},${writer.acked.version}"` },
          body: JSON.stringify({ Nr: k }),
        });
        if (res.status !== 204) throw new Error(`merge ${index}/${k}: ${res.status} ${await res.text()}`);
        const etag = res.headers.get('etag') ?? '';
        writer.acked = { nr: k, version: Number(/,(\d+)"$/.exec(etag)?.[1]) };
        writer.inFlight = undefined;
      }
      counter.acknowledged++;
    } catch (error) {
      // The process was killed under us ("fetch failed", from Node's realm, so no instanceof): stop.
      // Any other failure is a real one.
      if ((error as Error).name === 'TypeError') return;
      throw error;
    }
  }
}

it('keeps every acknowledged write, at its acknowledged version, after SIGKILL mid-load, and no partial batch', async () => {
  const first = await startChildEmulator(['--port', '0', '--data', dataDir]);
  const token = await childToken(first, ADMIN);
  const call = api(first, token);
  expect((await call('web/lists', { method: 'POST', body: JSON.stringify({ Title: 'Kill' }) })).status).toBe(
    201,
  );
  const field = await call(`web/lists/getByTitle('Kill')/fields/createfieldasxml`, {
    method: 'POST',
    body: JSON.stringify({ parameters: { SchemaXml: '<Field Type="Number" DisplayName="Nr" Name="Nr" />' } }),
  });
  expect(field.status).toBe(200);

  const writers: Writer[] = [];
  for (let w = 0; w < WRITERS; w++) {
    const res = await call(`web/lists/getByTitle('Kill')/items`, {
      method: 'POST',
      body: JSON.stringify({ Title: `writer ${w}`, Nr: 0 }),
    });
    const item = (await res.json()) as { Id: number; GUID: string };
    writers.push({
      itemId: item.Id,
      guid: item.GUID,
      acked: { nr: 0, version: 1 },
      ackedBatches: [],
      unackedBatches: [],
    });
  }

  const counter = { acknowledged: 0 };
  const running = writers.map((writer, index) => runWriter(first, token, writer, index, counter));
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (counter.acknowledged >= KILL_AFTER_ACKNOWLEDGED) {
        clearInterval(poll);
        resolve();
      }
    }, 2);
  });
  first.child.kill('SIGKILL');
  await Promise.all(running);
  await first.exited;
  const acknowledged = counter.acknowledged;
  expect(acknowledged).toBeGreaterThanOrEqual(KILL_AFTER_ACKNOWLEDGED);

  const second = await startChildEmulator(['--port', '0', '--data', dataDir]);
  try {
    const read = api(second, await childToken(second, ADMIN));
    const rows = (
      (await (
        await read(`web/lists/getByTitle('Kill')/items?$select=Id,Title,Nr,OData__UIVersionString&$top=5000`)
      ).json()) as {
        value: { Id: number; Title: string; Nr: number; OData__UIVersionString: string }[];
      }
    ).value;
    for (const writer of writers) {
      const row = rows.find((r) => r.Id === writer.itemId);
      const version = Number(row?.OData__UIVersionString.split('.')[0]);
      // Either exactly what was acknowledged, or one more write that was committed but not yet answered.
      const asAcknowledged = row?.Nr === writer.acked.nr && version === writer.acked.version;
      const inFlightCommitted =
        writer.inFlight !== undefined && row?.Nr === writer.inFlight && version === writer.acked.version + 1;
      expect({
        writer: writer.itemId,
        ok: asAcknowledged || inFlightCommitted,
        row,
        acked: writer.acked,
      }).toMatchObject({ ok: true });
    }
    const countByTag = new Map<string, number>();
    for (const row of rows)
      if (/^w\d+-b\d+$/.test(row.Title)) countByTag.set(row.Title, (countByTag.get(row.Title) ?? 0) + 1);
    for (const writer of writers) {
      for (const tag of writer.ackedBatches)
        expect({ tag, count: countByTag.get(tag) }).toEqual({ tag, count: BATCH_SIZE });
      for (const tag of writer.unackedBatches) expect([0, BATCH_SIZE]).toContain(countByTag.get(tag) ?? 0);
    }
    for (const count of countByTag.values()) expect(count).toBe(BATCH_SIZE);
    // Item ids stay unique and the list's counter moved past every stored item.
    expect(new Set(rows.map((r) => r.Id)).size).toBe(rows.length);
    const added = await read(`web/lists/getByTitle('Kill')/items`, {
      method: 'POST',
      body: '{"Title":"after restart"}',
    });
    const newId = ((await added.json()) as { Id: number }).Id;
    expect(newId).toBeGreaterThan(Math.max(...rows.map((r) => r.Id)));
  } finally {
    second.child.kill('SIGTERM');
    await second.exited;
  }
  const db = new Database(join(dataDir, 'sharepoint.db'), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  } finally {
    db.close();
  }
});
