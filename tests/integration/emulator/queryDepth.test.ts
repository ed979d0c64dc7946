// A `$filter` or CAML query nested too deep gets 400 "Recursion depth exceeded allowed limit." — also 100,000
// levels deep, which only a `$batch` part (or a CAML body) can carry — and the emulator goes on serving.
import { spError, useEmulator, writeHeaders } from './harness';

const target = useEmulator();
const LIST = 'Djup';

function batchBody(boundary: string, parts: string[]): string {
  return `${parts.map((part) => `--${boundary}\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n${part}\n`).join('')}--${boundary}--\n`;
}

function nested(depth: number): string {
  return `${'('.repeat(depth)}Title eq 'a'${')'.repeat(depth)}`;
}

beforeAll(async () => {
  const web = target().sp().web;
  await web.lists.add(LIST, '', 100, false);
  await web.lists.getByTitle(LIST).items.add({ Title: 'a' });
});

describe('$filter nesting', () => {
  it('reads 100 levels and refuses 101 with 400', async () => {
    const items = (filter: string) =>
      target().fetch(
        `web/lists/getByTitle('${LIST}')/items?$select=Title&$filter=${encodeURIComponent(filter)}`,
      );
    const ok = await items(nested(100));
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { value: unknown[] }).value).toHaveLength(1);
    const refused = await spError(await items(nested(101)));
    expect(refused).toEqual({
      status: 400,
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: 'Recursion depth exceeded allowed limit.',
    });
  });

  it('refuses a filter nested 100,000 deep in a $batch part, and answers the next part', async () => {
    const { siteUrl } = target().emulator;
    const items = `${siteUrl}/_api/web/lists/getByTitle('${LIST}')/items`;
    const res = await target().fetch('$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_d' },
      body: batchBody('batch_d', [
        `GET ${items}?$filter=${encodeURIComponent(nested(100_000))} HTTP/1.1\nAccept: application/json\n`,
        `GET ${items}?$filter=${encodeURIComponent(`${'not '.repeat(100_000)}Title eq 'a'`)} HTTP/1.1\n`,
        `GET ${items}?$select=Title HTTP/1.1\nAccept: application/json\n`,
      ]),
    });
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text.match(/^HTTP\/1\.1 (\d+)/gm)).toEqual(['HTTP/1.1 400', 'HTTP/1.1 400', 'HTTP/1.1 200']);
    expect(text).toContain('Recursion depth exceeded allowed limit.');
  });

  it('answers a flat chain of 20,000 clauses in a $batch part', async () => {
    const { siteUrl } = target().emulator;
    const filter = Array.from({ length: 20_000 }, (_, i) => `Id eq ${i + 1}`).join(' or ');
    const res = await target().fetch('$batch', {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/mixed; boundary=batch_f' },
      body: batchBody('batch_f', [
        `GET ${siteUrl}/_api/web/lists/getByTitle('${LIST}')/items?$select=Title&$filter=${encodeURIComponent(filter)} HTTP/1.1\nAccept: application/json\n`,
      ]),
    });
    const text = await res.text();
    expect(text.match(/^HTTP\/1\.1 (\d+)/gm)).toEqual(['HTTP/1.1 200']);
    expect(text).toContain('"Title":"a"');
  });
});

describe('CAML nesting', () => {
  const eq = (value: string) => `<Eq><FieldRef Name='Title'/><Value Type='Text'>${value}</Value></Eq>`;
  const getItems = (where: string) =>
    target().fetch(`web/lists/getByTitle('${LIST}')/getitems`, {
      method: 'POST',
      headers: writeHeaders(),
      body: JSON.stringify({ query: { ViewXml: `<View><Query><Where>${where}</Where></Query></View>` } }),
    });

  it('reads 100,000 <Or>s nested into one chain', async () => {
    let where = eq('a');
    for (let i = 0; i < 100_000; i++) where = `<Or>${eq(`x${i}`)}${where}</Or>`;
    const res = await getItems(where);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { value: { Title: string }[] }).value.map((r) => r.Title)).toEqual(['a']);
  });

  it('refuses <And> and <Or> alternating 100,000 deep with 400', async () => {
    let where = eq('a');
    for (let i = 0; i < 100_000; i++)
      where = `<${i % 2 ? 'And' : 'Or'}>${eq('b')}${where}</${i % 2 ? 'And' : 'Or'}>`;
    const refused = await spError(await getItems(where));
    expect(refused.status).toBe(400);
    expect(refused.message).toBe('Recursion depth exceeded allowed limit.');
    expect((await target().fetch('web?$select=Title')).status).toBe(200);
  });
});
