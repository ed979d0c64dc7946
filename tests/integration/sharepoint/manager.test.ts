// The manager's form against the emulator or a tenant: the request budgets (counted exactly, at the emulator or at
// the client), the round trip of every field, ETag conflicts, and names that need escaping.
import {
  AppError,
  decisionInForce,
  decisionOutdated,
  editInventory,
  emptyInventory,
  emptyLine,
  type Inventory,
} from '../../../src/domain';
import {
  answeredFirstLine,
  answeredLine,
  contentOf,
  rejectionOf,
  requestsOf,
  withAnswers,
  withDecision,
} from './helpers';
import {
  ADMIN,
  describeWithPersonas,
  during2018,
  fillSite,
  onSite,
  startBackend,
  type Backend,
  type FilledSite,
  ANNA,
  KARL,
  ONEIL,
} from './fixture';

const E1 = onSite.unit('E1');
const E3 = onSite.unit('E3');
const K1 = onSite.unit('K1');
const K2 = onSite.unit('K2');
const S1 = onSite.unit('S1');

let backend: Backend;
let site: FilledSite;
beforeAll(async () => {
  backend = await startBackend();
  site = await fillSite(backend);
});
afterAll(() => backend.close());

async function annasInventory(): Promise<Inventory> {
  const form = await backend.repos(ANNA).inventories.loadMine({ upn: onSite.upn(ANNA), on: during2018 });
  const [inventory] = form.inventories;
  if (!inventory) throw new Error('Anna has no inventory');
  return inventory;
}

describeWithPersonas({ name: 'loading the form', personas: [ANNA] }, () => {
  it('takes exactly 2 requests and brings configuration, period, unit and inventory with every line', async () => {
    backend.resetRequests();
    const form = await backend.repos(ANNA).inventories.loadMine({ upn: onSite.upn(ANNA), on: during2018 });
    expect(backend.requests()).toBe(2);
    expect(form.period?.id).toBe(site.period.id);
    expect(form.periods.map((p) => p.id).filter((id) => !backend.baseline.periodIds.has(id))).toEqual([
      site.period.id,
    ]);
    expect(form.config).toEqual(site.config);
    expect(form.units.map((u) => [u.id, u.kontorId, u.sektorId, u.manager?.level])).toEqual([
      [E1, K1, S1, 'enhetschef'],
    ]);
    expect(form.inventories).toHaveLength(1);
    const [inventory] = form.inventories;
    expect(inventory).toMatchObject({
      id: onSite.inventoryId('2018', 'E1'),
      unitId: E1,
      sektorId: S1,
      kontorId: K1,
      status: 'notStarted',
      managerUpn: onSite.upn(ANNA),
    });
    expect(inventory!.lines.map((l) => l.functionId)).toEqual(
      site.config.taxonomy.functions.map((f) => f.id),
    );
    expect(inventory!.version).not.toBe('');
    expect(inventory!.updatedBy).toBe(onSite.upn(ADMIN));
    // The period's consultation rounds come in the same requests (consultationStore.test.ts opens one).
    expect(form.rounds).toEqual([]);
  });

  it('takes 1 request between rounds (no open period, nothing more to read)', async () => {
    backend.resetRequests();
    const form = await backend.repos(ANNA).inventories.loadMine({ upn: onSite.upn(ANNA), on: '2019-03-01' });
    expect(backend.requests()).toBe(1);
    expect(form.period).toBeNull();
    expect(form.inventories).toEqual([]);
    expect(form.rounds).toEqual([]);
    expect(form.units.map((u) => u.id)).toEqual([E1]);
  });
});

