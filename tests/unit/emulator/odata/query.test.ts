import fc from 'fast-check';
import { ODataSyntaxError, ODataTopLimitError } from '../../../../emulators/sharepoint/odata/errors';
import {
  formatPagingDate,
  formatSkipToken,
  nextLink,
  parsePagingDate,
  parseQueryOptions,
  parseSkipToken,
  type SkipToken,
} from '../../../../emulators/sharepoint/odata/query';
import { pnpWithSend, SITE_URL } from './pnpHarness';

const never = pnpWithSend(() => Promise.reject(new Error('no request is sent in query tests')));
const queryOf = (requestUrl: string): URLSearchParams => new URL(requestUrl).searchParams;

describe('parseQueryOptions', () => {
  it('reads what PnPjs sends for select, expand, filter, orderBy and top', () => {
    const items = never.web.lists
      .getByTitle('Inventeringar')
      .items.select('Title', 'Author/Title', 'SektorId')
      .expand('Author')
      .filter("Status eq 'draft'")
      .orderBy('Modified', false)
      .orderBy('Title')
      .top(500);
    expect(parseQueryOptions(queryOf(items.toRequestUrl()))).toEqual({
      select: [['Title'], ['Author', 'Title'], ['SektorId']],
      expand: [['Author']],
      filter: { kind: 'compare', op: 'eq', field: ['Status'], value: 'draft' },
      orderby: [
        { field: ['Modified'], descending: true },
        { field: ['Title'], descending: false },
      ],
      top: 500,
      unsupported: [],
    });
  });

  it('accepts $select=* and spaces after commas', () => {
    expect(parseQueryOptions(new URLSearchParams({ $select: '*' })).select).toEqual([['*']]);
    expect(parseQueryOptions(new URLSearchParams({ $select: 'Title, Id' })).select).toEqual([
      ['Title'],
      ['Id'],
    ]);
  });

  it('defaults $orderby to ascending and reads desc in any case', () => {
    expect(parseQueryOptions(new URLSearchParams({ $orderby: 'Title,ID DESC' })).orderby).toEqual([
      { field: ['Title'], descending: false },
      { field: ['ID'], descending: true },
    ]);
  });

  it('caps $top at 5000 with an error that carries the numbers', () => {
    expect(parseQueryOptions(new URLSearchParams({ $top: '5000' })).top).toBe(5000);
    let error: unknown;
    try {
      parseQueryOptions(new URLSearchParams({ $top: '5001' }));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ODataTopLimitError);
    expect(error).toBeInstanceOf(ODataSyntaxError);
    expect(error).toMatchObject({ requested: 5001, limit: 5000 });
    expect((error as Error).message).toMatch(/exceeds the list view threshold/);
  });

  it('lets the caller lift or lower the cap', () => {
    expect(parseQueryOptions(new URLSearchParams({ $top: '9000' }), { maxTop: Infinity }).top).toBe(9000);
    expect(() => parseQueryOptions(new URLSearchParams({ $top: '11' }), { maxTop: 10 })).toThrow(
      ODataTopLimitError,
    );
  });

  it('parses $skip (which core ignores for items, as SharePoint does)', () => {
    const items = never.web.lists.getByTitle('L').items.skip(40);
    expect(parseQueryOptions(queryOf(items.toRequestUrl()))).toEqual({
      skiptoken: { pagedPrev: false, lastId: 40, sortValues: {} },
      unsupported: [],
    });
    expect(parseQueryOptions(new URLSearchParams({ $skip: '40' })).skip).toBe(40);
  });

  it('lists unknown $ options as unsupported, and leaves @aliases and plain parameters alone', () => {
    const query = new URLSearchParams(
      '$search=x&$format=json&$inlinecount=allpages&@v=%27a%27&foo=bar&$count=true',
    );
    expect(parseQueryOptions(query)).toEqual({
      unsupported: ['$search', '$format', '$inlinecount', '$count'],
    });
  });

  it.each([
    ['$top=abc', /Invalid value 'abc' for \$top/],
    ['$top=-1', /\$top query option requires a non-negative integer/],
    ['$skip=1.5', /\$skip query option requires a non-negative integer/],
    ['$select=Title,', /is not valid/],
    ['$select=Ti tle', /is not valid/],
    ['$expand=*', /is not valid/],
    ['$orderby=Title sideways', /is not valid/],
    ["$filter=Title eq 'x", /is not valid/],
    ['$top=1&$top=2', /specified more than once/],
    ['$skiptoken=Paged%3DTRUE%26p_ID%3Dx', /\$skiptoken/],
    ['$skiptoken=p_ID%3D5', /\$skiptoken/],
  ])('rejects %s', (raw, message) => {
    expect(() => parseQueryOptions(new URLSearchParams(raw))).toThrow(message);
  });
});

