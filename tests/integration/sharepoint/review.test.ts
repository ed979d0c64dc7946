// The review path against the emulator or a tenant: what a person reviews comes with their form in the same
// requests; a reviewer's list reads the period's statuses with the organisation and gets only the inventories
// SharePoint lets them read; a reviewer of another sektor is refused by SharePoint itself, by query, by id and when
// deciding through the repository; and a decision made meanwhile by another reviewer is a conflict, not silently
// overridden.
import { type AppError, type Inventory } from '../../../src/domain';
import { listByKey, unitFolderUrl } from '../../../src/sharepoint/lists';
import { itemIdOf, type SpItem } from '../../../src/sharepoint/mapping/values';
import { eq } from '../../../src/sharepoint/odata';
import { rejectionOf, requestsOf, withDecision } from './helpers';
import {
  ANNA,
  ERIK,
  KARL,
  PROJECT_TEAM,
  SARA,
  STINA,
  describeWithPersonas,
  during2018,
  fillSite,
  onSite,
  startBackend,
  type Backend,
  type FilledSite,
} from './fixture';

const E1 = onSite.unit('E1');
const E2 = onSite.unit('E2');
const K1 = onSite.unit('K1');
const S1 = onSite.unit('S1');

let backend: Backend;
let site: FilledSite;
beforeAll(async () => {
  backend = await startBackend();
  site = await fillSite(backend);
});
afterAll(() => backend.close());

const inventoryOf = async (upn: string, unit: string): Promise<Inventory> => {
  const found = await backend.repos(upn).inventories.get(site.period.id, unit);
  if (found === null) throw new Error(`${upn} cannot read ${unit}`);
  return found;
};

/** The manager submits their inventory (what the tab stores on submit). */
async function submitted(upn: string, unit: string): Promise<Inventory> {
  const inventory = await inventoryOf(upn, unit);
  if (inventory.status === 'submitted') return inventory;
  return backend.repos(upn).inventories.save({
    ...inventory,
    status: 'submitted',
    submittedBy: onSite.upn(upn),
    submittedAt: '2018-05-20T08:00:00Z',
  });
}

describeWithPersonas({ name: 'what a person reviews', personas: [ANNA, KARL, SARA, PROJECT_TEAM] }, () => {
  it('comes with their form, in the same $batch: the sektorer and kontor they head, and the project team', async () => {
    const rights: Record<string, unknown> = {};
    for (const upn of [ANNA, KARL, SARA]) {
      backend.resetRequests();
      const form = await backend.repos(upn).inventories.loadMine({ upn: onSite.upn(upn), on: during2018 });
      // One $batch for the configuration, the units, their inventories and the group; one for lines and decisions.
      expect(requestsOf(backend).requests).toBe(2);
      rights[upn] = form.review;
    }
    expect(rights).toEqual({
      [ANNA]: { reviewerOf: [], projectTeam: false },
      [KARL]: { reviewerOf: [K1], projectTeam: false },
      [SARA]: { reviewerOf: [S1], projectTeam: false },
    });
    // The project team's member leads no unit: their form is one request, and says they review everything.
    backend.resetRequests();
    const team = await backend
      .repos(PROJECT_TEAM)
      .inventories.loadMine({ upn: onSite.upn(PROJECT_TEAM), on: during2018 });
    expect(requestsOf(backend).requests).toBe(1);
    expect(team.units).toEqual([]);
    expect(team.review).toEqual({ reviewerOf: [], projectTeam: true });
  });
});

describeWithPersonas({ name: 'a reviewer’s list', personas: [KARL, STINA] }, () => {
  it('reads the period’s statuses with the whole organisation in 2 requests, and only what SharePoint lets them read', async () => {
    backend.resetRequests();
    const karls = await backend.repos(KARL).inventories.listStatusesByPeriod(site.period.id);
    expect(requestsOf(backend).requests).toBe(2);
    expect(karls.units.map((u) => u.id).sort()).toEqual(site.units.map((u) => u.id).sort());
    expect(karls.inventories.map((i) => i.unitId).sort()).toEqual([E1, E2, K1].sort());
    const stinas = await backend.repos(STINA).inventories.listStatusesByPeriod(site.period.id);
    expect(stinas.inventories.some((i) => i.sektorId === S1)).toBe(false);
    expect(stinas.inventories.length).toBeGreaterThan(0);
  });
});

