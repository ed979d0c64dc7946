// The mappings between list items and domain values: round trips through what SharePoint stores, and reading
// items people edited by hand (corrupt JSON, unknown choices) as typed `invalid` errors naming the item.
import fc from 'fast-check';
import {
  AppError,
  defaultMunicipalityConfig,
  emptyLine,
  placements,
  supportLocations,
  type FirstLineSection,
  type Inventory,
  type InventoryLine,
  type Score,
  type Unit,
} from '../../../src/domain';
import { functionFromItem, functionToItem } from '../../../src/sharepoint/mapping/functions';
import { asStored, inventoryFromItem, inventoryToItem } from '../../../src/sharepoint/mapping/inventories';
import { lineFromItem, lineToItem, partitionOf } from '../../../src/sharepoint/mapping/lines';
import { unitFromItem, unitToItem } from '../../../src/sharepoint/mapping/organisation';
import { periodFromItem, periodToItem } from '../../../src/sharepoint/mapping/periods';
import { requirementFromItem, requirementToItem } from '../../../src/sharepoint/mapping/receiverProfile';
import { configFromItems, settingsToItem } from '../../../src/sharepoint/mapping/settings';
import {
  etagVersion,
  fingerprint,
  instantText,
  itemDiffers,
  itemIdOf,
  type SpItem,
} from '../../../src/sharepoint/mapping/values';
import { decodeVersion, encodeVersion, revisionOf } from '../../../src/sharepoint/mapping/version';

// What SharePoint gives back for a written body: `null` for empty values, and its own annotations.
function stored(body: Record<string, unknown>, extra: Record<string, unknown> = {}): SpItem {
  const item: Record<string, unknown> = { 'odata.etag': '"3"', Id: 12 };
  for (const [key, value] of Object.entries(body)) item[key] = value === '' ? null : value;
  return { ...item, ...extra };
}

function errorOf(read: () => unknown): AppError {
  try {
    read();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('Expected the read to fail');
}

const inventoryKeys = {
  InventoryKey: '2018:E1',
  PeriodId: '2018',
  UnitCode: 'E1',
  SektorCode: 'S1',
  KontorCode: 'K1',
  ManagerUpn: 'anna.berg@kommun.example',
  Modified: '2018-05-01T10:00:00Z',
  Editor: { Name: 'i:0#.f|membership|Anna.Berg@kommun.example' },
};

const text = fc.string({ maxLength: 40 }).map((s) => s.replace(/\s+$/, ''));
const score = fc.option(fc.integer({ min: 1, max: 5 }) as fc.Arbitrary<Score>, { nil: null });
const amount = fc.option(
  fc.integer({ min: 0, max: 4000 }).map((n) => n / 4),
  { nil: null },
);
const line = (functionId: string): fc.Arbitrary<InventoryLine> =>
  fc.record({
    functionId: fc.constant(functionId),
    persons: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null }),
    arsarbetare: amount,
    roles: fc.uniqueArray(
      fc.record({
        roleId: fc.constantFrom('controller', 'hrStrateg', 'lon'),
        arsarbetare: fc.integer({ min: 0, max: 40 }).map((n) => n / 4),
      }),
      { selector: (r) => r.roleId },
    ),
    supportLocations: fc.uniqueArray(fc.constantFrom(...supportLocations)),
    quality: score,
    competenceNow: score,
    competenceNeeded: score,
    competenceGap: text,
    placement: fc.option(fc.constantFrom(...placements), { nil: null }),
    comment: text,
  });
const firstLine: fc.Arbitrary<FirstLineSection | null> = fc.option(
  fc.record({
    adminHours: fc.dictionary(fc.constantFrom('hr', 'ekonomi', 'it', 'ovrigt'), amount),
    chefsnaraStodArsarbetare: amount,
    medarbetarspann: fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }),
    lackingSupport: text,
  }),
  { nil: null },
);
const instant = fc.option(
  fc
    .integer({ min: Date.parse('2018-01-01'), max: Date.parse('2019-01-01') })
    .map((ms) => new Date(ms).toISOString()),
  { nil: null },
);
const inventory: fc.Arbitrary<Inventory> = fc.record({
  id: fc.constant('2018:E1'),
  periodId: fc.constant('2018'),
  unitId: fc.constant('E1'),
  sektorId: fc.constant('S1'),
  kontorId: fc.constant('K1'),
  managerUpn: fc.constant('anna.berg@kommun.example'),
  status: fc.constantFrom('notStarted', 'draft', 'submitted'),
  version: fc.constant(''),
  revision: fc.constant(''),
  decisions: fc.constant([]),
  lines: fc.constant([]),
  firstLine,
  updatedAt: fc.constant('2018-05-01T10:00:00Z'),
  updatedBy: fc.constant('anna.berg@kommun.example'),
  submittedBy: fc.option(fc.constant('anna.berg@kommun.example'), { nil: null }),
  submittedAt: instant,
});

