import {
  aggregate,
  dispersion,
  fteByFunction,
  fteByLocation,
  missingSubmissions,
  placementProposals,
  progressByKontor,
  progressBySektor,
  receiverReadiness,
  supportInequality,
  type AggregationInput,
  type AreaSummary,
  type FunctionSummary,
} from '../../../src/domain';
import { config, firstLine, inventory, line, units } from './fixtures';

// A small municipality whose every figure can be worked out by hand (see the comments for the sums).
const inventories = [
  inventory('K1', {
    status: 'approved',
    lines: [
      line('ekonomi', {
        persons: 2,
        arsarbetare: 1.5,
        roles: [{ roleId: 'controller', arsarbetare: 1.5 }],
        supportLocations: ['egenEnhet', 'central'],
        quality: 4,
        competenceNow: 3,
        competenceNeeded: 4,
        placement: 'samordnaSektor',
      }),
      line('hr', {
        persons: 1,
        arsarbetare: 1,
        roles: [{ roleId: 'hrStrateg', arsarbetare: 1 }],
        supportLocations: ['central'],
        quality: 2,
        competenceNow: 2,
        competenceNeeded: 2,
        placement: 'centralisera',
      }),
    ],
  }),
  inventory('E1', {
    status: 'submitted',
    lines: [
      line('ekonomi', {
        persons: 1,
        arsarbetare: 0.5,
        roles: [{ roleId: 'ekonomiassistent', arsarbetare: 0.5 }],
        supportLocations: ['kontor'],
        quality: 3,
        competenceNow: 3,
        competenceNeeded: 5,
        placement: 'verksamhetsnara',
      }),
      line('hr', { supportLocations: ['kontor'], quality: 4, competenceNow: 4, competenceNeeded: 4 }),
      line('personal', { persons: 9, arsarbetare: 9 }), // not in the configuration: skipped and counted
    ],
  }),
  inventory('E2', {
    status: 'draft',
    lines: [line('ekonomi', { persons: 5, arsarbetare: 5 })],
    firstLine: firstLine(),
  }),
  inventory('E4', {
    status: 'submitted',
    updatedAt: '2018-06-15T10:00:00.000Z',
    lines: [
      line('ekonomi', {
        persons: 1,
        arsarbetare: 0.8,
        roles: [{ roleId: 'controller', arsarbetare: 0.8 }],
        supportLocations: ['egenEnhet'],
        quality: 5,
        competenceNow: 4,
        competenceNeeded: 4,
        placement: 'verksamhetsnara',
      }),
    ],
    firstLine: firstLine({ chefsnaraStodArsarbetare: 0.5, medarbetarspann: 10 }),
  }),
  // An older copy of E4's inventory listed later: the later `updatedAt` wins, not the later position.
  inventory('E4', {
    status: 'draft',
    updatedAt: '2018-06-01T10:00:00.000Z',
    lines: [line('ekonomi', { persons: 40, arsarbetare: 40 })],
  }),
  inventory('E3', {
    status: 'approved',
    lines: [
      line('ekonomi', {
        supportLocations: ['sektor'],
        quality: 1,
        competenceNow: 2,
        competenceNeeded: 3,
        placement: 'centralisera',
      }),
    ],
    firstLine: firstLine({
      adminHours: { hr: 4, ekonomi: 2, processerKvalitet: 1, strategiskStyrning: 1, it: 1, ovrigt: 1 },
      chefsnaraStodArsarbetare: 0,
      medarbetarspann: 30,
    }),
  }),
  inventory('K2', { status: 'returned', lines: [line('ekonomi', { persons: 3, arsarbetare: 3 })] }),
  inventory('S2', { status: 'submitted', lines: [] }), // an empty inventory contributes zero
  {
    ...inventory('E5', { status: 'approved', lines: [line('ekonomi', { persons: 7, arsarbetare: 7 })] }),
    periodId: '2017',
  },
  { ...inventory('E3', { status: 'approved' }), unitId: 'E99' },
];

const input: AggregationInput = { units, inventories, config, periodId: '2018' };
const result = aggregate(input);

const area = (list: readonly AreaSummary[], id: string): AreaSummary => {
  const found = list.find((a) => a.id === id);
  if (found === undefined) throw new Error(`no area ${id}`);
  return found;
};
const fn = (summary: AreaSummary, id: string): FunctionSummary => {
  const found = summary.functions.find((f) => f.functionId === id);
  if (found === undefined) throw new Error(`no function ${id}`);
  return found;
};

