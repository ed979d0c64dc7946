// A unit flagged as a stab, end to end against the emulator: the import's Stab column reaches the Organisation
// item's Yes/No column and reads back as `stab: true`, a cleared flag is written again (and nothing else), and a site
// provisioned before the column existed gets it from provisioning and keeps its units readable.
import { type Unit } from '../../../src/domain';
import { csvTable, importOrganisation, readOrganisation } from '../../../src/sharepoint/import';
import { listByKey } from '../../../src/sharepoint/lists';
import { unitToItem } from '../../../src/sharepoint/mapping/organisation';
import { provisionSite } from '../../../src/sharepoint/provision';
import { SharePointOrganisationRepository } from '../../../src/sharepoint/repositories';
import { ADMIN, startSite, stopSite, writesAmong, type SentRequest, type SiteUnderTest } from './harness';
import { prepareSite, rows } from './importOrg';

/** The units of an export with a Stab column, `stab` giving E1's and E2's cells. */
function exportWith(stab: { E1: string; E2: string }): Unit[] {
  const text = [
    'Enhetskod;Enhet;Överordnad enhet;Nivå;Chef e-post;Antal medarbetare;Årsarbetare;Stab',
    'S1;Sektor omsorg;;Sektor;sara.sektor@kommun.example;4;4;',
    `E1;Sektorstab omsorg;S1;Enhet;stig.stab@kommun.example;8;7,5;${stab.E1}`,
    'K1;Äldreomsorgen;S1;Kontor;karl.kontor@kommun.example;3;3;nej',
    `E2;Hemtjänst Norr;K1;Enhet;hanna.hem@kommun.example;40;35;${stab.E2}`,
  ].join('\n');
  const file = readOrganisation(csvTable(text, 'utf-8'));
  if (!file.ok) throw new Error(JSON.stringify(file.issues));
  return [...file.units];
}

/** Each unit's Stab column as the Organisation list gives it. */
async function stabColumn(site: SiteUnderTest): Promise<Record<string, unknown>> {
  const items = await rows(site, 'Organisation', '$select=UnitCode,Stab');
  return Object.fromEntries(items.map((i) => [i.UnitCode, i.Stab]));
}

/** The units the app reads back that are stabs. */
async function stabsRead(site: SiteUnderTest): Promise<string[]> {
  const units = await new SharePointOrganisationRepository(site.sp()).listUnits();
  return units.filter((u) => u.stab === true).map((u) => u.id);
}

describe('importing a stab', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await startSite();
    await prepareSite(site);
  });
  afterAll(() => stopSite(site));

  it('stores the flag in the Stab column, and the organisation reads it back', async () => {
    const report = await importOrganisation(site.sp(), { units: exportWith({ E1: 'ja', E2: '' }) });
    expect(report.units).toEqual({ created: 4, updated: 0, unchanged: 0 });
    expect(await stabColumn(site)).toEqual({ S1: false, E1: true, K1: false, E2: false });
    expect(await stabsRead(site)).toEqual(['E1']);
  });

  it('writes nothing when the same file comes again', async () => {
    const sent: SentRequest[] = [];
    const report = await importOrganisation(site.sp(ADMIN, sent), {
      units: exportWith({ E1: 'Ja', E2: 'Nej' }),
    });
    expect(report.diff).toMatchObject({ changed: [], unchanged: 4 });
    expect(writesAmong(sent)).toEqual([]);
  });

  it('moves the flag when a re-import clears one and sets another, writing only those two items', async () => {
    const sent: SentRequest[] = [];
    const report = await importOrganisation(site.sp(ADMIN, sent), {
      units: exportWith({ E1: '', E2: 'yes' }),
    });
    expect(report.diff.changed.map((c) => [c.after.id, c.fields])).toEqual([
      ['E1', ['stab']],
      ['E2', ['stab']],
    ]);
    expect(report.units).toEqual({ created: 0, updated: 2, unchanged: 2 });
    expect(writesAmong(sent)).toHaveLength(2);
    expect(await stabColumn(site)).toEqual({ S1: false, E1: false, K1: false, E2: true });
    expect(await stabsRead(site)).toEqual(['E2']);
  });
});

describe('a site provisioned before the Stab column existed', () => {
  let site: SiteUnderTest;
  beforeAll(async () => {
    site = await startSite();
    await prepareSite(site);
    // The site as the previous version left it: no Stab column, not in the view, units written without it.
    const organisation = listByKey(site.sp(), 'organisation');
    await organisation.views.getByTitle('Alla enheter').fields.remove('Stab');
    await organisation.fields.getByInternalNameOrTitle('Stab').delete();
    for (const unit of exportWith({ E1: '', E2: '' })) {
      const { Stab: _, ...older } = unitToItem(unit);
      await listByKey(site.sp(), 'organisation').items.add(older);
    }
  });
  afterAll(() => stopSite(site));

  it('cannot be read until it is provisioned again: SharePoint refuses to select a missing column', async () => {
    const error: unknown = await new SharePointOrganisationRepository(site.sp()).listUnits().catch((e) => e);
    expect(error).toMatchObject({
      code: 'unexpected',
      message: expect.stringContaining("The field or property 'Stab' does not exist"),
    });
  });

  it('gets the column, in the view too, from provisioning; the units read as no stab', async () => {
    const report = await provisionSite(site.sp(), { log: () => undefined });
    expect(report.steps.map((s) => [s.kind, 'list' in s ? s.list.key : ''])).toEqual([
      ['createField', 'organisation'],
      ['updateView', 'organisation'],
    ]);
    const fields = await listByKey(site.sp(), 'organisation')
      .fields.filter("InternalName eq 'Stab'")
      .select('InternalName', 'Title', 'TypeAsString')();
    expect(fields).toEqual([
      expect.objectContaining({ InternalName: 'Stab', Title: 'Stab', TypeAsString: 'Boolean' }),
    ]);
    const view = await listByKey(site.sp(), 'organisation').views.getByTitle('Alla enheter').fields();
    expect(view.Items).toContain('Stab');
    expect(await stabColumn(site)).toEqual({ S1: null, E1: null, K1: null, E2: null });
    expect(await stabsRead(site)).toEqual([]);
  });

  it('leaves the units without a value alone when the file has no stab, and writes the one that is', async () => {
    const same = await importOrganisation(site.sp(), { units: exportWith({ E1: 'nej', E2: '' }) });
    expect(same.units).toEqual({ created: 0, updated: 0, unchanged: 4 });
    const flagged = await importOrganisation(site.sp(), { units: exportWith({ E1: 'ja', E2: '' }) });
    expect(flagged.units).toEqual({ created: 0, updated: 1, unchanged: 3 });
    expect(await stabColumn(site)).toEqual({ S1: null, E1: true, K1: null, E2: null });
    expect(await stabsRead(site)).toEqual(['E1']);
  });
});
