import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { AppError } from '../../domain/errors';
import { inventoryId } from '../../domain/inventory/create';
import { reviewerScopes } from '../../domain/inventory/actor';
import { isAnswerStatus, reviewStatus } from '../../domain/inventory/review';
import { type Inventory } from '../../domain/inventory/types';
import { normaliseUpn } from '../../domain/organisation/upn';
import { currentPeriod } from '../../domain/periods';
import { type InventoryRepository, type ManagerForm, type PeriodStatuses } from '../../domain/ports';
import { atEdge, statusOf, toAppError } from '../errors';
import { folderRootsOf, listByKey } from '../lists';
import { projectTeamGroupName } from '../provision/groups';
import { asStored, inventoryToItem } from '../mapping/inventories';
import { lineToItem } from '../mapping/lines';
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
import { assembleInventories } from './assemble';
import { assembledOne, managersOf, oneInventory } from './oneInventory';
import {
  readGroups,
  runInBatches,
  type BatchOperation,
  type BatchOutcome,
  type CollectionQuery,
} from '../batch';
import { configurationFrom, configurationQueries, prefetchConfigurationReader } from './configuration';
import { decisionsWhere, inventoriesWhere, linesWhere, unitsWhere } from './queries';

/**
 * The signed-in user's SharePoint groups, by title: the project team's, or none (`web/currentuser/groups`, which
 * answers every user with only the groups they are in; one row at most).
 */
const projectTeamMembership: CollectionQuery = (sp) =>
  sp.web.currentUser.groups.select('Title').filter(eq('Title', projectTeamGroupName));

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

/**
 * Creating items, loaded on first use: inventories and lines are created when a period starts
 * (createPeriodInventories), so a save creates one only for a unit added since, or a function added to the
 * taxonomy; a manager's tab opens without this code.
 */
const creation = () => import('./createItems');

/** Loaded with the first save: the code that writes an answer's figures is not needed to open the tab. */
const summary = () => import('../mapping/summary');

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
      prefetchConfigurationReader();
      const read = await readGroups(this.sp, {
        config: configurationQueries,
        units: [unitsWhere(eq('ManagerUpn', upn))],
        inventories: [inventoriesWhere(eq('ManagerUpn', upn))],
        // Last: for someone with no access at all, the lists' 404 comes first and says so.
        groups: [projectTeamMembership],
      });
      const { config, periods, functionOrder } = await configurationFrom(read.config);
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
    prefetchConfigurationReader();
    const read = await readGroups(this.sp, {
      config: configurationQueries,
      unit: [unitsWhere(eq('UnitCode', unitId))],
      ...oneInventory(key),
    });
    const { functionOrder } = await configurationFrom(read.config);
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
      // Loaded on first use: the tab never reads a period's every line.
      const { readPeriod } = await import('./readPeriod');
      return (await readPeriod(this.sp, { periodId })).inventories;
    });
  }

  /**
   * The period's readable inventories without their lines, with the organisation (`readPeriodStatuses`): one
   * `$batch` for the organisation and the inventories with their summaries (by the indexed PeriodId), then one for
   * their decisions by sektor; each summary's figures are read when first asked for.
   * @throws AppError as mapped at the edge.
   */
  listStatusesByPeriod(periodId: string): Promise<PeriodStatuses> {
    return atEdge(async () => {
      // Loaded on first use: a manager's tab, which builds this repository, never lists a period; a reviewer's does.
      const { readPeriodStatuses } = await import('./readStatuses');
      return readPeriodStatuses(this.sp, { periodId });
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
      let state =
        inventory.version === ''
          ? await (await creation()).createItems(this.sp, inventory)
          : decodeVersion(inventory.version);
      const missing = inventory.lines.filter((line) => state.lines[line.functionId] === undefined);
      if (missing.length > 0) {
        const functionIds = missing.map((l) => l.functionId);
        state = await (await creation()).createLineItems(this.sp, { inventory, state, functionIds });
      }
      const itemBody = inventoryToItem(inventory);
      const changed = inventory.lines.filter(
        (line) => state.lines[line.functionId]?.[2] !== fingerprint(lineToItem(line)),
      );
      if (changed.length === 0 && fingerprint(itemBody) === state.item[2])
        return withState(asStored(inventory), state);
      const [itemId, itemVersion] = state.item;
      const { withSummary } = await summary();
      const sent = withSummary(itemBody, inventory);
      const operations: BatchOperation<Merged>[] = [
        (b) => listByKey(b, 'inventeringar').items.getById(itemId).update(sent, ifMatch(itemVersion)),
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
      // Loaded on first use: only reviewers decide, and a manager's tab opens without it.
      const { decide } = await import('./decide');
      return decide(this.sp, inventory);
    });
  }
}