describe('aggregate: support figures', () => {
  it('sums the counted (submitted and approved) inventories of the kommun', () => {
    // K1 2 + 1 persons, E1 1, E4 1, E3 0; FTE 1.5 + 1 + 0.5 + 0.8; headcount of K1, E1, E4, E3, S2 = 80.
    expect(result.kommun).toMatchObject({
      level: 'kommun',
      id: 'kommun',
      name: 'Gävle kommun',
      units: 10,
      reportingUnits: 5,
    });
    expect(result.kommun.headcount).toBe(150);
    expect(result.kommun.reportingHeadcount).toBe(80);
    expect(result.kommun.support.persons).toBe(5);
    expect(result.kommun.support.arsarbetare).toBeCloseTo(3.8, 10);
    expect(result.kommun.support.per100Employees).toBeCloseTo(4.75, 10);
  });

  it('places staff FTE where the staff sit', () => {
    const byLocation = result.kommun.support.byLocation;
    expect(byLocation.kontor).toBeCloseTo(2.5, 10); // K1
    expect(byLocation.egenEnhet).toBeCloseTo(1.3, 10); // E1 + E4
    expect(byLocation.sektor).toBe(0);
    expect(byLocation.central).toBe(0);
    expect(byLocation.extern).toBe(0);
  });

  it('summarises each function: FTE by role, quality, competence gap, votes and where support comes from', () => {
    const ekonomi = fn(result.kommun, 'ekonomi');
    expect(ekonomi).toMatchObject({ persons: 4, unitsReporting: 4, unitsWithStaff: 3 });
    expect(ekonomi.arsarbetare).toBeCloseTo(2.8, 10);
    expect(ekonomi.per100Employees).toBeCloseTo(3.5, 10);
    expect(ekonomi.arsarbetareByRole.controller).toBeCloseTo(2.3, 10);
    expect(ekonomi.arsarbetareByRole).toMatchObject({ ekonomiassistent: 0.5 });
    expect(ekonomi.quality).toEqual({ responses: 4, mean: 3.25 }); // (4 + 3 + 5 + 1) / 4
    expect(ekonomi.competence).toEqual({
      responses: 4,
      meanNow: 3,
      meanNeeded: 4,
      meanGap: 1,
      unitsWithGap: 3,
    });
    expect(ekonomi.placementVotes).toEqual({ verksamhetsnara: 2, samordnaSektor: 1, centralisera: 1 });
    expect(ekonomi.receivedFrom).toEqual({ egenEnhet: 2, kontor: 1, sektor: 1, central: 1, extern: 0 });
    const hr = fn(result.kommun, 'hr');
    expect(hr).toMatchObject({ persons: 1, arsarbetare: 1, unitsReporting: 2, unitsWithStaff: 1 });
    expect(hr.competence.meanGap).toBe(0);
    expect(hr.placementVotes).toEqual({ verksamhetsnara: 0, samordnaSektor: 1, centralisera: 1 });
  });

  it('gives no mean where nobody answered', () => {
    const juridik = fn(result.kommun, 'juridik');
    expect(juridik).toMatchObject({ persons: 0, arsarbetare: 0, unitsReporting: 0, arsarbetareByRole: {} });
    expect(juridik.quality).toEqual({ responses: 0, mean: null });
    expect(juridik.competence.meanGap).toBeNull();
    expect(area(result.kontor, 'K3').support.per100Employees).toBeNull();
  });

  it('lists functions in configuration order in every area', () => {
    for (const summary of [result.kommun, ...result.sektorer, ...result.kontor]) {
      expect(summary.functions.map((f) => f.functionId)).toEqual(config.taxonomy.functions.map((f) => f.id));
    }
  });

  it('summarises each sektor and kontor', () => {
    const s1 = area(result.sektorer, 'S1');
    expect(s1).toMatchObject({
      name: 'Sektor omsorg',
      sektorId: 'S1',
      units: 7,
      reportingUnits: 3,
      reportingHeadcount: 60,
    });
    expect(s1.support.arsarbetare).toBeCloseTo(3.8, 10); // every counted unit lies in S1
    expect(s1.support.per100Employees).toBeCloseTo(380 / 60, 10);
    const s2 = area(result.sektorer, 'S2');
    expect(s2).toMatchObject({ units: 3, reportingUnits: 2, reportingHeadcount: 20 });
    expect(s2.support).toMatchObject({ persons: 0, arsarbetare: 0, per100Employees: 0 });
    const k1 = area(result.kontor, 'K1');
    expect(k1).toMatchObject({ name: 'Äldreomsorgen', sektorId: 'S1', units: 3, reportingUnits: 2 });
    expect(k1.support.per100Employees).toBeCloseTo(6, 10); // 3.0 FTE / 50 employees
    expect(area(result.kontor, 'K2').name).toBe('Kultur & fritid #2');
  });

  it('summarises the first-line managers’ administration, chefsnära stöd and span of control', () => {
    const { firstLine: first } = result.kommun;
    expect(first.respondents).toBe(2); // E4 and E3; E2 is a draft
    expect(first.adminHoursMean).toEqual({
      hr: 3,
      ekonomi: 2,
      processerKvalitet: 1.5,
      strategiskStyrning: 1.5,
      it: 1.5,
      ovrigt: 1.5,
    });
    expect(first.adminHoursTotalMean).toBe(11); // (12 + 10) / 2
    expect(first.medarbetarspann).toEqual({ responses: 2, mean: 20, max: 30 });
    expect(first.chefsnaraStodArsarbetare).toBe(0.5);
  });

  it('counts drafts too when asked', () => {
    const withDrafts = aggregate({
      ...input,
      countedStatuses: ['draft', 'submitted', 'returned', 'approved'],
    });
    // + E2 draft 5, + K2 returned 3
    expect(withDrafts.kommun.support.arsarbetare).toBeCloseTo(11.8, 10);
    expect(withDrafts.kommun.reportingUnits).toBe(7);
    expect(withDrafts.countedStatuses).toEqual(['draft', 'submitted', 'returned', 'approved']);
    expect(result.countedStatuses).toEqual(['submitted', 'approved']);
  });

  it('reports what it skipped', () => {
    expect(result.diagnostics).toEqual({
      unknownUnitInventories: 1,
      duplicateInventories: 1,
      unknownFunctionLines: 1,
    });
  });

  it('returns plain data that survives JSON (for cards and Excel)', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('aggregate: progress and missing submissions', () => {
  it('counts every unit once, by status', () => {
    expect(result.kommun.progress).toEqual({
      total: 10,
      byStatus: { notStarted: 3, draft: 1, submitted: 3, returned: 1, approved: 2 },
      submittedOrApproved: 5,
      share: 0.5,
    });
    expect(area(result.sektorer, 'S1').progress.byStatus).toEqual({
      notStarted: 3,
      draft: 1,
      submitted: 2,
      returned: 0,
      approved: 1,
    });
    expect(area(result.kontor, 'K3').progress).toMatchObject({ total: 2, submittedOrApproved: 0, share: 0 });
  });

  it('lists who has not submitted, with their manager, in organisation order', () => {
    expect(result.missing.map((m) => [m.unitId, m.status, m.managerUpn])).toEqual([
      ['S1', 'notStarted', 'sektor.chef1@kommun.example'],
      ['K2', 'returned', 'kontor2@kommun.example'],
      ['K3', 'notStarted', 'kontor3@kommun.example'],
      ['E2', 'draft', 'enhet2@kommun.example'],
      ['E5', 'notStarted', null],
    ]);
    expect(result.missing[1]).toMatchObject({
      unitName: 'Kultur & fritid #2',
      kind: 'kontor',
      sektorId: 'S2',
      kontorId: 'K2',
    });
  });
});

describe('aggregate: mottagare readiness and inequality', () => {
  it('compares each sektor with the receiver profile, counting sektor and kontor staff only', () => {
    const s1 = result.readiness.rows.find((r) => r.sektorId === 'S1');
    // K1's controller 1.5 counts; E4's 0.8 does not (an enhet); the requirement is 2.
    expect(s1?.cells.map((c) => [c.roleId, c.required, c.present, c.shortfall, c.met])).toEqual([
      ['controller', 2, 1.5, 0.5, 'notMet'],
      ['hrStrateg', 1, 1, 0, 'met'],
      ['verksamhetsutvecklare', 2, 0, 2, 'notMet'],
      ['kommunikator', 1, 0, 1, 'notMet'],
      ['namndsekreterare', 1, 0, 1, 'notMet'],
      ['analytiker', 1, 0, 1, 'notMet'],
    ]);
    expect(s1).toMatchObject({ name: 'Sektor omsorg', metCount: 1, totalShortfall: 5.5 });
    expect(result.readiness.rows.find((r) => r.sektorId === 'S2')).toMatchObject({
      metCount: 0,
      totalShortfall: 8,
    });
    expect(result.readiness.countedUnitKinds).toEqual(['sektor', 'kontor']);
    expect(result.readiness.requirements).toHaveLength(6);
  });

  it('counts enhet staff when the profile says so', () => {
    const everyLevel = {
      ...config,
      receiverProfile: {
        ...config.receiverProfile,
        countedUnitKinds: ['sektor', 'kontor', 'enhet'] as const,
      },
    };
    const readiness = receiverReadiness({ ...input, config: everyLevel });
    const controller = readiness.rows.find((r) => r.sektorId === 'S1')?.cells[0];
    expect(controller?.present).toBeCloseTo(2.3, 10);
    expect(controller).toMatchObject({ shortfall: 0, met: 'met' });
  });

  it('measures inequality across sectors as the coefficient of variation', () => {
    // Support FTE per 100 employees: S1 3.8 / 60 × 100, S2 0 → population SD equals the mean, CV 1.
    const { supportPer100Employees, receiverRoles, measure } = result.inequality;
    expect(measure).toBe('coefficientOfVariation');
    expect(supportPer100Employees.n).toBe(2);
    expect(supportPer100Employees.mean).toBeCloseTo(190 / 60, 10);
    expect(supportPer100Employees.standardDeviation).toBeCloseTo(190 / 60, 10);
    expect(supportPer100Employees.coefficientOfVariation).toBeCloseTo(1, 10);
    expect(receiverRoles[0]?.dispersion).toMatchObject({
      n: 2,
      mean: 0.75,
      coefficientOfVariation: 1,
      min: 0,
      max: 1.5,
    });
    expect(receiverRoles[3]?.dispersion).toMatchObject({ mean: 0, coefficientOfVariation: null });
  });
});

describe('dispersion', () => {
  it('uses the population standard deviation', () => {
    expect(dispersion([2, 4, 4, 4, 5, 5, 7, 9])).toEqual({
      n: 8,
      mean: 5,
      standardDeviation: 2,
      coefficientOfVariation: 0.4,
      min: 2,
      max: 9,
    });
  });

  it('is empty without values and has no CV for a zero mean', () => {
    expect(dispersion([])).toEqual({
      n: 0,
      mean: null,
      standardDeviation: null,
      coefficientOfVariation: null,
      min: null,
      max: null,
    });
    expect(dispersion([0, 0]).coefficientOfVariation).toBeNull();
    expect(dispersion([3, 3, 3]).coefficientOfVariation).toBe(0);
  });
});

describe('query functions named for their question', () => {
  it('answer the same as the full aggregate', () => {
    expect(missingSubmissions(input)).toEqual(result.missing);
    expect(receiverReadiness(input)).toEqual(result.readiness);
    expect(supportInequality(input)).toEqual(result.inequality);
    expect(placementProposals(input)).toEqual(result.proposals);
    expect(progressBySektor(input)).toEqual(
      Object.fromEntries(result.sektorer.map((s) => [s.id, s.progress])),
    );
    expect(progressByKontor(input)).toEqual(Object.fromEntries(result.kontor.map((k) => [k.id, k.progress])));
  });

  it('give FTE by function and by location per area', () => {
    const byFunction = fteByFunction(input);
    expect(byFunction.kommun.ekonomi).toBeCloseTo(2.8, 10);
    expect(byFunction.sektorer.S1?.ekonomi).toBeCloseTo(2.8, 10);
    expect(byFunction.sektorer.S2?.ekonomi).toBe(0);
    expect(byFunction.kontor.K1?.ekonomi).toBeCloseTo(2, 10);
    expect(byFunction.kontor.K1?.hr).toBe(1);
    expect(Object.keys(byFunction.kommun)).toHaveLength(config.taxonomy.functions.length);
    const byLocation = fteByLocation(input);
    expect(byLocation.sektorer.S1?.egenEnhet).toBeCloseTo(1.3, 10);
    expect(byLocation.kontor.K1?.kontor).toBeCloseTo(2.5, 10);
  });

  it('count staff in a central sector as central', () => {
    const central = fteByLocation({ ...input, config: { ...config, centralSektorIds: ['S1'] } });
    expect(central.kommun.central).toBeCloseTo(3.8, 10);
    expect(central.kommun.kontor).toBe(0);
  });

  it('have too few votes in this small municipality for any proposal', () => {
    expect(result.proposals.kommun.every((p) => p.proposal === 'insufficientData')).toBe(true);
    expect(result.proposals.sektorer).toHaveLength(2 * config.taxonomy.functions.length);
    expect(result.proposals.kommun[0]?.explanation.sv).toBe('Färre än 5 chefer har angett placering.');
  });
});
