import { invalidExpression, ODataTooDeepError } from './errors';
import { type ODataLiteral, type Token, tokenize, tokenLiteral } from './lexer';

export type { ODataLiteral } from './lexer';
export {
  andClauses,
  compareFieldValues,
  compileFilter,
  evaluateFilter,
  type EvaluateOptions,
  leadingClause,
  referencedFields,
} from './filterEval';

/** A field and, for lookups and users, its projected property: `['Title']`, `['Author','Id']`, `['SektorId']`. */
export type FieldPath = string[];

/** A comparison operator of `$filter`. */
export type CompareOp = 'eq' | 'ne' | 'gt' | 'ge' | 'lt' | 'le';

/** The date parts SharePoint's `$filter` can extract: `year(Created) eq 2024`. */
export type DatePart = 'year' | 'month' | 'day' | 'hour' | 'minute' | 'second';

/** A parsed `$filter` (or CAML `<Where>`). */
export type FilterExpr =
  | { kind: 'compare'; op: CompareOp; field: FieldPath; value: ODataLiteral }
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; expr: FilterExpr }
  | { kind: 'startswith'; field: FieldPath; value: string }
  | { kind: 'substringof'; field: FieldPath; value: string }
  | { kind: 'datepart'; part: DatePart; field: FieldPath; op: CompareOp; value: number };

/**
 * How deeply a `$filter` may nest parentheses and `not` (and a CAML `<Where>` may alternate `<And>` and `<Or>`).
 * The OData library SharePoint's REST service is built on allows 800 levels of its grammar, one per rule it
 * enters — about 100 parentheses; past that it answers "Recursion depth exceeded allowed limit.". A flat chain
 * (`a or b or c …`) is one level, whatever its length.
 */
export const MAX_FILTER_DEPTH = 100;

const COMPARE_OPS: readonly string[] = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'];
const DATE_PARTS: readonly string[] = ['year', 'month', 'day', 'hour', 'minute', 'second'];
// Listed in SharePoint's docs as not supported; named here so the error says so instead of "unknown".
const UNSUPPORTED_FUNCTIONS: readonly string[] = [
  'endswith',
  'replace',
  'substring',
  'tolower',
  'toupper',
  'trim',
  'concat',
  'indexof',
  'length',
  'round',
  'floor',
  'ceiling',
];
const ARITHMETIC: readonly string[] = ['add', 'sub', 'mul', 'div', 'mod'];
const FLIPPED: Record<CompareOp, CompareOp> = { eq: 'eq', ne: 'ne', gt: 'lt', ge: 'le', lt: 'gt', le: 'ge' };

/**
 * Parses SharePoint's OData v3 `$filter` dialect (already percent-decoded, as URLSearchParams gives it).
 * Precedence: `not` binds tighter than `and`, which binds tighter than `or`; parentheses group. A chain of `and`s
 * or `or`s becomes a balanced tree (first clause leftmost), so that no walk over it goes deeper than the log of
 * its length.
 * @throws {ODataTooDeepError} when parentheses and `not` nest deeper than {@link MAX_FILTER_DEPTH}.
 * @throws {ODataSyntaxError} with SharePoint's message `The expression "…" is not valid.`
 */
export function parseFilter(text: string): FilterExpr {
  return new FilterParser(text).parse();
}

/**
 * `kind` over the clauses, in order, as a balanced tree: pairs are joined level by level, so the first clause stays
 * leftmost (the one the list view threshold looks at) and the depth is the log of the count.
 */
export function joinClauses(kind: 'and' | 'or', clauses: readonly FilterExpr[]): FilterExpr {
  if (clauses.length === 0) throw new Error(`joinClauses needs at least one clause.`);
  let level = [...clauses];
  while (level.length > 1) {
    const next: FilterExpr[] = [];
    for (let i = 0; i < level.length; i += 2) {
      next.push(i + 1 < level.length ? { kind, left: level[i]!, right: level[i + 1]! } : level[i]!);
    }
    level = next;
  }
  return level[0]!;
}

class FilterParser {
  private readonly tokens: Token[];
  private index = 0;
  /** Parentheses and `not`s open at the current token. */
  private depth = 0;

  constructor(private readonly text: string) {
    this.tokens = tokenize(text);
  }

  parse(): FilterExpr {
    if (this.peek().kind === 'end') this.fail(this.peek(), 'The filter is empty');
    const expr = this.parseOr();
    const rest = this.peek();
    if (rest.kind !== 'end') this.fail(rest, `Expected 'and', 'or' or the end`);
    return expr;
  }

  private parseOr(): FilterExpr {
    const clauses = [this.parseAnd()];
    while (this.isKeyword('or')) {
      this.index++;
      clauses.push(this.parseAnd());
    }
    return joinClauses('or', clauses);
  }

  private parseAnd(): FilterExpr {
    const clauses = [this.parseUnary()];
    while (this.isKeyword('and')) {
      this.index++;
      clauses.push(this.parseUnary());
    }
    return joinClauses('and', clauses);
  }

  private parseUnary(): FilterExpr {
    if (this.isKeyword('not')) {
      this.index++;
      this.enter();
      const expr: FilterExpr = { kind: 'not', expr: this.parseUnary() };
      this.depth--;
      return expr;
    }
    return this.parsePrimary();
  }

  private parsePrimary(): FilterExpr {
    const token = this.peek();
    if (token.kind === 'punct' && token.value === '(') {
      this.index++;
      this.enter();
      const inner = this.parseOr();
      this.expectPunct(')');
      this.depth--;
      return this.booleanComparison(inner);
    }
    if (token.kind === 'ident' && this.peek(1).kind === 'punct' && this.peekPunct(1) === '(') {
      return this.parseFunction(token.value, token);
    }
    return this.parseComparison();
  }

