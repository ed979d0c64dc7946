import { parseViewQuery } from '../../../../emulators/sharepoint/odata/caml';
import { ODataSyntaxError, ODataUnsupportedError } from '../../../../emulators/sharepoint/odata/errors';
import { evaluateFilter, type FilterExpr, parseFilter } from '../../../../emulators/sharepoint/odata/filter';

const eq = (field: string[], value: unknown): FilterExpr =>
  ({ kind: 'compare', op: 'eq', field, value }) as FilterExpr;
const where = (condition: string, options = {}): FilterExpr | undefined =>
  parseViewQuery(`<Where>${condition}</Where>`, options).where;
const dt = (iso: string) => ({ kind: 'datetime', value: iso });

describe('parseViewQuery: value types', () => {
  it.each<[string, FilterExpr]>([
    [
      "<Eq><FieldRef Name='Title'/><Value Type='Text'>Ekonomi &amp; HR</Value></Eq>",
      eq(['Title'], 'Ekonomi & HR'),
    ],
    ["<Eq><FieldRef Name='Status'/><Value Type='Choice'>draft</Value></Eq>", eq(['Status'], 'draft')],
    ["<Eq><FieldRef Name='Arsarbetare'/><Value Type='Number'>2.5</Value></Eq>", eq(['Arsarbetare'], 2.5)],
    ["<Eq><FieldRef Name='Antal'/><Value Type='Integer'>12</Value></Eq>", eq(['Antal'], 12)],
    ["<Eq><FieldRef Name='ID'/><Value Type='Counter'>5</Value></Eq>", eq(['ID'], 5)],
    ["<Eq><FieldRef Name='Klar'/><Value Type='Boolean'>1</Value></Eq>", eq(['Klar'], true)],
    ["<Eq><FieldRef Name='Klar'/><Value Type='Boolean'>FALSE</Value></Eq>", eq(['Klar'], false)],
    [
      "<Eq><FieldRef Name='Sektor' LookupId='TRUE'/><Value Type='Lookup'>3</Value></Eq>",
      eq(['Sektor', 'Id'], 3),
    ],
    ["<Eq><FieldRef Name='Sektor'/><Value Type='Lookup'>Välfärd</Value></Eq>", eq(['Sektor'], 'Välfärd')],
    [
      "<Eq><FieldRef Name='Author' LookupId='TRUE'/><Value Type='User'>7</Value></Eq>",
      eq(['Author', 'Id'], 7),
    ],
    ["<Eq><FieldRef Name='Author'/><Value Type='User'>Anna Berg</Value></Eq>", eq(['Author'], 'Anna Berg')],
    [
      "<Eq><FieldRef Name='UniqueId'/><Value Type='Guid'>{3F2504E0-4F89-11D3-9A0C-0305E82C3301}</Value></Eq>",
      eq(['UniqueId'], { kind: 'guid', value: '3F2504E0-4F89-11D3-9A0C-0305E82C3301' }),
    ],
    ["<Eq><FieldRef Name='Note'/><Value Type='Text'><![CDATA[<b>]]></Value></Eq>", eq(['Note'], '<b>')],
  ])('%s', (condition, expected) => {
    expect(where(condition)).toEqual(expected);
  });

  it('<UserID/> is the caller’s current user, compared by id', () => {
    const caml = "<Eq><FieldRef Name='Author'/><Value Type='Integer'><UserID Type='Integer'/></Value></Eq>";
    expect(where(caml, { currentUserId: 42 })).toEqual(eq(['Author', 'Id'], 42));
    expect(() => where(caml)).toThrow(
      expect.objectContaining({ detail: expect.stringMatching(/current user/) }),
    );
  });
});

