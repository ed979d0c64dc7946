// The messages between the tab and the dashboard's worker. The worker reads and counts a period's figures; the
// tab keeps the sign-in, so the worker asks it for every token instead of holding one.
import {
  AppError,
  asAppError,
  type AppErrorCode,
  type CountedDashboard,
  type DashboardQuery,
} from '../domain';

/** An error as it crosses threads: an `AppError`'s code and developer message. */
export interface ErrorData {
  readonly code: AppErrorCode;
  readonly message: string;
}

/** From the tab to the worker. */
export type ToWorker =
  | {
      readonly kind: 'load';
      readonly id: number;
      readonly siteUrl: string;
      readonly query: DashboardQuery;
      /** Whether to begin with the overview stored in Översikter (the project team's). */
      readonly useStore: boolean;
    }
  | { readonly kind: 'token'; readonly id: number; readonly token: string }
  | { readonly kind: 'tokenFailed'; readonly id: number; readonly error: ErrorData };

/** From the worker to the tab. */
export type FromWorker =
  /** Figures to show; the load is over with the first `current` ones (stored ones may come first while it counts). */
  | { readonly kind: 'shown'; readonly id: number; readonly dashboard: CountedDashboard }
  | { readonly kind: 'failed'; readonly id: number; readonly error: ErrorData }
  | { readonly kind: 'needToken'; readonly id: number; readonly resource: string };

/** An error as it is sent to the other thread. */
export function errorData(error: unknown): ErrorData {
  const { code, message } = asAppError(error);
  return { code, message };
}

/** The error a thread was sent. */
export function fromErrorData(error: ErrorData): AppError {
  return new AppError(error.code, { message: error.message });
}
