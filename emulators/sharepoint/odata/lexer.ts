import { invalidExpression, ODataUnsupportedError } from './errors';
import { parseInstant } from './instant';

/** A literal as SharePoint's OData v3 dialect writes it: `'text'`, `5`, `true`, `null`, `guid'…'`, `datetime'…'`. */
export type ODataLiteral =
  string | number | boolean | null | { kind: 'guid'; value: string } | { kind: 'datetime'; value: string };

/** One token of a `$filter` expression or of a path segment's parentheses. */
export type Token =
  | { kind: 'punct'; value: '(' | ')' | ',' | '/' | '='; pos: number }
  | { kind: 'string'; value: string; pos: number }
  | { kind: 'number'; value: number; pos: number }
  | { kind: 'typed'; type: 'guid' | 'datetime'; value: string; pos: number }
  | { kind: 'ident'; value: string; pos: number }
  | { kind: 'alias'; value: string; pos: number }
  | { kind: 'end'; pos: number };

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NUMBER = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?[LlMmDdFf]?/y;
const IDENT = /[\p{L}_][\p{L}\p{N}_]*/uy;
const WHITESPACE = /\s/;

/**
 * Splits OData expression text into tokens. Positions are 0-based offsets into `text`.
 * @throws {ODataSyntaxError} on an unterminated string, a malformed typed literal or a stray character.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (pos: number, detail: string): never => {
    throw invalidExpression(text, { position: pos, detail: `${detail} at position ${pos}.` });
  };
  const readQuoted = (start: number): { value: string; end: number } => {
    // SharePoint (like OData v3) escapes an apostrophe inside a literal by doubling it: 'O''Brien'.
    let value = '';
    let j = start + 1;
    for (;;) {
      if (j >= text.length) return fail(start, 'Unterminated string literal');
      const c = text[j]!;
      if (c === "'") {
        if (text[j + 1] === "'") {
          value += "'";
          j += 2;
          continue;
        }
        return { value, end: j + 1 };
      }
      value += c;
      j++;
    }
  };

  while (i < text.length) {
    const c = text[i]!;
    if (WHITESPACE.test(c)) {
      i++;
      continue;
    }
    if (c === '(' || c === ')' || c === ',' || c === '/' || c === '=') {
      tokens.push({ kind: 'punct', value: c, pos: i });
      i++;
      continue;
    }
    if (c === "'") {
      const { value, end } = readQuoted(i);
      tokens.push({ kind: 'string', value, pos: i });
      i = end;
      continue;
    }
    if (c === '@') {
      IDENT.lastIndex = i + 1;
      const m = IDENT.exec(text);
      if (!m) fail(i, "Expected a parameter alias name after '@'");
      tokens.push({ kind: 'alias', value: `@${m![0]}`, pos: i });
      i = IDENT.lastIndex;
      continue;
    }
    if (c === '-' || (c >= '0' && c <= '9')) {
      NUMBER.lastIndex = i;
      const m = NUMBER.exec(text);
      if (!m) fail(i, `Unexpected character '${c}'`);
      const raw = m![0].replace(/[LlMmDdFf]$/, '');
      tokens.push({ kind: 'number', value: Number(raw), pos: i });
      i = NUMBER.lastIndex;
      continue;
    }
    IDENT.lastIndex = i;
    const ident = IDENT.exec(text);
    if (ident) {
      const name = ident[0];
      const after = IDENT.lastIndex;
      if (text[after] === "'") {
        const { value, end } = readQuoted(after);
        tokens.push(typedLiteral(text, { prefix: name, value, pos: i }));
        i = end;
        continue;
      }
      tokens.push({ kind: 'ident', value: name, pos: i });
      i = after;
      continue;
    }
    fail(i, `Unexpected character '${c}'`);
  }
  tokens.push({ kind: 'end', pos: text.length });
  return tokens;
}

function typedLiteral(text: string, literal: { prefix: string; value: string; pos: number }): Token {
  const { prefix, value, pos } = literal;
  switch (prefix.toLowerCase()) {
    case 'guid':
      if (!GUID.test(value)) {
        throw invalidExpression(text, {
          position: pos,
          detail: `'${value}' is not a GUID at position ${pos}.`,
        });
      }
      return { kind: 'typed', type: 'guid', value, pos };
    case 'datetime':
    case 'datetimeoffset':
      if (parseInstant(value) === undefined) {
        throw invalidExpression(text, {
          position: pos,
          detail: `'${value}' is not a date at position ${pos}.`,
        });
      }
      return { kind: 'typed', type: 'datetime', value, pos };
    case 'time':
    case 'binary':
    case 'x':
      throw new ODataUnsupportedError(`${prefix}'…' literals`, { position: pos });
    default:
      throw invalidExpression(text, {
        position: pos,
        detail: `Unknown literal prefix '${prefix}' at ${pos}.`,
      });
  }
}

/** The literal a token stands for, or `undefined` when the token is not a literal (a field name, punctuation). */
export function tokenLiteral(token: Token): ODataLiteral | undefined {
  switch (token.kind) {
    case 'string':
    case 'number':
      return token.value;
    case 'typed':
      return { kind: token.type, value: token.value };
    case 'ident':
      if (token.value === 'true') return true;
      if (token.value === 'false') return false;
      if (token.value === 'null') return null;
      return undefined;
    default:
      return undefined;
  }
}

/** Reads exactly one literal from alias text such as `'i:0#.f|membership|a@b.c'` (a query string `@v` value). */
export function parseLiteralText(text: string): ODataLiteral {
  const tokens = tokenize(text.trim());
  const first = tokens[0]!;
  const literal = tokenLiteral(first);
  if (literal === undefined || tokens[1]?.kind !== 'end') {
    throw invalidExpression(text, {
      position: first.pos,
      detail: `Expected exactly one literal in "${text}".`,
    });
  }
  return literal;
}
