// Interviews and group seminars in Chromium through the local Teams host, with the local Graph receiver as the
// kontorschef's calendar: Karl books a group seminar for two managers of K1 and each gets an invitation with a Teams
// meeting; he rebooks it by keyboard and both are sent the move (a new start, SEQUENCE raised); axe-core finds
// nothing in any Teams theme or language; and a 360 px phone needs no sideways scrolling.
import type { Frame, Page } from 'playwright-core';
import { stockholmInstant, type TimeSlot } from '../../src/domain';
import { SharePointBookingStore } from '../../src/sharepoint/repositories/bookingStore';
import { receiverDoors } from '../support/receiverDoors';
import { screenshotPath } from './lib/browser';
import { axeInEveryTheme, hostSuite, phone } from './lib/hostSuite';
import { outOfReach, sidewaysScroll, type THEMES } from './lib/hostPage';
import { fillManagerSite, PEOPLE } from './lib/managerSite';

jest.setTimeout(120_000);

/** A Swedish day ten days ahead, so that every time offered on it is still to come. */
const day = new Date(Date.now() + 10 * 86_400_000).toISOString().slice(0, 10);
const at = (time: string) => stockholmInstant({ date: day, time })!;
const seminar = (id: string, start: string, end: string): TimeSlot => ({
  id,
  kind: 'gruppseminarium',
  start: at(start),
  end: at(end),
  location: 'Rådhuset',
  online: true,
  capacity: 4,
  hostUpn: PEOPLE.petra,
});

const host = hostSuite({
  receiver: {},
  fill: async (admin, reposAs) => {
    const site = await fillManagerSite(admin, { today: new Date(), reposAs });
    const times = new SharePointBookingStore(admin);
    await times.addSlot(site.current.id, seminar('t-fm', '09:00', '11:00'));
    await times.addSlot(site.current.id, seminar('t-em', '13:00', '15:00'));
    return site;
  },
});

const doors = () => receiverDoors(host.suite.tab.receiver!.url);

async function openBookings(
  page: Page,
  options: { theme?: (typeof THEMES)[number]; locale?: 'sv-se' | 'en-us' } = {},
): Promise<Frame> {
  const en = options.locale === 'en-us';
  const frame = await host.open(page, {
    as: PEOPLE.karl,
    theme: options.theme ?? 'default',
    locale: options.locale ?? 'sv-se',
    hash: '#/bokningar',
  });
  await frame
    .getByRole('heading', { level: 2, name: en ? 'Bookings for Äldreomsorg' : 'Bokningar för Äldreomsorg' })
    .waitFor({ timeout: 60_000 });
  return frame;
}

/** What `upn` was sent as an attendee, as kind, start (to the second), sequence and whether it has a join URL. */
async function sentTo(upn: string) {
  return (await doors().invitations(upn)).map((i) => ({
    kind: i.kind,
    start: new Date(i.start).toISOString(),
    sequence: i.sequence,
    teams: typeof i.joinUrl === 'string' && i.joinUrl.startsWith('https://'),
  }));
}

describe('bookings in the Teams host', () => {
  it('books a group seminar for two managers, who are invited to a Teams meeting, and rebooks it by keyboard', async () => {
    const page = await host.newPage();
    const frame = await openBookings(page);
    await frame.getByRole('button', { name: /^Boka Gruppseminarium .* kl\. 09\.00–11\.00$/ }).click();
    const dialog = frame.getByRole('dialog');
    await dialog.getByRole('checkbox', { name: 'Anna Berg' }).check();
    await dialog.getByRole('checkbox', { name: 'Erik Lund' }).check();
    await dialog.getByRole('button', { name: 'Boka och skicka inbjudan' }).click();
    await frame
      .getByRole('status')
      .filter({ hasText: /09\.00–11\.00: Inbjudan är skickad\.$/ })
      .waitFor();
    const invited = { kind: 'invitation', start: new Date(at('09:00')).toISOString(), teams: true };
    for (const upn of [PEOPLE.anna, PEOPLE.erik]) {
      expect({ upn, sent: await sentTo(upn) }).toEqual({ upn, sent: [{ ...invited, sequence: 0 }] });
    }
    await page.locator('#app-frame').screenshot({ path: screenshotPath('bookings-booked') });

    const rebook = frame.getByRole('button', { name: /^Boka om Gruppseminarium .* kl\. 09\.00–11\.00$/ });
    await rebook.focus();
    await rebook.press('Enter');
    const afternoon = dialog.getByRole('radio', { name: /kl\. 13\.00–15\.00, Rådhuset/ });
    await afternoon.focus();
    await afternoon.press('Space');
    await dialog.getByRole('button', { name: 'Boka om och skicka ändringen' }).focus();
    await page.keyboard.press('Enter');
    await frame
      .getByRole('status')
      .filter({ hasText: /13\.00–15\.00: Inbjudan är skickad\.$/ })
      .waitFor();
    const moved = { kind: 'update', start: new Date(at('13:00')).toISOString(), sequence: 1, teams: true };
    for (const upn of [PEOPLE.anna, PEOPLE.erik]) {
      expect({ upn, last: (await sentTo(upn)).at(-1) }).toEqual({ upn, last: moved });
    }
    // Focus is on the booking as it now stands, not lost with the dialog.
    expect(await frame.evaluate(() => document.activeElement?.textContent ?? '')).toMatch(/13\.00–15\.00/);
  });

  it('has no axe violations in any Teams theme or language', async () => {
    const page = await host.newPage();
    expect(await axeInEveryTheme(page, 'bookings', (options) => openBookings(page, options))).toEqual({});
  }, 240_000);

  it('fits a 360 px phone: nothing scrolls sideways and every control is within reach', async () => {
    const page = await host.newPage(phone);
    const frame = await openBookings(page);
    expect(await sidewaysScroll(frame)).toBe(0);
    expect(await outOfReach(frame)).toEqual([]);
    await page.screenshot({ path: screenshotPath('bookings-360'), fullPage: true });
  });
});
