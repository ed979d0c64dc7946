import { AppError, type AppErrorCode } from '../domain/errors';

// The one place a failure of a Graph or Workflows call becomes an AppError. Graph's error body is
// `{ "error": { "code", "message", "innerError" } }` (learn.microsoft.com/graph/errors); clients branch on the
// status and `code`, never on the message, which Graph may change. The message is kept for logs and for the
// project team's "what Teams said" line.
//
// | status            | AppErrorCode                                          |
// |-------------------|-------------------------------------------------------|
// | 400, 413          | invalid (the service refused the message)             |
// | 401               | unauthenticated                                       |
// | 403               | forbidden (a missing permission, the app not installed) |
// | 404               | notFound (the team, channel, user or flow)            |
// | 429               | throttled (+ Retry-After)                             |
// | 5xx               | unavailable (+ Retry-After when sent)                 |
// | fetch failed      | offline: no answer, so whether it arrived is unknown  |

function codeForStatus(status: number): AppErrorCode {
  if (status === 400 || status === 413) return 'invalid';
  if (status === 401) return 'unauthenticated';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'notFound';
  if (status === 429) return 'throttled';
  if (status >= 500) return 'unavailable';
  return 'unexpected';
}

/** Seconds from a `Retry-After` header (Graph may send a fraction), rounded up; `undefined` without one. */
export function retryAfterSeconds(header: string | null): number | undefined {
  if (header === null) return undefined;
  const seconds = Number(header);
  return Number.isFinite(seconds) && seconds >= 0 ? Math.ceil(seconds) : undefined;
}

/** What the service said: Graph's `error.code` and `error.message`, or the start of any other body. */
async function serviceWords(response: Response): Promise<string> {
  const text = await response.text().catch(() => '');
  try {
    const error = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown } }).error;
    if (error !== undefined) return `${String(error.code)}: ${String(error.message)}`;
  } catch {
    // not JSON: a gateway's page or a webhook's plain answer
  }
  return text.slice(0, 300);
}

/** The AppError of a failed answer. */
export async function errorOfResponse(service: string, response: Response): Promise<AppError> {
  const words = await serviceWords(response);
  return new AppError(codeForStatus(response.status), {
    message: `${service} answered ${response.status}${words === '' ? '' : `: ${words}`}`,
    retryAfterSeconds: retryAfterSeconds(response.headers.get('Retry-After')),
  });
}

/** Any failure of a PnPjs Graph call as an AppError: by its answer, else as a call that got none. */
export async function graphError(error: unknown): Promise<AppError> {
  if (error instanceof AppError) return error;
  const response = (error as { response?: unknown }).response;
  if (response instanceof Response) return errorOfResponse('Microsoft Graph', response);
  return errorOfNetwork('Microsoft Graph', error);
}

/** The AppError of a call that got no answer. */
export function errorOfNetwork(service: string, cause: unknown): AppError {
  return new AppError('offline', { message: `${service} could not be reached: ${String(cause)}`, cause });
}
