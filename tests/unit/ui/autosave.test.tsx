/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// Autosave on the app's own repository against a SharePoint emulator, with Jest's fake timers for the debounce and
// only the network edge switched: a draft saved once typing pauses (one $batch), the local backup that keeps
// everything typed through a dropped connection and a reload, resuming where the manager left off, and what the
// manager reads while a save is slow, refused or throttled.
import { fireEvent, screen, within } from '@testing-library/react';
import { lineFor } from '../../../src/domain';
import { backupKey, readBackup, type DraftBackup } from '../../../src/ui/autosave/backup';
import { chef, PEOPLE } from '../../e2e/lib/managerSite';
import {
  advance,
  MemoryStorage,
  renderManagerApp,
  servicesFor,
  TestConnectivity,
  until,
} from './support/app';
import { field } from './support/form';
import { spErrorResponse, TestNetwork } from './support/network';
import { timedSite } from './support/timedSite';

// Generous for a loaded machine: each test renders the whole form in jsdom; on an idle one a test takes 1–3 s.
jest.setTimeout(60_000);

const suite = timedSite();
const { periodId, stored } = suite;
// Swedish writes clock times with a point: "kl. 10.32".
const savedAt = /^Sparat kl\. \d{2}\.\d{2}$/;
const pending = 'Osparade ändringar – sparas strax.';
const offline =
  'Ingen anslutning. Dina ändringar finns kvar i webbläsaren och sparas när du är uppkopplad igen.';

/** The manager's local backup of the unit's inventory in `storage`. */
function backupOf(storage: MemoryStorage, upn: string, unitId: string): DraftBackup | null {
  return readBackup(storage, backupKey(upn, `${periodId}:${unitId}`));
}

/** Opens the tab on a unit's form as its manager. */
async function openForm(
  upn: string,
  unitId: string,
  options: { storage?: MemoryStorage; connectivity?: TestConnectivity } = {},
) {
  window.location.hash = `#/enhet/${unitId}`;
  const network = new TestNetwork();
  const services = servicesFor(suite.site, { upn, network, ...options });
  const view = renderManagerApp(services);
  // The first form of the file also loads the form's module (a lazy chunk): give a loaded machine time.
  await until(() => screen.getByRole('heading', { level: 1, name: /^Inventering för/ }), { within: 30_000 });
  network.sent.length = 0;
  return { network, services, view };
}

/** Types `text` into a field, as one keystroke that leaves it reading `text`. */
function type(input: HTMLElement, text: string): void {
  fireEvent.change(input, { target: { value: text } });
}

/** The save status's "try again" button (looked for in the status only: the form has many buttons). */
function retryButton(statusText: RegExp): HTMLElement {
  const status = screen.getByText(statusText).closest<HTMLElement>('[role="status"]');
  if (status === null) throw new Error('The save status is not a status region.');
  return within(status).getByRole('button', { name: 'Försök spara igen' });
}

it('saves once typing pauses for 1.5 s, not per keystroke: one $batch, the backup written before it and marked saved after', async () => {
  const { network, services } = await openForm(chef(8), 'E8');
  const persons = field('Ekonomi', 'Antal personer');
  const fte = field('Ekonomi', 'Årsarbetare');
  // Four keystrokes 1 s apart: each restarts the quiet time, none saves.
  for (const [input, text] of [
    [persons, '1'],
    [persons, '12'],
    [fte, '1'],
    [fte, '1,5'],
  ] as const) {
    type(input, text);
    await advance(1000);
  }
  expect(screen.getByText(pending)).toBeTruthy();
  await advance(499);
  expect(network.sent).toEqual([]);

  // The quiet time is over: one save starts, held at the network so the test sees the moment before it lands.
  network.mode = 'stalled';
  await advance(1);
  expect(screen.getByText('Sparar…')).toBeTruthy();
  const before = backupOf(services.storage, chef(8), 'E8');
  expect(before?.dirty).toBe(true);
  expect(before && lineFor(before.draft, 'ekonomi')).toMatchObject({ persons: 12, arsarbetare: 1.5 });
  expect(before?.lastFunctionId).toBe('ekonomi');

  network.mode = 'online';
  network.release();
  await until(() => screen.getByText(savedAt));
  expect(network.sent).toEqual(['POST /_api/$batch']);
  const inSharePoint = await stored(chef(8), 'E8');
  expect(lineFor(inSharePoint, 'ekonomi')).toMatchObject({ persons: 12, arsarbetare: 1.5 });
  // The backup holds nothing unsaved any more, and builds on the version SharePoint now has.
  const after = backupOf(services.storage, chef(8), 'E8');
  expect(after?.dirty).toBe(false);
  expect(after?.baseVersion).toBe(inSharePoint.version);

  // Nothing more is sent while nothing changes.
  await advance(60_000);
  expect(network.sent).toEqual(['POST /_api/$batch']);
});

it('keeps what is typed offline in the browser, and saves it when the connection is back', async () => {
  const connectivity = new TestConnectivity();
  const { network, services } = await openForm(chef(9), 'E9', { connectivity });
  connectivity.set(false);
  network.mode = 'offline';
  type(field('HR', 'Antal personer'), '3');
  expect(screen.getByText(offline)).toBeTruthy();
  await advance(60_000);
  expect(screen.getByText(offline)).toBeTruthy();
  expect(network.sent).toEqual([]);
  const backup = backupOf(services.storage, chef(9), 'E9');
  expect(backup?.dirty).toBe(true);
  expect(backup && lineFor(backup.draft, 'hr')?.persons).toBe(3);

  network.mode = 'online';
  connectivity.set(true);
  await until(() => screen.getByText(savedAt));
  expect(network.sent).toEqual(['POST /_api/$batch']);
  expect(lineFor(await stored(chef(9), 'E9'), 'hr')?.persons).toBe(3);
  expect(backupOf(services.storage, chef(9), 'E9')?.dirty).toBe(false);
});

