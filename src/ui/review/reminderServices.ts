import {
  AppError,
  sendReminders,
  swedishDate,
  type ActivityNotifier,
  type MissingSubmission,
  type ReminderRecord,
  type ReminderReport,
  type ReminderStore,
} from '../../domain';

// What the project team's reminders need from outside src/ui: the composition root wires Påminnelser
// (src/sharepoint) and the activity feed through Graph (src/graph), loaded with `import()` on first use.

/** The project team's reminders to managers who have not submitted. */
export interface ReminderServices {
  /** Whether notifications can be sent: Graph and the app's manifest id are configured. */
  readonly configured: boolean;
  /** The period's reminders of the given sektorer's units, oldest first. */
  list(periodId: string, sektorIds: readonly string[]): Promise<ReminderRecord[]>;
  /**
   * Reminds each manager of `missing` who has not had a reminder today (Swedish day), one after the other.
   * @param options.dueDate the closing day as the notification shows it ("20 december 2026")
   */
  send(
    missing: readonly MissingSubmission[],
    options: {
      readonly periodId: string;
      readonly dueDate: string;
      readonly onProgress?: (done: number, total: number) => void;
    },
  ): Promise<ReminderReport>;
}

/** The parts `reminderServices` is built from. */
export interface ReminderParts {
  readonly store: ReminderStore;
  /** The activity feed's notifier for a closing day, or `null` when Graph is not configured. */
  readonly notifier: ((dueDate: string) => ActivityNotifier) | null;
  readonly now: () => Date;
  /** Waits as a throttled Graph asks. @default setTimeout */
  readonly wait?: (ms: number) => Promise<void>;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** The reminder services on the given parts. */
export function reminderServices(parts: ReminderParts): ReminderServices {
  const { store, notifier } = parts;
  return {
    configured: notifier !== null,
    list: (periodId, sektorIds) => store.list(periodId, sektorIds),
    send: (missing, { periodId, dueDate, onProgress }) => {
      if (notifier === null) {
        return Promise.reject(new AppError('invalid', { message: 'Graph is not configured: no reminders' }));
      }
      return sendReminders({ store, notifier: notifier(dueDate), wait: parts.wait ?? sleep }, missing, {
        periodId,
        day: swedishDate(parts.now().toISOString()),
        ...(onProgress !== undefined && { onProgress }),
      });
    },
  };
}
