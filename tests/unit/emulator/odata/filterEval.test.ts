import {
  andClauses,
  compareFieldValues,
  evaluateFilter,
  type FieldPath,
  leadingClause,
  parseFilter,
  referencedFields,
} from '../../../../emulators/sharepoint/odata/filter';

type Row = Record<string, unknown>;

const row: Row = {
  Title: 'Ekonomi och Löner',
  Status: 'draft',
  Antal: 12,
  Arsarbetare: 2.5,
  Klar: true,
  Tom: null,
  Tomtext: '',
  Skapad: new Date('2024-03-15T10:43:10Z'),
  SkapadText: '2024-03-15T10:43:10Z',
  'Author/Id': 7,
  'Sektor/Title': 'Välfärd',
  SektorId: 3,
  Taggar: ['IT', 'HR'],
  TommaTaggar: [],
  UniqueId: '{3F2504E0-4F89-11D3-9A0C-0305E82C3301}',
};

const get = (field: FieldPath): unknown => row[field.join('/')];
const matches = (filter: string, options?: { locale?: string }): boolean =>
  evaluateFilter(parseFilter(filter), get, options);

describe('evaluateFilter: text', () => {
  it.each([
    ["Title eq 'Ekonomi och Löner'", true],
    ["Title eq 'ekonomi OCH löner'", true],
    ["Title eq 'Ekonomi och Loner'", false],
    ["Title ne 'ekonomi och löner'", false],
    ["startswith(Title, 'ekon')", true],
    ["startswith(Title, 'Löner')", false],
    ["substringof('OCH', Title)", true],
    ["substringof('x', Title)", false],
    ["Title gt 'A'", true],
    ["Title lt 'A'", false],
    ["Sektor/Title eq 'välfärd'", true],
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });

  it('orders text by the site locale: å after z in Swedish, before it in English', () => {
    const swedish = { Title: 'Åsa' };
    const lookup = (f: FieldPath): unknown => swedish[f[0] as 'Title'];
    expect(evaluateFilter(parseFilter("Title gt 'Zorn'"), lookup, { locale: 'sv-SE' })).toBe(true);
    expect(evaluateFilter(parseFilter("Title gt 'Zorn'"), lookup, { locale: 'en-US' })).toBe(false);
  });
});

describe('evaluateFilter: numbers, booleans, lookups', () => {
  it.each([
    ['Antal eq 12', true],
    ['Antal gt 11.5', true],
    ['Antal ge 12', true],
    ['Antal lt 12', false],
    ['Antal le 12', true],
    ['Antal ne 12', false],
    ['Arsarbetare eq 2.5', true],
    ["Antal eq '12'", true],
    ['Klar eq 1', true],
    ['Klar eq 0', false],
    ['Klar eq true', true],
    ['Klar ne false', true],
    ['Author/Id eq 7', true],
    ['Author/Id eq 8', false],
    ['SektorId eq 3', true],
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });
});

describe('evaluateFilter: dates by instant', () => {
  it.each([
    ["Skapad eq '2024-03-15T10:43:10.000Z'", true],
    ["Skapad eq datetime'2024-03-15T10:43:10Z'", true],
    ["Skapad eq datetime'2024-03-15T11:43:10+01:00'", true],
    ["Skapad gt '2024-01-01T00:00:00.000Z'", true],
    ["Skapad lt '2024-01-01T00:00:00.000Z'", false],
    ["Skapad gt datetime'2024-03-15'", true],
    ["Skapad lt datetime'2024-03-16'", true],
    ["Skapad ge '2024-03-15T10:43:11Z'", false],
    // Without a zone SharePoint means UTC; JavaScript's Date.parse would have said local time.
    ["Skapad eq datetime'2024-03-15T10:43:10'", true],
    // A DateTime value stored as an ISO string still compares by instant.
    ["SkapadText eq '2024-03-15T10:43:10.000Z'", true],
    ["SkapadText gt datetime'2024-03-15T10:00:00Z'", true],
    ['year(Skapad) eq 2024', true],
    ['month(Skapad) eq 3', true],
    ['day(Skapad) eq 15', true],
    ['hour(Skapad) eq 10', true],
    ['minute(Skapad) eq 43', true],
    ['second(Skapad) eq 10', true],
    ['year(Skapad) lt 2024', false],
    ['year(Tom) eq 2024', false],
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });
});