describe('parseViewQuery: operators', () => {
  const ref = "<FieldRef Name='Antal'/><Value Type='Integer'>5</Value>";
  it.each([
    ['Eq', 'eq'],
    ['Neq', 'ne'],
    ['Gt', 'gt'],
    ['Geq', 'ge'],
    ['Lt', 'lt'],
    ['Leq', 'le'],
  ])('<%s> is %s', (element, op) => {
    expect(where(`<${element}>${ref}</${element}>`)).toEqual({
      kind: 'compare',
      op,
      field: ['Antal'],
      value: 5,
    });
  });

  it('IsNull, IsNotNull, Contains, BeginsWith', () => {
    expect(where("<IsNull><FieldRef Name='Tom'/></IsNull>")).toEqual(eq(['Tom'], null));
    expect(where("<IsNotNull><FieldRef Name='Tom'/></IsNotNull>")).toEqual({
      kind: 'compare',
      op: 'ne',
      field: ['Tom'],
      value: null,
    });
    expect(where("<Contains><FieldRef Name='Title'/><Value Type='Text'>nom</Value></Contains>")).toEqual({
      kind: 'substringof',
      field: ['Title'],
      value: 'nom',
    });
    expect(where("<BeginsWith><FieldRef Name='Title'/><Value Type='Text'>Ek</Value></BeginsWith>")).toEqual({
      kind: 'startswith',
      field: ['Title'],
      value: 'Ek',
    });
  });

  it('In becomes an OR of equalities', () => {
    const caml =
      "<In><FieldRef Name='Status'/><Values><Value Type='Text'>a</Value><Value Type='Text'>b</Value>" +
      "<Value Type='Text'>c</Value></Values></In>";
    expect(where(caml)).toEqual({
      kind: 'or',
      left: { kind: 'or', left: eq(['Status'], 'a'), right: eq(['Status'], 'b') },
      right: eq(['Status'], 'c'),
    });
  });

  it('And/Or nest into the same tree $filter gives', () => {
    const caml =
      "<And><Eq><FieldRef Name='SektorId'/><Value Type='Integer'>3</Value></Eq>" +
      "<Or><Eq><FieldRef Name='Status'/><Value Type='Text'>draft</Value></Eq>" +
      "<IsNull><FieldRef Name='Status'/></IsNull></Or></And>";
    expect(where(caml)).toEqual(parseFilter("SektorId eq 3 and (Status eq 'draft' or Status eq null)"));
  });
});

