// Reading SharePoint's error bodies, from PnPjs rejections and from raw responses.
import { type HttpRequestError } from '@pnp/queryable';

/** What a test compares of a SharePoint error. */
export interface SpErrorSeen {
  status: number;
  statusText: string;
  /** `odata.error.code` or `error.code`, e.g. `-1, System.ArgumentException`. */
  code: string;
  /** `message.value`. */
  message: string;
  /** Which envelope carried it: `odata.error` (minimal) or `error` (verbose, nometadata). */
  envelope: 'odata.error' | 'error';
  /** `message.lang`. */
  lang: string;
}

interface ErrorEnvelope {
  code?: unknown;
  message?: { lang?: unknown; value?: unknown };
}

function isHttpRequestError(e: unknown): e is HttpRequestError {
  // PnPjs documents this flag as the reliable check (docs/concepts/error-handling.md).
  return (
    typeof e === 'object' && e !== null && (e as { isHttpRequestError?: unknown }).isHttpRequestError === true
  );
}

/** Parses a SharePoint error response. @throws when the body is not a SharePoint error envelope. */
export async function readSpError(response: Response): Promise<SpErrorSeen> {
  const text = await response.text();
  let json: Record<string, ErrorEnvelope>;
  try {
    json = JSON.parse(text) as Record<string, ErrorEnvelope>;
  } catch {
    throw new Error(`Expected a JSON SharePoint error body, got [${response.status}] ${text.slice(0, 300)}`);
  }
  const envelope = json['odata.error'] ? 'odata.error' : json.error ? 'error' : undefined;
  const body = envelope ? json[envelope] : undefined;
  if (!envelope || !body || typeof body.code !== 'string' || typeof body.message?.value !== 'string') {
    throw new Error(`Not a SharePoint error envelope: [${response.status}] ${text.slice(0, 300)}`);
  }
  return {
    status: response.status,
    statusText: response.statusText,
    code: body.code,
    message: body.message.value,
    envelope,
    lang: String(body.message.lang),
  };
}

/** Runs a PnPjs call that must fail and returns SharePoint's error. @throws when the call succeeds. */
export async function spErrorOf(call: () => Promise<unknown>): Promise<SpErrorSeen> {
  let result: unknown;
  try {
    result = await call();
  } catch (e) {
    if (!isHttpRequestError(e)) throw e;
    return readSpError(e.response);
  }
  throw new Error(
    `Expected SharePoint to refuse the request, but it answered ${JSON.stringify(result)?.slice(0, 300)}`,
  );
}

/** Runs a PnPjs call that must fail and returns the HttpRequestError. @throws when the call succeeds. */
export async function httpErrorOf(call: () => Promise<unknown>): Promise<HttpRequestError> {
  let result: unknown;
  try {
    result = await call();
  } catch (e) {
    if (!isHttpRequestError(e)) throw e;
    return e;
  }
  throw new Error(
    `Expected SharePoint to refuse the request, but it answered ${JSON.stringify(result)?.slice(0, 300)}`,
  );
}
