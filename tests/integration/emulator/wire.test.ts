import {
  expectJson,
  spError,
  startTestEmulator,
  useEmulator,
  writeHeaders,
  type EmulatorUnderTest,
} from './harness';

const target = useEmulator();

function batchBody(boundary: string, parts: string[]): string {
  return `${parts.map((part) => `--${boundary}\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n${part}\n`).join('')}--${boundary}--\n`;
}

describe('strict and loose mode', () => {
  let loose: EmulatorUnderTest;

  beforeAll(async () => {
    loose = await startTestEmulator({ strict: false });
  });

  afterAll(async () => {
    await loose.emulator.close();
  });

  it('answers an unknown path with 501 in strict mode and SharePoint’s 404 in loose mode', async () => {
    const strict = await spError(await target().fetch('web/contenttypes'));
    expect(strict.status).toBe(501);
    expect(strict.message).toContain('--loose');
    const relaxed = await spError(await loose.fetch('web/contenttypes'));
    expect(relaxed).toEqual({
      status: 404,
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: 'Cannot find resource for the request contenttypes.',
    });
  });

  it('answers an unknown OData option with 501 naming it in strict mode and ignores it in loose mode', async () => {
    const strict = await spError(await target().fetch('web/lists?$search=x'));
    expect(strict.status).toBe(501);
    expect(strict.message).toContain('$search');
    const relaxed = await loose.fetch('web/lists?$search=x');
    expect(relaxed.status).toBe(200);
  });

  it('answers a verb a resource does not take with 501 in strict mode and 405 in loose mode', async () => {
    const init = { method: 'POST', headers: writeHeaders({ method: 'MERGE' }), body: '{}' };
    expect((await target().fetch('web/lists', init)).status).toBe(501);
    expect((await loose.fetch('web/lists', init)).status).toBe(405);
  });
});

describe('$batch', () => {
  it('refuses more than 100 operations with a SharePoint-shaped 400 and runs none of them', async () => {
    const { emulator } = target();
    const title = 'Hundraett';
    const add = `POST ${emulator.siteUrl}/_api/web/lists HTTP/1.1\nContent-Type: application/json\n\n{"Title":"${title}"}\n`;
    const res = await target().fetch('$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_x' },
      body: batchBody(
        'batch_x',
        Array.from({ length: 101 }, () => add),
      ),
    });
    const error = await spError(res);
    expect(error.status).toBe(400);
    expect(error.code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
    expect((await target().fetch(`web/lists/getByTitle('${title}')`)).status).toBe(404);
  });

  it('keeps a failed part out entirely while the parts around it apply', async () => {
    const { emulator } = target();
    await expectJson(
      await target().fetch('web/lists', {
        method: 'POST',
        headers: writeHeaders(),
        body: JSON.stringify({ Title: 'Delar' }),
      }),
      201,
    );
    const items = `${emulator.siteUrl}/_api/web/lists/getByTitle('Delar')/items`;
    const res = await target().fetch('$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_y' },
      body:
        `--batch_y\nContent-Type: multipart/mixed; boundary="changeset_z"\n\n` +
        `--changeset_z\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nPOST ${items} HTTP/1.1\nContent-Type: application/json\n\n{"Title":"ett"}\n\n` +
        `--changeset_z\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nPOST ${items} HTTP/1.1\nContent-Type: application/json\n\n{"Title":"två","Okand":1}\n\n` +
        `--changeset_z\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nPOST ${items} HTTP/1.1\nContent-Type: application/json\n\n{"Title":"tre"}\n\n` +
        `--changeset_z--\n\n--batch_y--\n`,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^multipart\/mixed; boundary=batchresponse_/);
    const text = await res.text();
    expect(text.match(/^HTTP\/1\.1 \d+ .*$/gm)?.map((line) => line.trim())).toEqual([
      'HTTP/1.1 201 Created',
      'HTTP/1.1 400 Bad Request',
      'HTTP/1.1 201 Created',
    ]);
    const rows = await expectJson<{ value: { Title: string; Id: number }[] }>(
      await target().fetch(`web/lists/getByTitle('Delar')/items?$select=Title,Id`),
    );
    expect(rows.value.map((r) => r.Title)).toEqual(['ett', 'tre']);
    // The failed part's id was not consumed either: nothing of it was kept.
    expect(rows.value.map((r) => r.Id)).toEqual([1, 2]);
  });

  it('answers a part addressed outside the site with 404 in that part only', async () => {
    const { emulator } = target();
    const res = await target().fetch('$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_o' },
      body: batchBody('batch_o', [
        `GET ${emulator.url}/sites/annan/_api/web HTTP/1.1\n`,
        `GET ${emulator.siteUrl}/_api/web?$select=Title HTTP/1.1\n`,
      ]),
    });
    const text = await res.text();
    expect(text.match(/^HTTP\/1\.1 (\d+)/gm)).toEqual(['HTTP/1.1 404', 'HTTP/1.1 200']);
  });
});

describe('CORS for the tab in the local Teams host', () => {
  let withTab: EmulatorUnderTest;

  beforeAll(async () => {
    withTab = await startTestEmulator({ allowedOrigins: ['http://localhost:3000'] });
  });
  afterAll(() => withTab.emulator.close());

  it('answers a preflight and exposes the headers PnPjs reads', async () => {
    const { emulator } = withTab;
    const preflight = await fetch(`${emulator.siteUrl}/_api/web`, {
      method: 'OPTIONS',
      headers: {
        Origin: 'http://localhost:3000',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization,if-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('http://localhost:3000');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/Authorization.*IF-Match/);
    const res = await withTab.fetch('web', { headers: { Origin: 'http://localhost:3000' } });
    expect(res.headers.get('access-control-expose-headers')).toContain('ETag');
  });
});

describe('response headers', () => {
  it('sends SharePoint’s request id headers and the MERGE ETag', async () => {
    await expectJson(
      await target().fetch('web/lists', {
        method: 'POST',
        headers: writeHeaders(),
        body: JSON.stringify({ Title: 'Huvuden' }),
      }),
      201,
    );
    const created = await target().fetch(`web/lists/getByTitle('Huvuden')/items`, {
      method: 'POST',
      headers: writeHeaders(),
      body: '{"Title":"a"}',
    });
    expect(created.headers.get('sprequestguid')).toMatch(/^[0-9a-f-]{36}$/);
    const item = await expectJson<{ GUID: string }>(created, 201);
    expect(created.headers.get('etag')).toBe(`"${item.GUID},1"`);
    expect(created.headers.get('location')).toMatch(/\/_api\/Web\/Lists\(guid'[0-9a-f-]+'\)\/Items\(1\)$/);
    const merged = await target().fetch(`web/lists/getByTitle('Huvuden')/items(1)`, {
      method: 'POST',
      headers: writeHeaders({ method: 'MERGE', ifMatch: `"${item.GUID},1"` }),
      body: '{"Title":"b"}',
    });
    expect(merged.status).toBe(204);
    expect(merged.headers.get('etag')).toBe(`"${item.GUID},2"`);
    const deleted = await target().fetch(`web/lists/getByTitle('Huvuden')/items(1)`, {
      method: 'POST',
      headers: writeHeaders({ method: 'DELETE', ifMatch: '"2"' }),
    });
    expect(deleted.status).toBe(200);
    expect(await deleted.text()).toBe('');
  });
});