describe('$skiptoken', () => {
  it.each<[string, string, SkipToken]>([
    ['encoded, as PnPjs and SharePoint nextLinks send it', '$skiptoken=Paged%3DTRUE%26p_ID%3D127', tok(127)],
    ['lower-case hex, as in real SharePoint nextLinks', '%24skiptoken=Paged%3dTRUE%26p_ID%3d127', tok(127)],
    ['half-encoded, as in SharePoint’s docs', '$skiptoken=Paged=TRUE%26p_ID=5', tok(5)],
    [
      'PagedPrev from items.skip(id, true)',
      '$skiptoken=Paged%3DTRUE%26PagedPrev%3DTRUE%26p_ID%3D9',
      { ...tok(9), pagedPrev: true },
    ],
    [
      'a p_<Field> sort value, itself percent-encoded inside the token',
      '$skiptoken=Paged%3DTRUE%26p_Modified%3D20240101%252012%253a00%253a00%26p_ID%3D3',
      { ...tok(3), sortValues: { Modified: '20240101 12:00:00' } },
    ],
    [
      'several sort values keep their order',
      '$skiptoken=Paged%3DTRUE%26p_Title%3D%25C3%2585sa%26p_Antal%3D2%26p_ID%3D3',
      { ...tok(3), sortValues: { Title: 'Åsa', Antal: '2' } },
    ],
    [
      // The & was not encoded, so p_ID became its own parameter; SharePoint then starts from the top.
      'raw, with p_ID split off by the unencoded & (sp-dev-docs#1654)',
      '$skiptoken=Paged=TRUE&p_ID=5',
      tok(0),
    ],
  ])('%s', (_name, raw, expected) => {
    expect(parseQueryOptions(new URLSearchParams(raw)).skiptoken).toEqual(expected);
  });

  it('items.skip() round trips through PnPjs, forwards and backwards', () => {
    const forward = never.web.lists.getByTitle('L').items.skip(42);
    const backward = never.web.lists.getByTitle('L').items.skip(42, true);
    expect(parseSkipToken(queryOf(forward.toRequestUrl()).get('$skiptoken')!)).toEqual(tok(42));
    expect(parseSkipToken(queryOf(backward.toRequestUrl()).get('$skiptoken')!)).toEqual({
      ...tok(42),
      pagedPrev: true,
    });
  });

  it('formats SharePoint’s token', () => {
    expect(formatSkipToken(tok(123))).toBe('Paged=TRUE&p_ID=123');
    expect(formatSkipToken({ pagedPrev: true, lastId: 5, sortValues: { Title: 'A&B=C' } })).toBe(
      'Paged=TRUE&PagedPrev=TRUE&p_Title=A%26B%3DC&p_ID=5',
    );
  });

  const fieldName = fc
    .stringMatching(/^[A-Za-z_][A-Za-z0-9_]{0,20}$/)
    .filter((n) => n.toLowerCase() !== 'id');
  // Any Unicode text, and text dense in the characters that matter to a token inside a query string.
  const sortValue = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({
      unit: fc.constantFrom('&', '=', '%', '+', ' ', '#', "'", '/', 'å', 'Ö', '😀', 'a', '1'),
      maxLength: 12,
    }),
  );
  const token = fc.record({
    pagedPrev: fc.boolean(),
    lastId: fc.nat(),
    sortValues: fc.dictionary(fieldName, sortValue, { maxKeys: 4 }),
  });

  it('parse ∘ formatSkipToken is the identity on tokens (property)', () => {
    fc.assert(
      fc.property(token, (t) => {
        expect(parseSkipToken(formatSkipToken(t))).toEqual(t);
      }),
    );
  });

  it('formatSkipToken ∘ parse is the identity on formatted tokens, also through a URL (property)', () => {
    fc.assert(
      fc.property(token, (t) => {
        const text = formatSkipToken(t);
        expect(formatSkipToken(parseSkipToken(text))).toBe(text);
        const viaUrl = new URLSearchParams(new URLSearchParams({ $skiptoken: text }).toString());
        expect(parseQueryOptions(viaUrl).skiptoken).toEqual(t);
      }),
    );
  });

  it('paging dates use SharePoint’s yyyyMMdd HH:mm:ss in UTC', () => {
    const date = new Date('2024-03-05T07:08:09.456Z');
    expect(formatPagingDate(date)).toBe('20240305 07:08:09');
    expect(parsePagingDate('20240305 07:08:09')).toEqual(new Date('2024-03-05T07:08:09Z'));
    expect(parsePagingDate('2024-03-05')).toBeUndefined();
  });
});

describe('nextLink', () => {
  const resource = `${SITE_URL}/_api/web/lists/getByTitle('L')/items`;

  it('replaces $skiptoken and keeps the other options', () => {
    const query = new URLSearchParams({
      $top: '100',
      $filter: "Title eq 'a&b'",
      $skiptoken: 'Paged=TRUE&p_ID=100',
    });
    const link = nextLink(resource, query, tok(200));
    const url = new URL(link);
    expect(link.startsWith(`${resource}?%24skiptoken=Paged%3DTRUE%26p_ID%3D200&`)).toBe(true);
    expect(url.searchParams.getAll('$skiptoken')).toEqual(['Paged=TRUE&p_ID=200']);
    expect(url.searchParams.get('$top')).toBe('100');
    expect(url.searchParams.get('$filter')).toBe("Title eq 'a&b'");
  });

  it('is followed by PnPjs’s async iterator as the next request, unchanged', async () => {
    const requested: string[] = [];
    const page = (ids: number[], link?: string): Response =>
      Response.json({
        value: ids.map((Id) => ({ Id })),
        ...(link !== undefined && { 'odata.nextLink': link }),
      });
    const sp = pnpWithSend(async (request) => {
      requested.push(request.url);
      const options = parseQueryOptions(new URL(request.url).searchParams);
      const after = options.skiptoken?.lastId ?? 0;
      const ids = [1, 2, 3, 4, 5].filter((id) => id > after).slice(0, options.top);
      const last = ids.at(-1);
      const more = last !== undefined && last < 5;
      return page(ids, more ? nextLink(resource, new URL(request.url).searchParams, tok(last)) : undefined);
    });
    const seen: number[] = [];
    for await (const items of sp.web.lists.getByTitle('L').items.top(2)) {
      seen.push(...(items as { Id: number }[]).map((i) => i.Id));
    }
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(requested).toHaveLength(3);
    expect(new URL(requested[2]!).searchParams.get('$skiptoken')).toBe('Paged=TRUE&p_ID=4');
  });
});

function tok(lastId: number): SkipToken {
  return { pagedPrev: false, lastId, sortValues: {} };
}
