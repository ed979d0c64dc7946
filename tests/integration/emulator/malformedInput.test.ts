// Malformed input never makes the emulator answer 500 or stop: bad percent-encodings anywhere in a URL, request
// targets that are not URLs, JSON bodies and schema XML nested far too deep, and $select/$expand paths too long.
import { ADMIN, expectJson, spError, useEmulator, writeHeaders } from './harness';
import { rawRequest } from './rawHttp';

const logged: string[] = [];
const target = useEmulator({ log: (line) => logged.push(line) });
const LIST = 'Trasig';

beforeAll(async () => {
  await target().sp().web.lists.add(LIST, '', 100, false);
});

afterEach(() => {
  // Nothing a client sent may surface as an unexpected error in the emulator's log.
  const unexpected = logged.filter((line) => /unexpected|RangeError|URIError/.test(line));
  logged.length = 0;
  expect(unexpected).toEqual([]);
});

function get(path: string): Promise<{ status: number; body: string }> {
  return rawRequest(target().emulator.url, {
    path,
    headers: {
      Accept: 'application/json',
      Authorization: `Bearer ${target().emulator.token(ADMIN)}`,
    },
  });
}

describe('malformed percent-encodings and URLs', () => {
  const api = '/sites/stodinventering/_api';

  it.each([
    `${api}/%ff`,
    `${api}/web/getList('%')`,
    `${api}/web/getList('%25ff')`,
    `${api}/web/getList('/sites/stodinventering/Lists/%E0%A4%A')`,
    `${api}/web/lists/getByTitle('%ff')`,
    `${api}/web/lists/getByTitle('${LIST}')/items?$skiptoken=%ff`,
    `${api}/web/lists/getByTitle('${LIST}')/items?$skiptoken=Paged%3DTRUE%26p_ID%3D%25ff`,
    `${api}/web/lists/getByTitle('${LIST}')/items?$filter=Title%20eq%20'%ff'`,
    `${api}/web/lists/getByTitle('${LIST}')/items?$select=%ff`,
    `${api}/web/siteusers(@v)?@v=%27%ff%27`,
    `${api}/web/getFolderByServerRelativePath(decodedUrl='%25ff')`,
    '/sites/stodinventering/Lists/%ff/AllItems.aspx',
    '/_emulator/%ff',
    '/_emulator/page/%ff',
    '/%ff',
    '//[',
  ])('answers %s without a 500', async (path) => {
    const res = await get(path);
    expect(res.status).toBeLessThan(500);
  });

  it('answers a $batch part whose URL is not a URL with 400, and the other parts', async () => {
    const { siteUrl } = target().emulator;
    const res = await target().fetch('$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=b' },
      body:
        '--b\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nGET http://[ HTTP/1.1\n\n' +
        `--b\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nGET ${siteUrl}/_api/web?$select=Title HTTP/1.1\n\n--b--\n`,
    });
    expect((await res.text()).match(/^HTTP\/1\.1 (\d+)/gm)).toEqual(['HTTP/1.1 400', 'HTTP/1.1 200']);
  });
});

describe('JSON bodies nested too deep', () => {
  const deepArray = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const items = `web/lists/getByTitle('${LIST}')/items`;

  it.each([
    [items, (v: string) => `{"Title":${v}}`],
    [
      `web/lists/getByTitle('${LIST}')/AddValidateUpdateItemUsingPath()`,
      (v: string) => `{"formValues":[{"FieldName":"Title","FieldValue":${v}}]}`,
    ],
    ['web/regionalsettings', (v: string) => `{"LocaleId":${v}}`],
    ['web', (v: string) => `{"Description":{"a":${v}}}`],
  ])('refuses 100,000 levels at %s with 400', async (path, body) => {
    const method = path.startsWith('web/regional') || path === 'web' ? 'MERGE' : undefined;
    const res = await target().fetch(path, {
      method: 'POST',
      headers: writeHeaders(method ? { method } : {}),
      body: body(deepArray(100_000)),
    });
    const error = await spError(res);
    expect(error.status).toBe(400);
    expect(error.message).toBe('The JSON payload is nested deeper than the maximum of 100 levels.');
  });

  it('reads 100 levels', async () => {
    // The value itself is refused for what it is (not text), not for its depth.
    const res = await target().fetch(items, {
      method: 'POST',
      headers: writeHeaders(),
      body: `{"Title":${deepArray(99)}}`,
    });
    expect(res.status).toBe(400);
    expect((await spError(res)).message).not.toMatch(/nested deeper/);
  });
});

describe('schema XML and paths nested too deep', () => {
  it('refuses Field schema XML nested 100,000 deep, closed or not, with 400', async () => {
    for (const inner of ['<A>'.repeat(100_000) + '</A>'.repeat(100_000), '<A>'.repeat(100_000)]) {
      const res = await target().fetch(`web/lists/getByTitle('${LIST}')/fields/createfieldasxml`, {
        method: 'POST',
        headers: writeHeaders(),
        body: JSON.stringify({
          parameters: { SchemaXml: `<Field Type="Text" DisplayName="X">${inner}</Field>` },
        }),
      });
      const error = await spError(res);
      expect(error.status).toBe(400);
      expect(error.message).toMatch(/nest deeper than 100 levels/);
    }
  });

  it('refuses $expand and $select paths longer than 100 segments with 400', async () => {
    const { siteUrl } = target().emulator;
    const path = Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 'Groups' : 'Users')).join('/');
    const res = await target().fetch('$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=b' },
      body: `--b\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nGET ${siteUrl}/_api/web/siteGroups?$expand=${path} HTTP/1.1\nAccept: application/json\n\n--b--\n`,
    });
    const text = await res.text();
    expect(text.match(/^HTTP\/1\.1 (\d+)/gm)).toEqual(['HTTP/1.1 400']);
    expect(text).toContain('Recursion depth exceeded allowed limit.');
    const short = await target().fetch(
      'web/siteGroups?$expand=Users/Groups&$select=Title,Users/Title,Users/Groups/Title',
    );
    expect((await expectJson<{ value: unknown[] }>(short)).value.length).toBeGreaterThan(0);
  });
});
