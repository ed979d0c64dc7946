import { type ComparisonResult, InitialFieldQuery } from '@pnp/sp';
import { ODataSyntaxError, ODataUnsupportedError } from '../../../../emulators/sharepoint/odata/errors';
import { type FilterExpr, parseFilter } from '../../../../emulators/sharepoint/odata/filter';
import { pnpWithSend } from './pnpHarness';

interface Row {
  Title: string;
  Status: string;
  Taggar: string[];
  Antal: number;
  Klar: boolean;
  Skapad: Date;
  SektorId: number;
  Sektor: { Id: number; Title: string };
}

const never = pnpWithSend(() => Promise.reject(new Error('no request is sent in filter tests')));
const where = (): InitialFieldQuery<Row> => new InitialFieldQuery<Row>([]);

/** The $filter PnPjs writes for a fluent query, read back the way a server reads the request URL. */
function sentFilter(build: (f: InitialFieldQuery<Row>) => ComparisonResult<Row>): string {
  const url = new URL(never.web.lists.getByTitle('L').items.filter<Row>(build).toRequestUrl());
  return url.searchParams.get('$filter')!;
}

const cmp = (field: string[], op: string, value: unknown): FilterExpr =>
  ({ kind: 'compare', field, op, value }) as FilterExpr;
const D1 = new Date('2024-01-01T00:00:00Z');
const D2 = new Date('2024-02-01T12:30:00Z');

