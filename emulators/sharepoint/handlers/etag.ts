import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';

/**
 * The version an `IF-MATCH` value names: `"4"` (an `odata.etag`), `"<guid>,4"` (the ETag header of a write),
 * either with `W/`; undefined for `*`. SharePoint accepts both forms for list items.
 */
export function versionOfETag(value: string): number | undefined | 'malformed' {
  const text = value
    .trim()
    .replace(/^W\//, '')
    .replace(/^"+|"+$/g, '')
    .trim();
  if (text === '*') return undefined;
  const version = text.includes(',') ? text.slice(text.lastIndexOf(',') + 1) : text;
  return /^\d+$/.test(version) ? Number(version) : 'malformed';
}

/**
 * Enforces `IF-MATCH`: absent or `*` always matches, as in SharePoint.
 * @throws SpError 412 with SharePoint's version-conflict message when it names another version.
 */
export function checkIfMatch(ctx: RequestContext, options: { version: number; current: string }): void {
  const header = ctx.headers['if-match'];
  if (header === undefined || header.trim() === '') return;
  const version = versionOfETag(header);
  if (version === undefined || version === options.version) return;
  throw SpErrorFactory.versionConflict({ requestETag: header, currentETag: options.current });
}
