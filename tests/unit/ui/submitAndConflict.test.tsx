/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// Submitting and conflicts on the app's own repository against a SharePoint emulator, as autosave.test.tsx does:
// where focus goes once the submit has landed, and which of SharePoint's 412s the manager has to settle — one
// where someone else stored a different answer — and which the form settles by itself: the stored version holds
// no answer this session has not seen (the same value typed in two sessions, or only SharePoint's version moved).
import { fireEvent, screen, within } from '@testing-library/react';
import {
  defaultMunicipalityConfig,
  editInventory,
  inventoryDifferences,
  lineFor,
  type Inventory,
} from '../../../src/domain';
import { type ManagerServices } from '../../../src/ui/services';
import { decodeVersion } from '../../../src/sharepoint/mapping/version';
import { chef, completed, PEOPLE } from '../../e2e/lib/managerSite';
import { advance, renderManagerApp, servicesFor, settled, until } from './support/app';
import { field } from './support/form';
import { TestNetwork } from './support/network';
import { timedSite } from './support/timedSite';

// Generous for a loaded machine: each test renders the whole form in jsdom. `until` waits on texts: a query by
// role on the whole form takes long enough to starve the network it waits for; the roles are asserted after.
jest.setTimeout(60_000);

const suite = timedSite();
const { periodId, stored } = suite;
const config = defaultMunicipalityConfig();
// The time's format is autosave.test.tsx's.
const savedAt = /^Sparat kl\. /;
const thanks = 'Tack! Inventeringen är inskickad.';
const conflictTitle = 'Inventeringen har ändrats någon annanstans';

/** Another session of the same manager (their phone's tab) stores a change of the inventory. */
async function storeElsewhere(upn: string, unitId: string, change: (inventory: Inventory) => Inventory) {
  return settled(suite.site.repos(upn).inventories.save(change(await stored(upn, unitId))));
}

/** `inventory` with a function's line changed by its manager, as a session's edit makes it. */
function withLine(inventory: Inventory, upn: string, functionId: string, change: object): Inventory {
  const line = lineFor(inventory, functionId);
  if (line === null) throw new Error(`No line ${functionId}`);
  const edited = editInventory(inventory, {
    actor: { upn, roles: [] },
    at: new Date().toISOString(),
    lines: [{ ...line, ...change }],
  });
  if (!edited.ok) throw new Error(`Cannot edit ${inventory.id}: ${edited.reason}`);
  return edited.inventory;
}

/**
 * A plain REST MERGE of the inventory's item as its manager that changes no value: SharePoint raises the item's
 * version all the same (as a flow or a script touching the item would), and every session's ETag goes stale.
 */
async function touchItem(upn: string, unitId: string): Promise<void> {
  const before = await stored(upn, unitId);
  const [itemId] = decodeVersion(before.version).item;
  const merge = async () => {
    const token = await fetch(`${suite.site.url}/_emulator/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ upn }),
    });
    const { access_token } = (await token.json()) as { access_token: string };
    return fetch(`${suite.site.siteUrl}/_api/web/lists/getbytitle('Inventeringar')/items(${itemId})`, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${access_token}`,
        accept: 'application/json;odata=nometadata',
        'content-type': 'application/json;odata=nometadata',
        'X-HTTP-Method': 'MERGE',
        'IF-MATCH': '*',
      },
      body: JSON.stringify({ LackingSupport: before.firstLine?.lackingSupport || null }),
    });
  };
  const response = await settled(merge());
  expect(response.status).toBeLessThan(300);
  const after = await stored(upn, unitId);
  // The control: the version moved, and no answer did.
  expect(after.version).not.toBe(before.version);
  expect(inventoryDifferences(after, before, config)).toEqual([]);
  expect(after.status).toBe(before.status);
}