it('loses nothing typed when the tab is reloaded before saving, and resumes where the manager left off', async () => {
  const storage = new MemoryStorage();
  const connectivity = new TestConnectivity();
  const first = await openForm(chef(10), 'E10', { storage, connectivity });
  connectivity.set(false);
  first.network.mode = 'offline';
  type(field('Kommunikation', 'Kommentar'), 'Vi saknar en webbredaktör');
  type(field('Kommunikation', 'Årsarbetare'), '0,25');
  first.view.unmount(); // the reload, before anything reached SharePoint
  expect(first.network.sent).toEqual([]);
  expect(lineFor(await stored(chef(10), 'E10'), 'kommunikation')?.comment).not.toBe(
    'Vi saknar en webbredaktör',
  );

  connectivity.set(true);
  const second = await openForm(chef(10), 'E10', { storage, connectivity });
  expect(screen.getByText('Osparade ändringar från förra gången har hämtats från webbläsaren.')).toBeTruthy();
  expect(field('Kommunikation', 'Kommentar').value).toBe('Vi saknar en webbredaktör');
  expect(field('Kommunikation', 'Årsarbetare').value).toBe('0,25');
  expect(screen.getByText('Du fortsätter där du slutade: Kommunikation.')).toBeTruthy();
  expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: 'Kommunikation' }));
  // What came from the backup is saved as an edit is: once the quiet time has passed.
  expect(screen.getByText(pending)).toBeTruthy();
  expect(second.network.sent).toEqual([]);
  await advance(1500);
  await until(() => screen.getByText(savedAt));
  expect(second.network.sent).toEqual(['POST /_api/$batch']);
  expect(lineFor(await stored(chef(10), 'E10'), 'kommunikation')).toMatchObject({
    comment: 'Vi saknar en webbredaktör',
    arsarbetare: 0.25,
  });
  expect(backupOf(storage, chef(10), 'E10')?.dirty).toBe(false);
});

it('says it is retrying while a save takes long, keeps the changes when the connection drops, and saves later', async () => {
  const { network, services } = await openForm(chef(11), 'E11');
  network.mode = 'stalled';
  type(field('IT', 'Antal personer'), '1');
  await advance(1500);
  expect(screen.getByText('Sparar…')).toBeTruthy();
  await advance(3999);
  expect(screen.getByText('Sparar…')).toBeTruthy();
  await advance(1);
  expect(screen.getByText('Sparandet tar längre tid än vanligt. Försöker igen…')).toBeTruthy();
  expect(backupOf(services.storage, chef(11), 'E11')?.dirty).toBe(true);

  network.mode = 'offline';
  network.release();
  await until(() => screen.getByText(offline));
  // The browser still believes it is online, so no event comes: the autosave tries again by itself.
  network.mode = 'online';
  await advance(15_000);
  await until(() => screen.getByText(savedAt));
  expect(network.sent).toEqual(['POST /_api/$batch']);
  expect(lineFor(await stored(chef(11), 'E11'), 'it')?.persons).toBe(1);
  expect(backupOf(services.storage, chef(11), 'E11')?.dirty).toBe(false);
});

it('says a refused save (403) in words, keeps the changes, and tries again when asked', async () => {
  const { network, services } = await openForm(chef(12), 'E12');
  network.mode = {
    answer: () => spErrorResponse(403, '-2147024891, System.UnauthorizedAccessException', 'Access denied.'),
  };
  type(field('Juridik', 'Antal personer'), '0');
  await advance(1500);
  const refused =
    /^Kunde inte spara\. Du har inte behörighet att göra det här\. Dina ändringar finns kvar i webbläsaren\.$/;
  await until(() => screen.getByText(refused));
  // Trying again will not help by itself: nothing is sent until the manager asks.
  await advance(120_000);
  expect(network.sent).toEqual([]);
  expect(backupOf(services.storage, chef(12), 'E12')?.dirty).toBe(true);

  network.mode = 'online';
  fireEvent.click(retryButton(refused));
  await until(() => screen.getByText(savedAt));
  expect(network.sent).toEqual(['POST /_api/$batch']);
  expect(lineFor(await stored(chef(12), 'E12'), 'juridik')?.persons).toBe(0);
});

it('waits as long as SharePoint asks when it stays busy (429 with Retry-After), then saves', async () => {
  const { network } = await openForm(PEOPLE.erik, 'E2');
  network.mode = { answer: () => new Response('', { status: 429, headers: { 'Retry-After': '20' } }) };
  type(field('Kundtjänst', 'Antal personer'), '2');
  await advance(1500);
  await until(() =>
    screen.getByText(
      /^Kunde inte spara\. SharePoint tar emot för många förfrågningar.*Nytt försök om 20 sekunder\./,
    ),
  );
  network.mode = 'online';
  await advance(19_000);
  expect(network.sent).toEqual([]);
  await advance(1000);
  await until(() => screen.getByText(savedAt));
  expect(network.sent).toEqual(['POST /_api/$batch']);
  expect(lineFor(await stored(PEOPLE.erik, 'E2'), 'kundtjanst')?.persons).toBe(2);
});
