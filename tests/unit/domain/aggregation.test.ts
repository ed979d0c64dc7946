import {
  aggregate,
  dispersion,
  fteByFunction,
  fteByStaffLocation,
  missingSubmissions,
  placementProposals,
  progressByKontor,
  progressBySektor,
  receiverReadiness,
  supportInequality,
  answerFigures,
  type AggregationInput,
  type AreaSummary,
  type FunctionSummary,
  type Inventory,
  type MunicipalityAggregate,
  type ReadinessMatrix,
  type ReviewDecision,
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
  inventory('S2', {
    status: 'submitted',
    lines: [
      line('ekonomi', {
        supportLocations: ['sektor'],
        quality: 3,
        competenceNow: 5,
        competenceNeeded: 4,
        placement: 'verksamhetsnara',
      }),
    ],
  }),
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
  it('sums the counted (submitted and approved) inventories of the kommun, per 100 of all its employees', () => {
    // K1 2 + 1 persons, E1 1, E4 1, E3 0, S2 0; FTE 1.5 + 1 + 0.5 + 0.8; reporting K1, E1, E4, E3, S2 = 80 of 150.
    expect(result.kommun).toMatchObject({
      level: 'kommun',
      id: 'kommun',
      name: 'Gävle kommun',
      units: 10,
      reportingUnits: 5,
      reportingFromLastApproval: 0,
      headcount: 150,
      reportingHeadcount: 80,
    });
    expect(result.kommun.reportingEmployeeShare).toBe(80 / 150);
    expect(result.kommun.support.persons).toBe(5);
    // Exact to the hundredth: no float residue (1.5 + 1 + 0.5 + 0.8 in doubles is 3.8000000000000003).
    expect(result.kommun.support.arsarbetare).toBe(3.8);
    expect(result.kommun.support.per100Employees).toBe((3.8 / 150) * 100);
  });

  it('places staff FTE where the staff sit, which is never external', () => {
    expect(result.kommun.support.staffLocation).toEqual({
      egenEnhet: 1.3,
      kontor: 2.5,
      sektor: 0,
      central: 0,
    });
  });

  it('summarises each function: FTE by role, quality and competence with n, votes and where support comes from', () => {
    const ekonomi = fn(result.kommun, 'ekonomi');
    expect(ekonomi).toMatchObject({ persons: 4, arsarbetare: 2.8, unitsReporting: 5, unitsWithStaff: 3 });
    expect(ekonomi.per100Employees).toBe((2.8 / 150) * 100);
    expect(ekonomi.arsarbetareByRole).toEqual({ controller: 2.3, ekonomiassistent: 0.5 });
    expect(ekonomi.quality).toEqual({ n: 5, value: 3.2 }); // (4 + 3 + 5 + 1 + 3) / 5
    // Gaps K1 +1, E1 +2, E4 0, E3 +1, S2 −1: the signed mean would be 0.6; S2's surplus does not cancel a shortfall.
    expect(ekonomi.competence).toEqual({
      n: 5,
      now: 3.4,
      needed: 4,
      shareWithShortfall: 0.6,
      meanShortfall: 0.8,
    });
    expect(ekonomi.placementVotes).toEqual({ verksamhetsnara: 3, samordnaSektor: 1, centralisera: 1 });
    expect(ekonomi.receivedFrom).toEqual({ egenEnhet: 2, kontor: 1, sektor: 2, central: 1, extern: 0 });
  });

  it('withholds a mean of fewer than five answers, keeping its n', () => {
    const hr = fn(result.kommun, 'hr');
    expect(hr).toMatchObject({ persons: 1, arsarbetare: 1, unitsReporting: 2, unitsWithStaff: 1 });
    expect(hr.quality).toEqual({ n: 2, value: null });
    expect(hr.competence).toEqual({
      n: 2,
      now: null,
      needed: null,
      shareWithShortfall: null,
      meanShortfall: null,
    });
    const juridik = fn(result.kommun, 'juridik');
    expect(juridik).toMatchObject({ persons: 0, arsarbetare: 0, unitsReporting: 0, arsarbetareByRole: {} });
    expect(juridik.quality).toEqual({ n: 0, value: null });
    const { firstLine: first } = result.kommun;
    expect(first.respondents).toBe(2); // E4 and E3; E2 is a draft
    expect(first.adminHours.hr).toEqual({ n: 2, value: null });
    expect(first.adminHoursTotal).toEqual({ n: 2, value: null });
    // The largest span of two would be one unit's own answer.
    expect(first.medarbetarspann).toEqual({ n: 2, mean: null, max: null });
    expect(first.chefsnaraStodArsarbetare).toBe(0.5);
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
      headcount: 110,
      reportingHeadcount: 60,
    });
    expect(s1.support.arsarbetare).toBe(3.8); // every counted FTE lies in S1
    expect(s1.support.per100Employees).toBe((3.8 / 110) * 100);
    const s2 = area(result.sektorer, 'S2');
    expect(s2).toMatchObject({ units: 3, reportingUnits: 2, headcount: 40, reportingHeadcount: 20 });
    expect(s2.support).toMatchObject({ persons: 0, arsarbetare: 0, per100Employees: 0 });
    const k1 = area(result.kontor, 'K1');
    expect(k1).toMatchObject({ name: 'Äldreomsorgen', sektorId: 'S1', units: 3, reportingUnits: 2 });
    expect(k1.support.per100Employees).toBe((3 / 70) * 100); // 3.0 FTE / 70 employees
    expect(area(result.kontor, 'K3').support.per100Employees).toBe(0);
    expect(area(result.kontor, 'K3').reportingEmployeeShare).toBe(0);
    expect(area(result.kontor, 'K2').name).toBe('Kultur & fritid #2');
  });

  it('reports what it skipped', () => {
    expect(result.diagnostics).toEqual({
      unknownUnitInventories: 1,
      duplicateInventories: 1,
      unknownFunctionLines: 1,
      unknownRoles: 0,
      emptyAnswers: [],
      excludedLines: [],
    });
  });

  it('returns plain data that survives JSON (for cards and Excel)', () => {
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

describe('aggregate: progress and missing submissions', () => {
  it('counts every unit that can answer once, by status, and vacant units apart', () => {
    // E5 is vacant and has no inventory this period: nobody can answer, so it is outside the base.
    expect(result.kommun.progress).toEqual({
      total: 9,
      byStatus: { notStarted: 2, draft: 1, submitted: 3, returned: 1, approved: 2 },
      submittedOrApproved: 5,
      share: 5 / 9,
      vacant: 1,
    });
    expect(area(result.sektorer, 'S1').progress).toMatchObject({
      total: 6,
      byStatus: { notStarted: 2, draft: 1, submitted: 2, returned: 0, approved: 1 },
      vacant: 1,
    });
    expect(area(result.kontor, 'K3').progress).toMatchObject({ total: 1, submittedOrApproved: 0, share: 0 });
  });

  it('lists who has not submitted, with their manager, in organisation order, vacant units flagged', () => {
    expect(result.missing.map((m) => [m.unitId, m.status, m.managerUpn, m.vacant])).toEqual([
      ['S1', 'notStarted', 'sektor.chef1@kommun.example', false],
      ['K2', 'returned', 'kontor2@kommun.example', false],
      ['K3', 'notStarted', 'kontor3@kommun.example', false],
      ['E2', 'draft', 'enhet2@kommun.example', false],
      ['E5', 'notStarted', null, true],
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
  const cellsOf = (matrix: ReadinessMatrix, sektorId: string) =>
    matrix.rows
      .find((r) => r.sektorId === sektorId)
      ?.cells.map((c) => [c.roleId, c.required, c.present, c.shortfall, c.state]);

  it('says “not reported” where a receiving unit has not answered, naming it', () => {
    // S1's receiving units: S1 and K3 (not started), K1 (controller 1.5) and the stab E4 (controller 0.8).
    expect(cellsOf(result.readiness, 'S1')).toEqual([
      ['controller', 2, 2.3, null, 'met'],
      ['hrStrateg', 1, 1, null, 'met'],
      ['verksamhetsutvecklare', 2, 0, null, 'notReported'],
      ['kommunikator', 1, 0, null, 'notReported'],
      ['namndsekreterare', 1, 0, null, 'notReported'],
      ['analytiker', 1, 0, null, 'notReported'],
    ]);
    expect(result.readiness.rows.find((r) => r.sektorId === 'S1')).toMatchObject({
      name: 'Sektor omsorg',
      metCount: 2,
      totalShortfall: 0,
      receivingUnits: 4,
      unreported: [
        { unitId: 'S1', name: 'Sektor omsorg', status: 'notStarted' },
        { unitId: 'K3', name: 'Individ- och familjeomsorgen', status: 'notStarted' },
      ],
    });
    // K2's returned inventory was never approved: it does not count, and the row says so.
    expect(result.readiness.rows.find((r) => r.sektorId === 'S2')?.unreported).toEqual([
      { unitId: 'K2', name: 'Kultur & fritid #2', status: 'returned' },
    ]);
    expect(result.readiness.countedUnitKinds).toEqual(['sektor', 'kontor']);
    expect(result.readiness.requirements).toHaveLength(6);
  });

  it('gives the shortfall once every receiving unit has reported', () => {
    const everyoneIn = aggregate({
      ...input,
      inventories: [
        ...inventories.filter((i) => i.unitId !== 'K2'),
        inventory('S1', { status: 'submitted', lines: [line('ekonomi')] }),
        inventory('K3', {
          status: 'submitted',
          lines: [
            line('kommunikation', {
              persons: 1,
              arsarbetare: 0.7,
              roles: [{ roleId: 'kommunikator', arsarbetare: 0.7 }],
            }),
          ],
        }),
        inventory('K2', { status: 'approved', lines: [line('ekonomi')] }),
      ],
    });
    expect(cellsOf(everyoneIn.readiness, 'S1')).toEqual([
      ['controller', 2, 2.3, null, 'met'],
      ['hrStrateg', 1, 1, null, 'met'],
      ['verksamhetsutvecklare', 2, 0, 2, 'short'],
      ['kommunikator', 1, 0.7, 0.3, 'short'],
      ['namndsekreterare', 1, 0, 1, 'short'],
      ['analytiker', 1, 0, 1, 'short'],
    ]);
    expect(everyoneIn.readiness.rows.find((r) => r.sektorId === 'S1')).toMatchObject({
      metCount: 2,
      totalShortfall: 4.3,
      unreported: [],
    });
    // Inequality of the receiver roles now covers both sectors: controller S1 2.3, S2 0.
    expect(everyoneIn.inequality.receiverRoles[0]?.dispersion).toMatchObject({
      n: 2,
      mean: 1.15,
      coefficientOfVariation: 1,
    });
  });

  it('counts every enhet’s staff when the profile says so', () => {
    const everyLevel = {
      ...config,
      receiverProfile: {
        ...config.receiverProfile,
        countedUnitKinds: ['sektor', 'kontor', 'enhet'] as const,
      },
    };
    const readiness = receiverReadiness({ ...input, config: everyLevel });
    const s1 = readiness.rows.find((r) => r.sektorId === 'S1');
    // E1's ekonomiassistent is not a required role; its unit now receives, and E2 (a draft) has not reported.
    expect(s1?.receivingUnits).toBe(7);
    expect(s1?.unreported.map((u) => u.unitId)).toEqual(['S1', 'K3', 'E2', 'E5']);
  });

  it('measures inequality across sectors as the coefficient of variation', () => {
    // Support FTE per 100 employees of the reporting units: S1 3.8 / 60 × 100, S2 0 → SD equals the mean, CV 1.
    const { supportPer100ReportingEmployees, receiverRoles, measure } = result.inequality;
    expect(measure).toBe('coefficientOfVariation');
    expect(supportPer100ReportingEmployees.n).toBe(2);
    expect(supportPer100ReportingEmployees.mean).toBeCloseTo(190 / 60, 10);
    expect(supportPer100ReportingEmployees.coefficientOfVariation).toBeCloseTo(1, 10);
    // No sector has heard from all its receiving units yet.
    expect(receiverRoles[0]?.dispersion.n).toBe(0);
  });
});

describe('aggregate: the answer that counts', () => {
  const k1 = inventories[0] as Inventory;
  const approval = (overrides: Partial<ReviewDecision> = {}): ReviewDecision => ({
    id: '1',
    verdict: 'approved',
    comment: null,
    decidedBy: 'sektor.chef1@kommun.example',
    decidedAt: '2018-06-20T10:00:00.000Z',
    revision: 'rev-1',
    ...overrides,
  });
  const withK1 = (replacement: Inventory) =>
    aggregate({ ...input, inventories: inventories.map((i) => (i === k1 ? replacement : i)) });
  const contentFigures = (aggregateResult: MunicipalityAggregate) => {
    const { progress: _progress, reportingFromLastApproval: _from, ...kommun } = aggregateResult.kommun;
    return { kommun, readiness: aggregateResult.readiness, proposals: aggregateResult.proposals };
  };

  it('keeps a reopened approved inventory in every figure, and says so', () => {
    const reopened = withK1({
      ...k1,
      status: 'returned',
      decisions: [
        approval(),
        approval({
          id: '2',
          verdict: 'returned',
          comment: 'Kontrollera HR.',
          decidedBy: 'projekt@kommun.example',
        }),
      ],
    });
    expect(contentFigures(reopened)).toEqual(contentFigures(result));
    expect(reopened.kommun.reportingFromLastApproval).toBe(1);
    expect(reopened.kommun.progress.byStatus.returned).toBe(2);
  });

  it('counts the approved figures while a changed answer is in review', () => {
    const changed = withK1({
      ...k1,
      status: 'submitted',
      revision: 'rev-2',
      lines: [line('ekonomi', { persons: 50, arsarbetare: 50 })],
      decisions: [approval({ figures: answerFigures(k1) })],
    });
    expect(contentFigures(changed)).toEqual(contentFigures(result));
    expect(changed.kommun.reportingFromLastApproval).toBe(1);
  });

  it('counts a changed answer as submitted when the approval kept no figures, and not while it is a draft', () => {
    const changed = { ...k1, revision: 'rev-2', lines: [line('ekonomi', { persons: 50, arsarbetare: 50 })] };
    // An approval made in SharePoint's own form keeps no figures: the submitted answer counts as any other.
    const submitted = withK1({ ...changed, status: 'submitted', decisions: [approval()] });
    expect(submitted.kommun.support.arsarbetare).toBe(51.3); // 3.8 − K1's 2.5 + 50
    expect(submitted.kommun.reportingFromLastApproval).toBe(0);
    const draft = withK1({ ...changed, status: 'draft', decisions: [approval()] });
    expect(draft.kommun.support.arsarbetare).toBe(1.3);
    expect(draft.kommun.reportingUnits).toBe(4);
  });

  it('counts what an approval in force approved, whatever the answer read with it says', () => {
    // A dashboard reads the manager's own summary of the answer; the approval's copy is the reviewer's.
    const rewritten = withK1({
      ...k1,
      lines: [line('ekonomi', { persons: 50, arsarbetare: 50 })],
      decisions: [approval({ figures: answerFigures(k1) })],
    });
    expect(contentFigures(rewritten)).toEqual(contentFigures(result));
    expect(rewritten.kommun.reportingFromLastApproval).toBe(0);
  });

  it('never counts a decision the unit’s own manager made', () => {
    const selfApproved = withK1({
      ...k1,
      status: 'draft',
      revision: 'rev-2',
      decisions: [approval({ decidedBy: 'kontor1@kommun.example', figures: answerFigures(k1) })],
    });
    expect(selfApproved.kommun.reportingUnits).toBe(4);
    expect(selfApproved.kommun.support.arsarbetare).toBe(1.3);
  });
});

describe('aggregate: lines that break the form’s rules', () => {
  it('leaves them out of every figure and names them', () => {
    const broken = aggregate({
      ...input,
      inventories: [
        ...inventories.filter((i) => i.unitId !== 'E1'),
        inventory('E1', {
          status: 'submitted',
          lines: [
            line('ekonomi', { persons: 1, arsarbetare: 3, placement: 'centralisera' }),
            line('hr', { persons: 2, arsarbetare: 1, roles: [{ roleId: 'hrStrateg', arsarbetare: 1.5 }] }),
            line('it', { persons: 1, arsarbetare: 1, quality: 7 as never }),
            line('juridik', { persons: 1.5, arsarbetare: 1 }),
            line('kommunikation', { persons: -1, arsarbetare: 0 }),
            line('inkopUpphandling', { persons: 1, arsarbetare: 0.5 }),
          ],
        }),
      ],
    });
    expect(broken.diagnostics.excludedLines).toEqual([
      { unitId: 'E1', functionId: 'ekonomi', problem: 'fteAbovePersons' },
      { unitId: 'E1', functionId: 'hr', problem: 'rolesAboveFte' },
      { unitId: 'E1', functionId: 'it', problem: 'scoreOutOfRange' },
      { unitId: 'E1', functionId: 'juridik', problem: 'personsNotWhole' },
      { unitId: 'E1', functionId: 'kommunikation', problem: 'negative' },
    ]);
    // Only E1's upphandling line counts: 0.5 FTE; E1's old ekonomi 0.5 and vote are gone.
    expect(fn(broken.kommun, 'ekonomi').arsarbetare).toBe(2.3);
    expect(fn(broken.kommun, 'ekonomi').placementVotes.centralisera).toBe(1);
    expect(fn(broken.kommun, 'inkopUpphandling').arsarbetare).toBe(0.5);
    expect(broken.kommun.reportingUnits).toBe(5);
  });

  it('does not count an answer without a line that counts as reporting', () => {
    const empty = aggregate({
      ...input,
      inventories: [
        ...inventories.filter((i) => i.unitId !== 'S2' && i.unitId !== 'E1'),
        inventory('S2', { status: 'submitted', lines: [] }),
        inventory('E1', { status: 'submitted', lines: [line('ekonomi', { persons: 1, arsarbetare: 2 })] }),
      ],
    });
    expect(empty.diagnostics.emptyAnswers).toEqual(['S2', 'E1']);
    expect(empty.kommun.reportingUnits).toBe(3);
    expect(empty.readiness.rows.find((r) => r.sektorId === 'S2')?.unreported.map((u) => u.unitId)).toEqual([
      'S2',
      'K2',
    ]);
  });
});

describe('aggregate: means from five answers and more', () => {
  it('computes the first-line means, the span and hours exactly', () => {
    const team = ['E1', 'E2', 'E3', 'E4', 'E5'];
    const many = aggregate({
      ...input,
      units: units.map((u) =>
        u.id === 'E5'
          ? { ...u, manager: { upn: 'e5@kommun.example', name: 'E5', level: 'enhetschef' as const } }
          : u,
      ),
      inventories: team.map((id, i) =>
        inventory(id, {
          status: 'submitted',
          lines: [line('ekonomi')],
          firstLine: firstLine({
            adminHours: {
              hr: 1.1 * (i + 1),
              ekonomi: 2,
              processerKvalitet: null,
              strategiskStyrning: 0,
              it: 0,
              ovrigt: 0,
            },
            chefsnaraStodArsarbetare: 0.1,
            medarbetarspann: 10 * (i + 1),
          }),
        }),
      ),
    });
    const first = many.kommun.firstLine;
    expect(first.respondents).toBe(5);
    expect(first.adminHours.hr).toEqual({ n: 5, value: 3.3 }); // (1.1 + 2.2 + 3.3 + 4.4 + 5.5) / 5
    expect(first.adminHours.processerKvalitet).toEqual({ n: 0, value: null });
    expect(first.adminHoursTotal).toEqual({ n: 5, value: 5.3 });
    expect(first.medarbetarspann).toEqual({ n: 5, mean: 30, max: 50 });
    expect(first.chefsnaraStodArsarbetare).toBe(0.5); // 0.1 × 5, exactly
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

  it('give FTE by function and by where the staff sit per area', () => {
    const byFunction = fteByFunction(input);
    expect(byFunction.kommun.ekonomi).toBe(2.8);
    expect(byFunction.sektorer.S1?.ekonomi).toBe(2.8);
    expect(byFunction.sektorer.S2?.ekonomi).toBe(0);
    expect(byFunction.kontor.K1?.ekonomi).toBe(2);
    expect(byFunction.kontor.K1?.hr).toBe(1);
    expect(Object.keys(byFunction.kommun)).toHaveLength(config.taxonomy.functions.length);
    const byLocation = fteByStaffLocation(input);
    expect(byLocation.sektorer.S1?.egenEnhet).toBe(1.3);
    expect(byLocation.kontor.K1?.kontor).toBe(2.5);
  });

  it('count staff in a central sector as central', () => {
    const central = fteByStaffLocation({ ...input, config: { ...config, centralSektorIds: ['S1'] } });
    expect(central.kommun.central).toBe(3.8);
    expect(central.kommun.kontor).toBe(0);
  });
});

describe('aggregate: proposals in words', () => {
  const plain = (text: string) => text.replace(/\u00a0/g, ' ');

  it('gives every side’s share and n, and what is known of quality', () => {
    const ekonomi = result.proposals.kommun.find((p) => p.functionId === 'ekonomi');
    expect(ekonomi).toMatchObject({ proposal: 'verksamhetsnara', rule: 'keepCloseMajority' });
    expect(plain(ekonomi?.explanation.sv ?? '')).toBe(
      'Av 5 chefer som angett placering vill 60 % ha stödet verksamhetsnära, 20 % samordnat i sektorn och 20 % ' +
        'centraliserat. Fler vill ha det verksamhetsnära än något annat, och minst 50 %. Kvaliteten är i snitt 3,2 av ' +
        '5 (5 svar).',
    );
    expect(ekonomi?.explanation.en).toBe(
      'Of 5 managers who stated a placement, 60% want the support close to operations, 20% coordinated in the ' +
        'sector and 20% centralised. More want it close to operations than anything else, and at least 50%. ' +
        'Quality averages 3.2 out of 5 (5 answers).',
    );
  });

  it('makes no proposal from too few votes, and claims nothing about quality it has too few answers on', () => {
    const hr = result.proposals.kommun.find((p) => p.functionId === 'hr');
    expect(hr).toMatchObject({ proposal: 'insufficientData', rule: 'insufficientData' });
    expect(plain(hr?.explanation.sv ?? '')).toBe(
      'Av 2 chefer som angett placering vill 0 % ha stödet verksamhetsnära, 50 % samordnat i sektorn och 50 % ' +
        'centraliserat. Det krävs minst 5 svar om placering för ett förslag. Kvaliteten kan inte bedömas: för få ' +
        'svar (2).',
    );
    expect(result.proposals.sektorer).toHaveLength(2 * config.taxonomy.functions.length);
  });
});
