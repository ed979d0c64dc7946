import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { reminderKey, type ReminderRecord, type ReminderStore } from '../../domain/board';
import { type Delivery } from '../../domain/board/payloads';
import { pageSize, readAll, type CollectionQuery } from '../batch';
import { atEdge, toAppError } from '../errors';
import { listByKey } from '../lists';
import { itemIdOf, type SpItem } from '../mapping/values';
import { eq } from '../odata';
import { choiceId, deliveryChoice } from '../schema/choices';

// Reminders in Påminnelser (docs/channel.md). The unique ReminderKey (`<period>|<upn>|<day>`) is what keeps a
// manager to one reminder a day: SharePoint refuses a second item with the same key. Reads go by the indexed
// Partition (`<period>:<sektor>`), one query per sektor in one `$batch`, so no read nears the list view threshold
// at ten times the municipality.

const select = ['ID', 'PeriodId', 'UnitCode', 'ManagerUpn', 'ReminderKey', 'Delivery', 'Created'];

const partitionOf = (periodId: string, sektorId: string) => `${periodId}:${sektorId}`;

function recordOf(item: SpItem): ReminderRecord | undefined {
  const delivery = choiceId(deliveryChoice, String(item.Delivery));
  const day = /\|(\d{4}-\d{2}-\d{2})(?:\|.*)?$/.exec(String(item.ReminderKey))?.[1];
  if (delivery === undefined || day === undefined || typeof item.ManagerUpn !== 'string') return undefined;
  return {
    id: itemIdOf(item),
    periodId: String(item.PeriodId),
    unitId: String(item.UnitCode),
    managerUpn: item.ManagerUpn,
    day,
    delivery,
    at: String(item.Created),
  };
}

/** Påminnelser on SharePoint: only the project team and IT read or write it. */
export class SharePointReminderStore implements ReminderStore {
  constructor(private readonly sp: SPFI) {}

  list(periodId: string, sektorIds: readonly string[]): Promise<ReminderRecord[]> {
    return atEdge(async () => {
      const queries = sektorIds.map(
        (sektorId): CollectionQuery =>
          (sp) =>
            listByKey(sp, 'paminnelser')
              .items.select(...select)
              .filter(eq('Partition', partitionOf(periodId, sektorId)))
              .top(pageSize),
      );
      const pages = await readAll(this.sp, queries);
      return pages
        .flat()
        .map(recordOf)
        .filter((r): r is ReminderRecord => r !== undefined)
        .sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : a.id - b.id));
    });
  }

  async claim(reminder: Parameters<ReminderStore['claim']>[0]): Promise<ReminderRecord | null> {
    try {
      const data = (await listByKey(this.sp, 'paminnelser').items.add({
        Title: reminder.unitId,
        PeriodId: reminder.periodId,
        Partition: partitionOf(reminder.periodId, reminder.sektorId),
        ReminderKey: reminderKey(reminder.periodId, reminder.managerUpn, reminder.day),
        UnitCode: reminder.unitId,
        ManagerUpn: reminder.managerUpn.toLowerCase(),
        Delivery: deliveryChoice.sending,
      })) as SpItem;
      return {
        id: itemIdOf(data),
        periodId: reminder.periodId,
        unitId: reminder.unitId,
        managerUpn: reminder.managerUpn.toLowerCase(),
        day: reminder.day,
        delivery: 'sending',
        at: String(data.Created ?? new Date().toISOString()),
      };
    } catch (error) {
      const appError = await toAppError(error);
      if (appError.message.includes('SPDuplicateValuesFoundException')) return null;
      throw appError;
    }
  }

  mark(record: ReminderRecord, delivery: Exclude<Delivery, 'sending'>): Promise<void> {
    return atEdge(async () => {
      const key = reminderKey(record.periodId, record.managerUpn, record.day);
      await listByKey(this.sp, 'paminnelser')
        .items.getById(record.id)
        .update({
          Delivery: deliveryChoice[delivery],
          // A refused reminder frees the day's key, so that it can be tried again the same day.
          ...(delivery === 'failed' && { ReminderKey: `${key}|misslyckad-${record.id}` }),
        });
    });
  }
}
