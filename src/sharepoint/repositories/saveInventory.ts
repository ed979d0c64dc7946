import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { AppError } from '../../domain/errors';
import { isAnswerStatus, reviewStatus } from '../../domain/inventory/review';
import { type Inventory } from '../../domain/inventory/types';
import { runInBatches, type BatchOperation, type BatchOutcome } from '../batch';
import { statusOf, toAppError } from '../errors';
import { listByKey } from '../lists';
import { asStored, inventoryToItem } from '../mapping/inventories';
import { lineToItem } from '../mapping/lines';
import { withSummary } from '../mapping/summary';
import { etagVersion, fingerprint, ifMatch } from '../mapping/values';
import { readInventory } from './readInventory';
import {
  decodeVersion,
  encodeVersion,
  revisionOf,
  type InventoryState,
  type ItemState,
} from '../mapping/version';

// Saving a manager's answer, loaded with the first save (with the code that writes an answer's figures): the tab
// opens without it, which keeps its first chunk within budget (bench/bundle).

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
 * taxonomy.
 */
const creation = () => import('./createItems');

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
 * `InventoryRepository.save` (its documentation there): the changed items in one `$batch` with IF-MATCH, the
 * inventory item always, so it is the lock; `theirs` is read again after a 412.
 * @throws AppError `conflict` with `mine` and `theirs` on a 412; the first other failure, mapped.
 */
export async function saveInventory(sp: SPFI, inventory: Inventory): Promise<Inventory> {
  let state =
    inventory.version === ''
      ? await (await creation()).createItems(sp, inventory)
      : decodeVersion(inventory.version);
  const missing = inventory.lines.filter((line) => state.lines[line.functionId] === undefined);
  if (missing.length > 0) {
    const functionIds = missing.map((l) => l.functionId);
    state = await (await creation()).createLineItems(sp, { inventory, state, functionIds });
  }
  const itemBody = inventoryToItem(inventory);
  const changed = inventory.lines.filter(
    (line) => state.lines[line.functionId]?.[2] !== fingerprint(lineToItem(line)),
  );
  if (changed.length === 0 && fingerprint(itemBody) === state.item[2])
    return withState(asStored(inventory), state);
  const [itemId, itemVersion] = state.item;
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
  const outcomes = await runInBatches(sp, operations);
  const failures = outcomes.flatMap((o) => (o.ok ? [] : [o.error]));
  if (failures.some((f) => statusOf(f) === 412)) {
    const theirs = await readInventory(sp, inventory.periodId, inventory.unitId);
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
}