describeWithPersonas({ name: 'saving the form', personas: [ANNA] }, () => {
  it('is exactly one $batch with the inventory item and the changed lines, and every field reads back', async () => {
    const loaded = await annasInventory();
    const edited = withAnswers(
      loaded,
      [
        answeredLine('ekonomi', 'controller', 1),
        answeredLine('hr', 'hrStrateg', 2),
        answeredLine('malResultatstyrning', null, 3),
      ],
      answeredFirstLine(),
    );
    backend.resetRequests();
    const saved = await backend.repos(ANNA).inventories.save(edited);
    expect(requestsOf(backend)).toEqual({ requests: 1, batchOperations: 4 });
    expect(saved.version).not.toBe(loaded.version);
    expect(contentOf(saved)).toEqual(contentOf(edited));
    const reloaded = await annasInventory();
    expect(contentOf(reloaded)).toEqual(contentOf(edited));
    expect(reloaded.version).toBe(saved.version);
    expect(reloaded.updatedBy).toBe(onSite.upn(ANNA));
  });

  it('makes no request when nothing changed', async () => {
    const loaded = await annasInventory();
    backend.resetRequests();
    const saved = await backend.repos(ANNA).inventories.save(loaded);
    expect(backend.requests()).toBe(0);
    expect(saved.version).toBe(loaded.version);
  });

  it('saves again with the version a save returned, writing only what changed since', async () => {
    const loaded = await annasInventory();
    const first = await backend
      .repos(ANNA)
      .inventories.save(withAnswers(loaded, [answeredLine('it', 'itSamordnare', 4)]));
    backend.resetRequests();
    const second = await backend
      .repos(ANNA)
      .inventories.save(withAnswers(first, [answeredLine('it', 'systemforvaltare', 5)]));
    expect(requestsOf(backend)).toEqual({ requests: 1, batchOperations: 2 });
    expect(contentOf(await annasInventory())).toEqual(contentOf(second));
  });

  it('clears answers: empty values are stored as empty and read back as unanswered', async () => {
    const loaded = await annasInventory();
    const cleared = withAnswers(
      loaded,
      loaded.lines.map((l) => emptyLine(l.functionId)),
      null,
    );
    await backend.repos(ANNA).inventories.save(cleared);
    expect(contentOf(await annasInventory())).toEqual(contentOf(cleared));
  });
});

describeWithPersonas({ name: 'an inventory not stored yet (version "")', personas: [ANNA] }, () => {
  it('is created in the unit folder with its lines, then written: 3 requests', async () => {
    const unit = site.units.find((u) => u.id === E1)!;
    const period2020 = onSite.period('2020');
    const fresh = withAnswers(
      {
        ...emptyInventory(unit, period2020),
        lines: site.config.taxonomy.functions.map((f) => emptyLine(f.id)),
      },
      [answeredLine('ekonomi', 'controller', 2)],
      answeredFirstLine(),
    );
    backend.resetRequests();
    const saved = await backend.repos(ANNA).inventories.save(fresh);
    expect(backend.requests()).toBe(3);
    const stored = await backend.repos(ANNA).inventories.get(period2020, E1);
    expect(contentOf(stored!)).toEqual(contentOf(saved));
    expect(stored!.version).toBe(saved.version);
    await backend.repos(ANNA).inventories.save(withAnswers(saved, [answeredLine('hr', null, 1)]));
  });
});

