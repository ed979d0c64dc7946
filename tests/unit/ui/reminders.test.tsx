/** @jest-environment ./tests/unit/ui/support/jsdomEnvironment.js */
// The project team's reminders from "Inte inskickade", on the app's own repositories and Graph client against the
// SharePoint emulator and the local Graph receiver: exactly the managers whose units have not submitted get a
// notification in their activity feed, linking to their form; a second round the same day reaches nobody; the
// "Påmind" column says when; a refused notification is named and can be sent again. Reviewers see none of it.
import { fireEvent, screen, within } from '@testing-library/react';
import { unitIdFromSubEntity } from '../../../src/teams';
import { ADMIN, PEOPLE, periodsAround } from '../../e2e/lib/managerSite';
import { renderManagerApp, servicesFor, until } from './support/app';
import { TestNetwork } from './support/network';
import { startSite, type TestSite } from './support/site';
import { receiverDoors } from '../../support/receiverDoors';

jest.setTimeout(90_000);

let site: TestSite;
beforeAll(async () => {
  site = await startSite(new Date());
});
afterAll(() => site?.close());
afterEach(() => {
  window.location.hash = '';
});

const period = periodsAround(new Date()).current;

const doors = () => receiverDoors(site.receiverUrl);

/** The managers who should be reminded (every unit leads an inventory: sektor, kontor, enhet), from the stored statuses. */
async function notSubmittedManagers(): Promise<Map<string, string[]>> {
  const { units, inventories } = await site.repos(ADMIN).inventories.listStatusesByPeriod(period.id);
  const done = new Set(
    inventories.filter((i) => i.status === 'submitted' || i.status === 'approved').map((i) => i.unitId),
  );
  const managers = new Map<string, string[]>();
  for (const unit of units) {
    if (unit.manager === null || done.has(unit.id)) continue;
    const upn = unit.manager.upn.toLowerCase();
    managers.set(upn, [...(managers.get(upn) ?? []), unit.id]);
  }
  return managers;
}

async function openReview(upn: string) {
  window.location.hash = '#/granska';
  const services = servicesFor(site, { upn, network: new TestNetwork() });
  const view = renderManagerApp(services);
  await until(() => screen.getByRole('heading', { level: 2, name: 'Inte inskickade' }), { within: 30_000 });
  return view;
}

describe('reminders', () => {
  it('reaches exactly the managers who have not submitted, once a day, and says who was reminded when', async () => {
    const expected = await notSubmittedManagers();
    expect(expected.size).toBeGreaterThan(1);
    const view = await openReview(PEOPLE.petra);
    const section = () => screen.getByRole('region', { name: 'Påminnelser' });
    const remindButton = (count: number) =>
      within(section()).getByRole('button', {
        name: count === 1 ? 'Påminn 1 chef' : `Påminn ${count} chefer`,
      });
    const confirmAndSend = (count: number) => {
      fireEvent.click(remindButton(count));
      const confirm = within(section()).getByRole('group', { name: 'Bekräfta påminnelsen' });
      expect(confirm.textContent).toContain(`Antal chefer: ${count}.`);
      fireEvent.click(within(confirm).getByRole('button', { name: 'Skicka påminnelser' }));
    };
    await until(() => remindButton(expected.size));
    // Before anything is sent, every row says so.
    expect(screen.getAllByRole('cell', { name: 'Inte påmind' }).length).toBeGreaterThanOrEqual(expected.size);

    // Teams refuses the first notification (the app not installed for that manager): the others go out, and the
    // one refused is named, with what to do.
    await doors().fault('activity', 403);
    confirmAndSend(expected.size);
    await until(() => within(section()).getByText(`Påminnelser skickade: ${expected.size - 1}.`), {
      within: 30_000,
    });
    const report = within(section()).getByRole('status');
    expect(report.textContent).toContain('Gick inte att nå: 1.');
    expect(report.textContent).toContain('Appen är kanske inte installerad för chefen');
    // Its slot for the day is free again: a second round reaches only that manager.
    await until(() => remindButton(1));
    expect(screen.getAllByRole('cell', { name: /^Misslyckades / })).not.toHaveLength(0);
    confirmAndSend(1);
    await until(() => within(section()).getByText('Påminnelser skickade: 1.'), { within: 30_000 });

    // The column says when; nobody is left to remind today.
    await until(() => within(section()).getByText('Alla har fått en påminnelse i dag.'));
    expect(screen.queryAllByRole('cell', { name: 'Inte påmind' })).toHaveLength(0);
    expect(within(section()).getByRole('button', { name: /Påminn/ })).toHaveProperty('disabled', true);

    // Exactly the expected managers, each with one notification of the manifest's type linking to their form.
    const everyone = [...new Set([...Object.values(PEOPLE), ...expected.keys()].map((u) => u.toLowerCase()))];
    for (const upn of everyone) {
      const feed = await doors().feed(upn);
      if (!expected.has(upn)) {
        expect({ upn, feed }).toEqual({ upn, feed: [] });
        continue;
      }
      expect(feed).toHaveLength(1);
      expect(feed[0]!.activityType).toBe('inventoryReminder');
      const link = new URL(feed[0]!.topic.webUrl!);
      const context = JSON.parse(link.searchParams.get('context')!) as { subEntityId: string };
      expect(expected.get(upn)).toContain(unitIdFromSubEntity(context.subEntityId));
    }

    view.unmount();

    // Another member of the project team the same day (a fresh tab): nothing more is sent.
    await openReview(PEOPLE.petra);
    await until(() => within(section()).getByText('Alla har fått en påminnelse i dag.'));
    for (const upn of expected.keys()) expect(await doors().feed(upn)).toHaveLength(1);
  });

  it('is not offered to a reviewer, who cannot read who was reminded', async () => {
    await openReview(PEOPLE.karl);
    expect(screen.queryByRole('region', { name: 'Påminnelser' })).toBeNull();
    expect(screen.queryByRole('columnheader', { name: 'Påmind' })).toBeNull();
  });
});
