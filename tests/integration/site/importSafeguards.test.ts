// Files that are valid but say something people should confirm: a file that would remove much of the site is
// refused (in the dry run too) unless --allow-removals, and a manager taking on a second unit or a name that a
// spreadsheet would run as a formula is a warning, printed before the site is brought in line.
import { generateMunicipality } from '../../../scripts/lib/demo';
import { importOrganisation } from '../../../src/sharepoint/import';
import { provisionSite } from '../../../src/sharepoint/provision';
import { startSite, stopSite, type SiteUnderTest } from './harness';
import { prepareSite, rows, unitsOf } from './importOrg';
import { csvOf, runImportOrg, useTempDir } from './scripts';

/** What an import may change, read as the admin: the units and the unit folders. */
async function siteContent(site: SiteUnderTest): Promise<unknown> {
  return {
    units: await rows(
      site,
      'Organisation',
      '$select=UnitCode,Title,ManagerUpn,Arsarbetare&$orderby=UnitCode',
    ),
    folders: (await rows(site, 'Inventeringar', '$select=FileLeafRef&$filter=FSObjType eq 1')).length,
  };
}

describe('import-org with a file that would remove most of the site', () => {
  let site: SiteUnderTest;
  const file = useTempDir();
  // A municipality of 60 units, and an export of its first 30 (a part, as when an export is cut short).
  const { units } = generateMunicipality({ units: 60, seed: 1 });
  const run = (path: string, extra: string[]) =>
    runImportOrg([path, '--site', site.emulator.siteUrl, ...extra]);

  beforeAll(async () => {
    site = await startSite();
    await provisionSite(site.sp(), { log: () => undefined });
    await importOrganisation(site.sp(), { units });
  });
  afterAll(() => stopSite(site));

  it('refuses, in the dry run and in the real run, in Swedish and English, and changes nothing', async () => {
    const before = await siteContent(site);
    const path = file('first-30.csv', csvOf(units.slice(0, 30)));
    for (const extra of [['--dry-run'], []]) {
      const result = await run(path, extra);
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('30 borttagna / removed');
      expect(result.stderr).toContain(
        'Filen tar bort 30 av webbplatsens 60 enheter (50 %). Att ta bort mer än 10 % kräver --allow-removals;',
      );
      expect(result.stderr).toContain(
        "The file removes 30 of the site's 60 units (50 %). Removing more than 10 % needs --allow-removals;",
      );
      expect(result.stderr).not.toMatch(/^\s+at /m);
      expect(await siteContent(site)).toEqual(before);
    }
  });

  it('removes them with --allow-removals; up to 10 % go unasked', async () => {
    const ninetyPercent = file('first-54.csv', csvOf(units.slice(0, 54)));
    const allowed = await run(ninetyPercent, []);
    expect(allowed.stderr).toBe('');
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('6 borttagna / removed');
    const half = await run(file('first-27.csv', csvOf(units.slice(0, 27))), ['--allow-removals']);
    expect(half.code).toBe(0);
    expect((await rows(site, 'Organisation', '$select=UnitCode')).length).toBe(27);
  });
});

describe('import-org with a valid file that needs a second look', () => {
  let site: SiteUnderTest;
  const file = useTempDir();

  beforeAll(async () => {
    site = await startSite();
    await prepareSite(site);
    await importOrganisation(site.sp(), { units: unitsOf('organisation-sv.csv') });
  });
  afterAll(() => stopSite(site));

  it('warns about a manager who takes on a second unit and about formula-like names, then imports', async () => {
    const changed = unitsOf('organisation-sv.csv').map((unit) => {
      // Anna Berg, who heads E1, also gets E3; E2's name and Lars Lön's start like formulas.
      if (unit.id === 'E3')
        return { ...unit, manager: { ...unit.manager!, upn: 'anna.berg@kommun.example', name: 'Anna Berg' } };
      if (unit.id === 'E2') return { ...unit, name: '=Boende O’Connor' };
      if (unit.id === 'E4') return { ...unit, manager: { ...unit.manager!, name: '@Lars Lön' } };
      return unit;
    });
    const result = await runImportOrg([file('changed.csv', csvOf(changed)), '--site', site.emulator.siteUrl]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(
      '  ! fil / file: Chefen Anna Berg (anna.berg@kommun.example) leder efter importen 2 enheter: ' +
        'E1 Hemtjänst Sätra, E3 Sektorstab. Kontrollera att det stämmer. / The manager Anna Berg ' +
        '(anna.berg@kommun.example) heads 2 units after the import: E1 Hemtjänst Sätra, E3 Sektorstab.',
    );
    expect(result.stdout).toContain('  ! rad / line 5, Enhet: Enhet "=Boende O’Connor" börjar med =');
    expect(result.stdout).toContain('  ! rad / line 9, Chef: Chef "@Lars Lön" börjar med @');
    // The import went on, and the names are stored as the text they are.
    const stored = await rows(
      site,
      'Organisation',
      "$select=UnitCode,Title,ManagerUpn,ManagerName&$filter=UnitCode eq 'E2' or UnitCode eq 'E3' or UnitCode eq 'E4'&$orderby=UnitCode",
    );
    expect(stored).toEqual([
      expect.objectContaining({ UnitCode: 'E2', Title: '=Boende O’Connor' }),
      expect.objectContaining({ UnitCode: 'E3', ManagerUpn: 'anna.berg@kommun.example' }),
      expect.objectContaining({ UnitCode: 'E4', ManagerName: '@Lars Lön' }),
    ]);
  });
});