describeWithPersonas({ name: 'conflicts', personas: [ANNA, KARL] }, () => {
  it('two sessions of one manager: the later save gets a conflict with both versions, and nothing of it is lost silently', async () => {
    const tabA = await annasInventory();
    const tabB = await annasInventory();
    await backend.repos(ANNA).inventories.save(withAnswers(tabA, [answeredLine('juridik', 'jurist', 7)]));
    const mine = withAnswers(tabB, [answeredLine('kundtjanst', 'kommunvagledare', 8)]);
    const error = await rejectionOf(backend.repos(ANNA).inventories.save(mine));
    expect(error).toBeInstanceOf(AppError);
    const conflict = error as AppError<Inventory>;
    expect(conflict.code).toBe('conflict');
    expect(conflict.conflict?.mine).toEqual(mine);
    const theirs = conflict.conflict!.theirs;
    expect(theirs.lines.find((l) => l.functionId === 'juridik')).toEqual(
      answeredLine('juridik', 'jurist', 7),
    );
    expect(contentOf(theirs)).toEqual(contentOf(await annasInventory()));
    // The user resolves on top of theirs; that save lands.
    const resolved = await backend
      .repos(ANNA)
      .inventories.save(withAnswers(theirs, [answeredLine('kundtjanst', 'kommunvagledare', 8)]));
    const stored = await annasInventory();
    expect(contentOf(stored)).toEqual(contentOf(resolved));
    expect(stored.lines.find((l) => l.functionId === 'juridik')?.persons).toBe(8);
  });

  it('manager against reviewer: a decision on what the reviewer no longer sees is a conflict, then a return shows', async () => {
    const submitted = await backend.repos(ANNA).inventories.save({
      ...(await annasInventory()),
      status: 'submitted',
      submittedBy: onSite.upn(ANNA),
      submittedAt: '2018-05-20T08:00:00Z',
    });
    const seenByKarl = await backend.repos(KARL).inventories.get(site.period.id, E1);
    expect(seenByKarl).toMatchObject({ status: 'submitted', revision: submitted.revision });
    // Anna changes an answer behind Karl's back (the tab would not let her; SharePoint does).
    const changed = await backend
      .repos(ANNA)
      .inventories.save(withAnswers(submitted, [answeredLine('hr', null, 5)]));
    const returning = withDecision(seenByKarl!, {
      verdict: 'returned',
      by: onSite.upn(KARL),
      comment: "Komplettera 'Ekonomi' & HR, tack!",
    });
    const error = (await rejectionOf(
      backend.repos(KARL).inventories.decide(returning),
    )) as AppError<Inventory>;
    expect(error.code).toBe('conflict');
    expect(error.conflict?.theirs).toMatchObject({ status: 'submitted', revision: changed.revision });
    // Karl decides on what he now sees; Anna's form shows the return, and her fix takes it back to a draft.
    const now = await backend.repos(KARL).inventories.get(site.period.id, E1);
    backend.resetRequests();
    const decided = await backend
      .repos(KARL)
      .inventories.decide(
        withDecision(now!, { verdict: 'returned', by: onSite.upn(KARL), comment: 'Komplettera HR' }),
      );
    expect(backend.requests()).toBe(2);
    expect(decided).toMatchObject({ status: 'returned', revision: changed.revision });
    const returned = await annasInventory();
    expect(returned.status).toBe('returned');
    expect(decisionInForce(returned)).toMatchObject({
      comment: 'Komplettera HR',
      decidedBy: onSite.upn(KARL),
    });
    const edited = editInventory(returned, {
      actor: { upn: onSite.upn(ANNA), roles: [] },
      at: '2018-05-22T08:00:00Z',
    });
    const fixed = await backend.repos(ANNA).inventories.save(edited.ok ? edited.inventory : returned);
    expect(fixed.status).toBe('draft');
    expect((await annasInventory()).status).toBe('draft');
    expect(decisionOutdated(await annasInventory())).toMatchObject({
      verdict: 'returned',
      comment: 'Komplettera HR',
    });
  });
});

describeWithPersonas({ name: 'names that need escaping', personas: [ONEIL] }, () => {
  it("finds and saves the form of a manager whose UPN has an apostrophe, in a unit named Öster & Väster's #1", async () => {
    backend.resetRequests();
    const form = await backend
      .repos(ONEIL)
      .inventories.loadMine({ upn: onSite.upn("O'Neil@Kommun.example"), on: during2018 });
    expect(backend.requests()).toBe(2);
    expect(form.units.map((u) => [u.id, u.name, u.manager?.name])).toEqual([
      [E3, "Öster & Väster's #1", "Örjan O'Neil"],
    ]);
    const [inventory] = form.inventories;
    expect(inventory).toMatchObject({
      id: onSite.inventoryId('2018', 'E3'),
      managerUpn: onSite.upn(ONEIL),
      kontorId: K2,
    });
    const edited = withAnswers(inventory!, [answeredLine('kommunikation', 'kommunikator', 9)]);
    await backend.repos(ONEIL).inventories.save(edited);
    const again = await backend.repos(ONEIL).inventories.loadMine({ upn: onSite.upn(ONEIL), on: during2018 });
    expect(contentOf(again.inventories[0]!)).toEqual(contentOf(edited));
  });
});
