// Påminnelser as the project team uses it, enforced by SharePoint (the emulator, or a tenant): the unique
// ReminderKey keeps a manager to one reminder a day even when two tabs claim it at once; a failed one gives its
// day back; reads go by sektor; and nobody but the project team (and the site's owners) reads or writes it.
import { type AppError } from '../../../src/domain';
import { SharePointReminderStore } from '../../../src/sharepoint/repositories/reminderStore';
import { rejectionOf } from './helpers';
import {
  ANNA,
  KARL,
  PROJECT_TEAM,
  describeWithPersonas,
  fillSite,
  startBackend,
  type Backend,
  type FilledSite,
} from './fixture';

let backend: Backend;
let site: FilledSite;
beforeAll(async () => {
  backend = await startBackend();
  site = await fillSite(backend);
});
afterAll(() => backend.close());

const claim = (store: SharePointReminderStore, upn: string, day: string, sektorId = 'S1') =>
  store.claim({ periodId: site.period.id, unitId: 'E1', sektorId, managerUpn: upn, day });

describeWithPersonas({ name: 'the project team', personas: [PROJECT_TEAM] }, () => {
  it('claims a manager’s day once: a second claim, even at the same moment, is refused by SharePoint', async () => {
    const store = new SharePointReminderStore(backend.sp(PROJECT_TEAM));
    const [first, second] = await Promise.all([
      claim(store, 'Chef.En@kommun.example', '2026-12-07'),
      claim(store, 'chef.en@kommun.example', '2026-12-07'),
    ]);
    expect([first, second].filter((r) => r !== null)).toHaveLength(1);
    expect(await claim(store, 'chef.en@kommun.example', '2026-12-07')).toBeNull();
    // The next day is another reminder.
    expect(await claim(store, 'chef.en@kommun.example', '2026-12-08')).not.toBeNull();
  });

  it('gives a failed reminder’s day back, and lists what happened by sektor', async () => {
    const store = new SharePointReminderStore(backend.sp(PROJECT_TEAM));
    const failed = await claim(store, 'chef.tva@kommun.example', '2026-12-07');
    await store.mark(failed!, 'failed');
    const again = await claim(store, 'chef.tva@kommun.example', '2026-12-07');
    expect(again).not.toBeNull();
    await store.mark(again!, 'posted');
    await claim(store, 'chef.tre@kommun.example', '2026-12-07', 'S2');

    const s1 = await store.list(site.period.id, ['S1']);
    const two = s1.filter((r) => r.managerUpn === 'chef.tva@kommun.example');
    expect(two.map((r) => [r.day, r.delivery])).toEqual([
      ['2026-12-07', 'failed'],
      ['2026-12-07', 'posted'],
    ]);
    expect(s1.some((r) => r.managerUpn === 'chef.tre@kommun.example')).toBe(false);
    const both = await store.list(site.period.id, ['S1', 'S2']);
    expect(both.some((r) => r.managerUpn === 'chef.tre@kommun.example')).toBe(true);
  });
});

describeWithPersonas({ name: 'managers and reviewers', personas: [ANNA, KARL] }, () => {
  it('neither read who was reminded nor remind anyone', async () => {
    for (const upn of [ANNA, KARL]) {
      const store = new SharePointReminderStore(backend.sp(upn));
      const read = (await rejectionOf(store.list(site.period.id, ['S1']))) as AppError;
      expect({ upn, code: read.code }).toEqual({ upn, code: 'notFound' });
      const write = (await rejectionOf(claim(store, 'someone@kommun.example', '2026-12-09'))) as AppError;
      expect({ upn, code: write.code }).toEqual({ upn, code: 'notFound' });
    }
  });
});
