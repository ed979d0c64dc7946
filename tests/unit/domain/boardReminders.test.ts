// Reminders go to people's activity feeds: each manager must get one message a day at most, naming every unit
// they lead that has not submitted, and a refused or throttled notification must end in a record that says so.
// The store and the notifier are the domain's ports; here they are in memory, so every outcome is exact.
import {
  AppError,
  latestReminders,
  reminderKey,
  reminderMessages,
  sendReminders,
  type ActivityNotifier,
  type Delivery,
  type ReminderMessage,
  type ReminderPorts,
  type ReminderRecord,
  type MissingSubmission,
  type ReminderStore,
} from '../../../src/domain';

const periodId = 'P2026';
const day = '2026-03-09';

function missing(
  unitId: string,
  managerUpn: string | null,
  extra: Partial<MissingSubmission> = {},
): MissingSubmission {
  return {
    unitId,
    unitName: `Enhet ${unitId}`,
    kind: 'enhet',
    sektorId: 'S1',
    kontorId: null,
    managerUpn,
    managerName: managerUpn === null ? null : managerUpn.split('@')[0]!,
    status: 'notStarted',
    vacant: false,
    ...extra,
  };
}

type Claim = Parameters<ReminderStore['claim']>[0];

/** Påminnelser in memory: the unique key refuses a second claim of the same manager and day, as SharePoint does. */
class MemoryReminderStore implements ReminderStore {
  readonly records: { record: ReminderRecord; sektorId: string }[] = [];
  readonly claims: Claim[] = [];
  readonly marks: { id: number; delivery: Exclude<Delivery, 'sending'> }[] = [];
  private nextId = 1;

  list(listPeriodId: string, sektorIds: readonly string[]): Promise<ReminderRecord[]> {
    return Promise.resolve(
      this.records
        .filter((r) => r.record.periodId === listPeriodId && sektorIds.includes(r.sektorId))
        .map((r) => r.record),
    );
  }

  claim(reminder: Claim): Promise<ReminderRecord | null> {
    this.claims.push(reminder);
    const key = reminderKey(reminder.periodId, reminder.managerUpn, reminder.day);
    const taken = this.records.some(
      (r) =>
        r.record.delivery !== 'failed' &&
        reminderKey(r.record.periodId, r.record.managerUpn, r.record.day) === key,
    );
    if (taken) return Promise.resolve(null);
    const id = this.nextId++;
    const record: ReminderRecord = {
      id,
      periodId: reminder.periodId,
      unitId: reminder.unitId,
      managerUpn: reminder.managerUpn,
      day: reminder.day,
      delivery: 'sending',
      at: new Date(Date.UTC(2026, 2, 9, 8, 0, id)).toISOString(),
    };
    this.records.push({ record, sektorId: reminder.sektorId });
    return Promise.resolve(record);
  }

  mark(record: ReminderRecord, delivery: Exclude<Delivery, 'sending'>): Promise<void> {
    this.marks.push({ id: record.id, delivery });
    const stored = this.records.find((r) => r.record.id === record.id);
    if (stored) stored.record = { ...stored.record, delivery };
    return Promise.resolve();
  }

  deliveryOf(managerUpn: string): Delivery | undefined {
    return this.records.find((r) => r.record.managerUpn === managerUpn)?.record.delivery;
  }
}

/** A feed that fails as it is told to, per manager, before it accepts. */
class ScriptedNotifier implements ActivityNotifier {
  readonly calls: ReminderMessage[] = [];
  readonly delivered: ReminderMessage[] = [];
  constructor(private readonly failures: Map<string, unknown[]> = new Map()) {}

  notify(message: ReminderMessage): Promise<void> {
    this.calls.push(message);
    const next = this.failures.get(message.managerUpn)?.shift();
    if (next !== undefined) return Promise.reject(next);
    this.delivered.push(message);
    return Promise.resolve();
  }
}

function ports(notifier: ActivityNotifier, store = new MemoryReminderStore()) {
  const waits: number[] = [];
  const all: ReminderPorts = {
    store,
    notifier,
    wait: (ms) => {
      waits.push(ms);
      return Promise.resolve();
    },
  };
  return { ports: all, store, waits };
}

const throttled = (retryAfterSeconds?: number) =>
  new AppError('throttled', retryAfterSeconds === undefined ? {} : { retryAfterSeconds });

