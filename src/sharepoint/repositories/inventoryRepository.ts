import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { AppError } from '../../domain/errors';
import { type SupportFunction } from '../../domain/config/types';
import { inventoryId } from '../../domain/inventory/create';
import { reviewerScopes } from '../../domain/inventory/actor';
import { isAnswerStatus, reviewStatus } from '../../domain/inventory/review';
import { type Inventory } from '../../domain/inventory/types';
import { type Unit } from '../../domain/organisation/types';
import { normaliseUpn } from '../../domain/organisation/upn';
import { currentPeriod } from '../../domain/periods';
import { type InventoryRepository, type ManagerForm } from '../../domain/ports';
import { validationIssue } from '../../domain/validation/issues';
import { atEdge, statusOf, toAppError } from '../errors';
import { folderRootsOf, listByKey } from '../lists';
import { projectTeamGroupName } from '../provision/groups';
import { asStored, inventoryCreationValues, inventoryToItem } from '../mapping/inventories';
import { lineCreationValues, lineToItem, type ScopeNames } from '../mapping/lines';
import { unitFromItem } from '../mapping/organisation';
import { etagVersion, fingerprint, ifMatch } from '../mapping/values';
import {
  decodeVersion,
  encodeVersion,
  revisionOf,
  type InventoryState,
  type ItemState,
} from '../mapping/version';
import { eq } from '../odata';
import { assembleInventories, type Assembled } from './assemble';
import {
  readGroups,
  runInBatches,
  valuesOf,
  type BatchOperation,
  type BatchOutcome,
  type CollectionQuery,
} from '../batch';
import { configurationFrom, configurationQueries } from './configuration';
import { addInUnitFolder, scopeNames } from './creation';
import { decisionsWhere, inventoriesWhere, linesWhere, unitsWhere } from './queries';

/** Everything about one inventory, by its key: its item, its lines and its decisions. */
function oneInventory(key: string): {
  inventory: CollectionQuery[];
  lines: CollectionQuery[];
  decisions: CollectionQuery[];
} {
  return {
    inventory: [inventoriesWhere(eq('InventoryKey', key))],
    lines: [linesWhere(eq('InventoryKey', key))],
    decisions: [decisionsWhere(eq('InventoryKey', key))],
  };
}

/**
 * The signed-in user's SharePoint groups, by title: the project team's, or none (`web/currentuser/groups`, which
 * answers every user with only the groups they are in; one row at most).
 */
const projectTeamMembership: CollectionQuery = (sp) =>
  sp.web.currentUser.groups.select('Title').filter(eq('Title', projectTeamGroupName));

/** Each unit's manager, for the rule that nobody decides on their own inventory. */
function managersOf(units: readonly Unit[]): Map<string, string | null> {
  return new Map(units.map((u) => [u.id, u.manager === null ? null : normaliseUpn(u.manager.upn)]));
}

/**
 * The inventory of `key` among assembled ones; a damaged one (an unreadable item, a second line for a function)
 * is reported as it was read, since the form cannot work on it.
 * @throws AppError `invalid` naming the item.
 */
function assembledOne(assembled: Assembled, key: string): Inventory | null {
  const damaged = assembled.ignored.find((i) => i.claims === key && i.reason !== 'outsideUnitFolder');
  if (damaged !== undefined) {
    throw (
      damaged.error ??
      new AppError('invalid', {
        message: `${damaged.list} item ${damaged.itemId} is a second item for ${key} in its unit's folder.`,
        issues: [
          validationIssue('duplicateLine', {
            path: `${damaged.list}.${damaged.itemId}`,
            params: { id: key },
          }),
        ],
      })
    );
  }
  return assembled.inventories.find((i) => i.id === key) ?? null;
}

/** An inventory with the version and revision of stored items, and the status they give. */
function withState(inventory: Inventory, state: InventoryState): Inventory {
  const revision = revisionOf(state);
  const status = reviewStatus({
    answer: state.answer,
    revision,
    decisions: inventory.decisions,
    managerUpn: inventory.managerUpn,
  });
  return { ...inventory, status, version: encodeVersion(state), revision };
}

