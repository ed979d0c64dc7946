import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { AppError } from '../../domain/errors';
import { type SupportFunction } from '../../domain/config/types';
import { inventoryId } from '../../domain/inventory/create';
import { type Inventory } from '../../domain/inventory/types';
import { normaliseUpn } from '../../domain/organisation/upn';
import { currentPeriod } from '../../domain/periods';
import { type InventoryRepository, type ManagerForm } from '../../domain/ports';
import { atEdge, statusOf, toAppError } from '../errors';
import { listByKey } from '../lists';
import {
  asStored,
  inventoryCreationValues,
  inventoryFromItem,
  inventoryToItem,
} from '../mapping/inventories';
import { lineCreationValues, lineToItem, partitionOf, type ScopeNames } from '../mapping/lines';
import { unitFromItem } from '../mapping/organisation';
import { etagVersion, fingerprint, ifMatch } from '../mapping/values';
import { decodeVersion, encodeVersion, type InventoryState, type ItemState } from '../mapping/version';
import { eq } from '../odata';
import { readAll, writeBatched, type CollectionQuery, type WriteOperation } from './batch';
import { configurationFrom, configurationQueries } from './configuration';
import { addInUnitFolder, scopeNames } from './creation';
import { assembleInventories, inventoriesWhere, linesWhere, unitsWhere } from './queries';

/** The lines of inventories, read by their partitions (one query per partition, ≤ 100 per `$batch`). */
export function linesByPartition(
  inventories: readonly Pick<Inventory, 'periodId' | 'sektorId' | 'kontorId'>[],
): CollectionQuery[] {
  const partitions = new Set(inventories.map(partitionOf));
  return [...partitions].sort().map((p) => linesWhere(eq('Partition', p)));
}

/** The answer to an item MERGE: PnPjs resolves with the response's ETag header, `"<guid>,<version>"`. */
type Merged = { etag?: string | null };

/** An item's state after a MERGE: the version from the answer's ETag (else one up) and the new fingerprint. */
function written(
  previous: ItemState,
  write: {
    readonly outcome: PromiseSettledResult<Merged> | undefined;
    readonly body: Record<string, unknown>;
  },
): ItemState {
  const etag = write.outcome?.status === 'fulfilled' ? etagVersion(write.outcome.value.etag) : null;
  return [previous[0], etag ?? previous[1] + 1, fingerprint(write.body)];
}

/**
 * Inventories in SharePoint: Inventeringar (one item per unit and period) and Inventeringsrader (one item per
 * function), both in a folder per unit. See docs/data-model.md for the request budgets kept here.
 */
export class SharePointInventoryRepository implements InventoryRepository {
  constructor(private readonly sp: SPFI) {}

  /**
   * The manager's form in at most 2 requests: one `$batch` with the configuration lists, the manager's units
   * and their inventories (by the indexed ManagerUpn), then their lines (by the indexed InventoryKey).
   * @throws AppError as mapped at the edge (`invalid` for unreadable items).
   */
  loadMine(query: { readonly upn: string; readonly on: string }): Promise<ManagerForm> {
    return atEdge(async () => {
      const upn = normaliseUpn(query.upn);
      const results = await readAll(this.sp, [
        ...configurationQueries,
        unitsWhere(eq('ManagerUpn', upn)),
        inventoriesWhere(eq('ManagerUpn', upn)),
      ]);
      const { config, periods, functionOrder } = configurationFrom(results);
      const period = currentPeriod(periods, query.on);
      const units = (results[4] ?? []).map(unitFromItem).sort((a, b) => a.id.localeCompare(b.id));
      const current = (results[5] ?? []).filter((item) => period !== null && item.PeriodId === period.id);
      const lineItems =
        current.length === 0
          ? []
          : (
              await readAll(
                this.sp,
                current.map((item) => linesWhere(eq('InventoryKey', String(item.InventoryKey)))),
              )
            ).flat();
      const inventories = assembleInventories({ inventoryItems: current, lineItems, functionOrder }).sort(
        (a, b) => a.unitId.localeCompare(b.unitId),
      );
      return { config, periods, period, units, inventories };
    });
  }

