// The organisation import against the emulator: a file with bad rows changes nothing, a good import builds
// units, groups, folders and inventories, a changed file shows the right difference and moves the permissions
// with the manager, and an interrupted import finishes on the next run.
import { join } from 'node:path';
import { defaultMunicipalityConfig, isAppError } from '../../../src/domain';
import { importOrganisation, type ImportEvent } from '../../../src/sharepoint/import';
import { ADMIN, startSite, stopSite, writesAmong, type SentRequest, type SiteUnderTest } from './harness';
import { fixtures, openPeriod, prepareSite, rows, unitsOf } from './importOrg';
import { runImportOrg } from './scripts';

const functions = defaultMunicipalityConfig().taxonomy.functions.length;

/** Who can see which inventories (by unit code) through the REST API. */
async function visibleInventories(site: SiteUnderTest, upn: string): Promise<string[]> {
  const response = await site.fetch(
    "web/getList('/sites/stodinventering/Lists/Inventeringar')/items?$select=UnitCode&$filter=FSObjType eq 0",
    { as: upn },
  );
  if (response.status !== 200) return [];
  const items = ((await response.json()) as { value: { UnitCode: string }[] }).value;
  return items.map((i) => i.UnitCode).sort();
}

describe('import-org with a file that has bad rows', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await startSite();
    await prepareSite(site);
  });
  afterAll(() => stopSite(site));

  it('reports every bad row with its line, changes nothing, and exits 1', async () => {
    site.emulator.resetStats();
    const result = await runImportOrg([
      join(fixtures, 'organisation-bad-rows.csv'),
      '--site',
      site.emulator.siteUrl,
    ]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(
      'Filen har 6 fel; inget har ändrats. / The file has 6 errors; nothing was changed.',
    );
    for (const expected of [
      'rad / line 4, Överordnad enhet ("K9"): Den överordnade enheten K9 finns inte.',
      'rad / line 5, Chef e-post ("erik.lund-at-kommun")',
      'rad / line 6, Chefsnivå ("Överste")',
      'rad / line 7, Antal medarbetare ("tolv")',
      'rad / line 8, Årsarbetare ("12,5")',
      'rad / line 9, Enhetskod ("E1"): Id E1 används mer än en gång.',
    ])
      expect(result.stdout).toContain(expected);
    // Nothing reached the site: the file is checked before signing in.
    expect(site.emulator.stats().requests).toBe(0);
    expect(await rows(site, 'Organisation')).toEqual([]);
  });

  it('a dry run of a good file shows the difference and writes nothing', async () => {
    const result = await runImportOrg([
      join(fixtures, 'organisation-sv.csv'),
      '--dry-run',
      '--site',
      site.emulator.siteUrl,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('9 nya / new, 0 ändrade / changed, 0 borttagna / removed');
    expect(result.stdout).toContain(`Period: ${openPeriod.id}`);
    expect(result.stdout).toContain('Provkörning: inget har ändrats.');
    expect(await rows(site, 'Organisation')).toEqual([]);
  });
});

describe('a good import, then a changed file', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await startSite();
    await prepareSite(site);
  });
  afterAll(() => stopSite(site));

  it('imports units, groups, folders and the period’s inventories', async () => {
    const report = await importOrganisation(site.sp(), { units: unitsOf('organisation-sv.csv') });
    expect(report.outcome).toBe('applied');
    expect(report.period?.id).toBe(openPeriod.id);
    expect(report.units).toEqual({ created: 9, updated: 0, unchanged: 0 });
    expect(report.access).toMatchObject({ groupsCreated: 4, foldersCreated: 40, membersAdded: 4 + 8 });
    expect(report.inventories).toMatchObject({ created: 8, linesCreated: 8 * functions });
    const organisation = await rows(
      site,
      'Organisation',
      '$select=UnitCode,Title,ManagerUpn&$orderby=UnitCode',
    );
    expect(organisation.map((r) => r.UnitCode)).toEqual([
      'E1',
      'E2',
      'E3',
      'E4',
      'E5',
      'K1',
      'K2',
      'S1',
      'S2',
    ]);
    expect(organisation.find((r) => r.UnitCode === 'E2')).toMatchObject({
      Title: "Boende O'Connor",
      ManagerUpn: 'erik.lund@kommun.example',
    });
    const inventories = await rows(
      site,
      'Inventeringar',
      '$select=UnitCode,FileDirRef,ManagerUpn&$filter=FSObjType eq 0',
    );
    expect(inventories.map((r) => [r.UnitCode, r.FileDirRef]).sort()).toEqual(
      ['E1', 'E2', 'E3', 'E4', 'K1', 'K2', 'S1', 'S2'].map((u) => [
        u,
        `/sites/stodinventering/Lists/Inventeringar/${u}`,
      ]),
    );
  });

  it('a second import of the same file writes nothing', async () => {
    const sent: SentRequest[] = [];
    const report = await importOrganisation(site.sp(ADMIN, sent), { units: unitsOf('organisation-sv.csv') });
    expect(report.diff).toMatchObject({ added: [], removed: [], changed: [], unchanged: 9 });
    expect(report.inventories).toMatchObject({ created: 0, updated: 0, linesCreated: 0 });
    expect(writesAmong(sent)).toEqual([]);
  });

  it('shows the difference of a changed file in a dry run, without writing', async () => {
    const sent: SentRequest[] = [];
    const events: ImportEvent[] = [];
    const report = await importOrganisation(site.sp(ADMIN, sent), {
      units: unitsOf('organisation-changed.csv'),
      dryRun: true,
      // One of nine units goes: more than the 10 % an import removes unasked.
      allowRemovals: true,
      log: (e) => events.push(e),
    });
    expect(report.outcome).toBe('planned');
    expect(report.diff.added.map((u) => u.id)).toEqual(['E6']);
    expect(report.diff.removed.map((u) => u.id)).toEqual(['E5']);
    expect(report.diff.changed.map((c) => [c.after.id, c.fields])).toEqual([
      ['E1', ['headcount', 'arsarbetare']],
      ['E2', ['manager']],
      ['K2', ['name']],
    ]);
    expect(report.diff.managerChanges.map((c) => [c.unit.id, c.from, c.to])).toEqual([
      ['E2', 'erik.lund@kommun.example', 'nina.ny@kommun.example'],
    ]);
    expect(events.some((e) => e.kind === 'diff')).toBe(true);
    expect(writesAmong(sent)).toEqual([]);
  });

  it('applies the changed file: the new manager gets the unit, the old one loses it, the removed unit goes', async () => {
    expect(await visibleInventories(site, 'erik.lund@kommun.example')).toEqual(['E2']);
    expect(await visibleInventories(site, 'nina.ny@kommun.example')).toEqual([]);
    const report = await importOrganisation(site.sp(), {
      units: unitsOf('organisation-changed.csv'),
      allowRemovals: true,
    });
    expect(report.removed).toBe(1);
    // Erik's Besvara on his answer folders (the inventory's and the consultation's) and Read on his decisions folder.
    expect(report.access).toMatchObject({
      grantsRemoved: 4,
      membersRemoved: 1,
      groupsRenamed: 1,
      groupsCreated: 0,
    });
    const groups = (await site.sp().web.siteGroups.select('Title')()).map((g) => g.Title);
    expect(groups).toContain('Granskare K2 HR & lön');
    expect(groups).not.toContain('Granskare K2 HR-kontoret');
    expect(report.inventories).toMatchObject({ created: 1, updated: 1 });
    expect(await visibleInventories(site, 'erik.lund@kommun.example')).toEqual([]);
    expect(await visibleInventories(site, 'nina.ny@kommun.example')).toEqual(['E2']);
    expect(await visibleInventories(site, 'rut.rekryt@kommun.example')).toEqual(['E6']);
    const e2 = await rows(site, 'Inventeringar', "$select=ManagerUpn&$filter=UnitCode eq 'E2'");
    expect(e2).toEqual([{ ManagerUpn: 'nina.ny@kommun.example' }]);
    const organisation = await rows(site, 'Organisation', '$select=UnitCode');
    expect(organisation.map((r) => r.UnitCode).sort()).toEqual([
      'E1',
      'E2',
      'E3',
      'E4',
      'E6',
      'K1',
      'K2',
      'S1',
      'S2',
    ]);
    // Nina edits her inventory; Erik's attempt is refused the way SharePoint refuses it.
    const [item] = await rows(site, 'Inventeringar', "$select=Id&$filter=UnitCode eq 'E2'");
    const merge = (upn: string) =>
      site.fetch(`web/getList('/sites/stodinventering/Lists/Inventeringar')/items(${String(item?.Id)})`, {
        as: upn,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-HTTP-Method': 'MERGE', 'IF-MATCH': '*' },
        body: JSON.stringify({ LackingSupport: 'Mer HR-stöd' }),
      });
    expect((await merge('nina.ny@kommun.example')).status).toBe(204);
    expect([403, 404]).toContain((await merge('erik.lund@kommun.example')).status);
  });
});