/** Opens the tab on a unit's form as its manager; `beforeSave` runs before each save the form makes. */
async function openForm(upn: string, unitId: string, options: { beforeSave?: () => Promise<void> } = {}) {
  window.location.hash = `#/enhet/${unitId}`;
  const network = new TestNetwork();
  const plain = servicesFor(suite.site, { upn, network });
  const { beforeSave } = options;
  const repository = plain.inventories;
  const services: ManagerServices =
    beforeSave === undefined
      ? plain
      : {
          ...plain,
          inventories: {
            loadMine: (query) => repository.loadMine(query),
            get: (period, unit) => repository.get(period, unit),
            listStatusesByPeriod: (period) => repository.listStatusesByPeriod(period),
            decide: (inventory) => repository.decide(inventory),
            save: async (inventory) => {
              await beforeSave();
              return repository.save(inventory);
            },
          },
        };
  const view = renderManagerApp(services);
  await until(() => screen.getByRole('heading', { level: 1, name: /^Inventering för/ }), { within: 30_000 });
  network.sent.length = 0;
  return { network, services, view };
}

/** Types `text` into a field, as one keystroke that leaves it reading `text`. */
function type(input: HTMLElement, text: string): void {
  fireEvent.change(input, { target: { value: text } });
}

/** Sends the inventory in: the submit button, then yes in the confirmation. */
async function submit(): Promise<void> {
  fireEvent.click(screen.getByRole('button', { name: 'Skicka in' }));
  await until(() => screen.getByText('Skicka in inventeringen?'));
  const dialog = screen.getByRole('alertdialog', { name: 'Skicka in inventeringen?' });
  fireEvent.click(within(dialog).getByRole('button', { name: 'Ja, skicka in' }));
}

/** The elements `scrollIntoView` was called on (jsdom has no layout, and no `scrollIntoView`). */
function recordScrolls(): Element[] {
  const scrolled: Element[] = [];
  Element.prototype.scrollIntoView = function scrollIntoView(this: Element) {
    scrolled.push(this);
  };
  return scrolled;
}
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
});

describe('submitting', () => {
  it('takes keyboard and screen-reader focus to the thanks, scrolled into view, once the submit has landed', async () => {
    const upn = chef(8);
    await storeElsewhere(upn, 'E8', (inventory) => completed(inventory, config, upn));
    await openForm(upn, 'E8');
    const scrolled = recordScrolls();
    await submit();
    await until(() => screen.getByText(thanks));

    const message = screen.getByRole('group', { name: thanks });
    expect(document.activeElement).toBe(message);
    expect(scrolled).toContain(message);
    // It sits under the form's heading, and what took focus before is gone with the submit.
    const heading = screen.getByRole('heading', { level: 1, name: /^Inventering för/ });
    expect(heading.compareDocumentPosition(message) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Skicka in' })).toBeNull();
    expect(screen.queryByRole('alertdialog')).toBeNull();
    expect((await stored(upn, 'E8')).status).toBe('submitted');
  });

  it('submits without asking when only SharePoint’s version of the item moved since the form read it', async () => {
    const upn = chef(12);
    await storeElsewhere(upn, 'E12', (inventory) => completed(inventory, config, upn));
    await openForm(upn, 'E12');
    await touchItem(upn, 'E12');
    await submit();
    await until(() => screen.getByText(thanks));

    expect(screen.queryByRole('alertdialog', { name: conflictTitle })).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('group', { name: thanks }));
    expect((await stored(upn, 'E12')).status).toBe('submitted');
  });
});

