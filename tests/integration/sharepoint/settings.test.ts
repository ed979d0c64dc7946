// The configuration and the periods: stored in their lists, read back equal, written only where they differ.
import {
  type AppError,
  defaultMunicipalityConfig,
  type MunicipalityConfig,
  type Period,
} from '../../../src/domain';
import { rejectionOf, requestsOf } from './helpers';
import { ADMIN, describeEmulatorOnly, onSite, startBackend, type Backend } from './fixture';
import { provisionSite } from '../../../src/sharepoint/provision';

let backend: Backend;
beforeAll(async () => {
  backend = await startBackend();
  await provisionSite(backend.sp(ADMIN), { log: () => undefined });
});
afterAll(() => backend.close());

const settings = () => backend.repos(ADMIN).settings;

describeEmulatorOnly(
  {
    name: 'a site without a configuration',
    reason:
      'a tenant’s site may hold a configuration already, and the tests never delete one they did not store',
  },
  () => {
    it('gives the default configuration while none is stored, in one request', async () => {
      backend.resetRequests();
      expect(await settings().getConfig()).toEqual(defaultMunicipalityConfig());
      expect(backend.requests()).toBe(1);
    });
  },
);

it('stores a configuration and reads it back; a second save writes nothing', async () => {
  const config = defaultMunicipalityConfig();
  await settings().saveConfig(config);
  expect(await settings().getConfig()).toEqual(config);
  backend.resetRequests();
  await settings().saveConfig(config);
  expect(requestsOf(backend)).toEqual({ requests: 1, batchOperations: 3 });
});

it('follows a changed taxonomy and profile: removed functions go, changed ones are updated', async () => {
  const base = defaultMunicipalityConfig();
  const [first, ...rest] = base.taxonomy.functions;
  const changed: MunicipalityConfig = {
    ...base,
    municipality: { name: { sv: "Öster & Väster's kommun", en: 'Oster' } },
    taxonomy: {
      ...base.taxonomy,
      functions: [...rest.slice(0, -1), { ...first!, label: { sv: 'Ekonomi & lön', en: 'Finance' } }],
    },
    receiverProfile: {
      ...base.receiverProfile,
      requirements: base.receiverProfile.requirements
        .filter((r) => r.functionId !== rest.at(-1)!.id)
        .map((r) => (r.roleId === 'controller' ? { ...r, minArsarbetare: 3.5 } : r)),
    },
  };
  await settings().saveConfig(changed);
  expect(await settings().getConfig()).toEqual(changed);
});

it('refuses a configuration that breaks the rules, writing nothing', async () => {
  const before = await settings().getConfig();
  const broken = {
    ...before,
    receiverProfile: {
      ...before.receiverProfile,
      requirements: [{ functionId: 'okand', roleId: 'x', minArsarbetare: 1 }],
    },
  };
  backend.resetRequests();
  const error = (await rejectionOf(settings().saveConfig(broken))) as AppError;
  expect(error.code).toBe('invalid');
  expect(error.issues.length).toBeGreaterThan(0);
  expect(backend.requests()).toBe(0);
});

it('stores periods by id and lists them oldest first', async () => {
  const later: Period = {
    id: onSite.period('2019'),
    name: { sv: 'Hösten 2019', en: 'Autumn 2019' },
    opensOn: '2019-09-01',
    closesOn: '2019-11-30',
  };
  const earlier: Period = {
    id: onSite.period('2018'),
    name: { sv: 'Våren 2018', en: 'Spring 2018' },
    opensOn: '2018-03-01',
    closesOn: '2018-06-30',
  };
  await settings().savePeriod(later);
  await settings().savePeriod(earlier);
  await settings().savePeriod({ ...earlier, closesOn: '2018-07-15' });
  const periods = await settings().listPeriods();
  expect(periods.filter((p) => !backend.baseline.periodIds.has(p.id))).toEqual([
    { ...earlier, closesOn: '2018-07-15' },
    later,
  ]);
  const error = (await rejectionOf(settings().savePeriod({ ...later, closesOn: '2019-01-01' }))) as AppError;
  expect(error.code).toBe('invalid');
});
