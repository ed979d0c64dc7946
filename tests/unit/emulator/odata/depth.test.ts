// Nesting limits: a `$filter` or CAML query nested deeper than the limit is a 400, never a stack overflow, and
// long flat chains (`a or b or c …`, CAML's nested <Or>s) of any length still work.
import { SpErrorFactory } from '../../../../emulators/sharepoint/errors/SpErrorFactory';
import { toSpError } from '../../../../emulators/sharepoint/errors/toSpError';
import { parseViewQuery } from '../../../../emulators/sharepoint/odata/caml';
import { ODataSyntaxError, ODataTooDeepError } from '../../../../emulators/sharepoint/odata/errors';
import {
  andClauses,
  evaluateFilter,
  leadingClause,
  MAX_FILTER_DEPTH,
  parseFilter,
  referencedFields,
  type FilterExpr,
} from '../../../../emulators/sharepoint/odata/filter';

/** The depth of an expression tree, measured without recursion. */
function treeDepth(expr: FilterExpr): number {
  let deepest = 0;
  const stack: [FilterExpr, number][] = [[expr, 1]];
  while (stack.length > 0) {
    const [e, depth] = stack.pop()!;
    deepest = Math.max(deepest, depth);
    if (e.kind === 'and' || e.kind === 'or') stack.push([e.left, depth + 1], [e.right, depth + 1]);
    if (e.kind === 'not') stack.push([e.expr, depth + 1]);
  }
  return deepest;
}

function nested(depth: number): string {
  return `${'('.repeat(depth)}Title eq 'a'${')'.repeat(depth)}`;
}

function tooDeep(parse: () => unknown): unknown {
  try {
    parse();
  } catch (error) {
    return error;
  }
  throw new Error('Expected the query to be refused as too deep.');
}

describe('$filter nesting', () => {
  it('is documented as 100 levels', () => {
    expect(MAX_FILTER_DEPTH).toBe(100);
  });

  it('parses parentheses and not nested up to the limit', () => {
    expect(parseFilter(nested(MAX_FILTER_DEPTH))).toEqual(parseFilter("Title eq 'a'"));
    const nots = `${'not '.repeat(MAX_FILTER_DEPTH)}Title eq 'a'`;
    expect(evaluateFilter(parseFilter(nots), () => 'a')).toBe(true);
    const mixed = `${'not ('.repeat(MAX_FILTER_DEPTH / 2)}Title eq 'a'${')'.repeat(MAX_FILTER_DEPTH / 2)}`;
    expect(evaluateFilter(parseFilter(mixed), () => 'a')).toBe(true);
  });

  it.each([
    ['parentheses', nested(MAX_FILTER_DEPTH + 1)],
    ['not', `${'not '.repeat(MAX_FILTER_DEPTH + 1)}Title eq 'a'`],
    ['parentheses 100,000 deep', nested(100_000)],
    ['not 100,000 deep', `${'not '.repeat(100_000)}Title eq 'a'`],
    ['unclosed parentheses 100,000 deep', '('.repeat(100_000)],
    ['alternating and/or', `${"Title eq 'a' or (Title eq 'b' and (".repeat(60_000)}Title eq 'c'`],
  ])('refuses %s as too deep, with the OData library’s words', (_name, text) => {
    const error = tooDeep(() => parseFilter(text));
    expect(error).toBeInstanceOf(ODataTooDeepError);
    expect(error).toBeInstanceOf(ODataSyntaxError);
    expect((error as Error).message).toBe('Recursion depth exceeded allowed limit.');
  });

  it('answers a too deep query with 400 InvalidClientQueryException', () => {
    const { error, unexpected } = toSpError(
      tooDeep(() => parseFilter(nested(100_000))),
      { strict: true },
    );
    expect(unexpected).toBe(false);
    expect(error.status).toBe(400);
    expect(error.code).toBe('-1, Microsoft.SharePoint.Client.InvalidClientQueryException');
    expect(error.message).toBe(SpErrorFactory.queryTooDeep().message);
  });
});

