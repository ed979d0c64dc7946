import { invalidExpression, ODataSyntaxError } from './errors';
import { type ODataLiteral, parseLiteralText, type Token, tokenize, tokenLiteral } from './lexer';

export type { ODataLiteral } from './lexer';

/**
 * One resource path segment. `key` holds a single parenthesised value (`items(5)`, `getByTitle('A')`,
 * `lists(guid'…')`); `args` holds named parameters (`breakroleinheritance(copyroleassignments=false, …)`) and is
 * `{}` for an empty call such as `AddValidateUpdateItemUsingPath()`. Names keep the case the client sent.
 */
export interface PathSegment {
  name: string;
  key?: ODataLiteral;
  args?: Record<string, ODataLiteral>;
}

const SEGMENT_NAME = /^[\p{L}\p{N}_.$-]+$/u;

/**
 * Parses the resource path after `/_api/` — still percent-encoded, without the query string — into segments.
 * Parameter aliases (`siteusers(@v)?@v='…'`, the form PnPjs uses for login names) are resolved from `query`.
 * @throws {ODataSyntaxError} on unbalanced quotes or parentheses, a bad literal, or an undefined alias.
 */
export function parsePath(path: string, query: URLSearchParams): PathSegment[] {
  // Decode before splitting, but split only outside quotes: PnPjs writes titles with encodeURIComponent, so a
  // `/` inside getByTitle('a/b') arrives as %2F and must stay inside the key.
  const text = percentDecode(path);
  const segments: PathSegment[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '/') {
      i++;
      continue;
    }
    let end = i;
    while (end < text.length && text[end] !== '(' && text[end] !== '/') end++;
    const name = text.slice(i, end);
    if (!SEGMENT_NAME.test(name)) {
      throw new ODataSyntaxError(`The path segment '${name}' is not valid.`, {
        position: i,
        detail: `Unexpected characters in the path segment '${name}' of '${text}'.`,
      });
    }
    if (text[end] !== '(') {
      segments.push({ name });
      i = end;
      continue;
    }
    const close = matchingParen(text, end);
    segments.push({ name, ...parseParentheses(text.slice(end + 1, close), query) });
    i = close + 1;
    if (i < text.length && text[i] !== '/') {
      throw new ODataSyntaxError(`The path '${text}' is not valid.`, {
        position: i,
        detail: `Expected '/' after ')' at position ${i} of '${text}'.`,
      });
    }
  }
  return segments;
}

function matchingParen(text: string, open: number): number {
  let inQuote = false;
  for (let j = open + 1; j < text.length; j++) {
    const c = text[j];
    if (c === "'")
      inQuote = !inQuote; // a doubled '' toggles twice, which leaves the state unchanged
    else if (c === ')' && !inQuote) return j;
  }
  throw new ODataSyntaxError(`The path '${text}' is not valid.`, {
    position: open,
    detail: `No closing parenthesis for the one at position ${open} of '${text}'.`,
  });
}

function parseParentheses(content: string, query: URLSearchParams): Pick<PathSegment, 'key' | 'args'> {
  const tokens = tokenize(content);
  const first = tokens[0]!;
  if (first.kind === 'end') return { args: {} };
  if (first.kind === 'ident' && tokens[1]?.kind === 'punct' && tokens[1].value === '=') {
    return { args: parseArguments(content, tokens, query) };
  }
  const key = literalOrAlias(content, first, query);
  if (tokens[1]?.kind !== 'end') {
    throw invalidExpression(content, {
      position: tokens[1]?.pos,
      detail: `Expected one key in (${content}).`,
    });
  }
  return { key };
}

function parseArguments(
  content: string,
  tokens: Token[],
  query: URLSearchParams,
): Record<string, ODataLiteral> {
  const args: Record<string, ODataLiteral> = {};
  let k = 0;
  for (;;) {
    const name = tokens[k];
    const eq = tokens[k + 1];
    const value = tokens[k + 2];
    if (name?.kind !== 'ident' || eq?.kind !== 'punct' || eq.value !== '=' || value === undefined) {
      throw invalidExpression(content, {
        position: name?.pos,
        detail: `Expected name=value in (${content}).`,
      });
    }
    args[name.value] = literalOrAlias(content, value, query);
    const next = tokens[k + 3];
    if (next?.kind === 'end') return args;
    if (next?.kind !== 'punct' || next.value !== ',') {
      throw invalidExpression(content, { position: next?.pos, detail: `Expected ',' in (${content}).` });
    }
    k += 4;
  }
}

function literalOrAlias(content: string, token: Token, query: URLSearchParams): ODataLiteral {
  if (token.kind === 'alias') {
    const value = query.get(token.value);
    if (value === null) {
      throw new ODataSyntaxError(`The parameter alias '${token.value}' is not defined in the query string.`, {
        position: token.pos,
      });
    }
    return parseLiteralText(value);
  }
  const literal = tokenLiteral(token);
  if (literal === undefined) {
    throw invalidExpression(content, { position: token.pos, detail: `Expected a literal in (${content}).` });
  }
  return literal;
}

/**
 * Decodes %XX runs, leaving malformed ones as they are (SharePoint tolerates a bare `%` in a title): never throws,
 * unlike `decodeURIComponent`, whose URIError on `%ff` would be a 500.
 */
export function percentDecode(text: string): string {
  return text.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
