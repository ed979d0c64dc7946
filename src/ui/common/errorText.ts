import { asAppError, type AppError, type AppErrorCode, type MessageKey, type Translate } from '../../domain';

// What the pages say and do for each way a SharePoint call can fail. Both tables switch over every AppErrorCode,
// so a new code does not compile until someone decides what the manager sees and what the autosave does.

/** The text a person reads for an error, in the page's language. */
export function errorText(error: unknown, t: Translate): string {
  const appError = asAppError(error);
  return t(errorKey(appError), { seconds: appError.retryAfterSeconds ?? 0 });
}

function errorKey(error: AppError): MessageKey {
  const code: AppErrorCode = error.code;
  switch (code) {
    case 'conflict':
      return 'error.conflict';
    case 'throttled':
      return error.retryAfterSeconds === undefined ? 'error.throttled' : 'error.throttledRetry';
    case 'forbidden':
      return 'error.forbidden';
    case 'notFound':
      return 'error.notFound';
    case 'invalid':
      return 'error.invalid';
    case 'notInTeams':
      return 'error.notInTeams';
    case 'offline':
      return 'error.offline';
    case 'unavailable':
      return 'error.unavailable';
    case 'unauthenticated':
      return 'error.unauthenticated';
    case 'unexpected':
      return 'error.unexpected';
  }
}

/** What the autosave does after a failed save. */
export type SaveRecovery =
  /** Someone else saved first: the manager chooses per field (the conflict dialog). */
  | 'resolveConflict'
  /** No network: keep the local backup and save when the browser is online again. */
  | 'waitForNetwork'
  /** SharePoint is busy (PnPjs already retried): try again by itself after a pause. */
  | 'retryLater'
  /** Trying again will not help by itself: say why and offer a button. */
  | 'retryManually';

/** How the autosave recovers from an error with this code. */
export function saveRecovery(code: AppErrorCode): SaveRecovery {
  switch (code) {
    case 'conflict':
      return 'resolveConflict';
    case 'offline':
      return 'waitForNetwork';
    case 'throttled':
    case 'unavailable':
      return 'retryLater';
    case 'forbidden':
    case 'notFound':
    case 'invalid':
    case 'notInTeams':
    case 'unauthenticated':
    case 'unexpected':
      return 'retryManually';
  }
}