  private parseFunction(name: string, at: Token): FilterExpr {
    this.index += 2;
    if (name === 'startswith') {
      const field = this.parseField();
      this.expectPunct(',');
      const value = this.parseStringArgument();
      this.expectPunct(')');
      return this.booleanComparison({ kind: 'startswith', field, value });
    }
    if (name === 'substringof') {
      const value = this.parseStringArgument();
      this.expectPunct(',');
      const field = this.parseField();
      this.expectPunct(')');
      return this.booleanComparison({ kind: 'substringof', field, value });
    }
    if (DATE_PARTS.includes(name)) {
      const field = this.parseField();
      this.expectPunct(')');
      const op = this.parseOperator();
      const valueToken = this.next();
      const value = tokenLiteral(valueToken);
      if (typeof value !== 'number') return this.fail(valueToken, `${name}() compares with a number`);
      return { kind: 'datepart', part: name as DatePart, field, op, value };
    }
    if (UNSUPPORTED_FUNCTIONS.includes(name)) {
      return this.fail(at, `The function '${name}' is not supported by SharePoint`);
    }
    return this.fail(at, `Unknown function '${name}'`);
  }

  /** `startswith(Title, 'a') eq true` and `… eq false` are valid OData for the bare boolean function. */
  private booleanComparison(expr: FilterExpr): FilterExpr {
    const token = this.peek();
    if (token.kind !== 'ident' || (token.value !== 'eq' && token.value !== 'ne')) return expr;
    this.index++;
    const valueToken = this.next();
    const value = tokenLiteral(valueToken);
    if (typeof value !== 'boolean')
      return this.fail(valueToken, 'A condition compares only with true or false');
    return value === (token.value === 'eq') ? expr : { kind: 'not', expr };
  }

  private parseComparison(): FilterExpr {
    const left = this.peek();
    const leftLiteral = tokenLiteral(left);
    if (leftLiteral !== undefined) {
      // 'x' eq Title: the same as Title eq 'x' with the operator mirrored.
      this.index++;
      const op = this.parseOperator();
      const field = this.parseField();
      return { kind: 'compare', op: FLIPPED[op], field, value: leftLiteral };
    }
    const field = this.parseField();
    const op = this.parseOperator();
    const valueToken = this.next();
    if (valueToken.kind === 'ident' && ARITHMETIC.includes(valueToken.value)) {
      return this.fail(valueToken, 'Arithmetic operators are not supported by SharePoint');
    }
    const value = tokenLiteral(valueToken);
    if (value === undefined) {
      return this.fail(valueToken, 'Expected a literal value (SharePoint cannot compare two fields)');
    }
    if (this.isArithmetic())
      return this.fail(this.peek(), 'Arithmetic operators are not supported by SharePoint');
    return { kind: 'compare', op, field, value };
  }

  private parseField(): FieldPath {
    const path: string[] = [];
    for (;;) {
      const token = this.next();
      if (token.kind !== 'ident' || tokenLiteral(token) !== undefined || isReserved(token.value)) {
        return this.fail(token, 'Expected a field name');
      }
      path.push(token.value);
      if (this.peekPunct(0) !== '/') return path;
      this.index++;
    }
  }

  private parseStringArgument(): string {
    const token = this.next();
    if (token.kind !== 'string') return this.fail(token, "Expected a 'quoted' string");
    return token.value;
  }

  private parseOperator(): CompareOp {
    const token = this.next();
    if (token.kind === 'ident' && COMPARE_OPS.includes(token.value)) return token.value as CompareOp;
    if (token.kind === 'ident' && ARITHMETIC.includes(token.value)) {
      return this.fail(token, 'Arithmetic operators are not supported by SharePoint');
    }
    return this.fail(token, 'Expected one of eq, ne, gt, ge, lt, le');
  }

  private isArithmetic(): boolean {
    const token = this.peek();
    return token.kind === 'ident' && ARITHMETIC.includes(token.value);
  }

  private isKeyword(word: 'and' | 'or' | 'not'): boolean {
    const token = this.peek();
    return token.kind === 'ident' && token.value === word;
  }

  private expectPunct(value: '(' | ')' | ','): void {
    const token = this.next();
    if (token.kind !== 'punct' || token.value !== value) this.fail(token, `Expected '${value}'`);
  }

  /** One level deeper; refused past the limit before the parser recurses any further. */
  private enter(): void {
    this.depth++;
    if (this.depth > MAX_FILTER_DEPTH) {
      throw new ODataTooDeepError(MAX_FILTER_DEPTH, { position: this.peek().pos });
    }
  }

  private peek(offset = 0): Token {
    return this.tokens[Math.min(this.index + offset, this.tokens.length - 1)]!;
  }

  private peekPunct(offset: number): string | undefined {
    const token = this.peek(offset);
    return token.kind === 'punct' ? token.value : undefined;
  }

  private next(): Token {
    const token = this.peek();
    if (token.kind !== 'end') this.index++;
    return token;
  }

  private fail(token: Token, reason: string): never {
    const found = token.kind === 'end' ? 'the end' : `'${this.text.slice(token.pos, token.pos + 20)}'`;
    throw invalidExpression(this.text, {
      position: token.pos,
      detail: `${reason}; found ${found} at position ${token.pos}.`,
    });
  }
}

function isReserved(word: string): boolean {
  return word === 'and' || word === 'or' || word === 'not' || COMPARE_OPS.includes(word);
}