describe('parseViewQuery: DateTime compares by day unless IncludeTimeValue', () => {
  const day = '2024-03-15T00:00:00.000Z';
  const next = '2024-03-16T00:00:00.000Z';
  const value = "<FieldRef Name='Skapad'/><Value Type='DateTime'>2024-03-15T10:43:10Z</Value>";

  it.each<[string, FilterExpr]>([
    [
      'Eq',
      {
        kind: 'and',
        left: { kind: 'compare', op: 'ge', field: ['Skapad'], value: dt(day) },
        right: { kind: 'compare', op: 'lt', field: ['Skapad'], value: dt(next) },
      } as FilterExpr,
    ],
    [
      'Neq',
      {
        kind: 'or',
        left: { kind: 'compare', op: 'lt', field: ['Skapad'], value: dt(day) },
        right: { kind: 'compare', op: 'ge', field: ['Skapad'], value: dt(next) },
      } as FilterExpr,
    ],
    ['Gt', { kind: 'compare', op: 'ge', field: ['Skapad'], value: dt(next) } as FilterExpr],
    ['Geq', { kind: 'compare', op: 'ge', field: ['Skapad'], value: dt(day) } as FilterExpr],
    ['Lt', { kind: 'compare', op: 'lt', field: ['Skapad'], value: dt(day) } as FilterExpr],
    ['Leq', { kind: 'compare', op: 'lt', field: ['Skapad'], value: dt(next) } as FilterExpr],
  ])('<%s>', (element, expected) => {
    expect(where(`<${element}>${value}</${element}>`)).toEqual(expected);
  });

  it('IncludeTimeValue=TRUE compares the instant', () => {
    expect(
      where(
        "<Lt><FieldRef Name='Skapad'/><Value Type='DateTime' IncludeTimeValue='TRUE'>2024-03-15T10:43:10Z</Value></Lt>",
      ),
    ).toEqual({ kind: 'compare', op: 'lt', field: ['Skapad'], value: dt('2024-03-15T10:43:10.000Z') });
  });

  it('<Today OffsetDays/> and <Now/> use the caller’s clock', () => {
    const now = new Date('2024-03-15T10:43:10Z');
    expect(
      where("<Geq><FieldRef Name='Skapad'/><Value Type='DateTime'><Today OffsetDays='-7'/></Value></Geq>", {
        now,
      }),
    ).toEqual({
      kind: 'compare',
      op: 'ge',
      field: ['Skapad'],
      value: dt('2024-03-08T00:00:00.000Z'),
    });
    expect(
      where(
        "<Lt><FieldRef Name='Skapad'/><Value Type='DateTime' IncludeTimeValue='TRUE'><Now/></Value></Lt>",
        { now },
      ),
    ).toEqual({ kind: 'compare', op: 'lt', field: ['Skapad'], value: dt('2024-03-15T10:43:10.000Z') });
  });

  it('a day comparison evaluates as SharePoint does: same day matches Eq at any time', () => {
    const filter = where(`<Eq>${value}</Eq>`)!;
    const at = (iso: string): boolean => evaluateFilter(filter, () => new Date(iso));
    expect(at('2024-03-15T00:00:00Z')).toBe(true);
    expect(at('2024-03-15T23:59:59Z')).toBe(true);
    expect(at('2024-03-16T00:00:00Z')).toBe(false);
    expect(at('2024-03-14T23:59:59Z')).toBe(false);
  });
});

describe('parseViewQuery: query shapes', () => {
  it('a view’s ViewQuery fragment: Where, OrderBy, GroupBy', () => {
    const query = parseViewQuery(
      "<Where><Eq><FieldRef Name='SektorId'/><Value Type='Integer'>3</Value></Eq></Where>" +
        "<OrderBy><FieldRef Name='Modified' Ascending='FALSE'/><FieldRef Name='Title'/></OrderBy>" +
        "<GroupBy Collapse='TRUE' GroupLimit='30'><FieldRef Name='Sektor'/><FieldRef Name='Kontor'/></GroupBy>",
    );
    expect(query).toEqual({
      where: eq(['SektorId'], 3),
      orderBy: [
        { field: ['Modified'], descending: true },
        { field: ['Title'], descending: false },
      ],
      groupBy: [
        { field: 'Sektor', collapse: true },
        { field: 'Kontor', collapse: true },
      ],
      viewFields: [],
      scope: 'Default',
    });
  });

  it('a getitems ViewXml: View with Query, ViewFields and a paged RowLimit', () => {
    const query = parseViewQuery(
      `<View Scope="RecursiveAll"><Query><Where><BeginsWith><FieldRef Name="Title"/><Value Type="Text">E</Value></BeginsWith></Where>` +
        `<OrderBy><FieldRef Name="ID" Ascending="true"/></OrderBy></Query>` +
        `<ViewFields><FieldRef Name="Title"/><FieldRef Name="ID"/></ViewFields><RowLimit Paged="TRUE">100</RowLimit>` +
        `<JSLink>clienttemplates.js</JSLink></View>`,
    );
    expect(query).toEqual({
      where: { kind: 'startswith', field: ['Title'], value: 'E' },
      orderBy: [{ field: ['ID'], descending: false }],
      groupBy: [],
      rowLimit: 100,
      viewFields: ['Title', 'ID'],
      scope: 'RecursiveAll',
    });
  });

  it('a bare <Query> and an empty <Where/>', () => {
    expect(parseViewQuery("<Query><OrderBy><FieldRef Name='Title'/></OrderBy></Query>").orderBy).toHaveLength(
      1,
    );
    const empty = { orderBy: [], groupBy: [], viewFields: [], scope: 'Default' };
    expect(parseViewQuery('<Where/>')).toEqual(empty);
    expect(parseViewQuery('')).toEqual(empty);
    expect(parseViewQuery('<View Scope="recursive"/>').scope).toBe('Recursive');
    expect(() => parseViewQuery('<View Scope="Everywhere"/>')).toThrow('The CAML query is not valid.');
  });
});

