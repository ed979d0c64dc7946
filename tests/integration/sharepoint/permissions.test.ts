// Permission boundaries for each role, enforced by SharePoint (the emulator, or a tenant with SP_LIVE_USERS) through
// the unit folders that ensureUnitAccess secures: the repositories see only what the signed-in user may read, and
// writes outside that get SharePoint's denial as an AppError.
import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import '@pnp/sp/webs';
import { AppError, boardScopeKey, boardSummary, dashboardView, decisionInForce } from '../../../src/domain';
import { SharePointPublicationStore } from '../../../src/sharepoint/repositories/publicationStore';
import { toAppError } from '../../../src/sharepoint/errors';
import { listByKey } from '../../../src/sharepoint/lists';
import { itemIdOf, type SpItem } from '../../../src/sharepoint/mapping/values';
import { eq } from '../../../src/sharepoint/odata';
import { answeredLine, rejectionOf, withAnswers, withDecision } from './helpers';
import {
  ADMIN,
  PROJECT_TEAM,
  describeWithPersonas,
  during2018,
  fillSite,
  onSite,
  startBackend,
  type Backend,
  type FilledSite,
  ANNA,
  KARL,
  SARA,
  STINA,
  BOARD,
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
beforeAll(async () => {
  backend = await startBackend();
  site = await fillSite(backend);
});
afterAll(() => backend.close());

const unitsSeenBy = async (upn: string): Promise<string[]> =>
  (await backend.repos(upn).inventories.listByPeriod(site.period.id)).map((i) => i.unitId).sort();

async function inventoryItemId(sp: SPFI, key: string): Promise<number> {
  const [item] = (await listByKey(sp, 'inventeringar')
    .items.select('ID')
    .filter(eq('InventoryKey', key))()) as SpItem[];
  if (!item) throw new Error(`No item ${key}`);
  return itemIdOf(item);
}

describeWithPersonas({ name: 'a manager', personas: [ANNA] }, () => {
  it('reads only their own unit: another unit is absent from collections and 404 by id', async () => {
    expect(await unitsSeenBy(ANNA)).toEqual([E1]);
    expect(await backend.repos(ANNA).inventories.get(site.period.id, E2)).toBeNull();
    const form = await backend.repos(ANNA).inventories.loadMine({ upn: onSite.upn(ANNA), on: during2018 });
    expect(form.inventories.map((i) => i.unitId)).toEqual([E1]);
    const eriksItem = await inventoryItemId(backend.sp(ADMIN), onSite.inventoryId('2018', 'E2'));
    const denial = await toAppError(
      await rejectionOf(listByKey(backend.sp(ANNA), 'inventeringar').items.getById(eriksItem)()),
    );
    expect(denial.code).toBe('notFound');
  });

  it("cannot write another unit's inventory even with its version: SharePoint's denial, nothing stored", async () => {
    const eriks = (await backend.repos(ADMIN).inventories.get(site.period.id, E2))!;
    const forged = withAnswers(eriks, [answeredLine('ekonomi', 'controller', 3)]);
    const error = (await rejectionOf(backend.repos(ANNA).inventories.save(forged))) as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('notFound');
    const stored = (await backend.repos(ADMIN).inventories.get(site.period.id, E2))!;
    expect(stored.lines.find((l) => l.functionId === 'ekonomi')?.persons).toBeNull();
    expect(stored.status).toBe('notStarted');
  });
});

describeWithPersonas({ name: 'reviewers', personas: [SARA, STINA, KARL] }, () => {
  it('of a sektor see its units and no other sektor’s; of a kontor, the kontor’s units', async () => {
    expect(await unitsSeenBy(SARA)).toEqual([E1, E2, K1, S1]);
    expect(await unitsSeenBy(STINA)).toEqual([E3, K2, S2]);
    expect(await unitsSeenBy(KARL)).toEqual([E1, E2, K1]);
    expect(await backend.repos(SARA).inventories.get(site.period.id, E3)).toBeNull();
  });

  it('decide with a comment, but may not change the answers', async () => {
    const e2 = (await backend.repos(KARL).inventories.get(site.period.id, E2))!;
    const approved = withDecision(e2, { verdict: 'approved', by: onSite.upn(KARL), comment: 'Bra!' });
    const saved = await backend.repos(KARL).inventories.decide(approved);
    const stored = await backend.repos(ADMIN).inventories.get(site.period.id, E2);
    expect(stored?.status).toBe('approved');
    expect(decisionInForce(stored!)).toMatchObject({ decidedBy: onSite.upn(KARL), comment: 'Bra!' });
    const error = (await rejectionOf(
      backend.repos(KARL).inventories.save(withAnswers(saved, [answeredLine('hr', 'lon', 2)])),
    )) as AppError;
    expect(error.code).toBe('forbidden');
    const after = (await backend.repos(ADMIN).inventories.get(site.period.id, E2))!;
    expect(after.lines.find((l) => l.functionId === 'hr')?.persons).toBeNull();
  });

  it('see the dashboard of their own scope only', async () => {
    const data = await backend.repos(SARA).dashboard.load({ periodId: site.period.id });
    expect(data.inventories.map((i) => i.unitId).sort()).toEqual([E1, E2, K1, S1]);
    expect(data.units.filter((u) => !backend.baseline.unitIds.has(u.id))).toHaveLength(8);
  });
});

describeWithPersonas({ name: 'the project team', personas: [PROJECT_TEAM] }, () => {
  it('sees every inventory of the period', async () => {
    expect(await unitsSeenBy(PROJECT_TEAM)).toEqual([E1, E2, E3, K1, K2, S1, S2]);
  });
});

describeWithPersonas({ name: 'the board', personas: [BOARD] }, () => {
  it('reads the summaries published for it, and nothing else: no inventory, no overview, no form', async () => {
    // The project team counts and records a summary; only what reached the channel is the board's to read.
    const figures = await backend.repos(PROJECT_TEAM).dashboard.load({ periodId: site.period.id });
    const summary = boardSummary(
      dashboardView(figures, site.period.id),
      { level: 'kommun' },
      {
        periodName: site.period.name,
        countedAt: new Date().toISOString(),
      },
    );
    if (summary === undefined) throw new Error('No summary of the kommun');
    const teamStore = new SharePointPublicationStore(backend.sp(PROJECT_TEAM));
    const record = await teamStore.record(summary, 'graph');
    await teamStore.mark(record.id, {
      delivery: 'posted',
      messageId: '1',
      postedAt: new Date().toISOString(),
    });

    const boardStore = new SharePointPublicationStore(backend.sp(BOARD));
    const seen = await boardStore.latestPosted(boardScopeKey(summary.scope));
    expect(seen?.summary).toEqual(summary);
    // Read only: the board cannot publish, nor change what was published.
    expect(((await rejectionOf(boardStore.record(summary, 'graph'))) as AppError).code).toBe('forbidden');
    const mark = boardStore.mark(record.id, { delivery: 'failed' });
    expect(((await rejectionOf(mark)) as AppError).code).toBe('forbidden');

    // Every other list answers as if it did not exist, as SharePoint hides what a user cannot read.
    const error = (await rejectionOf(
      backend.repos(BOARD).inventories.listByPeriod(site.period.id),
    )) as AppError;
    expect(error.code).toBe('notFound');
    const dashboard = (await rejectionOf(
      backend.repos(BOARD).dashboard.load({ periodId: site.period.id }),
    )) as AppError;
    expect(dashboard.code).toBe('notFound');
    const form = (await rejectionOf(
      backend.repos(BOARD).inventories.loadMine({ upn: onSite.upn(BOARD), on: during2018 }),
    )) as AppError;
    expect(form.code).toBe('notFound');
    for (const list of ['paminnelser', 'scenarier', 'oversikter', 'jamforelser', 'organisation'] as const) {
      const read = await toAppError(await rejectionOf(listByKey(backend.sp(BOARD), list).items.top(1)()));
      expect({ list, code: read.code }).toEqual({ list, code: 'notFound' });
    }
  });
});