describe('reminderMessages', () => {
  it('gives each manager one message, with the UPN in lower case', () => {
    const messages = reminderMessages([
      missing('U1', 'Anna.Berg@Kommun.example'),
      missing('U2', 'erik@kommun.example'),
    ]);
    expect(messages).toEqual([
      { managerUpn: 'anna.berg@kommun.example', unitId: 'U1', unitNames: ['Enhet U1'] },
      { managerUpn: 'erik@kommun.example', unitId: 'U2', unitNames: ['Enhet U2'] },
    ]);
  });

  it('names every unit of a manager who leads two, linking to the first', () => {
    const messages = reminderMessages([
      missing('U1', 'anna@kommun.example'),
      missing('U2', 'erik@kommun.example'),
      // The same person, spelt differently by the import: still one message.
      missing('U3', 'ANNA@kommun.example'),
    ]);
    expect(messages).toEqual([
      { managerUpn: 'anna@kommun.example', unitId: 'U1', unitNames: ['Enhet U1', 'Enhet U3'] },
      { managerUpn: 'erik@kommun.example', unitId: 'U2', unitNames: ['Enhet U2'] },
    ]);
  });

  it('leaves out vacant units and units without a manager', () => {
    const messages = reminderMessages([
      missing('U1', 'anna@kommun.example', { vacant: true }),
      missing('U2', null),
      missing('U3', 'erik@kommun.example'),
    ]);
    expect(messages.map((m) => m.managerUpn)).toEqual(['erik@kommun.example']);
  });

  it('has nothing to send when nobody can be reminded', () => {
    expect(reminderMessages([])).toEqual([]);
    expect(reminderMessages([missing('U1', null), missing('U2', 'a@k.example', { vacant: true })])).toEqual(
      [],
    );
  });
});

describe('sendReminders', () => {
  const options = { periodId, day };

  it('claims the day, notifies, and marks the record posted', async () => {
    const notifier = new ScriptedNotifier();
    const { ports: p, store, waits } = ports(notifier);
    const report = await sendReminders(
      p,
      [missing('U1', 'Anna@kommun.example', { sektorId: 'S2' }), missing('U2', 'erik@kommun.example')],
      options,
    );
    expect(report).toEqual({
      sent: ['anna@kommun.example', 'erik@kommun.example'],
      alreadyToday: [],
      failed: [],
    });
    expect(store.claims).toEqual([
      { periodId, unitId: 'U1', sektorId: 'S2', managerUpn: 'anna@kommun.example', day },
      { periodId, unitId: 'U2', sektorId: 'S1', managerUpn: 'erik@kommun.example', day },
    ]);
    expect(store.marks).toEqual([
      { id: 1, delivery: 'posted' },
      { id: 2, delivery: 'posted' },
    ]);
    expect(notifier.delivered.map((m) => m.unitId)).toEqual(['U1', 'U2']);
    expect(waits).toEqual([]);
  });

  it('sends nothing to a manager whose day is claimed already', async () => {
    const store = new MemoryReminderStore();
    await store.claim({ periodId, unitId: 'U1', sektorId: 'S1', managerUpn: 'anna@kommun.example', day });
    const notifier = new ScriptedNotifier();
    const { ports: p } = ports(notifier, store);
    const report = await sendReminders(p, [missing('U1', 'anna@kommun.example')], options);
    expect(report).toEqual({ sent: [], alreadyToday: ['anna@kommun.example'], failed: [] });
    expect(notifier.calls).toEqual([]);
    expect(store.marks).toEqual([]);
  });

  it('waits as long as a throttled service says, then sends', async () => {
    const notifier = new ScriptedNotifier(new Map([['anna@kommun.example', [throttled(2)]]]));
    const { ports: p, store, waits } = ports(notifier);
    const report = await sendReminders(p, [missing('U1', 'anna@kommun.example')], options);
    expect(waits).toEqual([2000]);
    expect(report.sent).toEqual(['anna@kommun.example']);
    expect(report.failed).toEqual([]);
    expect(notifier.calls).toHaveLength(2);
    expect(store.deliveryOf('anna@kommun.example')).toBe('posted');
  });

  it('waits a second when a throttled service does not say how long', async () => {
    const notifier = new ScriptedNotifier(new Map([['anna@kommun.example', [throttled()]]]));
    const { ports: p, waits } = ports(notifier);
    await sendReminders(p, [missing('U1', 'anna@kommun.example')], options);
    expect(waits).toEqual([1000]);
  });

  it('gives up after three retries of a throttled notification and marks it failed', async () => {
    const error = throttled(2);
    const notifier = new ScriptedNotifier(
      new Map([['anna@kommun.example', [error, error, error, error, error]]]),
    );
    const { ports: p, store, waits } = ports(notifier);
    const report = await sendReminders(p, [missing('U1', 'anna@kommun.example')], options);
    expect(report.sent).toEqual([]);
    expect(report.failed).toEqual([{ managerUpn: 'anna@kommun.example', error }]);
    // One attempt and three retries, with a wait before each retry.
    expect(notifier.calls).toHaveLength(4);
    expect(waits).toEqual([2000, 2000, 2000]);
    expect(store.marks).toEqual([{ id: 1, delivery: 'failed' }]);
  });

  it('does not retry a refused notification, and goes on with the next manager', async () => {
    const forbidden = new AppError('forbidden', { message: 'not installed' });
    const notifier = new ScriptedNotifier(new Map([['anna@kommun.example', [forbidden]]]));
    const { ports: p, store, waits } = ports(notifier);
    const report = await sendReminders(
      p,
      [missing('U1', 'anna@kommun.example'), missing('U2', 'erik@kommun.example')],
      options,
    );
    expect(report.failed).toEqual([{ managerUpn: 'anna@kommun.example', error: forbidden }]);
    expect(report.sent).toEqual(['erik@kommun.example']);
    expect(notifier.calls.map((m) => m.managerUpn)).toEqual(['anna@kommun.example', 'erik@kommun.example']);
    expect(waits).toEqual([]);
    expect(store.deliveryOf('anna@kommun.example')).toBe('failed');
    expect(store.deliveryOf('erik@kommun.example')).toBe('posted');
  });

  it('reports anything thrown that is not an AppError as unexpected, keeping it as the cause', async () => {
    const crash = new TypeError('boom');
    const notifier = new ScriptedNotifier(new Map([['anna@kommun.example', [crash]]]));
    const { ports: p, store, waits } = ports(notifier);
    const report = await sendReminders(p, [missing('U1', 'anna@kommun.example')], options);
    expect(report.failed).toHaveLength(1);
    const { error } = report.failed[0]!;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('unexpected');
    expect(error.cause).toBe(crash);
    expect(notifier.calls).toHaveLength(1);
    expect(waits).toEqual([]);
    expect(store.deliveryOf('anna@kommun.example')).toBe('failed');
  });

  it('reports progress after each manager, whatever happened to them', async () => {
    const store = new MemoryReminderStore();
    await store.claim({ periodId, unitId: 'U2', sektorId: 'S1', managerUpn: 'erik@kommun.example', day });
    const notifier = new ScriptedNotifier(new Map([['karin@kommun.example', [new AppError('forbidden')]]]));
    const progress: [number, number][] = [];
    await sendReminders(
      ports(notifier, store).ports,
      [
        missing('U1', 'anna@kommun.example'),
        missing('U2', 'erik@kommun.example'),
        missing('U3', 'karin@kommun.example'),
        // Anna's second unit: no fourth message, so the total stays three.
        missing('U4', 'anna@kommun.example'),
      ],
      { ...options, onProgress: (done, total) => progress.push([done, total]) },
    );
    expect(progress).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
  });
});