describe('parseFilter: every PnPjs fluent filter form', () => {
  it.each<[string, (f: InitialFieldQuery<Row>) => ComparisonResult<Row>, string, FilterExpr]>([
    [
      'text equals',
      (f) => f.text('Title').equals('Ekonomi'),
      "Title eq 'Ekonomi'",
      cmp(['Title'], 'eq', 'Ekonomi'),
    ],
    ['text notEquals', (f) => f.text('Title').notEquals('HR'), "Title ne 'HR'", cmp(['Title'], 'ne', 'HR')],
    [
      'choice equals',
      (f) => f.choice('Status').equals('draft'),
      "Status eq 'draft'",
      cmp(['Status'], 'eq', 'draft'),
    ],
    [
      'multiChoice equals',
      (f) => f.multiChoice('Taggar').equals('IT'),
      "Taggar eq 'IT'",
      cmp(['Taggar'], 'eq', 'IT'),
    ],
    [
      'startsWith',
      (f) => f.text('Title').startsWith('Ek'),
      "startswith(Title, 'Ek')",
      { kind: 'startswith', field: ['Title'], value: 'Ek' },
    ],
    [
      'contains',
      (f) => f.text('Title').contains('nom'),
      "substringof('nom', Title)",
      { kind: 'substringof', field: ['Title'], value: 'nom' },
    ],
    ['isNull', (f) => f.text('Title').isNull(), 'Title eq null', cmp(['Title'], 'eq', null)],
    ['isNotNull', (f) => f.text('Title').isNotNull(), 'Title ne null', cmp(['Title'], 'ne', null)],
    ['number gt', (f) => f.number('Antal').greaterThan(5), 'Antal gt 5', cmp(['Antal'], 'gt', 5)],
    [
      'number ge',
      (f) => f.number('Antal').greaterThanOrEquals(5.5),
      'Antal ge 5.5',
      cmp(['Antal'], 'ge', 5.5),
    ],
    ['number lt', (f) => f.number('Antal').lessThan(-2), 'Antal lt -2', cmp(['Antal'], 'lt', -2)],
    ['number le', (f) => f.number('Antal').lessThanOrEquals(0), 'Antal le 0', cmp(['Antal'], 'le', 0)],
    ['boolean isTrue', (f) => f.boolean('Klar').isTrue(), 'Klar eq 1', cmp(['Klar'], 'eq', 1)],
    ['boolean isFalse', (f) => f.boolean('Klar').isFalse(), 'Klar eq 0', cmp(['Klar'], 'eq', 0)],
    [
      'boolean isFalseOrNull',
      (f) => f.boolean('Klar').isFalseOrNull(),
      '(Klar eq null or Klar eq 0)',
      { kind: 'or', left: cmp(['Klar'], 'eq', null), right: cmp(['Klar'], 'eq', 0) },
    ],
    [
      'date greaterThan',
      (f) => f.date('Skapad').greaterThan(D1),
      "Skapad gt '2024-01-01T00:00:00.000Z'",
      cmp(['Skapad'], 'gt', '2024-01-01T00:00:00.000Z'),
    ],
    [
      'date isBetween',
      (f) => f.date('Skapad').isBetween(D1, D2),
      "(Skapad gt '2024-01-01T00:00:00.000Z' and Skapad lt '2024-02-01T12:30:00.000Z')",
      {
        kind: 'and',
        left: cmp(['Skapad'], 'gt', '2024-01-01T00:00:00.000Z'),
        right: cmp(['Skapad'], 'lt', '2024-02-01T12:30:00.000Z'),
      },
    ],
    ['lookup Id', (f) => f.lookup('Sektor').Id(3), 'Sektor/Id eq 3', cmp(['Sektor', 'Id'], 'eq', 3)],
    [
      'lookup text',
      (f) => f.lookup('Sektor').text('Title').equals('Välfärd'),
      "Sektor/Title eq 'Välfärd'",
      cmp(['Sektor', 'Title'], 'eq', 'Välfärd'),
    ],
    ['lookupId', (f) => f.lookupId('SektorId').equals(3), 'SektorId eq 3', cmp(['SektorId'], 'eq', 3)],
    [
      'in',
      (f) => f.text('Status').in('draft', 'submitted'),
      "(Status eq 'draft' or Status eq 'submitted')",
      { kind: 'or', left: cmp(['Status'], 'eq', 'draft'), right: cmp(['Status'], 'eq', 'submitted') },
    ],
    [
      'notIn',
      (f) => f.text('Status').notIn('draft', 'submitted'),
      "(Status ne 'draft' and Status ne 'submitted')",
      { kind: 'and', left: cmp(['Status'], 'ne', 'draft'), right: cmp(['Status'], 'ne', 'submitted') },
    ],
    [
      'chained and()',
      (f) => f.text('Title').equals('a').and().number('Antal').greaterThan(1),
      "Title eq 'a' and Antal gt 1",
      { kind: 'and', left: cmp(['Title'], 'eq', 'a'), right: cmp(['Antal'], 'gt', 1) },
    ],
    [
      'chained or()',
      (f) => f.text('Title').equals('a').or().boolean('Klar').isTrue(),
      "Title eq 'a' or Klar eq 1",
      { kind: 'or', left: cmp(['Title'], 'eq', 'a'), right: cmp(['Klar'], 'eq', 1) },
    ],
    [
      'grouped and(…) with a nested or(…)',
      (f) =>
        f.and(
          where().text('Title').equals('a'),
          where().or(where().number('Antal').lessThan(1), where().number('Antal').greaterThan(9)),
        ),
      "(Title eq 'a' and (Antal lt 1 or Antal gt 9))",
      {
        kind: 'and',
        left: cmp(['Title'], 'eq', 'a'),
        right: { kind: 'or', left: cmp(['Antal'], 'lt', 1), right: cmp(['Antal'], 'gt', 9) },
      },
    ],
  ])('%s', (_name, build, wire, expected) => {
    const filter = sentFilter(build);
    expect(filter).toBe(wire);
    expect(parseFilter(filter)).toEqual(expected);
  });
});

