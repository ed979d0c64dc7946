// Files that must change nothing: every bad row is named (all of them, on a pipe too), the site is not even
// contacted, and the process ends with exit code 1 and a message, never a crash.
import { importOrganisation } from '../../../src/sharepoint/import';
import { startSite, stopSite, type SiteUnderTest } from './harness';
import { prepareSite, rows, unitsOf } from './importOrg';
import { issueLines, runImportOrg, useTempDir } from './scripts';
import { packedZeros, workbookEntries, zipOf } from '../../unit/sharepoint/import/zips';

const header = 'Enhetskod;Enhet;Överordnad enhet;Nivå;Chef;Chef e-post;Antal medarbetare;Årsarbetare';

/** A file of `count` units whose parent does not exist: one issue per row. */
function orphans(count: number): string {
  const lines = [header, 'S1;Välfärd;;Sektor;;;1;1'];
  for (let i = 0; i < count; i++) lines.push(`E${i};Enhet ${i};X${i};Enhet;;;3;2`);
  return `${lines.join('\n')}\n`;
}

describe('import-org with files that would corrupt the site', () => {
  let site: SiteUnderTest;
  let before: Record<string, unknown>[];
  const file = useTempDir();
  const run = (path: string, extra: string[] = [], options = {}) =>
    runImportOrg([path, '--site', site.emulator.siteUrl, ...extra], options);

  beforeAll(async () => {
    site = await startSite();
    await prepareSite(site);
    await importOrganisation(site.sp(), { units: unitsOf('organisation-sv.csv') });
    before = await rows(site, 'Organisation', '$select=UnitCode,Title,Arsarbetare&$orderby=UnitCode');
  });
  afterAll(() => stopSite(site));
  beforeEach(() => site.emulator.resetStats());

  /** Nothing reached the site: the file is checked before signing in. */
  async function expectSiteUnchanged(): Promise<void> {
    expect(site.emulator.stats().requests).toBe(0);
    expect(await rows(site, 'Organisation', '$select=UnitCode,Title,Arsarbetare&$orderby=UnitCode')).toEqual(
      before,
    );
    site.emulator.resetStats();
  }

  it('prints all 2,000 bad rows through a pipe that is read late', async () => {
    const result = await run(file('orphans-2000.csv', orphans(2000)), [], { lateReader: true });
    expect(result.code).toBe(1);
    const lines = issueLines(result.stdout);
    expect(lines).toHaveLength(2000);
    expect(lines[1999]).toContain('rad / line 2002, Överordnad enhet ("X1999")');
    expect(result.stdout).toContain('Filen har 2000 fel; inget har ändrats. / The file has 2000 errors');
    await expectSiteUnchanged();
  });

  it('names every one of 170,000 bad rows, through a pipe, without overflowing the stack', async () => {
    const result = await run(file('orphans-170000.csv', orphans(170_000)), ['--dry-run'], {
      lateReader: true,
    });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    const lines = issueLines(result.stdout);
    expect(lines).toHaveLength(170_000);
    expect(lines[169_999]).toContain('rad / line 170002');
    await expectSiteUnchanged();
  });

  it('refuses a comma-separated file whose decimal commas split the FTE, and says why', async () => {
    const path = file(
      'decimal-comma.csv',
      [
        'Enhetskod,Enhet,Överordnad enhet,Chef e-post,Antal medarbetare,Årsarbetare',
        'S1,Välfärd,,sara.sektor@kommun.example,4,4',
        'E1,Hemtjänst Sätra,S1,anna.berg@kommun.example,30,26,4',
        'E2,Lön,S1,lars.lon@kommun.example,12,"11,5"',
      ].join('\n'),
    );
    for (const extra of [['--dry-run'], []]) {
      const result = await run(path, extra);
      expect(result.code).toBe(1);
      expect(issueLines(result.stdout)).toEqual([
        '  ✗ rad / line 3: Raden har 7 fält men rubrikraden har 6. Kommatecknet skiljer fälten åt, så ett tal med ' +
          'decimalkomma som 26,4 blir två fält: sätt värdet inom citattecken ("26,4") eller använd semikolon (;) som ' +
          'avgränsare. / The row has 7 fields but the header row has 6. The comma separates the fields, so a number ' +
          'with a decimal comma such as 26,4 becomes two fields: quote the value ("26,4") or use a semicolon (;) as ' +
          'the separator.',
      ]);
      await expectSiteUnchanged();
    }
  });

  it('refuses unit codes that differ only in case, in the dry run as in the real run', async () => {
    const path = file(
      'case.csv',
      [
        header,
        'S1;Välfärd;;Sektor;;sara.sektor@kommun.example;4;4',
        'E1159;Hemtjänst Sätra;S1;Enhet;;anna.berg@kommun.example;30;26,4',
        'e1159;Hemtjänst Sätra 2;s1;Enhet;;nina.ny@kommun.example;3;3',
      ].join('\n'),
    );
    for (const extra of [['--dry-run'], []]) {
      const result = await run(path, extra);
      expect(result.code).toBe(1);
      expect(issueLines(result.stdout)).toEqual([
        '  ✗ rad / line 4, Enhetskod ("e1159"): Enhetskoden e1159 finns redan på rad 3 (som E1159). Stora och små ' +
          'bokstäver räknas som samma kod, som i SharePoint. / The unit code e1159 is already on line 3 (as E1159). ' +
          'Upper and lower case count as the same code, as in SharePoint.',
      ]);
      await expectSiteUnchanged();
    }
  });

  it('names both rows of a two-unit cycle', async () => {
    const path = file(
      'cycle.csv',
      [header, 'S1;Välfärd;;Sektor;;;4;4', 'E8;Åtta;E9;Enhet;;;1;1', 'E9;Nio;E8;Enhet;;;1;1'].join('\n'),
    );
    const result = await run(path);
    expect(result.code).toBe(1);
    expect(issueLines(result.stdout)).toEqual([
      '  ✗ rad / line 3, Överordnad enhet ("E9"): Enheten ligger under sig själv i organisationsträdet. / The unit lies below itself in the organisation tree.',
      '  ✗ rad / line 4, Överordnad enhet ("E8"): Enheten ligger under sig själv i organisationsträdet. / The unit lies below itself in the organisation tree.',
    ]);
    await expectSiteUnchanged();
  });

  it('refuses zip bombs, a zip that is no workbook and a damaged workbook with a message, never a stack trace', async () => {
    const sheet =
      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/></worksheet>';
    const parts = workbookEntries(sheet).slice(0, -1);
    const zeros = await packedZeros(300 * 1024 * 1024);
    const cases: [string, Uint8Array, string][] = [
      [
        'bomb.xlsx',
        zipOf([...parts, { name: 'xl/worksheets/sheet1.xml', data: zeros }]),
        'The archive is too large to be an organisation export: more than 50 MB unpacked.',
      ],
      [
        'liar.xlsx',
        zipOf([...parts, { name: 'xl/worksheets/sheet1.xml', data: zeros, declaredSize: 100 }]),
        'unpacks to more than the 100 bytes the archive declares (a so-called zip bomb)',
      ],
      [
        'document.xlsx',
        zipOf([{ name: 'word/document.xml', data: new TextEncoder().encode('<w:document/>') }]),
        'The file is a zip archive but not an Excel workbook (.xlsx): it has no xl/workbook.xml.',
      ],
      ['cut.xlsx', zipOf(workbookEntries(sheet)).subarray(0, 700), 'The file is a damaged zip file'],
    ];
    for (const [name, bytes, expected] of cases) {
      const result = await run(file(name, bytes), ['--dry-run']);
      expect({ name, code: result.code }).toEqual({ name, code: 1 });
      expect(result.stderr).toContain(expected);
      expect(result.stderr).not.toMatch(/^\s+at /m);
      await expectSiteUnchanged();
    }
  });
});
