// The writers the import and the seed use: idempotent (a second run writes nothing), resumable (a run after an
// interruption finishes the job without duplicates), and creating every item inside its unit's folder.
import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import {
  AppError,
  answerFigures,
  decisionInForce,
  type MunicipalityConfig,
  type Period,
  type Unit,
} from '../../../src/domain';
import { listByKey, unitFolderUrl } from '../../../src/sharepoint/lists';
import { figuresToText } from '../../../src/sharepoint/mapping/figuresText';
import { itemIdOf, type SpItem } from '../../../src/sharepoint/mapping/values';
import { eq } from '../../../src/sharepoint/odata';
import { createPeriodInventories, upsertUnits, writeInventories } from '../../../src/sharepoint/writers';
import { answeredFirstLine, answeredLine, contentOf, rejectionOf, requestsOf, withAnswers } from './helpers';
import {
  ADMIN,
  describeEmulatorOnly,
  describeWithPersonas,
  during2018,
  fillSite,
  onSite,
  startBackend,
  type Backend,
  type FilledSite,
  ANNA,
  ERIK,
  ONEIL,
  STINA,
} from './fixture';

const NINA = 'nina.ny@kommun.example';
const E1 = onSite.unit('E1');
const E2 = onSite.unit('E2');
const E3 = onSite.unit('E3');
const E4 = onSite.unit('E4');

let backend: Backend;
let site: FilledSite;
let admin: SPFI;
beforeAll(async () => {
  backend = await startBackend();
  site = await fillSite(backend);
  admin = backend.sp(ADMIN);
});
afterAll(() => backend.close());

async function itemsOf(list: 'inventeringar' | 'inventeringsrader', periodId: string): Promise<SpItem[]> {
  const items: SpItem[] = [];
  for await (const page of listByKey(admin, list)
    .items.select('ID', 'InventoryKey', 'FileDirRef', list === 'inventeringar' ? 'ManagerUpn' : 'FunctionId')
    .filter(eq('PeriodId', periodId))
    .top(5000)) {
    items.push(...(page as SpItem[]));
  }
  return items;
}

const managedUnits = (units: readonly Unit[]): Unit[] => units.filter((u) => u.manager !== null);

describe('upsertUnits', () => {
  it('writes nothing on a second run, and only the changed unit on a change', async () => {
    backend.resetRequests();
    expect(await upsertUnits(admin, site.units)).toEqual({ created: 0, updated: 0, unchanged: 8 });
    expect(backend.requests()).toBe(1);
    const renamed = site.units.map((u) =>
      u.id === E4 ? { ...u, name: "Nya Väster's & Co #2", headcount: 6 } : u,
    );
    backend.resetRequests();
    expect(await upsertUnits(admin, renamed)).toEqual({ created: 0, updated: 1, unchanged: 7 });
    expect(requestsOf(backend)).toEqual({ requests: 2, batchOperations: 2 });
    const units = await backend.repos(ADMIN).organisation.listUnits();
    expect(units.find((u) => u.id === E4)).toMatchObject({ name: "Nya Väster's & Co #2", headcount: 6 });
    expect(units).toEqual(expect.arrayContaining(renamed));
    expect(await upsertUnits(admin, renamed)).toEqual({ created: 0, updated: 0, unchanged: 8 });
  });
});

describe('createPeriodInventories', () => {
  it('made one inventory per unit with a manager and one line per function, inside the unit folders', async () => {
    const inventories = await itemsOf('inventeringar', site.period.id);
    const lines = await itemsOf('inventeringsrader', site.period.id);
    const managed = managedUnits(site.units);
    expect(inventories.map((i) => i.InventoryKey).sort()).toEqual(
      managed.map((u) => `${site.period.id}:${u.id}`).sort(),
    );
    expect(lines).toHaveLength(managed.length * site.config.taxonomy.functions.length);
    for (const item of inventories) {
      const unit = String(item.InventoryKey).split(':')[1]!;
      expect(item.FileDirRef).toBe(unitFolderUrl(backend.siteUrl, 'inventeringar', unit));
    }
    for (const item of lines) {
      const unit = String(item.InventoryKey).split(':')[1]!;
      expect(item.FileDirRef).toBe(unitFolderUrl(backend.siteUrl, 'inventeringsrader', unit));
    }
  });

  it('writes nothing on a second run (two reads only)', async () => {
    backend.resetRequests();
    const result = await createPeriodInventories(admin, {
      period: site.period,
      units: site.units,
      config: site.config,
    });
    expect(result).toEqual({ created: 0, existing: 7, updated: 0, linesCreated: 0 });
    expect(backend.requests()).toBe(2);
  });
});