describe('a conflict with another session', () => {
  it('is settled without a dialog when the other session stored the same value the manager typed', async () => {
    const upn = chef(9);
    const { network } = await openForm(upn, 'E9');
    await storeElsewhere(upn, 'E9', (inventory) => withLine(inventory, upn, 'hr', { persons: 4 }));

    type(field('HR', 'Antal personer'), '4');
    await advance(1500);
    await until(() => screen.getByText(savedAt));

    expect(screen.queryByRole('alertdialog', { name: conflictTitle })).toBeNull();
    // The refused save, the read of what is stored, and the save on that version.
    expect(network.sent.length).toBeGreaterThanOrEqual(2);
    const inSharePoint = await stored(upn, 'E9');
    expect(lineFor(inSharePoint, 'hr')?.persons).toBe(4);
    // The next edit builds on what is stored now: saved at once, without another conflict.
    type(field('HR', 'Årsarbetare'), '3,5');
    await advance(1500);
    await until(() => screen.getByText(savedAt));
    expect(screen.queryByRole('alertdialog', { name: conflictTitle })).toBeNull();
    expect(lineFor(await stored(upn, 'E9'), 'hr')).toMatchObject({ persons: 4, arsarbetare: 3.5 });
  });

  it('is settled without a dialog when only SharePoint’s version moved, and stores what the manager typed', async () => {
    const upn = chef(10);
    await openForm(upn, 'E10');
    await touchItem(upn, 'E10');

    type(field('HR', 'Antal personer'), '3');
    type(field('HR', 'Kommentar'), 'Skrivet efter en annan ändring');
    await advance(1500);
    await until(() => screen.getByText(savedAt));

    expect(screen.queryByRole('alertdialog', { name: conflictTitle })).toBeNull();
    expect(lineFor(await stored(upn, 'E10'), 'hr')).toMatchObject({
      persons: 3,
      comment: 'Skrivet efter en annan ändring',
    });
  });

  it('still asks, field by field, when the other session stored a different answer', async () => {
    const upn = chef(11);
    await openForm(upn, 'E11');
    await storeElsewhere(upn, 'E11', (inventory) => withLine(inventory, upn, 'hr', { persons: 5 }));

    type(field('HR', 'Antal personer'), '3');
    await advance(1500);
    await until(() => screen.getByText(conflictTitle));

    const dialog = screen.getByRole('alertdialog', { name: conflictTitle });
    expect(within(dialog).getByText('1 uppgift skiljer sig.')).toBeTruthy();
    const persons = within(dialog).getByRole('radiogroup', { name: 'HR – Antal personer' });
    expect(within(persons).getByRole('radio', { name: 'Min: 3' })).toHaveProperty('checked', true);
    expect(within(persons).getByRole('radio', { name: 'Sparad: 5' })).toBeTruthy();
    expect(lineFor(await stored(upn, 'E11'), 'hr')?.persons).toBe(5);

    fireEvent.click(within(dialog).getByRole('button', { name: 'Behåll alla mina' }));
    await advance(1500);
    await until(() => screen.getByText(savedAt));
    expect(screen.queryByRole('alertdialog', { name: conflictTitle })).toBeNull();
    expect(lineFor(await stored(upn, 'E11'), 'hr')?.persons).toBe(3);
  });

  it('asks after all when the stored version changed again, with another answer, before the one silent retry', async () => {
    const upn = PEOPLE.maria;
    let saves = 0;
    await openForm(upn, 'E5', {
      // The second save is the retry on the stored version: the other session stores another answer just before.
      beforeSave: async () => {
        saves += 1;
        if (saves !== 2) return;
        const repository = suite.site.repos(upn).inventories;
        const now = await repository.get(periodId, 'E5');
        if (now === null) throw new Error('No inventory of E5');
        await repository.save(withLine(now, upn, 'hr', { persons: 5 }));
      },
    });
    await touchItem(upn, 'E5');

    type(field('HR', 'Antal personer'), '3');
    await advance(1500);
    await until(() => screen.getByText(conflictTitle));

    expect(saves).toBe(2);
    const dialog = screen.getByRole('alertdialog', { name: conflictTitle });
    const persons = within(dialog).getByRole('radiogroup', { name: 'HR – Antal personer' });
    expect(within(persons).getByRole('radio', { name: 'Min: 3' })).toHaveProperty('checked', true);
    expect(within(persons).getByRole('radio', { name: 'Sparad: 5' })).toBeTruthy();
    // Nothing the other session stored was written over.
    expect(lineFor(await stored(upn, 'E5'), 'hr')?.persons).toBe(5);
  });
});