describeWithPersonas({ name: 'a reviewer of another sektor', personas: [ANNA, KARL, STINA] }, () => {
  it('gets no item of the unit from SharePoint, by query or by id, and the repository finds none', async () => {
    const key = (await submitted(ANNA, E1)).id;
    for (const list of ['inventeringar', 'inventeringsrader', 'granskningsbeslut'] as const) {
      const stinas = (await listByKey(backend.sp(STINA), list)
        .items.select('ID')
        .filter(eq('InventoryKey', key))()) as SpItem[];
      expect({ list, items: stinas }).toEqual({ list, items: [] });
    }
    const [item] = (await listByKey(backend.sp(ANNA), 'inventeringar')
      .items.select('ID')
      .filter(eq('InventoryKey', key))()) as SpItem[];
    expect(item).toBeDefined();
    expect(
      await rejectionOf(listByKey(backend.sp(STINA), 'inventeringar').items.getById(itemIdOf(item!))()),
    ).toMatchObject({ status: 404 });
    expect(await backend.repos(STINA).inventories.get(site.period.id, E1)).toBeNull();
  });

  it('is refused when deciding through the repository, and by SharePoint when adding a decision directly', async () => {
    await submitted(ANNA, E1);
    const seenByKarl = await inventoryOf(KARL, E1);
    // A decision made by hand, as a forged tab would send it: Stina approving what Karl sees.
    const forged = withDecision(seenByKarl, { verdict: 'approved', by: onSite.upn(STINA) });
    const error = (await rejectionOf(backend.repos(STINA).inventories.decide(forged))) as AppError;
    expect(['notFound', 'forbidden']).toContain(error.code);
    // Straight into the unit's folder of Granskningsbeslut, with her own token.
    expect(
      await rejectionOf(
        listByKey(backend.sp(STINA), 'granskningsbeslut').addValidateUpdateItemUsingPath(
          [
            { FieldName: 'InventoryKey', FieldValue: onSite.inventoryId('2018', 'E1') },
            { FieldName: 'Verdict', FieldValue: 'Godkänd' },
            { FieldName: 'Revision', FieldValue: seenByKarl.revision },
          ],
          unitFolderUrl(backend.siteUrl, 'granskningsbeslut', E1),
        ),
      ),
    ).toMatchObject({ status: expect.any(Number) });
    const after = await inventoryOf(KARL, E1);
    expect(after.status).toBe('submitted');
    expect(after.decisions).toEqual(seenByKarl.decisions);
  });
});

describeWithPersonas({ name: 'two reviewers at once', personas: [ERIK, KARL, SARA] }, () => {
  it('the later decision is a conflict with the earlier one, which stays', async () => {
    const e2 = await submitted(ERIK, E2);
    const seenByKarl = await inventoryOf(KARL, e2.unitId);
    const seenBySara = await inventoryOf(SARA, E2);
    await backend
      .repos(SARA)
      .inventories.decide(
        withDecision(seenBySara, { verdict: 'returned', by: onSite.upn(SARA), comment: 'HR?' }),
      );
    const error = (await rejectionOf(
      backend
        .repos(KARL)
        .inventories.decide(withDecision(seenByKarl, { verdict: 'approved', by: onSite.upn(KARL) })),
    )) as AppError<Inventory>;
    expect(error.code).toBe('conflict');
    expect(error.conflict?.theirs).toMatchObject({ status: 'returned' });
    const stored = await inventoryOf(KARL, E2);
    expect(stored.status).toBe('returned');
    expect(stored.decisions.map((d) => [d.verdict, d.comment])).toEqual([['returned', 'HR?']]);
  });
});