describeEmulatorOnly(
  {
    name: 'createPeriodInventories after an interruption',
    reason: 'needs the emulator to drop connections (--drop-rate)',
  },
  () => {
    it('finishes the job after an interruption, without duplicates', async () => {
      const period2019: Period = {
        id: '2019',
        name: { sv: '2019', en: '2019' },
        opensOn: '2019-01-01',
        closesOn: '2019-12-31',
      };
      await backend.repos(ADMIN).settings.savePeriod(period2019);
      // Connections dropped without an answer and no retries: the run stops part-way.
      backend.emulator.configure({ faults: { dropRate: 0.35, seed: 3 } });
      const noRetries = backend.sp(ADMIN, { retries: 1 });
      const progress: number[] = [];
      const error = await rejectionOf(
        createPeriodInventories(noRetries, {
          period: period2019,
          units: site.units,
          config: site.config,
          onProgress: (done) => progress.push(done),
        }),
      );
      backend.emulator.configure({ faults: { dropRate: 0 } });
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('offline');
      const partial = await itemsOf('inventeringsrader', '2019');
      const expectedLines = managedUnits(site.units).length * site.config.taxonomy.functions.length;
      expect(partial.length).toBeLessThan(expectedLines);
      const result = await createPeriodInventories(admin, {
        period: period2019,
        units: site.units,
        config: site.config,
      });
      expect(result.linesCreated).toBe(expectedLines - partial.length);
      const lines = await itemsOf('inventeringsrader', '2019');
      const keys = lines.map((l) => `${String(l.InventoryKey)}|${String(l.FunctionId)}`);
      expect(new Set(keys).size).toBe(keys.length);
      expect(lines).toHaveLength(expectedLines);
      expect((await itemsOf('inventeringar', '2019')).map((i) => i.InventoryKey).sort()).toEqual(
        managedUnits(site.units)
          .map((u) => `2019:${u.id}`)
          .sort(),
      );
    });
  },
);

describeWithPersonas({ name: 'createPeriodInventories for a manager', personas: [ANNA] }, () => {
  it('creates the missing lines when the taxonomy gains a function', async () => {
    const config: MunicipalityConfig = {
      ...site.config,
      taxonomy: {
        ...site.config.taxonomy,
        functions: [
          ...site.config.taxonomy.functions,
          {
            id: 'sakerhet',
            groupId: 'stod',
            label: { sv: 'Säkerhet & beredskap', en: 'Security' },
            roles: [],
          },
        ],
      },
    };
    await backend.repos(ADMIN).settings.saveConfig(config);
    const result = await createPeriodInventories(admin, { period: site.period, units: site.units, config });
    expect(result).toEqual({ created: 0, existing: 7, updated: 0, linesCreated: 7 });
    const form = await backend.repos(ANNA).inventories.loadMine({ upn: onSite.upn(ANNA), on: during2018 });
    expect(form.inventories[0]!.lines.at(-1)?.functionId).toBe('sakerhet');
    await backend.repos(ADMIN).settings.saveConfig(site.config);
  });
});

describeWithPersonas({ name: 'createPeriodInventories for a new manager', personas: [ERIK, NINA] }, () => {
  it('moves an inventory to the unit’s new manager', async () => {
    const units = site.units.map((u) =>
      u.id === E2
        ? { ...u, manager: { upn: onSite.upn(NINA), name: 'Nina Ny', level: 'enhetschef' as const } }
        : u,
    );
    await upsertUnits(admin, units);
    await backend.ensureAccess(units);
    const result = await createPeriodInventories(admin, { period: site.period, units, config: site.config });
    expect(result).toMatchObject({ created: 0, updated: 1, linesCreated: 0 });
    const nina = await backend.repos(NINA).inventories.loadMine({ upn: onSite.upn(NINA), on: during2018 });
    expect(nina.inventories.map((i) => [i.id, i.managerUpn])).toEqual([
      [onSite.inventoryId('2018', 'E2'), onSite.upn(NINA)],
    ]);
    // Erik leads no unit any more: he has left the managers' group and his folder grants are gone.
    const erik = (await rejectionOf(
      backend.repos(ERIK).inventories.listByPeriod(site.period.id),
    )) as AppError;
    expect(erik.code).toBe('notFound');
    expect(await backend.repos(NINA).inventories.get(site.period.id, E1)).toBeNull();
  });
});

