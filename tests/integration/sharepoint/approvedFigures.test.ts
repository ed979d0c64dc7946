// An approval keeps the figures it approved, so the dashboards can count the last approved answer while a newer
// one is in review: what `decide` stores, what the dashboard reads back (and what that costs in requests), and a
// reviewer's hand-written Figures that cannot be read. Runs against a tenant too (SP_LIVE_URL with SP_LIVE_USERS).
import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import {
  aggregate,
  answerFigures,
  decisionOutdated,
  type DashboardData,
  transition,
  type Actor,
  type Inventory,
  type InventoryStatus,
} from '../../../src/domain';
import { listByKey } from '../../../src/sharepoint/lists';
import { figuresToText } from '../../../src/sharepoint/mapping/figuresText';
import { formValues, type SpItem } from '../../../src/sharepoint/mapping/values';
import { addInUnitFolder } from '../../../src/sharepoint/repositories/creation';
import { answeredFirstLine, answeredLine, withAnswers } from './helpers';
import {
  ADMIN,
  ANNA,
  ERIK,
  KARL,
  PROJECT_TEAM,
  describeWithPersonas,
  fillSite,
  onSite,
  startBackend,
  type Backend,
  type FilledSite,
} from './fixture';

const E1 = onSite.unit('E1');
const E2 = onSite.unit('E2');
const K1 = onSite.unit('K1');

let backend: Backend;
let site: FilledSite;

// Who decides, as the fixture's persona (whose client acts) and with the roles the tab would give them.
const karl = { persona: KARL, roles: [{ kind: 'reviewer', unitId: K1 }] } as const;
const team = { persona: PROJECT_TEAM, roles: [{ kind: 'projectTeam' }] } as const;

async function inventoryOf(upn: string, unitId: string): Promise<Inventory> {
  const found = await backend.repos(upn).inventories.get(site.period.id, unitId);
  if (found === null) throw new Error(`${upn} cannot read ${unitId}`);
  return found;
}

/** A reviewer's or the project team's decision as the tab makes it (`transition`) and stores it (`decide`). */
async function decide(
  who: { readonly persona: string; readonly roles: Actor['roles'] },
  unitId: string,
  to: InventoryStatus,
  comment?: string,
): Promise<Inventory> {
  const actor: Actor = { upn: onSite.upn(who.persona), roles: who.roles };
  const inventory = await inventoryOf(who.persona, unitId);
  const unit = site.units.find((u) => u.id === unitId)!;
  const result = transition(inventory, {
    actor,
    to,
    at: '2018-05-21T09:30:00Z',
    comment,
    config: site.config,
    unit,
  });
  if (!result.ok) throw new Error(`${to} refused: ${result.reason}`);
  return backend.repos(who.persona).inventories.decide(result.inventory);
}

/** A manager answers and submits. */
async function submit(upn: string, unitId: string, n: number): Promise<Inventory> {
  const inventory = await inventoryOf(upn, unitId);
  return backend.repos(upn).inventories.save({
    ...withAnswers(
      inventory,
      [answeredLine('ekonomi', 'controller', n), answeredLine('hr', null, n + 1)],
      answeredFirstLine(n),
    ),
    status: 'submitted',
  });
}

async function figuresColumn(sp: SPFI, itemId: number): Promise<unknown> {
  const item = (await listByKey(sp, 'granskningsbeslut').items.getById(itemId).select('Figures')()) as SpItem;
  return item.Figures;
}

const dashboard = () => backend.repos(PROJECT_TEAM).dashboard.load({ periodId: site.period.id });
const figures = () => backend.repos(PROJECT_TEAM).dashboard.loadFigures({ periodId: site.period.id });
const counted = (data: DashboardData) =>
  aggregate({
    units: data.units,
    inventories: data.inventories,
    config: data.config,
    periodId: site.period.id,
  });

/** The dashboards' summaries count exactly what the lines say, in `requests` requests. */
async function expectSummariesAgree(requests: number): Promise<void> {
  const full = counted(await dashboard());
  backend.resetRequests();
  const fast = await figures();
  expect(backend.requests()).toBe(requests);
  expect(counted(fast)).toEqual(full);
}