/** The answer to an item MERGE: PnPjs resolves with the response's ETag header, `"<guid>,<version>"`. */
type Merged = { etag?: string | null };

/** An item's state after a MERGE: the version from the answer's ETag (else one up) and the new fingerprint. */
function written(
  previous: ItemState,
  write: {
    readonly outcome: BatchOutcome<Merged> | undefined;
    readonly body: Record<string, unknown>;
  },
): ItemState {
  const etag = write.outcome?.ok ? etagVersion(write.outcome.value.etag) : null;
  return [previous[0], etag ?? previous[1] + 1, fingerprint(write.body)];
}

/**
 * Inventories in SharePoint: Inventeringar (one item per unit and period) and Inventeringsrader (one item per
 * function) hold the manager's answer, Granskningsbeslut the reviewers' decisions, all in a folder per unit.
 * See docs/data-model.md for the request budgets kept here and for why the status is computed from both.
 */
export class SharePointInventoryRepository implements InventoryRepository {
  constructor(private readonly sp: SPFI) {}

  /**
   * The manager's form in at most 2 requests: one `$batch` with the configuration lists, the manager's units
   * and their inventories (by the indexed ManagerUpn) and whether they are in the project team, then their lines
   * and decisions (by the indexed InventoryKey). What they review comes with it: the sektorer and kontor among
   * their units, and the project team's group.
   * @throws AppError as mapped at the edge (`invalid` for unreadable items).
   */
  loadMine(query: { readonly upn: string; readonly on: string }): Promise<ManagerForm> {
    return atEdge(async () => {
      const upn = normaliseUpn(query.upn);
      const read = await readGroups(this.sp, {
        config: configurationQueries,
        units: [unitsWhere(eq('ManagerUpn', upn))],
        inventories: [inventoriesWhere(eq('ManagerUpn', upn))],
        // Last: for someone with no access at all, the lists' 404 comes first and says so.
        groups: [projectTeamMembership],
      });
      const { config, periods, functionOrder } = configurationFrom(read.config);
      const period = currentPeriod(periods, query.on);
      const units = read.units
        .flat()
        .map(unitFromItem)
        .sort((a, b) => a.id.localeCompare(b.id));
      const keys = period === null ? [] : units.map((unit) => inventoryId(period.id, unit.id));
      const current = read.inventories
        .flat()
        .filter((item) => period !== null && item.PeriodId === period.id);
      const details =
        current.length === 0
          ? { lines: [], decisions: [] }
          : await readGroups(this.sp, {
              lines: keys.map((key) => linesWhere(eq('InventoryKey', key))),
              decisions: keys.map((key) => decisionsWhere(eq('InventoryKey', key))),
            });
      const assembled = assembleInventories({
        inventoryItems: current,
        lineItems: details.lines.flat(),
        decisionItems: details.decisions.flat(),
        functionOrder,
        roots: folderRootsOf(this.sp),
        managers: managersOf(units),
      });
      const inventories = keys.flatMap((key) => assembledOne(assembled, key) ?? []);
      const review = { reviewerOf: reviewerScopes(units), projectTeam: read.groups.flat().length > 0 };
      return { config, periods, period, units, inventories, review };
    });
  }

  /** The unit's inventory in the period with its lines and decisions (one request), or `null`. @throws AppError */
  get(periodId: string, unitId: string): Promise<Inventory | null> {
    return atEdge(() => this.read(periodId, unitId));
  }

  private async read(periodId: string, unitId: string): Promise<Inventory | null> {
    const key = inventoryId(periodId, unitId);
    const read = await readGroups(this.sp, {
      config: configurationQueries,
      unit: [unitsWhere(eq('UnitCode', unitId))],
      ...oneInventory(key),
    });
    const { functionOrder } = configurationFrom(read.config);
    const assembled = assembleInventories({
      inventoryItems: read.inventory.flat(),
      lineItems: read.lines.flat(),
      decisionItems: read.decisions.flat(),
      functionOrder,
      roots: folderRootsOf(this.sp),
      managers: managersOf(read.unit.flat().map(unitFromItem)),
    });
    return assembledOne(assembled, key);
  }