describe('inventories', () => {
  it('read back as stored, whatever the values (property)', () => {
    fc.assert(
      fc.property(inventory, (value) => {
        const read = inventoryFromItem(stored(inventoryToItem(value), inventoryKeys));
        expect(read.itemId).toBe(12);
        expect(read.answer).toBe(value.status);
        // SharePoint's Modified and Editor (a claims login) say who saved last and when.
        expect(read.inventory).toEqual({
          ...asStored(value),
          updatedAt: '2018-05-01T10:00:00Z',
          updatedBy: 'anna.berg@kommun.example',
        });
        // And writing what was read gives the same body: an unchanged inventory is recognised as unchanged.
        expect(fingerprint(inventoryToItem(read.inventory))).toBe(fingerprint(inventoryToItem(value)));
      }),
    );
  });

  it('never write a verdict into the Status column: while a decision is in force it is left as it is', () => {
    const read = inventoryFromItem(stored({ Status: 'Inskickad' }, inventoryKeys)).inventory;
    expect(inventoryToItem(read).Status).toBe('Inskickad');
    for (const status of ['approved', 'returned'] as const)
      expect(inventoryToItem({ ...read, status })).not.toHaveProperty('Status');
  });

  it('read a verdict someone wrote into the Status column as an unreadable item, never as a decision', () => {
    for (const forged of ['Godkänd', 'Återsänd']) {
      const error = errorOf(() => inventoryFromItem(stored({ Status: forged }, inventoryKeys)));
      expect(error.issues.map((i) => [i.code, i.path])).toEqual([
        ['unknownReference', 'Inventeringar.12.Status'],
      ]);
    }
  });

  it('store the admin hours total for SharePoint views', () => {
    const body = inventoryToItem({
      ...inventoryFromItem(stored({ Status: 'Utkast' }, inventoryKeys)).inventory,
      firstLine: {
        adminHours: { hr: 1.1, it: 2.2, ovrigt: null },
        chefsnaraStodArsarbetare: null,
        medarbetarspann: 3,
        lackingSupport: '',
      },
    });
    expect(body.AdminHoursTotal).toBe(3.3);
    expect(body.Medarbetarspann).toBe(3);
  });

  it('name the item and every bad column when people broke it in SharePoint', () => {
    const error = errorOf(() =>
      inventoryFromItem(
        stored(
          { Status: 'Klar', FirstLine: '{"adminHours": ', SubmittedAt: 'igår' },
          { ...inventoryKeys, UnitCode: null },
        ),
      ),
    );
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('Inventeringar item 12 (2018:E1)');
    expect(error.issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ['unknownReference', 'Inventeringar.12.Status'],
        ['wrongType', 'Inventeringar.12.FirstLine'],
        ['invalidDate', 'Inventeringar.12.SubmittedAt'],
        ['required', 'Inventeringar.12.UnitCode'],
      ]),
    );
  });

  it('report JSON of the wrong shape with a path inside the column', () => {
    const error = errorOf(() =>
      inventoryFromItem(
        stored({ Status: 'Utkast', FirstLine: '{"adminHours":{"hr":"tre"}}' }, inventoryKeys),
      ),
    );
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['wrongType', 'Inventeringar.12.FirstLine.adminHours.hr'],
    ]);
  });
});

describe('lines', () => {
  it('read back as stored, whatever the values (property)', () => {
    fc.assert(
      fc.property(line('ekonomi'), (value) => {
        const read = lineFromItem(
          stored(lineToItem(value), { InventoryKey: '2018:E1', FunctionId: 'ekonomi' }),
        );
        expect(read).toEqual({ itemId: 12, inventoryKey: '2018:E1', line: value });
        expect(fingerprint(lineToItem(read.line))).toBe(fingerprint(lineToItem(value)));
      }),
    );
  });

  it('read a created, unanswered line item as an empty line (verbose multi-choice too)', () => {
    expect(
      lineFromItem(
        stored({ SupportLocations: { results: [] } }, { InventoryKey: '2018:E1', FunctionId: 'hr' }),
      ).line,
    ).toEqual(emptyLine('hr'));
    expect(
      lineFromItem(
        stored(
          { SupportLocations: { results: ['Externt', 'Egen enhet'] } },
          { InventoryKey: 'k', FunctionId: 'hr' },
        ),
      ).line.supportLocations,
    ).toEqual(['extern', 'egenEnhet']);
  });

  it('refuse scores outside 1–5, unknown locations and broken roles, naming the item', () => {
    const error = errorOf(() =>
      lineFromItem(
        stored(
          {
            Quality: 7,
            SupportLocations: ['Månen'],
            Roles: '[{"roleId":"controller"}]',
            Placement: 'Överallt',
          },
          { InventoryKey: '2018:E1', FunctionId: 'ekonomi' },
        ),
      ),
    );
    expect(error.message).toContain('Inventeringsrader item 12 (2018:E1)');
    expect(error.issues.map((i) => [i.code, i.path])).toEqual(
      expect.arrayContaining([
        ['outOfRange', 'Inventeringsrader.12.Quality'],
        ['unknownReference', 'Inventeringsrader.12.SupportLocations'],
        ['wrongType', 'Inventeringsrader.12.Roles.0.arsarbetare'],
        ['unknownReference', 'Inventeringsrader.12.Placement'],
      ]),
    );
  });

  it('are partitioned by kontor, or by sektor outside any kontor', () => {
    expect(partitionOf({ periodId: '2018', sektorId: 'S1', kontorId: 'K1' })).toBe('2018:K1');
    expect(partitionOf({ periodId: '2018', sektorId: 'S1', kontorId: null })).toBe('2018:S1');
  });
});

