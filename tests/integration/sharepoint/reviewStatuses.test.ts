// The reviewer's pages read a period without its lines (`listStatusesByPeriod`: each inventory's item with its
// summary, and the decisions): over HTTP, against the emulator or a tenant, they get the statuses and answered
// functions the lines give — approved, returned, an approval the answer has moved on from, a draft, not started —
// in the requests budgeted; a reviewer of another sektor gets none of its units because SharePoint gives them none
// of its items; and a line changed around the app is the one case where the two reads part.
import '@pnp/sp/items';
import {
  decisionOutdated,
  figuresProgress,
  inventoryProgress,
  type AnswerFigures,
  type Inventory,
  type InventoryStatus,
} from '../../../src/domain';
import { readAll } from '../../../src/sharepoint/batch';
import { listByKey } from '../../../src/sharepoint/lists';
import { itemIdOf, type SpItem } from '../../../src/sharepoint/mapping/values';
import { eq } from '../../../src/sharepoint/odata';
import { decisionsWhere, inventoryStatusesWhere } from '../../../src/sharepoint/repositories/queries';
import { readPeriodStatuses } from '../../../src/sharepoint/repositories/readStatuses';
import { answeredFirstLine, answeredLine, withAnswers, withDecision } from './helpers';
import {
  ADMIN,
  ANNA,
  ERIK,
  KARL,
  ONEIL,
  PROJECT_TEAM,
  SARA,
  STINA,
  describeWithPersonas,
  fillSite,
  onSite,
  startBackend,
  type Backend,
  type FilledSite,
} from './fixture';

const E1 = onSite.unit('E1');
const E2 = onSite.unit('E2');
const E3 = onSite.unit('E3');
const K1 = onSite.unit('K1');
const K2 = onSite.unit('K2');
const S1 = onSite.unit('S1');
const S2 = onSite.unit('S2');

let backend: Backend;
let site: FilledSite;

async function inventoryOf(upn: string, unitId: string): Promise<Inventory> {
  const found = await backend.repos(upn).inventories.get(site.period.id, unitId);
  if (found === null) throw new Error(`${upn} cannot read ${unitId}`);
  return found;
}

/** The manager answers two functions and the first-line section, and stores it with `status`. */
async function answer(upn: string, unitId: string, status: InventoryStatus, n: number): Promise<Inventory> {
  const inventory = await inventoryOf(upn, unitId);
  return backend.repos(upn).inventories.save({
    ...withAnswers(
      inventory,
      [answeredLine('ekonomi', 'controller', n), answeredLine('hr', null, n + 1)],
      answeredFirstLine(n),
    ),
    status,
  });
}

/** A reviewer's decision on the inventory as they read it now. */
async function decide(upn: string, unitId: string, verdict: 'approved' | 'returned'): Promise<Inventory> {
  const seen = await inventoryOf(upn, unitId);
  const comment = verdict === 'returned' ? 'HR: ange årsarbetare.' : undefined;
  return backend.repos(upn).inventories.decide(withDecision(seen, { verdict, by: onSite.upn(upn), comment }));
}

const statusesOf = (inventories: readonly Inventory[]): Record<string, InventoryStatus> =>
  Object.fromEntries(inventories.map((i) => [i.unitId, i.status]));

/** The list's answered functions from an answer's figures are those its lines give. */
function expectSameProgress(figures: AnswerFigures | undefined, inventory: Inventory): void {
  const unit = site.units.find((u) => u.id === inventory.unitId)!;
  const context = { config: site.config, unit };
  expect({ id: inventory.id, progress: figures && figuresProgress(figures, context) }).toEqual({
    id: inventory.id,
    progress: inventoryProgress(inventory, context),
  });
}

const personas = [ANNA, ERIK, KARL, ONEIL, SARA, STINA, PROJECT_TEAM];