describe('parseViewQuery: errors', () => {
  it.each([
    ["<Where><Eq><FieldRef Name='A'/></Eq></Where>", 'Eq without Value'],
    ["<Where><Eq><Value Type='Text'>a</Value></Eq></Where>", 'Eq without FieldRef'],
    ["<Where><Eq><FieldRef Name='A'/><Value>a</Value></Eq></Where>", 'Value without Type'],
    ["<Where><Eq><FieldRef/><Value Type='Text'>a</Value></Eq></Where>", 'FieldRef without Name'],
    ["<Where><And><IsNull><FieldRef Name='A'/></IsNull></And></Where>", 'And with one condition'],
    [
      "<Where><Or><IsNull><FieldRef Name='A'/></IsNull><IsNull><FieldRef Name='B'/></IsNull><IsNull><FieldRef Name='C'/></IsNull></Or></Where>",
      'Or with three conditions',
    ],
    [
      "<Where><IsNull><FieldRef Name='A'/></IsNull><IsNull><FieldRef Name='B'/></IsNull></Where>",
      'two conditions in Where',
    ],
    ["<Where><eq><FieldRef Name='A'/><Value Type='Text'>a</Value></eq></Where>", 'lower-case element'],
    [
      "<Where><Eq><FieldRef Name='A'/><Value Type='Integer'>1.5</Value></Eq></Where>",
      'Integer with a fraction',
    ],
    ["<Where><Eq><FieldRef Name='A'/><Value Type='Number'>abc</Value></Eq></Where>", 'Number that is not'],
    ["<Where><Eq><FieldRef Name='A'/><Value Type='Boolean'>yes</Value></Eq></Where>", 'Boolean that is not'],
    [
      "<Where><Eq><FieldRef Name='A'/><Value Type='DateTime'>igår</Value></Eq></Where>",
      'DateTime that is not',
    ],
    ["<Where><In><FieldRef Name='A'/><Values/></In></Where>", 'In without values'],
    ['<View><RowLimit>many</RowLimit></View>', 'RowLimit that is not a number'],
    ['<Where><Eq>', 'malformed XML'],
    ['<Select/>', 'unknown top-level element'],
  ])('%s (%s)', (xml) => {
    expect(() => parseViewQuery(xml)).toThrow(ODataSyntaxError);
  });

  it.each([
    ["<Where><Membership Type='CurrentUserGroups'><FieldRef Name='A'/></Membership></Where>", 'Membership'],
    ["<Where><Includes><FieldRef Name='A'/><Value Type='Integer'>1</Value></Includes></Where>", 'Includes'],
    ["<Where><DateRangesOverlap><FieldRef Name='A'/></DateRangesOverlap></Where>", 'DateRangesOverlap'],
    ['<View><Joins/></View>', 'Joins'],
    ['<View><ProjectedFields/></View>', 'ProjectedFields'],
    ["<Where><Eq><FieldRef Name='A'/><Value Type='Geo'>x</Value></Eq></Where>", 'an unknown value type'],
    [
      "<Where><Eq><FieldRef ID='{3F2504E0-4F89-11D3-9A0C-0305E82C3301}'/><Value Type='Text'>a</Value></Eq></Where>",
      'FieldRef by ID',
    ],
  ])('%s is valid CAML the emulator does not implement (%s)', (xml) => {
    expect(() => parseViewQuery(xml)).toThrow(ODataUnsupportedError);
  });
});