describe('an interrupted import', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await startSite();
    await prepareSite(site);
  });
  afterAll(() => stopSite(site));

  it('fails clearly, and the next run finishes the job; the one after writes nothing', async () => {
    const units = unitsOf('organisation-sv.csv');
    let failure: unknown;
    try {
      await importOrganisation(site.sp(), {
        units,
        log: (event) => {
          // Half-way: units, groups and folders are done; then SharePoint starts answering 503 to everything.
          if (event.kind === 'stage' && event.stage === 'inventories')
            site.emulator.configure({ faults: { errorRate: 1 } });
        },
      });
    } catch (error) {
      failure = error;
    }
    site.emulator.configure({ faults: { errorRate: 0 } });
    expect(isAppError(failure) && failure.code).toBe('unavailable');
    expect(await rows(site, 'Inventeringar', '$filter=FSObjType eq 0')).toEqual([]);
    expect(await rows(site, 'Inventeringar', '$filter=FSObjType eq 1')).toHaveLength(9);

    const resumed = await importOrganisation(site.sp(), { units });
    expect(resumed.units).toMatchObject({ created: 0, unchanged: 9 });
    expect(resumed.access).toMatchObject({ foldersCreated: 0, grantsAdded: 0, membersAdded: 0 });
    expect(resumed.inventories).toMatchObject({ created: 8, linesCreated: 8 * functions });

    const sent: SentRequest[] = [];
    const again = await importOrganisation(site.sp(ADMIN, sent), { units });
    expect(again.inventories).toMatchObject({ created: 0, linesCreated: 0 });
    expect(writesAmong(sent)).toEqual([]);
  });
});
