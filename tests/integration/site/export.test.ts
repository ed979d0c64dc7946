// `npm run export` and `npm run snapshot` as the project team runs them, against a seeded site: the workbook reads
// back with its sheets and the aggregate's totals; a snapshot lands in Exporter with its checksums, which
// `--verify` recomputes from the stored files and which a changed file no longer matches; and SharePoint refuses a
// manager who tries to add to Exporter.
import ExcelJS from 'exceljs';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemoSite } from '../../../scripts/lib/demoSite';
import { aggregate, isAppError, type MunicipalityAggregate } from '../../../src/domain';
import { fixedSheets, sha256Hex, type SnapshotDocument } from '../../../src/exports';
import { SharePointDashboardRepository } from '../../../src/sharepoint/repositories';
import { SharePointSnapshotRepository } from '../../../src/sharepoint/repositories/snapshotRepository';
import { ADMIN, startSite, stopSite, type SentRequest, type SiteUnderTest } from './harness';
import { runScript } from './scripts';

const MANAGER = 'anna.berg@kommun.example';
const PROJECT = 'projekt@kommun.example';

let site: SiteUnderTest;
let periodId: string;
let expected: MunicipalityAggregate;
let dir: string;

beforeAll(async () => {
  site = await startSite();
  const { demo } = await seedDemoSite(site.sp(), { units: 60, seed: 5, today: '2025-05-20' });
  periodId = demo.period.id;
  const data = await new SharePointDashboardRepository(site.sp()).load({ periodId });
  expected = aggregate({ units: data.units, inventories: data.inventories, config: data.config, periodId });
  dir = mkdtempSync(join(tmpdir(), 'export-'));
}, 120_000);
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await stopSite(site);
});

const siteArgs = () => ['--site', site.emulator.siteUrl];

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return book;
}

/** The totals row of a line sheet: persons and FTE. */
function totals(ws: ExcelJS.Worksheet): { persons: unknown; fte: unknown } {
  const header = (ws.getRow(1).values as unknown[]).slice(1);
  const row = ws.getColumn(1).values.findIndex((v) => v === 'Summa, rader som räknas');
  return {
    persons: ws.getCell(row, header.indexOf('Personer') + 1).value,
    fte: ws.getCell(row, header.indexOf('Årsarbetare') + 1).value,
  };
}

/** The snapshot folder a run of `npm run snapshot` printed. */
const folderOf = (stdout: string): string => /Sparad \/ stored: \S+\/Exporter\/(\S+)/.exec(stdout)![1]!;

