import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import { AppError } from '../../domain/errors';
import { type MunicipalityConfig } from '../../domain/config/types';
import { type Inventory, type ReviewDecision } from '../../domain/inventory/types';
import { type Unit } from '../../domain/organisation/types';
import { type IgnoredItem } from '../../domain/ports';
import { pageSize, readAll, type CollectionQuery } from '../batch';
import { listByKey } from '../lists';
import { figuresFromText } from '../mapping/figures';
import { figuresField } from '../mapping/figuresText';
import { itemIdOf, type SpItem } from '../mapping/values';
import { outdatedApprovals, type OutdatedApproval } from './outdatedApprovals';
import { eq, or } from '../odata';
import { listNames } from '../schema/listNames';

// The dashboards count a unit's last approved answer while a newer one is in review (docs/data-model.md). When
// the answer has not changed since its approval, that is the answer read anyway; only an approval the answer has
// moved on from needs the copy of the figures it keeps. So those — few — are read in one more round, by item ID,
// and every other read leaves the column alone.

/** Item IDs per query: `ID eq 1 or ID eq 2 …` stays a short, flat filter (about 400 characters). */
export const idsPerQuery = 25;

/** The reads of the `Figures` of decision items by ID, `idsPerQuery` a query (ID is always indexed). */
export function figuresByIds(ids: readonly number[]): CollectionQuery[] {
  const sorted = [...new Set(ids)].sort((a, b) => a - b);
  const queries: CollectionQuery[] = [];
  for (let start = 0; start < sorted.length; start += idsPerQuery) {
    const filter = or(...sorted.slice(start, start + idsPerQuery).map((id) => eq('ID', id)));
    queries.push((sp) =>
      listByKey(sp, 'granskningsbeslut').items.select('ID', figuresField).filter(filter).top(pageSize),
    );
  }
  return queries;
}

/** What the figures are read for and checked against. */
export interface FiguresInput {
  /** The assembled inventories. */
  readonly inventories: readonly Inventory[];
  /** Every unit of the organisation. */
  readonly units: readonly Unit[];
  /** Each unit's manager as Organisation says. */
  readonly managers: ReadonlyMap<string, string | null>;
  /** The configuration the figures must fit. */
  readonly config: MunicipalityConfig;
  /** Whose figures to read. @default the approvals the answer has moved on from (`outdatedApprovals`) */
  readonly approvals?: readonly OutdatedApproval[];
}

/**
 * The inventories with the figures of their outdated approvals attached (`outdatedApprovals`), read in one round
 * of ⌈approvals / 2,500⌉ requests; none when no approval is outdated. Figures that cannot be read are left out
 * and the decision item reported in `ignored` (`unreadableFigures`); the approval itself still stands. An
 * inventory of a unit not in Organisation counts in no figure, so its approvals' figures are not read.
 * @throws the first failed request (an HttpRequestError; map it at the repository edge).
 */
export async function withApprovedFigures(
  sp: SPFI,
  input: FiguresInput,
): Promise<{ inventories: Inventory[]; ignored: IgnoredItem[] }> {
  const units = new Map(input.units.map((u) => [u.id, u]));
  const approvals = input.approvals ?? outdatedApprovals(input.inventories, input.managers);
  const wanted = approvals.flatMap((approval) => {
    const unit = units.get(approval.inventory.unitId);
    return unit === undefined ? [] : [{ ...approval, unit }];
  });
  if (wanted.length === 0) return { inventories: [...input.inventories], ignored: [] };
  const items = (await readAll(sp, figuresByIds(wanted.map(({ decision }) => Number(decision.id))))).flat();
  const byId = new Map<number, SpItem>(items.map((item) => [itemIdOf(item), item]));
  const ignored: IgnoredItem[] = [];
  const found = new Map<ReviewDecision, ReviewDecision>();
  for (const { inventory, decision, unit } of wanted) {
    const itemId = Number(decision.id);
    const item = byId.get(itemId);
    // Gone since the decisions were read (only the project team and IT can delete): no figures to count.
    if (item === undefined) continue;
    const path = `${listNames.granskningsbeslut.url}.${itemId}.${figuresField}`;
    const read = figuresFromText(item[figuresField], { config: input.config, unit, path });
    if (read.ok) {
      if (read.figures !== null) found.set(decision, { ...decision, figures: read.figures });
      continue;
    }
    const what = read.issues.map((i) => `${i.path}: ${i.code}`).join('; ');
    ignored.push({
      list: listNames.granskningsbeslut.title,
      itemId,
      unitId: inventory.unitId,
      claims: inventory.id,
      reason: 'unreadableFigures',
      error: new AppError('invalid', {
        message: `${listNames.granskningsbeslut.title} item ${itemId} (${inventory.id}) has figures the app cannot read: ${what}`,
        issues: read.issues,
      }),
    });
  }
  const inventories = input.inventories.map((inventory) =>
    inventory.decisions.some((d) => found.has(d))
      ? { ...inventory, decisions: inventory.decisions.map((d) => found.get(d) ?? d) }
      : inventory,
  );
  return { inventories, ignored };
}
