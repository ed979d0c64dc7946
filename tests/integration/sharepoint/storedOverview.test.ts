// The stored overview against the emulator or a tenant (docs/data-model.md, "Dashboards at region scale"): the
// project team's first look counts and stores; with nothing changed the next is the stored one, in two requests;
// any change to a counted list — an answer saved, an item added or deleted — shows the stored figures as earlier
// ones while the period is counted again; a file of another form is never shown; and a reviewer can neither read
// nor write the library (SharePoint's permissions, not ours).
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { dashboardView, isAppError, type CountedDashboard } from '../../../src/domain';
import { statusOf } from '../../../src/sharepoint/errors';
import { listByKey, listServerRelativeUrl } from '../../../src/sharepoint/lists';
import { itemIdOf } from '../../../src/sharepoint/mapping/values';
import { loadOverview, type OverviewLoad } from '../../../src/sharepoint/repositories/storedOverview';
import { answeredFirstLine, answeredLine, rejectionOf, withAnswers } from './helpers';
import {
  ADMIN,
  ANNA,
  PROJECT_TEAM,
  SARA,
  fillSite,
  onSite,
  smallOrganisation,
  startBackend,
  unitsOf,
  type Backend,
  type FilledSite,
} from './fixture';

let backend: Backend;
let site: FilledSite;
beforeAll(async () => {
  backend = await startBackend();
  site = await fillSite(backend, { units: unitsOf(smallOrganisation) });
});
afterAll(async () => {
  await backend
    .sp(ADMIN)
    .web.getFileByServerRelativePath(storedUrl())
    .delete()
    .catch(() => undefined);
  await backend.close();
});

const storedUrl = () => `${listServerRelativeUrl(backend.siteUrl, 'oversikter')}/${site.period.id}.json`;

/** A look at the kommun's overview as `upn`'s tab takes it: what it showed, in order, and how it went. */
async function look(
  upn: string,
): Promise<{ shown: CountedDashboard[]; load: OverviewLoad; requests: number }> {
  const shown: CountedDashboard[] = [];
  backend.resetRequests();
  const load = await loadOverview(
    backend.sp(upn),
    { periodId: site.period.id },
    { useStore: true, show: (dashboard) => shown.push(dashboard) },
  );
  return { shown, load, requests: backend.requests() };
}

/** What the project team's count of the period is now, by the dashboards' own read. */
async function countedNow() {
  const data = await backend.repos(PROJECT_TEAM).dashboard.loadFigures({ periodId: site.period.id });
  return dashboardView(data, site.period.id);
}

describe('the stored overview', () => {
  it('is counted and stored on the project team’s first look, and shown as it is while nothing changes', async () => {
    const first = await look(PROJECT_TEAM);
    expect(first.load).toEqual({ source: 'counted', written: true });
    expect(first.shown.map((d) => d.current)).toEqual([true]);
    expect(first.shown[0]!.view).toEqual(await countedNow());

    const second = await look(PROJECT_TEAM);
    expect(second.load).toEqual({ source: 'stored', written: false });
    expect(second.requests).toBe(2);
    expect(second.shown).toEqual([{ ...first.shown[0], current: true }]);
  });

  it('is shown as earlier figures while the period is counted again, once a manager has saved', async () => {
    await look(PROJECT_TEAM);
    const manager = backend.repos(ANNA).inventories;
    const stored = (await manager.get(site.period.id, onSite.unit('E1')))!;
    const fn = site.config.taxonomy.functions[0]!;
    await manager.save({
      ...withAnswers(stored, [answeredLine(fn.id, null, 3)], answeredFirstLine(3)),
      status: 'submitted',
    });

    const after = await look(PROJECT_TEAM);
    expect(after.shown.map((d) => d.current)).toEqual([false, true]);
    expect(after.shown[1]!.view).toEqual(await countedNow());
    expect(after.shown[1]!.view).not.toEqual(after.shown[0]!.view);
    expect(after.load).toEqual({ source: 'counted', written: true });
  });

  it('is counted again when an item of a counted list is added, and again when one is deleted', async () => {
    await look(PROJECT_TEAM);
    const decisions = listByKey(backend.sp(ADMIN), 'granskningsbeslut');
    const added = await decisions.items.add({ Title: 'utanför varje enhets mapp' });
    const afterAdd = await look(PROJECT_TEAM);
    expect(afterAdd.load.source).toBe('counted');

    await decisions.items.getById(itemIdOf(added)).delete();
    const afterDelete = await look(PROJECT_TEAM);
    expect(afterDelete.load.source).toBe('counted');
    expect(afterDelete.shown.map((d) => d.current)).toEqual([false, true]);
  });

  it('counts again, never shows, a stored file that is not an overview of this code', async () => {
    await backend
      .sp(ADMIN)
      .web.getFolderByServerRelativePath(listServerRelativeUrl(backend.siteUrl, 'oversikter'))
      .files.addUsingPath(`${site.period.id}.json`, '{"format":0,"view":"inte en översikt"}', {
        Overwrite: true,
      });
    const after = await look(PROJECT_TEAM);
    expect(after.shown.map((d) => d.current)).toEqual([true]);
    expect(after.load).toEqual({ source: 'counted', written: true });
  });

  it('can be neither read nor written by a reviewer: SharePoint hides the library, and their count is their own', async () => {
    await look(PROJECT_TEAM);
    const reviewer = backend.sp(SARA);
    const read = await rejectionOf(reviewer.web.getFileByServerRelativePath(storedUrl()).getText());
    expect(statusOf(read)).toBe(404);
    const write = await rejectionOf(
      reviewer.web
        .getFolderByServerRelativePath(listServerRelativeUrl(backend.siteUrl, 'oversikter'))
        .files.addUsingPath(`${site.period.id}.json`, '{}', { Overwrite: true }),
    );
    expect([403, 404]).toContain(statusOf(write));

    const theirs = await look(SARA);
    expect(theirs.load).toEqual({ source: 'counted', written: false });
    const own = dashboardView(
      await backend.repos(SARA).dashboard.loadFigures({ periodId: site.period.id }),
      site.period.id,
    );
    expect(theirs.shown.map((d) => d.view)).toEqual([own]);
    // The project team's stored overview is still theirs.
    expect((await look(PROJECT_TEAM)).load.source).toBe('stored');
  });

  it('fails with the app’s error, not a stored overview, when SharePoint cannot be read', async () => {
    const error = await rejectionOf(
      loadOverview(
        backend.sp('nobody@kommun.example'),
        { periodId: site.period.id },
        {
          useStore: true,
          show: () => undefined,
        },
      ),
    );
    expect(isAppError(error)).toBe(true);
  });
});
