import { AppError, asAppError, isAppError, type AppErrorCode } from '../domain/errors';

// The one place a failure of a SharePoint call becomes an AppError, from the HTTP status and SharePoint's
// `odata.error.code`: the repositories at their edge, the writers, provisioning and the import all map here.
// Nothing above src/sharepoint sees HTTP.
//
// | status / error                              | AppErrorCode      |
// |---------------------------------------------|-------------------|
// | 401                                         | unauthenticated   |
// | 403                                         | forbidden         |
// | 404                                         | notFound          |
// | 409, 412                                    | conflict          |
// | 429                                         | throttled (+ Retry-After) |
// | 500 SPQueryThrottledException (threshold)   | unavailable, the message names the list view threshold |
// | 500, 502, 503, 504                          | unavailable (+ Retry-After when sent) |
// | fetch failed (no network, refused)          | offline           |
// | anything else (400 included)                | unexpected        |
//
// The threshold error keeps `unavailable` rather than a code of its own: for the user it means the same thing
// (the service cannot answer this now, try later or ask IT), and our queries are designed never to hit it, so
// when it happens it is a design fault to find in the logs (`message`, `cause`), not a state the UI handles.
// A 400 is `unexpected` for the same reason: the tab validates before it writes, so SharePoint refusing a
// request means our request is wrong, not the user's input.

/** What PnPjs's `HttpRequestError` carries (checked by its documented `isHttpRequestError` flag). */
interface HttpRequestErrorLike {
  readonly isHttpRequestError: true;
  readonly status: number;
  readonly statusText?: string;
  readonly message: string;
  readonly response?: Response;
}

/** SharePoint's error body: `odata.error` (minimal metadata) or `error` (verbose, nometadata). */
interface SpErrorBody {
  readonly code: string;
  readonly message: string;
}

/** Whether a value is PnPjs's HttpRequestError (across bundles, as PnPjs's error-handling docs advise). */
export function isHttpRequestError(value: unknown): value is HttpRequestErrorLike {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { isHttpRequestError?: unknown }).isHttpRequestError === true &&
    typeof (value as { status?: unknown }).status === 'number'
  );
}

function spErrorOfJson(json: Record<string, unknown>): SpErrorBody | null {
  const error = (json['odata.error'] ?? json.error) as
    { code?: unknown; message?: { value?: unknown } | string } | undefined;
  if (error === undefined || error === null || typeof error !== 'object') return null;
  const message = typeof error.message === 'string' ? error.message : error.message?.value;
  return { code: String(error.code ?? ''), message: typeof message === 'string' ? message : '' };
}

async function readSpError(response: Response | undefined): Promise<SpErrorBody | null> {
  if (response === undefined) return null;
  try {
    return spErrorOfJson((await response.clone().json()) as Record<string, unknown>);
  } catch {
    // An empty or non-JSON body (a 429 from a gateway, an HTML error page) leaves only the status to go on.
    return null;
  }
}

/**
 * SharePoint's error code and text from a PnPjs HttpRequestError's message, which carries the answer's body after
 * `::>`; `null` for any other error or a body that is not SharePoint's JSON (a proxy's HTML page).
 */
function spErrorInMessage(error: unknown): SpErrorBody | null {
  const message = (error as { message?: unknown } | null)?.message;
  const body = typeof message === 'string' ? message.split('::>')[1]?.trim() : undefined;
  if (body === undefined) return null;
  try {
    return spErrorOfJson(JSON.parse(body) as Record<string, unknown>);
  } catch {
    return null;
  }
}

/**
 * What SharePoint said went wrong, for messages: its `odata.error.message.value`, else the raw answer's start, else
 * the error's own message.
 */
export function serverMessage(error: unknown): string {
  const fromBody = spErrorInMessage(error)?.message;
  if (fromBody) return fromBody;
  const message =
    typeof (error as { message?: unknown } | null)?.message === 'string'
      ? (error as { message: string }).message
      : String(error);
  const body = message.split('::>')[1]?.trim();
  return body === undefined ? message : body.slice(0, 300);
}

/**
 * The AppErrorCode of any failure (the table above): an AppError keeps its code; a failed `fetch` is `offline`;
 * an HTTP error by its status and SharePoint's code.
 */
export function errorCodeOf(error: unknown, spCode = spErrorInMessage(error)?.code ?? ''): AppErrorCode {
  if (isAppError(error)) return error.code;
  if (isNetworkError(error)) return 'offline';
  if (!isHttpRequestError(error)) return 'unexpected';
  return codeForStatus(error.status, spCode);
}

function codeForStatus(status: number, spCode: string): AppErrorCode {
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 409 || status === 412) return 'conflict';
  if (status === 429) return 'throttled';
  if (status >= 500 || /SPQueryThrottledException/.test(spCode)) return 'unavailable';
  return 'unexpected';
}

function retryAfterOf(response: Response | undefined): number | undefined {
  const header = response?.headers.get('Retry-After');
  if (header === null || header === undefined) return undefined;
  const seconds = Number.parseInt(header, 10);
  return Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined;
}

/** Whether a caught value is a failed `fetch` (no network, connection refused or reset), in a browser or Node. */
export function isNetworkError(value: unknown): boolean {
  // By name, not instanceof: fetch's TypeError may come from another realm (a worker, Node's undici in a VM).
  const error = value as { name?: unknown; message?: unknown } | null;
  return (
    typeof error === 'object' &&
    error !== null &&
    error.name === 'TypeError' &&
    typeof error.message === 'string' &&
    /fetch|network|load failed/i.test(error.message)
  );
}

/**
 * Any failure of a SharePoint call as an `AppError` (see the table above); an `AppError` is returned as it is.
 * Reads SharePoint's error body, hence async.
 */
export async function toAppError(error: unknown): Promise<AppError> {
  if (isAppError(error)) return error;
  if (isNetworkError(error)) {
    return new AppError('offline', {
      message: `SharePoint could not be reached: ${String(error)}`,
      cause: error,
    });
  }
  if (!isHttpRequestError(error)) return asAppError(error);
  const body = (await readSpError(error.response)) ?? spErrorInMessage(error);
  const spCode = body?.code ?? '';
  const code = errorCodeOf(error, spCode);
  const threshold = /SPQueryThrottledException/.test(spCode) ? ' (the list view threshold)' : '';
  const detail = body === null ? error.message : `${spCode}: ${body.message}`;
  return new AppError(code, {
    message: `SharePoint answered ${error.status}${threshold}: ${detail}`,
    cause: error,
    retryAfterSeconds: retryAfterOf(error.response),
  });
}

/**
 * Runs SharePoint work and rethrows any failure as an `AppError` (the repository edge).
 * @throws AppError for every failure of `work`.
 */
export async function atEdge<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw await toAppError(error);
  }
}

/** The HTTP status of a failed SharePoint call, or `undefined` when it did not get an answer. */
export function statusOf(error: unknown): number | undefined {
  return isHttpRequestError(error) ? error.status : undefined;
}