describeWithPersonas({ name: 'an approval’s figures', personas: [ANNA, ERIK, KARL] }, () => {
  let approvedAnswer: Inventory;

  beforeAll(async () => {
    backend = await startBackend();
    site = await fillSite(backend);
    approvedAnswer = await submit(ANNA, E1, 1);
  });
  afterAll(() => backend.close());

  it('are stored with the approval decide makes, exactly the figures of the answer approved', async () => {
    const decided = await decide(karl, E1, 'approved', 'Bra!');
    const approval = decided.decisions.at(-1)!;
    expect(approval.figures).toEqual(answerFigures(approvedAnswer));
    expect(approval.figures!.lines.find((l) => l.functionId === 'ekonomi')).toMatchObject({
      persons: 2,
      comment: '',
      competenceGap: '',
    });
    expect(await figuresColumn(backend.sp(KARL), Number(approval.id))).toBe(
      figuresToText(answerFigures(approvedAnswer)),
    );
  });

  it('are not read while the approval is in force, nor for the form or the reviewer’s view', async () => {
    backend.resetRequests();
    const data = await dashboard();
    expect(backend.requests()).toBe(2);
    const e1 = data.inventories.find((i) => i.unitId === E1)!;
    expect(e1.status).toBe('approved');
    expect(e1.decisions.every((d) => d.figures === undefined)).toBe(true);
    expect((await inventoryOf(KARL, E1)).decisions.every((d) => d.figures === undefined)).toBe(true);
    // The dashboards' figures count an approved unit by its approval's copy: read in one more request.
    await expectSummariesAgree(3);
  });

  it('are not read after a reopen either: the answer read is still the one approved', async () => {
    await decide(team, E1, 'returned', 'Öppnas igen för komplettering');
    backend.resetRequests();
    const e1 = (await dashboard()).inventories.find((i) => i.unitId === E1)!;
    expect(backend.requests()).toBe(2);
    expect(e1.status).toBe('returned');
    expect(e1.decisions.every((d) => d.figures === undefined)).toBe(true);
    await expectSummariesAgree(3);
  });

  it('come with the dashboard, in one request more, once the manager changed the answer', async () => {
    const edited = await backend.repos(ANNA).inventories.save({
      ...withAnswers(await inventoryOf(ANNA, E1), [answeredLine('ekonomi', 'controller', 7)]),
      status: 'submitted',
    });
    expect(edited.revision).not.toBe(approvedAnswer.revision);
    backend.resetRequests();
    const data = await dashboard();
    expect(backend.requests()).toBe(3);
    const e1 = data.inventories.find((i) => i.unitId === E1)!;
    expect(e1.lines.find((l) => l.functionId === 'ekonomi')?.persons).toBe(8);
    const [approval, reopening] = e1.decisions;
    expect(approval).toMatchObject({ verdict: 'approved', revision: approvedAnswer.revision });
    expect(approval!.figures).toEqual(answerFigures(approvedAnswer));
    expect(reopening!.figures).toBeUndefined();
    expect(data.ignored).toEqual([]);
    // listByPeriod reads the period the same way.
    const listed = await backend.repos(PROJECT_TEAM).inventories.listByPeriod(site.period.id);
    expect(listed.find((i) => i.unitId === E1)!.decisions[0]!.figures).toEqual(answerFigures(approvedAnswer));
    await expectSummariesAgree(3);
  });

  it('a reviewer wrote by hand and the app cannot read: left out and reported, the rest of the read intact', async () => {
    const submitted = await submit(ERIK, E2, 2);
    // Karl adds an approval of his own making, as SharePoint's form or REST lets him, with Figures of his own.
    const values = formValues({
      Title: 'Hemtjänst Söder',
      InventoryKey: submitted.id,
      PeriodId: submitted.periodId,
      UnitCode: submitted.unitId,
      SektorCode: submitted.sektorId,
      KontorCode: submitted.kontorId,
      Partition: `${submitted.periodId}:${submitted.sektorId}`,
      Verdict: 'Godkänd',
      Revision: submitted.revision,
      Figures: '{"v":1,"l":[["ekonomi",5000,1,[],[],null,null,null,null]],"f":null}',
    });
    const itemId = await addInUnitFolder(backend.sp(KARL), {
      list: 'granskningsbeslut',
      unitCode: E2,
      values,
      describe: 'a hand-made approval',
    });
    expect((await inventoryOf(KARL, E2)).status).toBe('approved');
    await backend
      .repos(ERIK)
      .inventories.save(withAnswers(await inventoryOf(ERIK, E2), [answeredLine('hr', null, 9)]));
    backend.resetRequests();
    const data = await dashboard();
    // E1's and E2's approvals are both outdated: one query, one request.
    expect(backend.requests()).toBe(3);
    expect(data.ignored).toEqual([
      expect.objectContaining({
        list: 'Granskningsbeslut',
        itemId,
        unitId: E2,
        claims: submitted.id,
        reason: 'unreadableFigures',
        error: expect.objectContaining({
          code: 'invalid',
          issues: [
            expect.objectContaining({
              code: 'outOfRange',
              path: `Granskningsbeslut.${itemId}.Figures.lines.ekonomi.persons`,
            }),
          ],
        }),
      }),
    ]);
    const e2 = data.inventories.find((i) => i.unitId === E2)!;
    expect(decisionOutdated(e2)).toMatchObject({ verdict: 'approved', decidedBy: onSite.upn(KARL) });
    expect(e2.decisions[0]!.figures).toBeUndefined();
    const e1 = data.inventories.find((i) => i.unitId === E1)!;
    expect(e1.decisions[0]!.figures).toEqual(answerFigures(approvedAnswer));
    await expectSummariesAgree(3);
  });

  it('are counted from the lines where a summary is missing or was written around the app', async () => {
    const inventories = listByKey(backend.sp(ADMIN), 'inventeringar');
    const e1 = await inventoryOf(ANNA, E1);
    const e2 = await inventoryOf(ERIK, E2);
    const [e1Item] = (await inventories.items.filter(`InventoryKey eq '${e1.id}'`).select('Id')()) as {
      Id: number;
    }[];
    const [e2Item] = (await inventories.items.filter(`InventoryKey eq '${e2.id}'`).select('Id')()) as {
      Id: number;
    }[];
    // As an item saved before the column existed, and as a manager's own REST write of something that is no summary.
    await inventories.items.getById(e1Item!.Id).update({ Summary: null });
    await listByKey(backend.sp(ERIK), 'inventeringar')
      .items.getById(e2Item!.Id)
      .update({ Summary: '{"v":1,"l":[["ekonomi",' });
    // 2, then the lines of the two units' partitions and the figures of their outdated approvals.
    await expectSummariesAgree(4);
  });
});
