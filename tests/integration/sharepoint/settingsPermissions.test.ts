// Who may change the configuration and the periods, enforced by SharePoint: a manager reads them and every write
// of theirs is refused (403 → AppError forbidden) with nothing stored; the project team writes them, and a save
// over a configuration someone else changed since it was read is refused as a conflict, with theirs.
import { type AppError, type MunicipalityConfig } from '../../../src/domain';
import { SharePointSettingsRepository } from '../../../src/sharepoint/repositories';
import { rejectionOf } from './helpers';
import {
  ADMIN,
  ANNA,
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

// The class rather than the port: saving over what was read (`expected`) is the class's.
const settingsOf = (upn: string) => new SharePointSettingsRepository(backend.sp(upn));

const withMinVotes = (config: MunicipalityConfig, minVotes: number): MunicipalityConfig => ({
  ...config,
  proposalThresholds: { ...config.proposalThresholds, minVotes },
});

describeWithPersonas({ name: 'a manager and the project team', personas: [ANNA, PROJECT_TEAM] }, () => {
  it('lets a manager read the configuration but refuses their saves, storing nothing', async () => {
    const before = await backend.repos(ADMIN).settings.getConfig();
    const manager = backend.repos(ANNA).settings;
    expect(await manager.getConfig()).toEqual(before);
    const config = (await rejectionOf(manager.saveConfig(withMinVotes(before, 99)))) as AppError;
    expect(config.code).toBe('forbidden');
    const renamed = {
      ...before,
      taxonomy: {
        ...before.taxonomy,
        functions: before.taxonomy.functions.map((fn, i) =>
          i === 0 ? { ...fn, label: { sv: 'X', en: 'X' } } : fn,
        ),
      },
    };
    expect(((await rejectionOf(manager.saveConfig(renamed))) as AppError).code).toBe('forbidden');
    const period = (
      (await rejectionOf(manager.savePeriod({ ...site.period, closesOn: '2030-12-31' }))) as AppError
    ).code;
    expect(period).toBe('forbidden');
    expect(await backend.repos(ADMIN).settings.getConfig()).toEqual(before);
    expect(await backend.repos(ADMIN).settings.listPeriods()).toContainEqual(site.period);
  });

  it('lets the project team save over what it read, and refuses a save over a configuration changed since', async () => {
    const team = settingsOf(PROJECT_TEAM);
    const read = await team.getConfig();
    const mine = await team.saveConfig(withMinVotes(read, 7), { expected: read });
    expect((await team.getConfig()).proposalThresholds.minVotes).toBe(7);

    // Someone else saves next; a save still based on the first read must not overwrite it.
    const theirs = await settingsOf(ADMIN).saveConfig(withMinVotes(mine, 8), { expected: mine });
    const error = (await rejectionOf(
      team.saveConfig(withMinVotes(read, 9), { expected: mine }),
    )) as AppError<MunicipalityConfig>;
    expect(error.code).toBe('conflict');
    expect(error.conflict?.theirs).toEqual(theirs);
    expect((await team.getConfig()).proposalThresholds.minVotes).toBe(8);
  });

  it('stores exactly one of two saves started together over the same configuration; the other is a conflict', async () => {
    const read = await settingsOf(PROJECT_TEAM).getConfig();
    const outcomes = await Promise.allSettled([
      settingsOf(PROJECT_TEAM).saveConfig(withMinVotes(read, 11), { expected: read }),
      settingsOf(ADMIN).saveConfig(withMinVotes(read, 12), { expected: read }),
    ]);
    const stored = outcomes.flatMap((o) =>
      o.status === 'fulfilled' ? [o.value.proposalThresholds.minVotes] : [],
    );
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [(o.reason as AppError).code] : []));
    expect(stored).toHaveLength(1);
    expect(refused).toEqual(['conflict']);
    expect((await settingsOf(ADMIN).getConfig()).proposalThresholds.minVotes).toBe(stored[0]);
  });
});
