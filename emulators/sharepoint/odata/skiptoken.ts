import { ODataSyntaxError } from './errors';

/**
 * SharePoint's list paging position: `Paged=TRUE[&PagedPrev=TRUE][&p_<SortField>=<value>…]&p_ID=<id>`.
 * `sortValues` holds the last row's `$orderby` values by field name (without `p_`), in sort order.
 */
export interface SkipToken {
  pagedPrev: boolean;
  lastId: number;
  sortValues: Record<string, string>;
}

/**
 * The `$skiptoken` text for a position, e.g. `Paged=TRUE&p_ID=123`. Sort values are percent-encoded inside the
 * token, as SharePoint writes them (`p_Modified=20240101%2012%3a00%3a00`); the whole token is encoded once more
 * when it is put into a URL.
 */
export function formatSkipToken(token: SkipToken): string {
  const parts = ['Paged=TRUE'];
  if (token.pagedPrev) parts.push('PagedPrev=TRUE');
  for (const [field, value] of Object.entries(token.sortValues)) {
    parts.push(`p_${field}=${encodeURIComponent(wellFormed(value))}`);
  }
  parts.push(`p_ID=${token.lastId}`);
  return parts.join('&');
}

/**
 * Reads a `$skiptoken` value as URLSearchParams gives it (`Paged=TRUE&p_ID=5`, whether it was sent encoded as
 * `Paged%3DTRUE%26p_ID%3D5` or half-encoded as in SharePoint's docs, `Paged=TRUE%26p_ID=5`).
 * A token without `p_ID` starts from the beginning (`lastId` 0): that is what SharePoint does when the `&` was
 * sent raw and `p_ID` became a separate query parameter (sp-dev-docs#1654).
 * @throws {ODataSyntaxError} when the token is not SharePoint's paging format.
 */
export function parseSkipToken(text: string): SkipToken {
  const token: SkipToken = { pagedPrev: false, lastId: 0, sortValues: {} };
  let paged = false;
  for (const pair of text.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const name = eq < 0 ? pair : pair.slice(0, eq);
    const value = eq < 0 ? '' : decode(pair.slice(eq + 1));
    const lower = name.toLowerCase();
    if (lower === 'paged') {
      paged = value.toUpperCase() === 'TRUE';
    } else if (lower === 'pagedprev') {
      token.pagedPrev = value.toUpperCase() === 'TRUE';
    } else if (lower === 'p_id') {
      if (!/^\d+$/.test(value)) throw invalidToken(text, `p_ID must be a whole number, not '${value}'`);
      token.lastId = Number(value);
    } else if (lower.startsWith('p_') && name.length > 2) {
      token.sortValues[name.slice(2)] = value;
    } else {
      throw invalidToken(text, `Unknown part '${name}'`);
    }
  }
  if (!paged) throw invalidToken(text, 'A list paging token starts with Paged=TRUE');
  return token;
}

/** A date as SharePoint writes it in a paging token's sort value: `20240101 12:00:00` (UTC). */
export function formatPagingDate(date: Date): string {
  const iso = date.toISOString();
  return `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)} ${iso.slice(11, 19)}`;
}

/** The instant of a paging token's date sort value (`20240101 12:00:00`), or `undefined` if it is not one. */
export function parsePagingDate(value: string): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(value);
  if (!m) return undefined;
  return new Date(`${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`);
}

// encodeURIComponent throws on a lone surrogate; such a value cannot come from SharePoint, so replace it.
function wellFormed(value: string): string {
  return value.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function invalidToken(text: string, detail: string): ODataSyntaxError {
  return new ODataSyntaxError(`The $skiptoken '${text}' is not valid.`, { detail: `${detail}.` });
}