describe('units, periods, functions and requirements', () => {
  const unit: Unit = {
    id: 'E3',
    kind: 'enhet',
    name: "Öster & Väster's #1",
    parentId: 'K2',
    manager: { upn: "o'neil@kommun.example", name: "Örjan O'Neil", level: 'enhetschef' },
    headcount: 12,
    arsarbetare: 10.5,
    sektorId: 'S2',
    kontorId: 'K2',
    managersReporting: 1,
  };

  it('round-trip a unit, a vacant one and a sektor', () => {
    expect(unitFromItem(stored(unitToItem(unit)))).toEqual(unit);
    const vacant: Unit = { ...unit, manager: null };
    expect(unitFromItem(stored(unitToItem(vacant)))).toEqual(vacant);
    const sektor: Unit = {
      ...unit,
      id: 'S2',
      kind: 'sektor',
      parentId: null,
      sektorId: 'S2',
      kontorId: null,
      manager: { upn: 'stina@kommun.example', name: 'Stina', level: 'sektorchef' },
    };
    expect(unitFromItem(stored(unitToItem(sektor)))).toEqual(sektor);
  });

  it('round-trip a stab, and read a Stab column that is No, empty or missing as not a stab', () => {
    const stab: Unit = { ...unit, stab: true };
    expect(unitToItem(stab).Stab).toBe(true);
    expect(unitFromItem(stored(unitToItem(stab)))).toEqual(stab);
    expect(unitToItem(unit).Stab).toBe(false);
    for (const value of [false, null, undefined])
      expect(unitFromItem(stored({ ...unitToItem(unit), Stab: value }))).toEqual(unit);
  });

  it('refuse a Stab column that is not Yes/No', () => {
    const error = errorOf(() => unitFromItem(stored({ ...unitToItem(unit), Stab: 'Ja' })));
    expect(error.issues.map((i) => [i.path, i.code])).toEqual([['Organisation.12.Stab', 'wrongType']]);
  });

  it('refuse a unit without code or with a manager level nobody knows', () => {
    const error = errorOf(() =>
      unitFromItem(stored({ ...unitToItem(unit), UnitCode: null, ManagerLevel: 'Kung' })),
    );
    expect(error.issues.map((i) => i.path)).toEqual([
      'Organisation.12.UnitCode',
      'Organisation.12.ManagerLevel',
    ]);
  });

  it('read period dates as Swedish dates, whether stored at UTC or local midnight', () => {
    const period = {
      id: '2018',
      name: { sv: 'Våren 2018', en: 'Spring 2018' },
      opensOn: '2018-03-01',
      closesOn: '2018-06-30',
    };
    expect(periodFromItem(stored(periodToItem(period)))).toEqual(period);
    expect(
      periodFromItem(
        stored({
          ...periodToItem(period),
          OpensOn: '2018-02-28T23:00:00Z',
          ClosesOn: '2018-06-29T22:00:00Z',
        }),
      ),
    ).toEqual(period);
  });

  it('round-trip functions and requirements', () => {
    for (const [index, fn] of defaultMunicipalityConfig().taxonomy.functions.entries()) {
      expect(functionFromItem(stored(functionToItem(fn, index)))).toEqual({ fn, sortOrder: index });
    }
    const requirement = { functionId: 'ekonomi', roleId: 'controller', minArsarbetare: 2 };
    expect(requirementFromItem(stored(requirementToItem(requirement, 'Controller')))).toEqual(requirement);
  });

  it('refuse roles JSON that is not JSON, naming the function', () => {
    const fn = defaultMunicipalityConfig().taxonomy.functions[0]!;
    const error = errorOf(() => functionFromItem(stored({ ...functionToItem(fn, 1), Roles: '[{id:' })));
    expect(error.message).toContain(`Stödfunktioner item 12 (${fn.id})`);
  });
});