describe('parseFilter: literals', () => {
  it('a doubled apostrophe inside a string', () => {
    expect(parseFilter("Title eq 'O''Brien'")).toEqual(cmp(['Title'], 'eq', "O'Brien"));
    expect(parseFilter("Title eq ''''")).toEqual(cmp(['Title'], 'eq', "'"));
    expect(parseFilter("Title eq ''")).toEqual(cmp(['Title'], 'eq', ''));
  });

  it('PnPjs does not double apostrophes in fluent text values, so SharePoint (and we) reject the result', () => {
    const filter = sentFilter((f) => f.text('Title').equals("O'Brien"));
    expect(filter).toBe("Title eq 'O'Brien'");
    expect(() => parseFilter(filter)).toThrow(ODataSyntaxError);
  });

  it('åäö, & and # arrive percent-decoded by URLSearchParams and survive', () => {
    const filter = sentFilter((f) => f.text('Title').equals('Kök & bad #2 – Åsa Öberg'));
    expect(filter).toBe("Title eq 'Kök & bad #2 – Åsa Öberg'");
    expect(parseFilter(filter)).toEqual(cmp(['Title'], 'eq', 'Kök & bad #2 – Åsa Öberg'));
  });

  it('a raw query string with %26, %23 and + decodes to the same filter', () => {
    const query = new URLSearchParams('$filter=Title+eq+%27a%26b%23c%27');
    expect(parseFilter(query.get('$filter')!)).toEqual(cmp(['Title'], 'eq', 'a&b#c'));
  });

  it.each([
    ['ID eq 5', 5],
    ['ID eq 5L', 5],
    ['Antal eq 1.25', 1.25],
    ['Antal eq 2.5M', 2.5],
    ['Antal eq 1e3', 1000],
    ['Klar eq true', true],
    ['Klar eq false', false],
    ['Title eq null', null],
    ["Skapad ge datetime'2024-01-01T00:00:00Z'", { kind: 'datetime', value: '2024-01-01T00:00:00Z' }],
    ["Skapad ge datetime'2024-01-01'", { kind: 'datetime', value: '2024-01-01' }],
    [
      "UniqueId eq guid'3F2504E0-4F89-11D3-9A0C-0305E82C3301'",
      { kind: 'guid', value: '3F2504E0-4F89-11D3-9A0C-0305E82C3301' },
    ],
  ])('%s', (text, value) => {
    const expr = parseFilter(text);
    expect(expr.kind === 'compare' && expr.value).toEqual(value);
  });

  it('internal names with _x0020_ and the OData_ prefix are field names', () => {
    expect(parseFilter("Ref_x0020_Num eq 'a' and OData__UIVersionString eq '1.0'")).toEqual({
      kind: 'and',
      left: cmp(['Ref_x0020_Num'], 'eq', 'a'),
      right: cmp(['OData__UIVersionString'], 'eq', '1.0'),
    });
  });
});

describe('parseFilter: precedence and parentheses', () => {
  const a = cmp(['A'], 'eq', 1);
  const b = cmp(['B'], 'eq', 2);
  const c = cmp(['C'], 'eq', 3);

  it('and binds tighter than or', () => {
    expect(parseFilter('A eq 1 or B eq 2 and C eq 3')).toEqual({
      kind: 'or',
      left: a,
      right: { kind: 'and', left: b, right: c },
    });
    expect(parseFilter('A eq 1 and B eq 2 or C eq 3')).toEqual({
      kind: 'or',
      left: { kind: 'and', left: a, right: b },
      right: c,
    });
  });

  it('parentheses override precedence', () => {
    expect(parseFilter('(A eq 1 or B eq 2) and C eq 3')).toEqual({
      kind: 'and',
      left: { kind: 'or', left: a, right: b },
      right: c,
    });
    expect(parseFilter('((A eq 1))')).toEqual(a);
  });

  it('not binds tighter than and', () => {
    expect(parseFilter('not A eq 1 and B eq 2')).toEqual({
      kind: 'and',
      left: { kind: 'not', expr: a },
      right: b,
    });
    expect(parseFilter('not (A eq 1 and B eq 2)')).toEqual({
      kind: 'not',
      expr: { kind: 'and', left: a, right: b },
    });
    expect(parseFilter("not startswith(Title, 'x')")).toEqual({
      kind: 'not',
      expr: { kind: 'startswith', field: ['Title'], value: 'x' },
    });
  });

  it('and/or chains keep their order, pairing clauses from the left into a balanced tree', () => {
    expect(parseFilter('A eq 1 and B eq 2 and C eq 3')).toEqual({
      kind: 'and',
      left: { kind: 'and', left: a, right: b },
      right: c,
    });
    const d = cmp(['D'], 'eq', 4);
    expect(parseFilter('A eq 1 or B eq 2 or C eq 3 or D eq 4')).toEqual({
      kind: 'or',
      left: { kind: 'or', left: a, right: b },
      right: { kind: 'or', left: c, right: d },
    });
  });
});