describe('npm run export', () => {
  it('writes a workbook with every sheet and the aggregate’s totals, in 4 requests', async () => {
    const out = join(dir, 'stodinventering.xlsx');
    site.emulator.resetStats();
    const run = await runScript('export', [...siteArgs(), '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The periods and the signed-in user, then the dashboard's two.
    expect(site.emulator.stats().requests).toBe(4);
    expect(run.stdout).toContain(`Skrev / wrote ${out}`);
    const book = await readWorkbook(readFileSync(out));
    expect(book.worksheets.map((w) => w.name)).toEqual([
      fixedSheets.summary,
      ...expected.sektorer.map((s) => s.name),
      fixedSheets.allRows,
      fixedSheets.readiness,
      fixedSheets.proposals,
    ]);
    expect(totals(book.getWorksheet(fixedSheets.allRows)!)).toEqual({
      persons: expected.kommun.support.persons,
      fte: expected.kommun.support.arsarbetare,
    });
    expected.sektorer.forEach((sektor, i) => {
      expect(totals(book.worksheets[i + 1]!)).toEqual({
        persons: sektor.support.persons,
        fte: sektor.support.arsarbetare,
      });
    });
    const summary = book.getWorksheet(fixedSheets.summary)!;
    expect(summary.getCell(5, 2).value).toBe(ADMIN);
  });

  it('refuses to overwrite a file without --force (exit 2), and replaces it whole with --force', async () => {
    const out = join(dir, 'finns.xlsx');
    writeFileSync(out, 'keep me');
    const refused = await runScript('export', [...siteArgs(), '--out', out]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`Filen ${out} finns redan; ange --force`);
    expect(refused.stderr).toContain(`The file ${out} already exists; give --force to overwrite it.`);
    expect(readFileSync(out, 'utf8')).toBe('keep me');

    const forced = await runScript('export', [...siteArgs(), '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe('PK');
    expect(statSync(out).size).toBeGreaterThan(10_000);
    // No temporary file is left beside it.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('names a wrong command line (exit 2) and a period that does not exist', async () => {
    const noOut = await runScript('export', siteArgs());
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain('Give the file to write with --out <file.xlsx>.');
    const period = await runScript('export', [
      ...siteArgs(),
      '--out',
      join(dir, 'x.xlsx'),
      '--period',
      '1999',
    ]);
    expect(period.code).toBe(2);
    expect(period.stderr).toContain(`The period 1999 does not exist (there are: ${periodId})`);
    expect(existsSync(join(dir, 'x.xlsx'))).toBe(false);
  });
});

describe('npm run snapshot', () => {
  let folder: string;

  it('stores the workbook, the aggregate and SHA256SUMS in a dated folder of Exporter, with checksums, in 11 requests', async () => {
    site.emulator.resetStats();
    const run = await runScript('snapshot', siteArgs());
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // The export's 4, the permission, the folder, 3 uploads, the columns' $batch and the snapshot read back.
    expect(site.emulator.stats().requests).toBe(11);
    folder = folderOf(run.stdout);
    expect(folder).toMatch(/^\d{4}-\d\d-\d\dT\d{4}Z$/);

    const repo = new SharePointSnapshotRepository(site.sp());
    const [snapshot] = await repo.list({ periodId });
    expect(snapshot).toMatchObject({ name: folder, periodId, createdBy: ADMIN });
    expect(snapshot!.files.map((f) => f.name)).toEqual([
      'SHA256SUMS',
      `stodinventering-${periodId}.json`,
      `stodinventering-${periodId}.xlsx`,
    ]);
    for (const file of snapshot!.files) {
      const content = await repo.readFile(file);
      expect(file.checksum).toBe(await sha256Hex(content));
      expect(file).toMatchObject({ periodId, createdBy: ADMIN });
      expect(Date.parse(file.createdAt!)).toBeGreaterThan(Date.now() - 120_000);
    }
    const json = snapshot!.files.find((f) => f.name.endsWith('.json'))!;
    const document = JSON.parse(new TextDecoder().decode(await repo.readFile(json))) as SnapshotDocument;
    expect(document).toMatchObject({ period: { id: periodId }, createdBy: ADMIN });
    expect(document.aggregate.kommun.support).toEqual(expected.kommun.support);
    expect(document.aggregate.proposals).toEqual(expected.proposals);
    const sums = new TextDecoder().decode(await repo.readFile(snapshot!.files[0]!));
    expect(sums).toBe(
      snapshot!.files
        .slice(1)
        .reverse()
        .map((f) => `${f.checksum}  ${f.name}\n`)
        .join(''),
    );
  });

  it('--verify recomputes every checksum from the stored files and finds them matching', async () => {
    const run = await runScript('snapshot', [...siteArgs(), '--verify', folder]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`✓ stodinventering-${periodId}.xlsx`);
    expect(run.stdout).toContain('Alla kontrollsummor stämmer. / Every checksum matches.');
  });

  it('--verify reports a stored file changed afterwards, and fails', async () => {
    const url = `${new URL(site.emulator.siteUrl).pathname}/Exporter/${folder}/stodinventering-${periodId}.xlsx`;
    const put = await site.fetch(`web/getFileByServerRelativePath(decodedUrl='${url}')/$value`, {
      method: 'PUT',
      body: 'not the workbook',
    });
    expect(put.ok).toBe(true);
    const run = await runScript('snapshot', [...siteArgs(), '--verify', folder]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      `✗ stodinventering-${periodId}.xlsx: SHA-256 nu / now ${await sha256Hex(new TextEncoder().encode('not the workbook'))}`,
    );
    expect(run.stdout).toContain(`✓ stodinventering-${periodId}.json`);
    expect(run.stderr).toContain(
      `The checksums do not match: the snapshot ${folder} has changed since it was stored.`,
    );
  });

  it('--verify names a snapshot that does not exist', async () => {
    const run = await runScript('snapshot', [...siteArgs(), '--verify', '1999-01-01T0000Z']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`The snapshot 1999-01-01T0000Z is not in Exporter (there are: ${folder})`);
  });

  it('lets the project team store one in 3 requests and 1 per file, and refuses a second of the same minute', async () => {
    const sent: SentRequest[] = [];
    const repo = new SharePointSnapshotRepository(site.sp(PROJECT, sent));
    expect(await repo.mayAdd()).toBe(true);
    sent.length = 0;
    const files = [
      {
        name: 'a.txt',
        content: new TextEncoder().encode('å'),
        checksum: await sha256Hex(new TextEncoder().encode('å')),
      },
    ];
    const stored = await repo.create({ name: '2000-01-01T0000Z', periodId, files });
    expect(stored).toMatchObject({
      name: '2000-01-01T0000Z',
      createdBy: PROJECT,
      files: [{ name: 'a.txt', createdBy: PROJECT }],
    });
    // The folder, the file, one $batch with the columns, one read back.
    expect(sent).toHaveLength(4);
    await expect(repo.create({ name: '2000-01-01T0000Z', periodId, files })).rejects.toMatchObject({
      code: 'conflict',
      message: expect.stringContaining('The snapshot 2000-01-01T0000Z already exists in Exporter'),
    });
  });

  it('is refused by SharePoint for a manager outside the project team, and the script says who may', async () => {
    const repo = new SharePointSnapshotRepository(site.sp(MANAGER));
    expect(await repo.mayAdd()).toBe(false);
    const error = await repo.create({ name: '2000-01-02T0000Z', periodId, files: [] }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(isAppError(error) && ['forbidden', 'notFound'].includes(error.code)).toBe(true);
    // Nor straight into an existing snapshot's folder.
    const url = `${new URL(site.emulator.siteUrl).pathname}/Exporter/${folder}`;
    const upload = await site.fetch(
      `web/getFolderByServerRelativePath(decodedUrl='${url}')/files/AddUsingPath(decodedurl='x.txt',overwrite=false)`,
      { method: 'POST', body: 'x', as: MANAGER },
    );
    expect([403, 404]).toContain(upload.status);
    expect((await new SharePointSnapshotRepository(site.sp()).list()).map((s) => s.name)).not.toContain(
      '2000-01-02T0000Z',
    );

    const run = await runScript('snapshot', [...siteArgs(), '--as', MANAGER]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('only the project team and IT may');
  });
});
