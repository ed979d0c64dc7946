import { STATUS_CODES } from 'node:http';

/** What a handler answers: status, headers and body, before the server writes it (or `$batch` embeds it). */
export interface SpResponse {
  status: number;
  /** The reason phrase; PnPjs puts it in its error message. @default Node's phrase for the status */
  statusText?: string;
  /** Header names as SharePoint spells them (`ETag`, `Location`, `Content-Type`). */
  headers: Record<string, string>;
  body: string | Buffer;
}

/** The reason phrase IIS sends for a status (the same table Node keeps). */
export function reasonPhrase(status: number): string {
  return STATUS_CODES[status] ?? 'Unknown';
}

/** An empty answer, e.g. the 204 of a MERGE or the 200 of a DELETE. */
export function emptyResponse(status: number, headers: Record<string, string> = {}): SpResponse {
  return { status, headers, body: '' };
}