describe('the configuration', () => {
  const config = defaultMunicipalityConfig();
  const itemsOf = (value = config) => ({
    settings: [stored(settingsToItem(value))],
    functions: value.taxonomy.functions
      .map((fn, i) => stored(functionToItem(fn, i), { Id: 100 + i }))
      .reverse(),
    requirements: value.receiverProfile.requirements.map((r) => stored(requirementToItem(r, r.roleId))),
  });

  it('is assembled from its three lists, functions in their order', () => {
    expect(configFromItems(itemsOf())).toEqual(config);
  });

  it('keeps the first-line mission as changed, not the default', () => {
    const mission = config.firstLineMission!;
    const changed = { ...config, firstLineMission: { ...mission, spanLimit: mission.spanLimit + 5 } };
    expect(configFromItems(itemsOf(changed)).firstLineMission).toEqual(changed.firstLineMission);
  });

  it('is the default while no configuration is stored', () => {
    expect(configFromItems({ settings: [], functions: [], requirements: [] })).toEqual(config);
  });

  it('names the setting item when its JSON is corrupt', () => {
    const items = itemsOf();
    const error = errorOf(() =>
      configFromItems({ ...items, settings: [stored({ Title: 'config', Value: '{"schemaVersion":1,' })] }),
    );
    expect(error.code).toBe('invalid');
    expect(error.message).toContain('Inställningar item 12 (config)');
  });

  it('reports a configuration that breaks the rules, e.g. a requirement of an unknown function', () => {
    const items = itemsOf();
    const error = errorOf(() =>
      configFromItems({
        ...items,
        requirements: [
          ...items.requirements,
          stored({ FunctionId: 'okand', RoleId: 'x', MinArsarbetare: 1 }),
        ],
      }),
    );
    expect(error.issues.map((i) => i.code)).toContain('unknownReference');
  });
});

describe('versions and values', () => {
  it('encode and decode an inventory’s item states', () => {
    const state = {
      item: [12, 3, 'abc'] as const,
      lines: { ekonomi: [13, 1, 'x'] as const },
      answer: 'draft' as const,
    };
    expect(decodeVersion(encodeVersion(state))).toEqual(state);
  });

  it('make a revision of the items’ IDs and versions alone, lines in ID order', () => {
    const state = {
      item: [12, 3, 'abc'] as const,
      lines: { it: [40, 2, 'x'] as const, ekonomi: [13, 1, 'y'] as const },
      answer: 'draft' as const,
    };
    expect(revisionOf(state)).toBe('12.3;13.1,40.2');
    expect(revisionOf({ ...state, item: [12, 3, 'other'] as const })).toBe('12.3;13.1,40.2');
    expect(revisionOf({ ...state, lines: { ...state.lines, it: [40, 3, 'x'] as const } })).toBe(
      '12.3;13.1,40.3',
    );
  });

  it.each([
    '',
    'not json',
    '{"i":[1,2],"l":{},"a":"draft"}',
    '{"i":[1,2,"x"],"l":{"a":[1]},"a":"draft"}',
    '{"i":[1,2,"x"],"l":{},"a":"approved"}',
    '"3"',
  ])('refuse %j as a version', (text) => {
    expect(errorOf(() => decodeVersion(text)).code).toBe('invalid');
  });

  it('read the version number of both ETag forms', () => {
    expect(etagVersion('"3"')).toBe(3);
    expect(etagVersion('"68be87d5-96e5-49ab-8477-9b17070c8a33,14"')).toBe(14);
    expect(etagVersion(undefined)).toBeNull();
  });

  it('cut instants to the second, as SharePoint stores them', () => {
    expect(instantText('2018-05-03T08:12:33.987Z')).toBe('2018-05-03T08:12:33Z');
    expect(instantText('2018-05-03T10:12:33+02:00')).toBe('2018-05-03T08:12:33Z');
    expect(instantText(null)).toBeNull();
  });

  it('treat empty values alike when telling changed items from unchanged', () => {
    expect(itemDiffers({ A: null, B: '', C: { results: [] } }, { A: [], B: null, C: null })).toBe(false);
    expect(itemDiffers({ A: ['Kontoret'] }, { A: ['Kontoret', 'Externt'] })).toBe(true);
    expect(itemDiffers({ A: 1 }, { A: 1, B: 'new' })).toBe(true);
    // A Yes/No column added after the item was written has no value on it, which reads as No.
    expect(itemDiffers({ A: null }, { A: false })).toBe(false);
    expect(itemDiffers({ A: null }, { A: true })).toBe(true);
    expect(itemDiffers({ A: true }, { A: false })).toBe(true);
  });

  it('find the ID under either spelling', () => {
    expect(itemIdOf({ Id: 4 })).toBe(4);
    expect(itemIdOf({ ID: 5 })).toBe(5);
    expect(itemIdOf({})).toBeNaN();
  });
});