describe('flat and/or chains of any length', () => {
  const ids = Array.from({ length: 100_000 }, (_, i) => i + 1);

  it('keep their clauses in order in a tree of logarithmic depth', () => {
    const or = parseFilter(ids.map((id) => `Id eq ${id}`).join(' or '));
    expect(treeDepth(or)).toBeLessThanOrEqual(18);
    expect(evaluateFilter(or, () => 100_000)).toBe(true);
    expect(evaluateFilter(or, () => 100_001)).toBe(false);
    expect(referencedFields(or)).toEqual([['Id']]);
  });

  it('keep the first clause first, which the list view threshold looks at', () => {
    const and = parseFilter(['SektorId eq 3', ...ids.map((id) => `Id ne ${id}`)].join(' and '));
    expect(leadingClause(and)).toEqual(parseFilter('SektorId eq 3'));
    const clauses = andClauses(and);
    expect(clauses).toHaveLength(100_001);
    expect(clauses[1]).toEqual(parseFilter('Id ne 1'));
    expect(clauses[100_000]).toEqual(parseFilter('Id ne 100000'));
  });
});

describe('CAML nesting', () => {
  const eq = (value: number) => `<Eq><FieldRef Name='Id'/><Value Type='Counter'>${value}</Value></Eq>`;

  /** `<Or>` nested `count` deep, the only way CAML joins `count + 1` conditions. */
  function orChain(count: number): string {
    return `${'<Or>'.repeat(count)}${eq(0)}${Array.from({ length: count }, (_, i) => `${eq(i + 1)}</Or>`).join('')}`;
  }

  it('reads a chain of one operator nested 100,000 deep as one flat chain', () => {
    const query = parseViewQuery(`<Where>${orChain(100_000)}</Where>`);
    expect(treeDepth(query.where!)).toBeLessThanOrEqual(18);
    expect(evaluateFilter(query.where!, () => 100_000)).toBe(true);
    expect(evaluateFilter(query.where!, () => -1)).toBe(false);
  });

  it('reads right-nested chains in order too', () => {
    const right = `<Or>${eq(1)}<Or>${eq(2)}<Or>${eq(3)}${eq(4)}</Or></Or></Or>`;
    expect(parseViewQuery(`<Where>${right}</Where>`).where).toEqual(
      parseFilter('Id eq 1 or Id eq 2 or Id eq 3 or Id eq 4'),
    );
  });

  it('allows And and Or to alternate up to the limit and refuses one level more', () => {
    const alternate = (levels: number): string => {
      let xml = eq(0);
      for (let i = 0; i < levels; i++)
        xml = `<${i % 2 ? 'And' : 'Or'}>${eq(i + 1)}${xml}</${i % 2 ? 'And' : 'Or'}>`;
      return `<Where>${xml}</Where>`;
    };
    expect(parseViewQuery(alternate(MAX_FILTER_DEPTH)).where).toBeDefined();
    expect(tooDeep(() => parseViewQuery(alternate(MAX_FILTER_DEPTH + 1)))).toBeInstanceOf(ODataTooDeepError);
    expect(tooDeep(() => parseViewQuery(alternate(100_000)))).toBeInstanceOf(ODataTooDeepError);
  });

  it('reads an <In> with many values', () => {
    const values = ids(20_000)
      .map((id) => `<Value Type='Counter'>${id}</Value>`)
      .join('');
    const query = parseViewQuery(`<Where><In><FieldRef Name='Id'/><Values>${values}</Values></In></Where>`);
    expect(evaluateFilter(query.where!, () => 20_000)).toBe(true);
  });

  it('refuses malformed XML nested 100,000 deep as a syntax error', () => {
    const error = tooDeep(() => parseViewQuery(`<Where>${'<Or>'.repeat(100_000)}`));
    expect(error).toBeInstanceOf(ODataSyntaxError);
  });
});

function ids(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i + 1);
}