  /**
   * Every inventory of the period the signed-in user may read, with lines and decisions: one `$batch` for the
   * organisation and the inventories (by the indexed PeriodId), then their lines by partition and decisions by
   * sektor. Damaged inventories are left out.
   * @throws AppError as mapped at the edge.
   */
  listByPeriod(periodId: string): Promise<Inventory[]> {
    return atEdge(async () => {
      // Loaded on first use: the manager's tab, which builds this repository, never lists a period.
      const { readPeriod } = await import('./readPeriod');
      return (await readPeriod(this.sp, { periodId })).inventories;
    });
  }

  /**
   * Stores the manager's answer as ONE `$batch`: a MERGE of the inventory item and of every changed line, each
   * with IF-MATCH its version from `inventory.version`. The inventory item is always written, so it acts as the
   * inventory's lock: a session that read an older state gets a 412 on it. Nothing changed → no request.
   * SharePoint's `$batch` is not transactional: on a conflict the parts that did not conflict are stored, and
   * `theirs` (read after the conflict) shows exactly what is stored now. An inventory with version `''` or
   * lines without an item first gets its items created in its unit's folder (two more requests; rare).
   * Decisions are not written here (`decide`); the status returned is computed again from the new revision.
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
        return withState(asStored(inventory), state);
      const [itemId, itemVersion] = state.item;
      const operations: BatchOperation<Merged>[] = [
        (b) => listByKey(b, 'inventeringar').items.getById(itemId).update(itemBody, ifMatch(itemVersion)),
        ...changed.map((line): BatchOperation<Merged> => {
          const [lineId, lineVersion] = state.lines[line.functionId]!;
          return (b) =>
            listByKey(b, 'inventeringsrader')
              .items.getById(lineId)
              .update(lineToItem(line), ifMatch(lineVersion));
        }),
      ];
      const outcomes = await runInBatches(this.sp, operations);
      const failures = outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
      if (failures.some((f) => statusOf(f) === 412)) {
        const theirs = await this.read(inventory.periodId, inventory.unitId);
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
      const answer = isAnswerStatus(inventory.status) ? inventory.status : state.answer;
      return withState(asStored(inventory), { item, lines, answer });
    });
  }

  /**
   * Stores the reviewer's decisions that `transition` appended (those without an id) in the unit's folder of
   * Granskningsbeslut, where SharePoint lets only the unit's reviewers and the project team add items. Two
   * requests: one `$batch` reading the inventory as stored now (and the unit's names for the SharePoint views),
   * then one creating the decisions. A decision is refused when the inventory changed after the reviewer read
   * it, or another reviewer decided meanwhile, so nobody decides on what they have not seen. An approval stores
   * the figures of the answer it approved.
   * @throws AppError `conflict` with `theirs` as stored now when the revision changed or a decision was added
   * since; `forbidden` when
   * SharePoint refuses (not a reviewer of the unit); `invalid` for an inventory never stored.
   */
  decide(inventory: Inventory): Promise<Inventory> {
    return atEdge(async () => {
      const pending = inventory.decisions.filter((d) => d.id === '');
      if (pending.length === 0) return inventory;
      if (pending.some((d) => d.revision === '' || d.revision !== inventory.revision))
        throw new AppError('invalid', { message: `A decision on ${inventory.id} must pin its revision.` });
      const { read, names, managerUpn } = await this.decisionContext(inventory);
      if (read === null) throw new AppError('notFound', { message: `${inventory.id} does not exist.` });
      // Nobody decides on what they have not seen: a changed answer, or a decision someone made meanwhile.
      const seen = new Set(inventory.decisions.map((d) => d.id));
      if (read.revision !== inventory.revision || read.decisions.some((d) => !seen.has(d.id))) {
        throw AppError.conflictOf<Inventory>(
          { mine: inventory, theirs: read },
          { message: `${inventory.id} was changed or decided on after the reviewer read it.` },
        );
      }
      const { decisionCreationValues, pinnedTo } = await import('../mapping/decisionCreation');
      // An approval keeps the figures of the answer as stored on the revision it pins.
      const pinned = pending.map((decision) => pinnedTo(read, decision));
      const ids = await this.createAll(
        pinned.map(
          (decision): BatchOperation<number> =>
            (b) =>
              addInUnitFolder(b, {
                list: 'granskningsbeslut',
                unitCode: read.unitId,
                values: decisionCreationValues(read, decision, names),
                describe: `${inventory.id} ${decision.verdict}`,
              }),
        ),
      );
      const stored = pinned.map((decision, i) => ({ ...decision, id: String(ids[i]) }));
      const decisions = [...read.decisions, ...stored];
      const answer = decodeVersion(read.version).answer;
      return {
        ...read,
        decisions,
        status: reviewStatus({ answer, revision: read.revision, decisions, managerUpn }),
      };
    });
  }

