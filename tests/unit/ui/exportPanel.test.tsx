/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The project team's export panel on the dashboard, on the app's own repositories against a SharePoint emulator:
// "Ladda ned Excel" hands the browser an .xlsx that ExcelJS reads back with the workbook's sheets, the lines' free
// text and totals equal to an independent sum of the stored lines; "Skapa ögonblicksbild" stores a snapshot that
// the list then shows and whose checksums the CLI's `--verify` code confirms, and Verifiera tells a changed file;
// a manager outside the project team is refused by SharePoint. Only the browser's edge is replaced: jsdom has no
// `URL.createObjectURL`, so the test takes the Blob there.
import { webcrypto } from 'node:crypto';
import { act, fireEvent, screen, within } from '@testing-library/react';
import ExcelJS from 'exceljs';
import { defaultMunicipalityConfig, type Inventory, type InventoryLine } from '../../../src/domain';
import { fixedSheets, verifyStored } from '../../../src/exports';
import { SharePointSnapshotRepository } from '../../../src/sharepoint/repositories/snapshotRepository';
import { DashboardPage } from '../../../src/ui/dashboard/DashboardPage';
import { ServicesContext, type ManagerServices } from '../../../src/ui/services';
import { devIdentityTokenProvider } from '../../../src/auth';
import { managerOrganisation, PEOPLE, periodsAround, submitAnswered } from '../../e2e/lib/managerSite';
import { renderInApp, servicesFor, until } from './support/app';
import { spFor } from './support/exports';
import { TestNetwork } from './support/network';
import { bytesOf, captureDownloads } from './support/downloads';
import { startSite, type TestSite } from './support/site';

jest.setTimeout(90_000);

const period = periodsAround(new Date()).current;
const config = defaultMunicipalityConfig();
const COMMENT = 'Ekonomin sköts av två egna ekonomer.';
const unitId = 'E9';
const manager = 'chef9@kommun.example';

let site: TestSite;
const { blobs, saved: downloads } = captureDownloads();

beforeAll(async () => {
  // The platform's Web Crypto, which browsers and Node have and this jsdom leaves out.
  if (globalThis.crypto?.subtle === undefined) {
    Object.defineProperty(globalThis, 'crypto', { value: webcrypto, configurable: true });
  }
  HTMLCanvasElement.prototype.getContext = (() => null) as typeof HTMLCanvasElement.prototype.getContext;
  site = await startSite(new Date());
  // A unit with own staff in one function and a comment, which only a read of every line brings back.
  const first = config.taxonomy.functions.find((fn) => fn.roles.length > 0)!;
  await submitAnswered(site.repos(manager), {
    config,
    units: managerOrganisation(),
    periodId: period.id,
    unitId,
    upn: manager,
    answer: (line: InventoryLine) =>
      line.functionId === first.id
        ? {
            ...line,
            persons: 2,
            arsarbetare: 1.25,
            roles: [{ roleId: first.roles[0]!.id, arsarbetare: 1.25 }],
            comment: COMMENT,
          }
        : line,
  });
});
afterAll(() => site?.close());

async function render(upn: string, options: { projectTeam: boolean }) {
  const network = new TestNetwork();
  const services: ManagerServices = servicesFor(site, { upn, network });
  renderInApp(
    <ServicesContext.Provider value={services}>
      <DashboardPage
        period={period}
        load={services.dashboard.loadView}
        canAdjustThresholds={options.projectTeam}
        locale="sv"
        onBack={() => undefined}
      />
    </ServicesContext.Provider>,
  );
  await until(() => screen.getByRole('table', { name: /Stöd per funktion/ }));
  return { network };
}

const panel = () => screen.getByRole('region', { name: 'Export och diarium' });
const snapshotsPart = () => within(panel()).getByRole('region', { name: 'Ögonblicksbilder för diariet' });

