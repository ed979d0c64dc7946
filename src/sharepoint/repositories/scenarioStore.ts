import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { AppError } from '../../domain/errors';
import {
  parseStoredScenario,
  storedScenarioText,
  type ScenarioDefinition,
  type ScenarioStore,
  type StoredScenario,
} from '../../domain/scenarios';
import { pageSize, readAll } from '../batch';
import { atEdge, toAppError } from '../errors';
import { listByKey } from '../lists';
import { ifMatch, itemIdOf, itemVersion, type SpItem } from '../mapping/values';
import { eq } from '../odata';

// The project team's scenarios in Scenarier (docs/scenarios.md). A period's are read by the indexed PeriodId, a
// page at a time, so reading stays one small request however many periods the list holds. The unique NameKey
// refuses a second scenario of the same name in a period, even when two people save at once.

const select = ['ID', 'Title', 'PeriodId', 'Scenario', 'Modified'];

const nameKey = (definition: ScenarioDefinition) =>
  `${definition.periodId}|${definition.name.trim().toLocaleLowerCase('sv')}`;

function storedOf(item: SpItem): StoredScenario | undefined {
  const definition = typeof item.Scenario === 'string' ? parseStoredScenario(item.Scenario) : undefined;
  const version = itemVersion(item);
  // The name people see in the list is the one that counts: someone may have renamed it there.
  if (definition === undefined || version === null) return undefined;
  const title =
    typeof item.Title === 'string' && item.Title.trim() !== '' ? item.Title.trim() : definition.name;
  return {
    definition: { ...definition, name: title },
    itemId: itemIdOf(item),
    version,
    modifiedAt: String(item.Modified),
  };
}

function body(definition: ScenarioDefinition): Record<string, string> {
  return {
    Title: definition.name.trim(),
    PeriodId: definition.periodId,
    NameKey: nameKey(definition),
    Scenario: storedScenarioText(definition),
  };
}

async function refusedName(error: unknown, definition: ScenarioDefinition): Promise<AppError> {
  const appError = await toAppError(error);
  if (!appError.message.includes('SPDuplicateValuesFoundException')) return appError;
  return new AppError('invalid', {
    message:
      `Det finns redan ett scenario som heter "${definition.name.trim()}". / ` +
      `There is already a scenario called "${definition.name.trim()}".`,
    cause: error,
  });
}

/** Scenarier on SharePoint: only the project team and IT read or write it. */
export class SharePointScenarioStore implements ScenarioStore {
  constructor(private readonly sp: SPFI) {}

  list(periodId: string): Promise<{ scenarios: StoredScenario[]; unreadable: number }> {
    return atEdge(async () => {
      const [items = []] = await readAll(this.sp, [
        (sp) =>
          listByKey(sp, 'scenarier')
            .items.select(...select)
            .filter(eq('PeriodId', periodId))
            .top(pageSize),
      ]);
      const read = items.map(storedOf);
      const scenarios = read.filter((s): s is StoredScenario => s !== undefined);
      return {
        scenarios: scenarios
          .filter((s) => s.definition.periodId === periodId)
          .sort((a, b) => a.itemId - b.itemId),
        unreadable: read.length - scenarios.length,
      };
    });
  }

  async create(definition: ScenarioDefinition): Promise<StoredScenario> {
    try {
      const data = (await listByKey(this.sp, 'scenarier').items.add(body(definition))) as SpItem;
      return this.reread(itemIdOf(data));
    } catch (error) {
      throw await refusedName(error, definition);
    }
  }

  async update(stored: StoredScenario, definition: ScenarioDefinition): Promise<StoredScenario> {
    try {
      await listByKey(this.sp, 'scenarier')
        .items.getById(stored.itemId)
        .update(body(definition), ifMatch(stored.version));
      return await this.reread(stored.itemId);
    } catch (error) {
      throw await refusedName(error, definition);
    }
  }

  remove(stored: StoredScenario): Promise<void> {
    return atEdge(async () => {
      await listByKey(this.sp, 'scenarier').items.getById(stored.itemId).delete(ifMatch(stored.version));
    });
  }

  /** The item as stored now: its new version is what the next update must match. */
  private async reread(itemId: number): Promise<StoredScenario> {
    const item = (await listByKey(this.sp, 'scenarier')
      .items.getById(itemId)
      .select(...select)()) as SpItem;
    const stored = storedOf(item);
    if (stored === undefined) {
      throw new AppError('unexpected', {
        message: `Scenario ${itemId} could not be read back after saving.`,
      });
    }
    return stored;
  }
}
