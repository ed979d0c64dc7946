import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/site-users/web';
import { inventoryId } from '../../domain/inventory/create';
import { reviewerScopes } from '../../domain/inventory/actor';
import { type Inventory } from '../../domain/inventory/types';
import { normaliseUpn } from '../../domain/organisation/upn';
import { currentPeriod, swedishDate } from '../../domain/periods';
import { type InventoryRepository, type ManagerForm, type PeriodStatuses } from '../../domain/ports';
import { atEdge } from '../errors';
import { folderRootsOf } from '../lists';
import { projectTeamGroupName } from '../provision/groups';
import { unitFromItem } from '../mapping/organisation';
import { eq } from '../odata';
import { assembleInventories } from './assemble';
import { assembledOne, managersOf } from './oneInventory';
import { readGroups, type CollectionQuery } from '../batch';
import { configurationFrom, configurationQueries, prefetchConfigurationReader } from './configuration';
import { decisionsWhere, inventoriesWhere, linesWhere, roundsOpenOn, unitsWhere } from './queries';

/**
 * The signed-in user's SharePoint groups, by title: the project team's, or none (`web/currentuser/groups`, which
 * answers every user with only the groups they are in; one row at most).
 */
const projectTeamMembership: CollectionQuery = (sp) =>
  sp.web.currentUser.groups.select('Title').filter(eq('Title', projectTeamGroupName));

/**
 * Inventories in SharePoint: Inventeringar (one item per unit and period) and Inventeringsrader (one item per
 * function) hold the manager's answer, Granskningsbeslut the reviewers' decisions, all in a folder per unit.
 * See docs/data-model.md for the request budgets kept here and for why the status is computed from both.
 */
export class SharePointInventoryRepository implements InventoryRepository {
  constructor(private readonly sp: SPFI) {}

  /**
   * The manager's form in at most 2 requests: one `$batch` with the configuration lists, the manager's units
   * and their inventories (by the indexed ManagerUpn), whether they are in the project team and the consultation
   * rounds open on `on`, then their lines and decisions (by the indexed InventoryKey). What they review comes with
   * it: the sektorer and kontor among their units, and the project team's group.
   * @throws AppError as mapped at the edge (`invalid` for unreadable items).
   */
  loadMine(query: { readonly upn: string; readonly on: string }): Promise<ManagerForm> {
    return atEdge(async () => {
      const upn = normaliseUpn(query.upn);
      prefetchConfigurationReader();
      const read = await readGroups(
        this.sp,
        {
          config: configurationQueries,
          units: [unitsWhere(eq('ManagerUpn', upn))],
          inventories: [inventoriesWhere(eq('ManagerUpn', upn))],
          // Last: for someone with no access at all, the lists' 404 comes first and says so.
          groups: [projectTeamMembership],
          // A site provisioned before Remissrundor existed answers 404: no rounds.
          rounds: [roundsOpenOn(swedishDate(query.on))],
        },
        { absentAsEmpty: ['rounds'] },
      );
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
      const roundItems = read.rounds.flat();
      // The rounds' reader loads only when there is a round to read: most days there is none.
      const rounds =
        roundItems.length === 0
          ? []
          : (await import('../mapping/consultation')).openRounds(roundItems, query.on);
      return { config, periods, period, units, inventories, review, rounds };
    });
  }

  /** The unit's inventory in the period with its lines and decisions (one request), or `null`. @throws AppError */
  get(periodId: string, unitId: string): Promise<Inventory | null> {
    return atEdge(async () => {
      // Loaded on first use, like saving: the start page reads with loadMine alone.
      const { readInventory } = await import('./readInventory');
      return readInventory(this.sp, periodId, unitId);
    });
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
      // Loaded with the first save, with the code that writes an answer's figures: the tab opens without them.
      const { saveInventory } = await import('./saveInventory');
      return saveInventory(this.sp, inventory);
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