describe('latestReminders', () => {
  const record = (id: number, managerUpn: string, at: string): ReminderRecord => ({
    id,
    periodId,
    unitId: `U${id}`,
    managerUpn,
    day: at.slice(0, 10),
    delivery: 'posted',
    at,
  });

  it('keeps the newest reminder of each manager, whatever the case of the UPN', () => {
    const latest = latestReminders([
      record(1, 'Anna@kommun.example', '2026-03-05T08:00:00Z'),
      record(2, 'erik@kommun.example', '2026-03-06T08:00:00Z'),
      record(3, 'anna@Kommun.example', '2026-03-09T08:00:00Z'),
      // Older, though listed last.
      record(4, 'ANNA@KOMMUN.EXAMPLE', '2026-03-07T08:00:00Z'),
    ]);
    expect([...latest.keys()].sort()).toEqual(['anna@kommun.example', 'erik@kommun.example']);
    expect(latest.get('anna@kommun.example')?.id).toBe(3);
    expect(latest.get('erik@kommun.example')?.id).toBe(2);
  });

  it('is empty without records', () => {
    expect(latestReminders([]).size).toBe(0);
  });
});

describe('reminderKey', () => {
  it('names the period, the manager in lower case and the day', () => {
    expect(reminderKey(periodId, 'Anna.Berg@Kommun.Example', day)).toBe(
      'P2026|anna.berg@kommun.example|2026-03-09',
    );
    expect(reminderKey(periodId, 'ANNA.BERG@kommun.example', day)).toBe(
      reminderKey(periodId, 'anna.berg@kommun.example', day),
    );
  });
});