  /** The inventory as stored now and the names a decision copies, in one request. */
  private async decisionContext(inventory: Inventory) {
    const key = inventoryId(inventory.periodId, inventory.unitId);
    const { read, configuration, unit, names } = await this.withUnit(inventory, oneInventory(key));
    const managers = managersOf([unit]);
    const assembled = assembleInventories({
      inventoryItems: read.inventory.flat(),
      lineItems: read.lines.flat(),
      decisionItems: read.decisions.flat(),
      functionOrder: configuration.functionOrder,
      roots: folderRootsOf(this.sp),
      managers,
    });
    return { read: assembledOne(assembled, key), names, managerUpn: managers.get(unit.id) ?? null };
  }

  /** The names and function labels creation copies onto items, read in one request. */
  private async creationContext(inventory: Inventory) {
    const { configuration, names } = await this.withUnit(inventory, {});
    return { config: configuration.config, names };
  }

  /**
   * The configuration, the inventory's unit with the names of it, its sektor and kontor (which items copy for
   * SharePoint's views), and `extra` reads, all in one request.
   * @throws AppError `notFound` when the unit is not in Organisation.
   */
  private async withUnit<K extends string>(
    inventory: Inventory,
    extra: Readonly<Record<K, CollectionQuery[]>>,
  ) {
    const codes = new Set([
      inventory.unitId,
      inventory.sektorId,
      ...(inventory.kontorId ? [inventory.kontorId] : []),
    ]);
    const read = await readGroups(this.sp, {
      ...extra,
      scopeConfig: configurationQueries,
      scopeUnits: [...codes].map((code) => unitsWhere(eq('UnitCode', code))),
    });
    const units = new Map(
      read.scopeUnits
        .flat()
        .map(unitFromItem)
        .map((u) => [u.id, u]),
    );
    const unit = units.get(inventory.unitId);
    if (unit === undefined)
      throw new AppError('notFound', { message: `Unit ${inventory.unitId} is not in Organisation.` });
    return { read, configuration: configurationFrom(read.scopeConfig), unit, names: scopeNames(unit, units) };
  }

  // A version for items that do not exist yet: fingerprint '' makes the save write them.
  private async create(inventory: Inventory): Promise<InventoryState> {
    const { config, names } = await this.creationContext(inventory);
    const functions = config.taxonomy.functions.filter((fn) =>
      inventory.lines.some((l) => l.functionId === fn.id),
    );
    const operations: BatchOperation<number>[] = [
      (b) =>
        addInUnitFolder(b, {
          list: 'inventeringar',
          unitCode: inventory.unitId,
          values: inventoryCreationValues(inventory, names),
          describe: inventory.id,
        }),
      ...lineCreations(inventory, { functions, names }),
    ];
    const ids = await this.createAll(operations);
    return {
      item: [ids[0]!, 1, ''],
      lines: Object.fromEntries(functions.map((fn, i) => [fn.id, [ids[i + 1]!, 1, ''] as ItemState])),
      answer: 'notStarted',
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
    return { ...state, lines };
  }

  private async createAll(operations: readonly BatchOperation<number>[]): Promise<number[]> {
    const outcomes = await runInBatches(this.sp, operations);
    const failed = outcomes.find((o) => !o.ok);
    if (failed && !failed.ok) throw await toAppError(failed.error);
    return valuesOf(outcomes);
  }
}

/** One operation per function that creates its line item in the unit's folder (the ID comes back). */
function lineCreations(
  inventory: Inventory,
  { functions, names }: { functions: readonly Pick<SupportFunction, 'id' | 'label'>[]; names: ScopeNames },
): BatchOperation<number>[] {
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
