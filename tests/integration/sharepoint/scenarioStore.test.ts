// Scenarier as the project team uses it, enforced by SharePoint (the emulator, or a tenant): a scenario reads back
// as saved; a name is the period's once, even when two people save at once; a stale copy is refused on update and
// removal; a period's scenarios are read by the indexed PeriodId; an item changed by hand is counted, not shown;
// and nobody but the project team (and the site's owners) reads or writes the list.
import { type AppError, type ScenarioDefinition } from '../../../src/domain';
import { SharePointScenarioStore } from '../../../src/sharepoint/repositories/scenarioStore';
import { listByKey } from '../../../src/sharepoint/lists';
import { rejectionOf } from './helpers';
import {
  ANNA,
  KARL,
  PROJECT_TEAM,
  describeWithPersonas,
  fillSite,
  startBackend,
  type Backend,
  type FilledSite,
} from './fixture';

let backend: Backend;
let site: FilledSite;
beforeAll(async () => {
  backend = await startBackend();
  site = await fillSite(backend);
});
afterAll(() => backend.close());

const definition = (name: string, periodId = site.period.id): ScenarioDefinition => ({
  id: `s-${name.replace(/\W/g, '')}`,
  name,
  periodId,
  overrides: { ekonomi: 'centralisera' },
});

describeWithPersonas({ name: 'the project team', personas: [PROJECT_TEAM] }, () => {
  it('saves, reads back, updates and removes a scenario; a stale copy is a conflict', async () => {
    const store = new SharePointScenarioStore(backend.sp(PROJECT_TEAM));
    const created = await store.create(definition('Samlad ekonomi'));
    expect(created.definition).toEqual(definition('Samlad ekonomi'));
    const renamed = {
      ...created.definition,
      name: 'Samlad ekonomi och HR',
      overrides: { hr: 'samordnaSektor' },
    } as const;
    const updated = await store.update(created, renamed);
    expect(updated.definition).toEqual(renamed);
    expect(updated.version).toBeGreaterThan(created.version);

    const stale = (await rejectionOf(store.update(created, definition('Annat namn')))) as AppError;
    expect(stale.code).toBe('conflict');
    expect((await rejectionOf(store.remove(created))) as AppError).toMatchObject({ code: 'conflict' });

    expect((await store.list(site.period.id)).scenarios.map((s) => s.definition)).toContainEqual(renamed);
    await store.remove(updated);
    expect((await store.list(site.period.id)).scenarios.map((s) => s.definition.name)).not.toContain(
      'Samlad ekonomi och HR',
    );
  });

  it('refuses a second scenario of the same name in the period, even at the same moment', async () => {
    const store = new SharePointScenarioStore(backend.sp(PROJECT_TEAM));
    const outcomes = await Promise.allSettled([
      store.create(definition('Centralt stöd')),
      store.create({ ...definition('CENTRALT STÖD '), id: 's-other' }),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason).toMatchObject({ code: 'invalid' });
    expect((refused.reason as AppError).message).toMatch(/"centralt stöd"/i);
    // Another period may use the name.
    await expect(store.create(definition('Centralt stöd', 'annan-period'))).resolves.toBeDefined();
    expect((await store.list(site.period.id)).scenarios.map((s) => s.definition.periodId)).not.toContain(
      'annan-period',
    );
  });

  it('counts an item changed by hand rather than showing half of it', async () => {
    const store = new SharePointScenarioStore(backend.sp(PROJECT_TEAM));
    const stored = await store.create(definition('Handändrad'));
    await listByKey(backend.sp(PROJECT_TEAM), 'scenarier')
      .items.getById(stored.itemId)
      .update({ Scenario: '{"format":"stodinventering.scenario.v1","overrides":"alla"}' });
    const { scenarios, unreadable } = await store.list(site.period.id);
    expect(scenarios.map((s) => s.itemId)).not.toContain(stored.itemId);
    expect(unreadable).toBeGreaterThanOrEqual(1);
  });
});

describeWithPersonas({ name: 'managers and reviewers', personas: [ANNA, KARL] }, () => {
  it('neither read nor write scenarios', async () => {
    for (const upn of [ANNA, KARL]) {
      const store = new SharePointScenarioStore(backend.sp(upn));
      const read = (await rejectionOf(store.list(site.period.id))) as AppError;
      expect({ upn, code: read.code }).toEqual({ upn, code: 'notFound' });
      const write = (await rejectionOf(store.create(definition(`Av ${upn}`)))) as AppError;
      expect({ upn, code: write.code }).toEqual({ upn, code: 'notFound' });
    }
  });
});
