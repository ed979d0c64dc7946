import { type SPFI } from '@pnp/sp';
import { AppError } from '../../domain/errors';
import { inventoryId } from '../../domain/inventory/create';
import { reviewStatus } from '../../domain/inventory/review';
import { type Inventory } from '../../domain/inventory/types';
import { type BatchOperation } from '../batch';
import { folderRootsOf } from '../lists';
import { decisionCreationValues, pinnedTo } from '../mapping/decisionCreation';
import { decodeVersion } from '../mapping/version';
import { assembleInventories } from './assemble';
import { createAll, withUnit } from './createItems';
import { addInUnitFolder } from './creation';
import { assembledOne, managersOf, oneInventory } from './oneInventory';

// A reviewer's decision, in a module of its own that the repository loads on first use: only reviewers decide,
// and a manager's tab opens without this code (bench/bundle).

/**
 * Stores the reviewer's decisions that `transition` appended (those without an id) in the unit's folder of
 * Granskningsbeslut, where SharePoint lets only the unit's reviewers and the project team add items. Two
 * requests: one `$batch` reading the inventory as stored now (and the unit's names for the SharePoint views),
 * then one creating the decisions. A decision is refused when the inventory changed after the reviewer read it,
 * or another reviewer decided meanwhile, so nobody decides on what they have not seen. An approval stores the
 * figures of the answer it approved.
 * @throws AppError `conflict` with `theirs` as stored now when the revision changed or a decision was added since;
 * `forbidden` when SharePoint refuses (not a reviewer of the unit); `invalid` for an inventory never stored.
 */
export async function decide(sp: SPFI, inventory: Inventory): Promise<Inventory> {
  const pending = inventory.decisions.filter((d) => d.id === '');
  if (pending.length === 0) return inventory;
  if (pending.some((d) => d.revision === '' || d.revision !== inventory.revision))
    throw new AppError('invalid', { message: `A decision on ${inventory.id} must pin its revision.` });
  const { read, names, managerUpn } = await decisionContext(sp, inventory);
  if (read === null) throw new AppError('notFound', { message: `${inventory.id} does not exist.` });
  // Nobody decides on what they have not seen: a changed answer, or a decision someone made meanwhile.
  const seen = new Set(inventory.decisions.map((d) => d.id));
  if (read.revision !== inventory.revision || read.decisions.some((d) => !seen.has(d.id))) {
    throw AppError.conflictOf<Inventory>(
      { mine: inventory, theirs: read },
      { message: `${inventory.id} was changed or decided on after the reviewer read it.` },
    );
  }
  // An approval keeps the figures of the answer as stored on the revision it pins.
  const pinned = pending.map((decision) => pinnedTo(read, decision));
  const ids = await createAll(
    sp,
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
}

/** The inventory as stored now and the names a decision copies, in one request. */
async function decisionContext(sp: SPFI, inventory: Inventory) {
  const key = inventoryId(inventory.periodId, inventory.unitId);
  const { read, configuration, unit, names } = await withUnit(sp, inventory, oneInventory(key));
  const managers = managersOf([unit]);
  const assembled = assembleInventories({
    inventoryItems: read.inventory.flat(),
    lineItems: read.lines.flat(),
    decisionItems: read.decisions.flat(),
    functionOrder: configuration.functionOrder,
    roots: folderRootsOf(sp),
    managers,
  });
  return { read: assembledOne(assembled, key), names, managerUpn: managers.get(unit.id) ?? null };
}
