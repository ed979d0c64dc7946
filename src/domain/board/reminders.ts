// Reminders to managers who have not submitted: a Teams activity-feed notification each, at most one per manager
// per Swedish day. The day's slot is claimed in SharePoint before anything is sent (Påminnelser, whose
// ReminderKey column is unique), so two project team members reminding at once cannot both reach a manager;
// a refused notification gives its slot back, so that it can be tried again the same day.
import { type MissingSubmission } from '../aggregation/types';
import { AppError } from '../errors';
import { type IsoDate } from '../periods';
import { type Delivery } from './payloads';

/** A reminder as recorded. */
export interface ReminderRecord {
  readonly id: number;
  readonly periodId: string;
  /** The unit the reminder was about (the first, when the manager leads several that have not submitted). */
  readonly unitId: string;
  readonly managerUpn: string;
  /** The Swedish day it belongs to. */
  readonly day: IsoDate;
  readonly delivery: Delivery;
  /** When it was recorded (ISO instant). */
  readonly at: string;
}

/** The key that makes a reminder unique: one per period, manager and day. */
export function reminderKey(periodId: string, managerUpn: string, day: IsoDate): string {
  return `${periodId}|${managerUpn.toLowerCase()}|${day}`;
}

/** Where reminders are recorded (Påminnelser). */
export interface ReminderStore {
  /** The period's reminders of the given sektorer's units, oldest first. */
  list(periodId: string, sektorIds: readonly string[]): Promise<ReminderRecord[]>;
  /**
   * Claims the day's reminder for a manager, recorded as `sending`.
   * @returns the record, or `null` when the manager has one for the day already (SharePoint refused the key)
   */
  claim(reminder: {
    readonly periodId: string;
    readonly unitId: string;
    readonly sektorId: string;
    readonly managerUpn: string;
    readonly day: IsoDate;
  }): Promise<ReminderRecord | null>;
  /** Marks how it went; `failed` also frees the day's slot. */
  mark(record: ReminderRecord, delivery: Exclude<Delivery, 'sending'>): Promise<void>;
}

/** One manager's reminder as sent. */
export interface ReminderMessage {
  readonly managerUpn: string;
  /** The units' names, as the notification names them. */
  readonly unitNames: readonly string[];
  /** The first unit: where the notification's link goes. */
  readonly unitId: string;
}

/** Sends a notification to a manager's activity feed. */
export interface ActivityNotifier {
  /** @throws AppError `throttled` (with `retryAfterSeconds`), `forbidden` (e.g. the app is not installed for them), … */
  notify(message: ReminderMessage): Promise<void>;
}

/** What `sendReminders` needs. */
export interface ReminderPorts {
  readonly store: ReminderStore;
  readonly notifier: ActivityNotifier;
  /** Waits (a throttled service says how long). */
  readonly wait: (ms: number) => Promise<void>;
}

/** What happened to each manager. */
export interface ReminderReport {
  readonly sent: readonly string[];
  /** Reminded today already: nothing sent. */
  readonly alreadyToday: readonly string[];
  readonly failed: readonly { readonly managerUpn: string; readonly error: AppError }[];
}

/** The managers to remind: one message per manager of a unit that has not submitted, vacant units left out. */
export function reminderMessages(missing: readonly MissingSubmission[]): ReminderMessage[] {
  const byManager = new Map<string, { unitId: string; names: string[] }>();
  for (const unit of missing) {
    if (unit.vacant || unit.managerUpn === null) continue;
    const upn = unit.managerUpn.toLowerCase();
    const entry = byManager.get(upn);
    if (entry === undefined) byManager.set(upn, { unitId: unit.unitId, names: [unit.unitName] });
    else entry.names.push(unit.unitName);
  }
  return [...byManager].map(([managerUpn, { unitId, names }]) => ({ managerUpn, unitId, unitNames: names }));
}

const throttledRetries = 3;

/**
 * Reminds every manager of `missing` once today, one after the other (Graph allows five notifications a second
 * per app in a tenant), waiting as told when throttled.
 */
export async function sendReminders(
  ports: ReminderPorts,
  missing: readonly MissingSubmission[],
  options: {
    readonly periodId: string;
    readonly day: IsoDate;
    readonly onProgress?: (done: number, total: number) => void;
  },
): Promise<ReminderReport> {
  const sektorOf = new Map(missing.map((m) => [m.unitId, m.sektorId]));
  const messages = reminderMessages(missing);
  const report = {
    sent: [] as string[],
    alreadyToday: [] as string[],
    failed: [] as ReminderReport['failed'][number][],
  };
  for (const [i, message] of messages.entries()) {
    const record = await ports.store.claim({
      periodId: options.periodId,
      unitId: message.unitId,
      sektorId: sektorOf.get(message.unitId) ?? '',
      managerUpn: message.managerUpn,
      day: options.day,
    });
    if (record === null) report.alreadyToday.push(message.managerUpn);
    else {
      const error = await notifyWithRetry(ports, message);
      await ports.store.mark(record, error === null ? 'posted' : 'failed');
      if (error === null) report.sent.push(message.managerUpn);
      else report.failed.push({ managerUpn: message.managerUpn, error });
    }
    options.onProgress?.(i + 1, messages.length);
  }
  return report;
}

async function notifyWithRetry(ports: ReminderPorts, message: ReminderMessage): Promise<AppError | null> {
  for (let attempt = 0; ; attempt++) {
    try {
      await ports.notifier.notify(message);
      return null;
    } catch (error) {
      const appError = error instanceof AppError ? error : new AppError('unexpected', { cause: error });
      if (appError.code !== 'throttled' || attempt >= throttledRetries) return appError;
      await ports.wait((appError.retryAfterSeconds ?? 1) * 1000);
    }
  }
}

/** The newest reminder of each manager (lower-case UPN), for "who was reminded when". */
export function latestReminders(records: readonly ReminderRecord[]): Map<string, ReminderRecord> {
  const latest = new Map<string, ReminderRecord>();
  for (const record of records) {
    const upn = record.managerUpn.toLowerCase();
    const seen = latest.get(upn);
    if (seen === undefined || record.at > seen.at) latest.set(upn, record);
  }
  return latest;
}