describe('parseFilter: other SharePoint forms', () => {
  it.each<[string, FilterExpr]>([
    ["startswith(Title,'a')", { kind: 'startswith', field: ['Title'], value: 'a' }],
    ["startswith(Title, 'a') eq true", { kind: 'startswith', field: ['Title'], value: 'a' }],
    [
      "substringof('a', Title) eq false",
      { kind: 'not', expr: { kind: 'substringof', field: ['Title'], value: 'a' } },
    ],
    ['year(Created) eq 2024', { kind: 'datepart', part: 'year', field: ['Created'], op: 'eq', value: 2024 }],
    ['month(Modified) ge 3', { kind: 'datepart', part: 'month', field: ['Modified'], op: 'ge', value: 3 }],
    ['day(Created) lt 15', { kind: 'datepart', part: 'day', field: ['Created'], op: 'lt', value: 15 }],
    ['hour(Created) eq 8', { kind: 'datepart', part: 'hour', field: ['Created'], op: 'eq', value: 8 }],
    ['minute(Created) ne 0', { kind: 'datepart', part: 'minute', field: ['Created'], op: 'ne', value: 0 }],
    ['second(Created) le 30', { kind: 'datepart', part: 'second', field: ['Created'], op: 'le', value: 30 }],
    ['Author/Id eq 7', cmp(['Author', 'Id'], 'eq', 7)],
    ["'x' eq Title", cmp(['Title'], 'eq', 'x')],
    ['5 lt Antal', cmp(['Antal'], 'gt', 5)],
    ["  Title   eq\t'x'  ", cmp(['Title'], 'eq', 'x')],
  ])('%s', (text, expected) => {
    expect(parseFilter(text)).toEqual(expected);
  });
});

describe('parseFilter: errors carry SharePoint’s message', () => {
  it.each([
    ['', 'empty'],
    ['Title eq', 'no value'],
    ["Title eq 'open", 'unterminated string'],
    ["Title eqq 'x'", 'unknown operator'],
    ["Title EQ 'x'", 'upper-case operator'],
    ["Title eq 'a' and", 'dangling and'],
    ["(Title eq 'a'", 'unclosed parenthesis'],
    ["Title eq 'a')", 'stray parenthesis'],
    ["endswith(Title, 'a')", 'endswith is not supported by SharePoint'],
    ["tolower(Title) eq 'a'", 'tolower is not supported by SharePoint'],
    ['Antal add 1 eq 2', 'arithmetic'],
    ['Antal eq 1 add 1', 'arithmetic on the right'],
    ['Modified gt Created', 'field against field'],
    ["Title eq 'a',Title eq 'b'", 'comma list (a real SPO rejection)'],
    ["Skapad gt datetime'yesterday'", 'bad datetime'],
    ["year(Created) eq '2024'", 'date part against text'],
    ["startswith(Title, 'a') eq 1", 'boolean function against a number'],
    ['Title eq 2024-01-01T00:00:00Z', 'unquoted date'],
  ])('%s (%s)', (text) => {
    let error: unknown;
    try {
      parseFilter(text);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ODataSyntaxError);
    expect((error as Error).message).toBe(`The expression "${text}" is not valid.`);
  });

  it('reports the position of the problem', () => {
    expect(() => parseFilter("Title eq 'a' and Antal")).toThrow(expect.objectContaining({ position: 22 }));
  });

  it('binary literals are valid OData but not implemented', () => {
    expect(() => parseFilter("Data eq binary'AAEC'")).toThrow(ODataUnsupportedError);
  });
});
