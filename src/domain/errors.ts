import { type Locale } from './i18n/locale';
import { type MessageKey } from './i18n/sv';
import { translator } from './i18n/translate';
import { type ValidationIssue } from './validation/issues';

/** Why an operation failed, in words the UI can branch on with an exhaustive `switch`. */
export type AppErrorCode =
  /** Someone else saved first (SharePoint 412); `conflict` holds both versions. */
  | 'conflict'
  /** Too many requests (SharePoint 429/503); `retryAfterSeconds` when the server said. */
  | 'throttled'
  /** The signed-in user may not do this. */
  | 'forbidden'
  /** The item, list or unit does not exist. */
  | 'notFound'
  /** The input breaks a rule; `issues` says which. */
  | 'invalid'
  /** A Teams-only capability was used outside Teams. */
  | 'notInTeams'
  /** The device has no network. */
  | 'offline'
  /** The service answered with a server error or not at all. */
  | 'unavailable'
  /** No usable token: the user must sign in (again). */
  | 'unauthenticated'
  /** Anything else; `cause` holds the original. */
  | 'unexpected';

/** Every error code, for tests and exhaustive tables. */
export const appErrorCodes: readonly AppErrorCode[] = [
  'conflict',
  'throttled',
  'forbidden',
  'notFound',
  'invalid',
  'notInTeams',
  'offline',
  'unavailable',
  'unauthenticated',
  'unexpected',
];

/** The two versions of a write conflict: what this user tried to save, and what is stored now. */
export interface ConflictVersions<T> {
  /** The version this user tried to save. */
  readonly mine: T;
  /** The version stored by someone else, with its new version/etag. */
  readonly theirs: T;
}

/** Options for `AppError`. */
export interface AppErrorOptions<T = unknown> {
  /** A developer message for logs; users see `errorMessage(err, locale)` instead. @default a text naming the code */
  readonly message?: string;
  /** The original error (an HTTP error, a DOMException, ...). */
  readonly cause?: unknown;
  /** Both versions, for `conflict`. */
  readonly conflict?: ConflictVersions<T>;
  /** Seconds to wait, for `throttled`, when the server sent `Retry-After`. */
  readonly retryAfterSeconds?: number;
  /** The broken rules, for `invalid`. */
  readonly issues?: readonly ValidationIssue[];
}

/** The one error type of the app: a code to branch on, the original `cause`, and typed details. */
export class AppError<T = unknown> extends Error {
  override readonly name = 'AppError';
  /** Why it failed. */
  readonly code: AppErrorCode;
  /** Both versions when `code` is `conflict`. */
  readonly conflict: ConflictVersions<T> | undefined;
  /** Seconds to wait when `code` is `throttled` and the server said. */
  readonly retryAfterSeconds: number | undefined;
  /** The broken rules when `code` is `invalid`; empty otherwise. */
  readonly issues: readonly ValidationIssue[];

  /** An error with a code and optional details. */
  constructor(code: AppErrorCode, options: AppErrorOptions<T> = {}) {
    super(options.message ?? `AppError: ${code}`, { cause: options.cause });
    this.code = code;
    this.conflict = options.conflict;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.issues = options.issues ?? [];
  }

  /** A `conflict` error carrying both versions. */
  static conflictOf<T>(
    versions: ConflictVersions<T>,
    options: Omit<AppErrorOptions<T>, 'conflict'> = {},
  ): AppError<T> {
    return new AppError<T>('conflict', { ...options, conflict: versions });
  }
}

/** Whether a caught value is an `AppError` (works across bundles, unlike a bare `instanceof`). */
export function isAppError(value: unknown): value is AppError {
  return (
    value instanceof AppError ||
    (value instanceof Error &&
      value.name === 'AppError' &&
      appErrorCodes.includes((value as { code?: unknown }).code as AppErrorCode))
  );
}

/**
 * A caught value as an `AppError`: itself if it is one, else `unexpected` with the value as `cause`. It interprets
 * nothing: turning an HTTP failure into its code is the SharePoint layer's (`src/sharepoint/errors.ts`).
 */
export function asAppError(value: unknown): AppError {
  if (isAppError(value)) return value;
  const message = value instanceof Error ? value.message : String(value);
  return new AppError('unexpected', { message, cause: value });
}

/** The text a user sees for an error, looked up from its code in the string table of `locale`. */
export function errorMessage(error: unknown, locale: Locale): string {
  const appError = asAppError(error);
  const t = translator(locale);
  if (appError.code === 'throttled' && appError.retryAfterSeconds !== undefined) {
    return t('error.throttledRetry', { seconds: appError.retryAfterSeconds });
  }
  const key: MessageKey = `error.${appError.code}`;
  return t(key);
}