describe('writeInventories', () => {
  it('writes answers over the created items and the decisions pinned to them, and nothing on a second run', async () => {
    const current = await backend.repos(ADMIN).inventories.listByPeriod(site.period.id);
    const e3 = current.find((i) => i.unitId === E3)!;
    const wanted = {
      ...withAnswers(
        e3,
        [answeredLine('ekonomi', 'ekonomiassistent', 1), answeredLine('lokalforsorjning', 'lokalstrateg', 2)],
        answeredFirstLine(3),
      ),
      status: 'approved' as const,
      submittedBy: onSite.upn(ONEIL),
      submittedAt: '2018-04-02T07:00:00Z',
      decisions: [
        {
          id: '',
          verdict: 'approved' as const,
          comment: 'Tydligt & komplett',
          decidedBy: onSite.upn(STINA),
          decidedAt: '2018-04-03T07:00:00Z',
          revision: 'generated',
        },
      ],
    };
    backend.resetRequests();
    await writeInventories(admin, [wanted]);
    // Reads (1 round), one $batch with the item and the two answered lines, the read-back (1 round) that pins
    // the decision to the revision just written, and one $batch creating it.
    expect(requestsOf(backend).requests).toBe(4);
    const stored = (await backend.repos(ADMIN).inventories.get(site.period.id, E3))!;
    expect(contentOf(stored)).toEqual(contentOf(wanted));
    expect(decisionInForce(stored)).toMatchObject({
      decidedBy: onSite.upn(STINA),
      revision: stored.revision,
    });
    // Named for SharePoint's views as the unit, its sektor and kontor are named in Organisation; the approval
    // keeps the figures of the answer just written, as `decide` would.
    const [decisionItem] = (await listByKey(admin, 'granskningsbeslut')
      .items.select('Title', 'SektorName', 'KontorName', 'Figures')
      .filter(eq('InventoryKey', e3.id))()) as SpItem[];
    expect(decisionItem).toMatchObject({
      Title: "Öster & Väster's #1",
      SektorName: 'Samhällsbyggnad',
      KontorName: 'Kultur & fritid',
      Figures: figuresToText(answerFigures(stored)),
    });
    expect(answerFigures(stored).lines.find((l) => l.functionId === 'lokalforsorjning')?.persons).toBe(3);
    backend.resetRequests();
    await writeInventories(admin, [wanted]);
    // The answers read, nothing to write; the decisions read back, none missing.
    expect(backend.requests()).toBe(2);
  });

  it('refuses an inventory that has no item, naming it', async () => {
    const ghost = {
      ...(await backend.repos(ADMIN).inventories.get(site.period.id, E1))!,
      id: onSite.inventoryId('2018', 'E9'),
      unitId: onSite.unit('E9'),
    };
    const error = (await rejectionOf(writeInventories(admin, [ghost]))) as AppError;
    expect(error.code).toBe('notFound');
    expect(error.message).toContain(onSite.inventoryId('2018', 'E9'));
  });
});

// The item IDs of the lines are what the version carries; a deleted item must make the next save recreate it.
describeWithPersonas({ name: 'a line whose item is gone', personas: [ANNA] }, () => {
  it('is recreated in the unit folder by the next save', async () => {
    const anna = ANNA;
    const loaded = (await backend.repos(anna).inventories.loadMine({ upn: onSite.upn(anna), on: during2018 }))
      .inventories[0]!;
    const [line] = (await listByKey(admin, 'inventeringsrader')
      .items.select('ID')
      .filter(eq('InventoryKey', loaded.id))
      .top(1)()) as SpItem[];
    const lineId = itemIdOf(line!);
    const version = JSON.parse(loaded.version) as {
      i: unknown;
      l: Record<string, [number, number, string]>;
      a: unknown;
    };
    const functionId = Object.entries(version.l).find(([, state]) => state[0] === lineId)![0];
    await listByKey(admin, 'inventeringsrader').items.getById(lineId).delete();
    const { [functionId]: _gone, ...rest } = version.l;
    const withoutLine = { ...loaded, version: JSON.stringify({ ...version, l: rest }) };
    const saved = await backend
      .repos(anna)
      .inventories.save(withAnswers(withoutLine, [answeredLine(functionId, null, 6)]));
    const reloaded = (
      await backend.repos(anna).inventories.loadMine({ upn: onSite.upn(anna), on: during2018 })
    ).inventories[0]!;
    expect(contentOf(reloaded)).toEqual(contentOf(saved));
    expect(reloaded.lines.find((l) => l.functionId === functionId)?.persons).toBe(7);
  });
});