describeWithPersonas({ name: 'a period’s statuses without its lines', personas }, () => {
  beforeAll(async () => {
    backend = await startBackend();
    site = await fillSite(backend);
    await answer(ANNA, E1, 'submitted', 1);
    await decide(KARL, E1, 'approved');
    await answer(ERIK, E2, 'submitted', 2);
    await decide(KARL, E2, 'returned');
    // Approved, then changed by its manager and sent in again: the approval no longer sets the status.
    await answer(KARL, K1, 'submitted', 3);
    await decide(SARA, K1, 'approved');
    await answer(KARL, K1, 'submitted', 4);
    await answer(ONEIL, E3, 'draft', 5);
  });
  afterAll(() => backend.close());

  it('are the statuses and answered functions the lines give, for every unit a reviewer may read, in 2 requests', async () => {
    for (const upn of [PROJECT_TEAM, SARA, KARL]) {
      const lined = await backend.repos(upn).inventories.listByPeriod(site.period.id);
      backend.resetRequests();
      const read = await backend.repos(upn).inventories.listStatusesByPeriod(site.period.id);
      // A small period's summaries come along with the decisions: the list asks for them without a request.
      const figures = await read.figures();
      expect({ upn, requests: backend.requests() }).toEqual({ upn, requests: 2 });
      expect({ upn, statuses: statusesOf(read.inventories) }).toEqual({ upn, statuses: statusesOf(lined) });
      for (const inventory of lined) {
        const fromItem = read.inventories.find((i) => i.id === inventory.id)!;
        expect(decisionOutdated(fromItem)?.verdict).toBe(decisionOutdated(inventory)?.verdict);
        expectSameProgress(figures.get(inventory.id), inventory);
      }
    }
    const team = await backend.repos(PROJECT_TEAM).inventories.listStatusesByPeriod(site.period.id);
    // Every kind of status is among them; the vacant E4 has no inventory at all.
    expect(statusesOf(team.inventories)).toEqual({
      [S1]: 'notStarted',
      [K1]: 'submitted',
      [E1]: 'approved',
      [E2]: 'returned',
      [S2]: 'notStarted',
      [K2]: 'notStarted',
      [E3]: 'draft',
    });
    const k1 = team.inventories.find((i) => i.unitId === K1)!;
    expect(decisionOutdated(k1)?.verdict).toBe('approved');
  });

  it('give a reviewer of another sektor none of its units: SharePoint gives them none of its items', async () => {
    const stinas = await backend.repos(STINA).inventories.listStatusesByPeriod(site.period.id);
    expect(stinas.inventories.map((i) => i.unitId).sort()).toEqual([E3, K2, S2].sort());
    expect(stinas.units.map((u) => u.id)).toEqual(expect.arrayContaining([S1, K1, E1, E2]));
    // The very queries the read makes, sent with her token: SharePoint itself leaves out sektor S1's items.
    const [inventories = [], decisions = []] = await readAll(backend.sp(STINA), [
      inventoryStatusesWhere(eq('PeriodId', site.period.id)),
      decisionsWhere(eq('Partition', `${site.period.id}:${S1}`)),
    ]);
    expect(inventories.map((item) => item.UnitCode).sort()).toEqual([E3, K2, S2].sort());
    expect(decisions).toEqual([]);
    const [teamDecisions = []] = await readAll(backend.sp(PROJECT_TEAM), [
      decisionsWhere(eq('Partition', `${site.period.id}:${S1}`)),
    ]);
    expect(teamDecisions).toHaveLength(3);
  });

  it('read a larger period’s figures in one more request, when the list first asks for them', async () => {
    const lined = await backend.repos(PROJECT_TEAM).inventories.listByPeriod(site.period.id);
    backend.resetRequests();
    const read = await readPeriodStatuses(backend.sp(PROJECT_TEAM), {
      periodId: site.period.id,
      summariesAlongUpTo: 0,
    });
    expect(backend.requests()).toBe(2);
    const figures = await read.figures();
    await read.figures();
    expect(backend.requests()).toBe(3);
    for (const inventory of lined) expectSameProgress(figures.get(inventory.id), inventory);
  });

  it('read the lines of an inventory whose summary is still empty, in one more round', async () => {
    // As an item saved before the Summary column existed: the column has no value.
    const key = onSite.inventoryId('2018', 'E3');
    const [item] = (await listByKey(backend.sp(ADMIN), 'inventeringar')
      .items.select('ID')
      .filter(eq('InventoryKey', key))()) as SpItem[];
    await listByKey(backend.sp(ADMIN), 'inventeringar')
      .items.getById(itemIdOf(item!))
      .update({ Summary: null });
    const lined = await backend.repos(PROJECT_TEAM).inventories.listByPeriod(site.period.id);
    backend.resetRequests();
    const read = await backend.repos(PROJECT_TEAM).inventories.listStatusesByPeriod(site.period.id);
    const figures = await read.figures();
    expect(backend.requests()).toBe(3);
    expect(statusesOf(read.inventories)).toEqual(statusesOf(lined));
    for (const inventory of lined) expectSameProgress(figures.get(inventory.id), inventory);
  });

  // The one way the two reads part (docs/data-model.md, "The status without lines"): an approval pins the lines'
  // versions too, and only the lines show that one of them changed.
  it('keep an approval in force when a line alone changed around the app, which the lines show outdated', async () => {
    const [line] = (await listByKey(backend.sp(ANNA), 'inventeringsrader')
      .items.select('ID')
      .filter(eq('InventoryKey', onSite.inventoryId('2018', 'E1')))
      .top(1)()) as SpItem[];
    await listByKey(backend.sp(ANNA), 'inventeringsrader')
      .items.getById(itemIdOf(line!))
      .update({ Persons: 9 });
    const lined = await backend.repos(KARL).inventories.listByPeriod(site.period.id);
    expect(lined.find((i) => i.unitId === E1)?.status).toBe('submitted');
    const read = await backend.repos(KARL).inventories.listStatusesByPeriod(site.period.id);
    expect(read.inventories.find((i) => i.unitId === E1)?.status).toBe('approved');
  });
});
