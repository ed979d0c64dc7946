// Unit codes in another case than the site's, and runs that fail half-way: SharePoint compares codes as folder
// names, group names and unique values without regard to case, so the import must take `e1` for the site's `E1`,
// and a run that stops half-way must leave a state the next run completes.
import { isAppError, type Unit } from '../../../src/domain';
import { csvTable, importOrganisation, readOrganisation } from '../../../src/sharepoint/import';
import { ADMIN, useSite, writesAmong, type SentRequest, type SiteUnderTest } from './harness';
import { prepareSite, rows, unitsOf } from './importOrg';
import { csvOf } from './scripts';

/** The units of an export read as the script reads it (so the reader's own case handling runs too). */
function unitsFrom(text: string): Unit[] {
  const file = readOrganisation(csvTable(text, 'utf-8'));
  if (!file.ok) throw new Error(JSON.stringify(file.issues));
  return [...file.units];
}

/** The demo export with some codes in lower case, as another HR system (or a person) writes them. */
function lowerCased(codes: readonly string[], units: readonly Unit[]): Unit[] {
  const lower = (code: string | null): string | null =>
    code !== null && codes.includes(code) ? code.toLowerCase() : code;
  return units.map((u) => ({ ...u, id: lower(u.id)!, parentId: lower(u.parentId) }));
}

async function organisationCodes(site: SiteUnderTest): Promise<string[]> {
  return (await rows(site, 'Organisation', '$select=UnitCode')).map((r) => String(r.UnitCode)).sort();
}

/** The unit folders' names in Inventeringar; never two that differ only in case (SharePoint cannot hold them). */
async function folderNames(site: SiteUnderTest): Promise<string[]> {
  const folders = await rows(site, 'Inventeringar', '$select=FileLeafRef&$filter=FSObjType eq 1');
  const names = folders.map((f) => String(f.FileLeafRef)).sort();
  expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
  return names;
}

/** A site provisioned and imported from the sample file before the file's tests, and removed after them. */
function useImportedSite(): () => SiteUnderTest {
  const site = useSite();
  beforeAll(async () => {
    await prepareSite(site());
    await importOrganisation(site().sp(), { units: unitsOf('organisation-sv.csv') });
  });
  return site;
}

describe('an import with codes in another case that fails half-way', () => {
  const imported = useImportedSite();

  it('keeps the site’s codes, and the rerun after the failure completes; the run after that writes nothing', async () => {
    const site = imported();
    const night = {
      ...unitsOf('organisation-sv.csv').find((u) => u.id === 'E1')!,
      id: 'E7',
      name: 'Nattpatrullen',
      manager: { upn: 'nils.natt@kommun.example', name: 'Nils Natt', level: 'enhetschef' as const },
    };
    const changed = lowerCased(['E1', 'K1'], [...unitsOf('organisation-sv.csv'), night]).map((u) =>
      u.id === 'e1' ? { ...u, headcount: 31 } : u,
    );
    const units = unitsFrom(csvOf(changed));
    expect(units.map((u) => u.id)).toContain('e1');

    let failure: unknown;
    try {
      await importOrganisation(site.sp(), {
        units,
        log: (event) => {
          // Half-way: the units are written and the folders planned; then SharePoint answers 503 to everything.
          if (event.kind === 'access' && event.event.kind === 'planned')
            site.emulator.configure({ faults: { errorRate: 1 } });
        },
      });
    } catch (error) {
      failure = error;
    } finally {
      site.emulator.configure({ faults: { errorRate: 0 } });
    }
    expect(isAppError(failure) && failure.code).toBe('unavailable');
    expect(await organisationCodes(site)).toEqual([
      'E1',
      'E2',
      'E3',
      'E4',
      'E5',
      'E7',
      'K1',
      'K2',
      'S1',
      'S2',
    ]);
    expect(await folderNames(site)).not.toContain('E7');

    const resumed = await importOrganisation(site.sp(), { units });
    expect(resumed.warnings.map((w) => w.message.en)).toEqual([
      "The unit code k1 is already on the site as K1; the site's spelling is kept (SharePoint does not tell upper and lower case apart).",
      "The unit code e1 is already on the site as E1; the site's spelling is kept (SharePoint does not tell upper and lower case apart).",
    ]);
    expect(resumed.units).toMatchObject({ created: 0, updated: 0 });
    expect(resumed.inventories).toMatchObject({ created: 1 });
    expect(await folderNames(site)).toEqual(expect.arrayContaining(['E1', 'E7', 'K1']));
    expect(await folderNames(site)).not.toContain('e1');
    const e1 = await rows(site, 'Organisation', "$select=UnitCode,Headcount&$filter=UnitCode eq 'E1'");
    expect(e1).toEqual([{ UnitCode: 'E1', Headcount: 31 }]);

    const sent: SentRequest[] = [];
    const again = await importOrganisation(site.sp(ADMIN, sent), { units });
    expect(again.diff).toMatchObject({ added: [], removed: [], changed: [], unchanged: 10 });
    expect(writesAmong(sent)).toEqual([]);
  });
});

describe('a unit removed, then back with its code in another case', () => {
  const imported = useImportedSite();

  it('comes back under its old folder and inventory, not as a second unit SharePoint would refuse', async () => {
    const site = imported();
    const all = unitsOf('organisation-sv.csv');
    await importOrganisation(site.sp(), { units: all.filter((u) => u.id !== 'E4'), allowRemovals: true });
    expect(await organisationCodes(site)).not.toContain('E4');
    expect(await folderNames(site)).toContain('E4');

    const back = unitsFrom(csvOf(lowerCased(['E4'], all)));
    const report = await importOrganisation(site.sp(), { units: back });
    expect(report.diff.added.map((u) => u.id)).toEqual(['E4']);
    expect(report.inventories).toMatchObject({ created: 0, linesCreated: 0 });
    expect(await organisationCodes(site)).toContain('E4');
    expect(await folderNames(site)).toContain('E4');
    expect(await folderNames(site)).not.toContain('e4');

    const sent: SentRequest[] = [];
    await importOrganisation(site.sp(ADMIN, sent), { units: back });
    expect(writesAmong(sent)).toEqual([]);
  });
});