  /** The unit's inventory in the period with its lines (one request), or `null`. @throws AppError */
  get(periodId: string, unitId: string): Promise<Inventory | null> {
    return atEdge(() => this.read(inventoryId(periodId, unitId)));
  }

  private async read(key: string): Promise<Inventory | null> {
    const results = await readAll(this.sp, [
      ...configurationQueries,
      inventoriesWhere(eq('InventoryKey', key)),
      linesWhere(eq('InventoryKey', key)),
    ]);
    const { functionOrder } = configurationFrom(results);
    return (
      assembleInventories({
        inventoryItems: results[4] ?? [],
        lineItems: results[5] ?? [],
        functionOrder,
      })[0] ?? null
    );
  }

  /**
   * Every inventory of the period the signed-in user may read, with lines: one `$batch` for the inventories
   * (by the indexed PeriodId), then their lines by partition.
   * @throws AppError as mapped at the edge.
   */
  listByPeriod(periodId: string): Promise<Inventory[]> {
    return atEdge(async () => {
      const results = await readAll(this.sp, [
        ...configurationQueries,
        inventoriesWhere(eq('PeriodId', periodId)),
      ]);
      const { functionOrder } = configurationFrom(results);
      const inventoryItems = results[4] ?? [];
      const scopes = inventoryItems.map((item) => inventoryFromItem(item).inventory);
      const lineItems = (await readAll(this.sp, linesByPartition(scopes))).flat();
      return assembleInventories({ inventoryItems, lineItems, functionOrder });
    });
  }