/** The counted support FTE (hundredths) of the stored lines, by docs/domain.md: submitted or approved answers. */
function countedHundredths(inventories: readonly Inventory[]): number {
  return inventories
    .filter((i) => i.status === 'submitted' || i.status === 'approved')
    .flatMap((i) => i.lines)
    .reduce((sum, line) => sum + Math.round((line.arsarbetare ?? 0) * 100), 0);
}

function column(ws: ExcelJS.Worksheet, header: string): number {
  const index = (ws.getRow(1).values as unknown[]).indexOf(header);
  if (index < 0) throw new Error(`no column ${header} in ${ws.name}`);
  return index;
}

describe('the export panel', () => {
  it('is not on the dashboard of someone outside the project team', async () => {
    await render(PEOPLE.karl, { projectTeam: false });
    expect(screen.queryByRole('button', { name: 'Ladda ned Excel' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Skapa ögonblicksbild' })).toBeNull();
  });

  it('downloads the period’s workbook, which reads back with its sheets, free text and totals', async () => {
    const { network } = await render(PEOPLE.petra, { projectTeam: true });
    await until(() => within(snapshotsPart()).getByText('Inga ögonblicksbilder ännu.'));
    const before = blobs.length;
    network.sent.length = 0;
    // Held at the network, the page says what it is doing, and the button stays where the keyboard is.
    network.mode = 'stalled';
    const button = within(panel()).getByRole('button', { name: 'Ladda ned Excel' });
    await act(async () => void fireEvent.click(button));
    const workbookPart = within(panel()).getByRole('region', { name: 'Excel' });
    const status = within(workbookPart).getByRole('status');
    await until(() => expect(status.textContent).toBe('Hämtar alla rader…'));
    expect(button.getAttribute('aria-disabled')).toBe('true');
    network.mode = 'online';
    await act(async () => network.release());
    await until(() => expect(status.textContent).toMatch(/nedladdad/));
    const today = new Date();
    const day = [today.getFullYear(), today.getMonth() + 1, today.getDate()]
      .map((n) => String(n).padStart(2, '0'))
      .join('-');
    const name = `stodinventering-${period.id}-${day}.xlsx`;
    expect(status.textContent).toBe(`Arbetsboken är nedladdad: ${name}.`);
    // The period with every line and its free text, as `npm run export` reads it: 2 requests, nothing written.
    expect(network.sent).toEqual(['POST /_api/$batch', 'POST /_api/$batch']);

    expect(blobs).toHaveLength(before + 1);
    expect(downloads.at(-1)).toEqual({ name, url: `blob:http://127.0.0.1/${blobs.length}` });
    const blob = blobs.at(-1)!;
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await bytesOf(blob));
    const full = await site.repos(PEOPLE.petra).dashboard.load({ periodId: period.id });
    const sektorer = full.units.filter((u) => u.kind === 'sektor');
    expect(book.worksheets.map((ws) => ws.name)).toEqual([
      fixedSheets.summary,
      ...sektorer.map((s) => s.name),
      fixedSheets.allRows,
      fixedSheets.readiness,
      fixedSheets.proposals,
    ]);
    const all = book.getWorksheet(fixedSheets.allRows)!;
    const comments = (all.getColumn(column(all, 'Kommentar')).values as unknown[]).filter(Boolean);
    expect(comments).toContain(COMMENT);
    const totalsRow = (all.getColumn(1).values as unknown[]).indexOf('Summa, rader som räknas');
    expect(totalsRow).toBeGreaterThan(0);
    const fte = all.getCell(totalsRow, column(all, 'Årsarbetare')).value as number;
    expect(Math.round(fte * 100)).toBe(countedHundredths(full.inventories));
    expect(countedHundredths(full.inventories)).toBeGreaterThanOrEqual(125);
  });

  it('stores a snapshot that the list shows, whose checksums verify, and tells a file changed since', async () => {
    const { network } = await render(PEOPLE.petra, { projectTeam: true });
    await until(() => within(snapshotsPart()).getByText(/Inga ögonblicksbilder ännu|Skapad/));
    network.sent.length = 0;
    fireEvent.click(within(panel()).getByRole('button', { name: 'Skapa ögonblicksbild' }));
    await until(() =>
      expect(within(snapshotsPart()).getAllByRole('status')[0]?.textContent).toMatch(
        /^Ögonblicksbilden \S+ är sparad\.$/,
      ),
    );
    // May add (1), the period (2), the folder (1), three uploads, the columns (1 $batch), read back (1).
    expect(network.sent).toHaveLength(9);
    const library = new SharePointSnapshotRepository(spFor(site, PEOPLE.petra));
    const [stored] = await library.list();
    expect(stored).toBeDefined();
    expect(stored!.createdBy).toBe(PEOPLE.petra);
    expect(stored!.files.map((f) => f.name)).toEqual([
      'SHA256SUMS',
      `stodinventering-${period.id}.json`,
      `stodinventering-${period.id}.xlsx`,
    ]);
    // Listed as SharePoint recorded it: who, and every file with its checksum.
    const card = within(snapshotsPart())
      .getByRole('heading', { level: 4, name: stored!.name })
      .closest('li')!;
    expect(card.textContent).toContain(PEOPLE.petra);
    for (const file of stored!.files) {
      expect(card.textContent).toContain(file.name);
      expect(card.textContent).toContain(file.checksum);
    }
    // The CLI's `--verify` finds every checksum right.
    const check = await verifyStored(stored!.files, (file) => library.readFile(file));
    expect(check.ok).toBe(true);

    const verify = within(card).getByRole('button', { name: `Verifiera ${stored!.name}` });
    fireEvent.click(verify);
    await until(() =>
      expect(within(card).getByRole('status').textContent).toBe(
        `${stored!.name}: alla kontrollsummor stämmer.`,
      ),
    );

    // A file changed in the library afterwards: Verifiera recomputes from what is stored now.
    const workbook = stored!.files.find((f) => f.name.endsWith('.xlsx'))!;
    const token = await devIdentityTokenProvider({ emulatorUrl: site.url, upn: PEOPLE.petra }).getToken(
      new URL(site.siteUrl).origin,
    );
    const put = await fetch(
      `${site.siteUrl}/_api/web/getFileByServerRelativePath(decodedUrl='${workbook.serverRelativeUrl}')/$value`,
      { method: 'PUT', body: 'not the workbook', headers: { Authorization: `Bearer ${token}` } },
    );
    expect(put.ok).toBe(true);
    fireEvent.click(verify);
    await until(() =>
      expect(within(card).getByRole('status').textContent).toBe(
        `${stored!.name}: kontrollsummorna stämmer inte. Ändrad eller saknas: ${workbook.name}.`,
      ),
    );
  });

  it('is refused by SharePoint for a manager outside the project team, even when offered', async () => {
    const library = new SharePointSnapshotRepository(spFor(site, PEOPLE.petra));
    const before = (await library.list()).map((s) => s.name);
    // The panel forced onto Karl's dashboard: the UI hiding it is a courtesy, SharePoint is the rule.
    await render(PEOPLE.karl, { projectTeam: true });
    await until(() =>
      within(snapshotsPart()).getByText(
        'Du har inte tillgång till biblioteket Exporter: bara projektgruppen och IT har det.',
      ),
    );
    fireEvent.click(within(panel()).getByRole('button', { name: 'Skapa ögonblicksbild' }));
    await until(() =>
      within(snapshotsPart()).getByText(
        'Ögonblicksbilden kunde inte sparas. Du har inte tillgång till biblioteket Exporter: bara projektgruppen och IT har det.',
      ),
    );
    expect((await library.list()).map((s) => s.name)).toEqual(before);
    // Nor does the library take Karl's folder when asked directly.
    const karls = new SharePointSnapshotRepository(spFor(site, PEOPLE.karl));
    await expect(
      karls.create({ name: '2000-01-01T0000Z', periodId: period.id, files: [] }),
    ).rejects.toMatchObject({ code: expect.stringMatching(/^(forbidden|notFound)$/) });
  });
});