describe('evaluateFilter: null and empty', () => {
  it.each([
    ['Tom eq null', true],
    ['Tom ne null', false],
    ['Tomtext eq null', true],
    ['Saknas eq null', true],
    ['Title eq null', false],
    ['Title ne null', true],
    ["Tom eq 'x'", false],
    ["Tom ne 'x'", true],
    ['Tom gt 1', false],
    ['Tom lt 1', false],
    ["startswith(Tom, 'a')", false],
    ["substringof('a', Tom)", false],
    ['TommaTaggar eq null', true],
    ['Taggar eq null', false],
    ['Taggar ne null', true],
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });
});

describe('evaluateFilter: multi-value fields and guids', () => {
  it.each([
    ["Taggar eq 'it'", true],
    ["Taggar eq 'Ekonomi'", false],
    ["Taggar ne 'HR'", false],
    ["Taggar ne 'Ekonomi'", true],
    ["substringof('H', Taggar)", true],
    ["UniqueId eq guid'3f2504e0-4f89-11d3-9a0c-0305e82c3301'", true],
    ["UniqueId eq guid'00000000-4f89-11d3-9a0c-0305e82c3301'", false],
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });
});

describe('evaluateFilter: logic', () => {
  it.each([
    ["Title eq 'x' or Antal eq 12", true],
    ["Title eq 'x' and Antal eq 12", false],
    ["not Title eq 'x'", true],
    ["not (Title eq 'x' or Antal eq 12)", false],
    ["Title eq 'x' or Antal eq 12 and Klar eq 0", false],
    ["(Title eq 'x' or Antal eq 12) and Klar eq 1", true],
  ])('%s → %s', (filter, expected) => {
    expect(matches(filter)).toBe(expected);
  });
});

describe('compareFieldValues: the order $orderby uses', () => {
  it('puts empty values first, then orders numbers, dates and text', () => {
    // Wrapped in rows because Array.prototype.sort moves bare undefined to the end without asking.
    const rows = [3, null, 1, undefined, 2, ''].map((v) => ({ v }));
    const sorted = rows.sort((a, b) => compareFieldValues(a.v, b.v)).map((r) => r.v);
    expect(sorted.slice(0, 3)).toEqual([null, undefined, '']);
    expect(sorted.slice(3)).toEqual([1, 2, 3]);
    const dates = [new Date('2024-02-01'), new Date('2023-01-01'), '2023-06-01T00:00:00Z'];
    expect([...dates].sort((a, b) => compareFieldValues(a, b))).toEqual([
      new Date('2023-01-01'),
      '2023-06-01T00:00:00Z',
      new Date('2024-02-01'),
    ]);
  });

  it('sorts text case-insensitively in the site locale', () => {
    const names = ['örjan', 'Anna', 'åsa', 'bertil', 'Zlatan'];
    expect([...names].sort((a, b) => compareFieldValues(a, b, { locale: 'sv-SE' }))).toEqual([
      'Anna',
      'bertil',
      'Zlatan',
      'åsa',
      'örjan',
    ]);
    expect(compareFieldValues('ANNA', 'anna')).toBe(0);
  });
});

describe('filter analysis for the list view threshold', () => {
  const expr = parseFilter("SektorId eq 3 and Title eq 'a' and (Antal gt 1 or startswith(Status, 'd'))");

  it('leadingClause is the first clause of the AND chain', () => {
    expect(leadingClause(expr)).toEqual({ kind: 'compare', op: 'eq', field: ['SektorId'], value: 3 });
    const or = parseFilter("Title eq 'a' or SektorId eq 3");
    expect(leadingClause(or)).toBe(or);
  });

  it('andClauses flattens the top-level AND chain only', () => {
    expect(andClauses(expr).map((c) => c.kind)).toEqual(['compare', 'compare', 'or']);
    expect(andClauses(parseFilter('A eq 1 and (B eq 2 and C eq 3)'))).toHaveLength(3);
  });

  it('referencedFields lists each field once, in order', () => {
    expect(referencedFields(expr)).toEqual([['SektorId'], ['Title'], ['Antal'], ['Status']]);
    expect(
      referencedFields(parseFilter('Author/Id eq 1 or Author/Id eq 2 or year(Created) eq 2024')),
    ).toEqual([['Author', 'Id'], ['Created']]);
  });
});