  /**
   * Stores an inventory as ONE `$batch`: a MERGE of the inventory item and of every changed line, each with
   * IF-MATCH its version from `inventory.version`. The inventory item is always written, so it acts as the
   * inventory's lock: a session that read an older state gets a 412 on it. Nothing changed → no request.
   * SharePoint's `$batch` is not transactional: on a conflict the parts that did not conflict are stored, and
   * `theirs` (read after the conflict) shows exactly what is stored now. An inventory with version `''` or
   * lines without an item first gets its items created in its unit's folder (two more requests; rare).
   * @throws AppError `conflict` with `mine` (this inventory) and `theirs` (as stored now) on a 412.
   */
  save(inventory: Inventory): Promise<Inventory> {
    return atEdge(async () => {
      let state = inventory.version === '' ? await this.create(inventory) : decodeVersion(inventory.version);
      const missing = inventory.lines.filter((line) => state.lines[line.functionId] === undefined);
      if (missing.length > 0)
        state = await this.createLines(
          inventory,
          state,
          missing.map((l) => l.functionId),
        );
      const itemBody = inventoryToItem(inventory);
      const changed = inventory.lines.filter(
        (line) => state.lines[line.functionId]?.[2] !== fingerprint(lineToItem(line)),
      );
      if (changed.length === 0 && fingerprint(itemBody) === state.item[2])
        return { ...asStored(inventory), version: encodeVersion(state) };
      const [itemId, itemVersion] = state.item;
      const operations: WriteOperation<Merged>[] = [
        (b) => listByKey(b, 'inventeringar').items.getById(itemId).update(itemBody, ifMatch(itemVersion)),
        ...changed.map((line): WriteOperation<Merged> => {
          const [lineId, lineVersion] = state.lines[line.functionId]!;
          return (b) =>
            listByKey(b, 'inventeringsrader')
              .items.getById(lineId)
              .update(lineToItem(line), ifMatch(lineVersion));
        }),
      ];
      const outcomes = await writeBatched(this.sp, operations);
      const failures = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason as unknown] : []));
      if (failures.some((f) => statusOf(f) === 412)) {
        const theirs = await this.read(inventory.id);
        if (theirs === null)
          throw new AppError('notFound', { message: `${inventory.id} was deleted meanwhile.` });
        throw AppError.conflictOf<Inventory>(
          { mine: inventory, theirs },
          { message: `${inventory.id} was changed by someone else since it was read.`, cause: failures[0] },
        );
      }
      if (failures.length > 0) throw await toAppError(failures[0]);
      const lines: Record<string, ItemState> = { ...state.lines };
      changed.forEach((line, index) => {
        lines[line.functionId] = written(state.lines[line.functionId]!, {
          outcome: outcomes[index + 1],
          body: lineToItem(line),
        });
      });
      const item = written(state.item, { outcome: outcomes[0], body: itemBody });
      return { ...asStored(inventory), version: encodeVersion({ item, lines }) };
    });
  }

  /** The names and function labels creation copies onto items, read in one request. */
  private async creationContext(inventory: Inventory) {
    const codes = [inventory.unitId, inventory.sektorId, ...(inventory.kontorId ? [inventory.kontorId] : [])];
    const results = await readAll(this.sp, [
      ...configurationQueries,
      ...[...new Set(codes)].map((code) => unitsWhere(eq('UnitCode', code))),
    ]);
    const { config } = configurationFrom(results);
    const units = new Map(
      results
        .slice(4)
        .flat()
        .map(unitFromItem)
        .map((u) => [u.id, u]),
    );
    const unit = units.get(inventory.unitId);
    if (unit === undefined)
      throw new AppError('notFound', { message: `Unit ${inventory.unitId} is not in Organisation.` });
    return { config, names: scopeNames(unit, units) };
  }

  // A version for items that do not exist yet: fingerprint '' makes the save write them.
  private async create(inventory: Inventory): Promise<InventoryState> {
    const { config, names } = await this.creationContext(inventory);
    const functions = config.taxonomy.functions.filter((fn) =>
      inventory.lines.some((l) => l.functionId === fn.id),
    );
    const operations: WriteOperation<number>[] = [
      (b) =>
        addInUnitFolder(b, {
          list: 'inventeringar',
          unitCode: inventory.unitId,
          values: inventoryCreationValues({ ...inventory, status: 'notStarted' }, names),
          describe: inventory.id,
        }),
      ...lineCreations(inventory, { functions, names }),
    ];
    const ids = await this.createAll(operations);
    return {
      item: [ids[0]!, 1, ''],
      lines: Object.fromEntries(functions.map((fn, i) => [fn.id, [ids[i + 1]!, 1, ''] as ItemState])),
    };
  }

  private async createLines(
    inventory: Inventory,
    state: InventoryState,
    functionIds: readonly string[],
  ): Promise<InventoryState> {
    const { config, names } = await this.creationContext(inventory);
    const functions = functionIds.map(
      (id) => config.taxonomy.functions.find((fn) => fn.id === id) ?? { id, label: { sv: id, en: id } },
    );
    const ids = await this.createAll(lineCreations(inventory, { functions, names }));
    const lines = { ...state.lines };
    functions.forEach((fn, i) => {
      lines[fn.id] = [ids[i]!, 1, ''];
    });
    return { item: state.item, lines };
  }

  private async createAll(operations: readonly WriteOperation<number>[]): Promise<number[]> {
    const outcomes = await writeBatched(this.sp, operations);
    const failed = outcomes.find((o) => o.status === 'rejected');
    if (failed) throw await toAppError(failed.reason);
    return outcomes.map((o) => (o as PromiseFulfilledResult<number>).value);
  }
}

/** One operation per function that creates its line item in the unit's folder (the ID comes back). */
function lineCreations(
  inventory: Inventory,
  { functions, names }: { functions: readonly Pick<SupportFunction, 'id' | 'label'>[]; names: ScopeNames },
): WriteOperation<number>[] {
  return functions.map(
    (fn) => (b) =>
      addInUnitFolder(b, {
        list: 'inventeringsrader',
        unitCode: inventory.unitId,
        values: lineCreationValues({ inventory, fn, names }),
        describe: `${inventory.id} ${fn.id}`,
      }),
  );
}
