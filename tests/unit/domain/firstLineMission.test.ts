import fc from 'fast-check';
import { generateMunicipality } from '../../../scripts/lib/demo';
import {
  aggregate,
  defaultMunicipalityConfigJson,
  minAnswers,
  validateMunicipalityConfig,
  type FirstLineMissionSettings,
  type MunicipalityConfig,
  type ValidationResult,
} from '../../../src/domain';
import {
  chefsnaraStodProposalLabel,
  firstLineMission,
  firstLineMissionSettings,
  proposeChefsnaraStod,
  type ChefsnaraStodEvidence,
  type FirstLineArea,
  type FirstLineMission,
} from '../../../src/domain/firstLine';
import { completeInventory, config, firstLine, units } from './fixtures';

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- reason: tests edit raw JSON freely

const settings = config.firstLineMission as FirstLineMissionSettings;
// sv-SE writes a no-break space before % and between thousands; the expectations are written with plain spaces.
const plain = (text: string): string => text.replace(/\u00a0/g, ' ');
const cents = (value: number): number => Math.round(value * 100);
const sumCents = (values: readonly number[]): number => values.reduce((sum, v) => sum + cents(v), 0);

/** Evidence with every n at 10, the hours at the reference, no span above the limit and 0.2 FTE per manager. */
function evidence(
  overrides: {
    readonly n?: number;
    readonly excess?: number | null;
    readonly share?: number;
    readonly today?: number;
    readonly hoursN?: number;
    readonly spanN?: number;
    readonly stodN?: number;
  } = {},
): ChefsnaraStodEvidence {
  const { n = 10, excess = 0, share = 0.1, today = 0.2 } = overrides;
  const { hoursN = n, spanN = n, stodN = n } = overrides;
  const shown = (count: number) => count >= minAnswers;
  return {
    respondents: n,
    adminHours: {
      categories: 6,
      compared: excess === null ? 0 : 6,
      n: hoursN,
      hours: excess === null || !shown(hoursN) ? null : 12 + excess,
      reference: excess === null ? null : 12,
      excess: excess === null || !shown(hoursN) ? null : excess,
    },
    medarbetarspann: {
      n: spanN,
      limit: 30,
      aboveLimit: shown(spanN) ? Math.round(share * spanN) : null,
      shareAboveLimit: shown(spanN) ? share : null,
    },
    chefsnaraStod: {
      n: stodN,
      arsarbetare: (today * stodN * 100) / 100,
      perManager: shown(stodN) ? today : null,
    },
  };
}

const propose = (e: ChefsnaraStodEvidence, s: FirstLineMissionSettings = settings) => {
  const { proposal, rule, proposedPerManager, addedPerManager, addedArsarbetare, capped } =
    proposeChefsnaraStod(e, s);
  return { proposal, rule, proposedPerManager, addedPerManager, addedArsarbetare, capped };
};

function issuesOf(result: ValidationResult<unknown>): { code: string; path: string }[] {
  return result.ok ? [] : result.issues.map(({ code, path }) => ({ code, path }));
}

const raw = (): Json => defaultMunicipalityConfigJson() as Json;

describe('the default first-line settings (gavle.json)', () => {
  it('are the documented example: 12 hours a week split by SKR’s shares, span limit 30', () => {
    expect(settings.referenceHours).toEqual([
      { categoryId: 'hr', hoursPerWeek: 3.84 },
      { categoryId: 'ekonomi', hoursPerWeek: 1.8 },
      { categoryId: 'processerKvalitet', hoursPerWeek: 2.04 },
      { categoryId: 'strategiskStyrning', hoursPerWeek: 1.8 },
      { categoryId: 'it', hoursPerWeek: 0.72 },
      { categoryId: 'ovrigt', hoursPerWeek: 1.8 },
    ]);
    expect(sumCents(settings.referenceHours.map((r) => r.hoursPerWeek))).toBe(1200);
    const { referenceSource: _source, referenceHours: _hours, ...thresholds } = settings;
    expect(thresholds).toEqual({
      minRespondents: 5,
      excessHoursTolerance: 2,
      fullTimeWeekHours: 40,
      spanLimit: 30,
      spanMinShareAbove: 0.25,
      spanRaiseArsarbetare: 0.1,
      maxArsarbetarePerManager: 0.5,
    });
  });

  it('say in both languages that the reference is an example, not SKR’s own figures', () => {
    expect(settings.referenceSource.sv).toContain('Exempel att ersätta med kommunens egen referens');
    expect(settings.referenceSource.sv).toContain('inte SKR:s referensvärden');
    expect(settings.referenceSource.en).toContain('An example to be replaced');
    expect(settings.referenceSource.en).toContain("not SKR's reference values");
  });
});

describe('proposeChefsnaraStod: the rules at their thresholds', () => {
  it('makes no proposal below minRespondents on any of the three figures', () => {
    for (const short of [{ hoursN: 4 }, { spanN: 4 }, { stodN: 4 }, { n: 4 }]) {
      expect(propose(evidence({ excess: 10, ...short }))).toMatchObject({
        proposal: 'insufficientData',
        rule: 'insufficientData',
        proposedPerManager: null,
        addedPerManager: null,
        addedArsarbetare: null,
      });
    }
    expect(propose(evidence({ n: 5 })).rule).toBe('keepWithinReference');
  });

  it('follows a configured minRespondents, never below minAnswers', () => {
    const strict = { ...settings, minRespondents: 8 };
    expect(propose(evidence({ n: 7 }), strict).rule).toBe('insufficientData');
    expect(propose(evidence({ n: 8 }), strict).rule).toBe('keepWithinReference');
    // A configuration is refused below 5 (see below); handed one anyway, the rule still wants 5.
    expect(propose(evidence({ n: 4 }), { ...settings, minRespondents: 1 }).rule).toBe('insufficientData');
  });

  it('keeps today’s level at the tolerance, and raises just above it', () => {
    expect(propose(evidence({ excess: 2 }))).toEqual({
      proposal: 'keep',
      rule: 'keepWithinReference',
      proposedPerManager: 0.2,
      addedPerManager: 0,
      addedArsarbetare: 0,
      capped: false,
    });
    // 2.01 h ÷ 40 h = 0.05025 FTE, rounded up to the hundredth so the need is never rounded away.
    expect(propose(evidence({ excess: 2.01 }))).toEqual({
      proposal: 'raise',
      rule: 'raiseForHours',
      proposedPerManager: 0.26,
      addedPerManager: 0.06,
      addedArsarbetare: 0.6,
      capped: false,
    });
  });

  it('turns excess hours into FTE with the full-time week', () => {
    expect(propose(evidence({ excess: 4 }))).toMatchObject({ addedPerManager: 0.1, proposedPerManager: 0.3 });
    expect(propose(evidence({ excess: 4 }), { ...settings, fullTimeWeekHours: 38.25 })).toMatchObject({
      // 4 ÷ 38.25 = 0.10457…, up to 0.11.
      addedPerManager: 0.11,
    });
    expect(propose(evidence({ excess: 4 }), { ...settings, excessHoursTolerance: 4 }).rule).toBe(
      'keepWithinReference',
    );
  });

  it('raises for the span from spanMinShareAbove, not below it', () => {
    expect(propose(evidence({ share: 0.25 }))).toEqual({
      proposal: 'raise',
      rule: 'raiseForSpan',
      proposedPerManager: 0.3,
      addedPerManager: 0.1,
      addedArsarbetare: 1,
      capped: false,
    });
    expect(propose(evidence({ share: 0.24 })).rule).toBe('keepWithinReference');
    expect(propose(evidence({ share: 0.5 }), { ...settings, spanRaiseArsarbetare: 0.15 })).toMatchObject({
      addedPerManager: 0.15,
    });
  });

  it('adds what the hours and the span each ask for', () => {
    expect(propose(evidence({ excess: 4, share: 0.5 }))).toMatchObject({
      proposal: 'raise',
      rule: 'raiseForHoursAndSpan',
      addedPerManager: 0.2,
      proposedPerManager: 0.4,
      addedArsarbetare: 2,
    });
  });

  it('stops at the cap, and never lowers a level already above it', () => {
    expect(propose(evidence({ excess: 8, today: 0.45 }))).toEqual({
      proposal: 'raise',
      rule: 'raiseForHours',
      proposedPerManager: 0.5,
      addedPerManager: 0.05,
      addedArsarbetare: 0.5,
      capped: true,
    });
    for (const today of [0.5, 0.7]) {
      expect(propose(evidence({ excess: 8, share: 0.5, today }))).toEqual({
        proposal: 'keep',
        rule: 'keepAtCap',
        proposedPerManager: today,
        addedPerManager: 0,
        addedArsarbetare: 0,
        capped: false,
      });
    }
    // Within the reference, a level above the cap is kept too: the cap limits raises only.
    expect(propose(evidence({ today: 0.7 })).proposedPerManager).toBe(0.7);
  });

  it('compares no hours without reference figures, but still looks at the span', () => {
    expect(propose(evidence({ excess: null })).rule).toBe('keepWithinReference');
    expect(propose(evidence({ excess: null, share: 0.3 })).rule).toBe('raiseForSpan');
  });

  it('labels each proposal in both languages', () => {
    expect(chefsnaraStodProposalLabel('raise')).toEqual({
      sv: 'Höj det chefsnära stödet',
      en: 'Raise chefsnära stöd',
    });
    expect(chefsnaraStodProposalLabel('insufficientData').sv).toBe('För få svar för ett förslag');
  });
});

describe('the explanations, in Swedish and English', () => {
  const explain = (e: ChefsnaraStodEvidence, s = settings) => {
    const { sv, en } = proposeChefsnaraStod(e, s).explanation;
    return { sv: plain(sv), en };
  };

  it('tell the figures, the rule with its threshold and the arithmetic of a raise for hours', () => {
    expect(explain(evidence({ excess: 4 }))).toEqual({
      sv:
        'Cheferna lägger i snitt 16 timmar i veckan på administration, mot referensens 12 timmar (10 svar). ' +
        '10 % av cheferna har fler än 30 medarbetare (10 svar). ' +
        'I dag finns 0,2 årsarbetare chefsnära stöd per chef, 2 sammanlagt (10 svar). ' +
        'Tiden ligger mer än 2 timmar över referensen: 4 timmar i veckan delat med en heltidsvecka på 40 timmar ' +
        'ger 0,1 årsarbetare per chef. ' +
        'Förslag: höj det chefsnära stödet med 0,1 till 0,3 årsarbetare per chef, 1 årsarbetare sammanlagt.',
      en:
        'The managers spend 16 hours a week on administration on average, against the reference of 12 hours ' +
        '(10 answers). 10% of the managers have more than 30 employees (10 answers). ' +
        'Today there is 0.2 FTE of chefsnära stöd per manager, 2 in total (10 answers). ' +
        'The time is more than 2 hours above the reference: 4 hours a week divided by a full-time week of 40 ' +
        'hours gives 0.1 FTE per manager. ' +
        'Proposal: raise chefsnära stöd by 0.1 to 0.3 FTE per manager, 1 FTE in total.',
    });
  });

  it('give both reasons and the cap when the raise is held by it', () => {
    const { sv, en } = explain(evidence({ excess: 8, share: 0.5, today: 0.35 }));
    expect(sv).toContain('ger 0,2 årsarbetare per chef.');
    expect(sv).toContain(
      'Minst 25 % av cheferna har fler än 30 medarbetare, vilket ger 0,1 årsarbetare per chef.',
    );
    expect(sv).toContain('Förslag: höj det chefsnära stödet med 0,15 till taket på 0,5 årsarbetare per chef');
    expect(en).toContain(
      'At least 25% of the managers have more than 30 employees, which gives 0.1 FTE per manager.',
    );
    expect(en).toContain(
      'Proposal: raise chefsnära stöd by 0.15 to the cap of 0.5 FTE per manager, 1.5 FTE in total.',
    );
  });

  it('say why today’s level is kept', () => {
    expect(explain(evidence({ excess: 1.5 })).en).toContain(
      'The time is at most 2 hours above the reference and fewer than 25% of the managers have more than 30 ' +
        'employees. Proposal: keep today’s level.',
    );
    expect(explain(evidence({ excess: -1 })).sv).toContain(
      'Tiden ligger inte över referensen och färre än 25 % av cheferna har fler än 30 medarbetare. ' +
        'Förslag: behåll dagens nivå.',
    );
    expect(explain(evidence({ excess: 8, today: 0.5 })).sv).toContain(
      'Dagens 0,5 årsarbetare per chef når redan taket på 0,5. Förslag: behåll dagens nivå.',
    );
    expect(explain(evidence({ excess: null })).en).toContain(
      'There are no reference figures for administrative time, so it is not compared.',
    );
  });

  it('never show a share below the threshold as reaching it', () => {
    const justBelow = { n: 401, aboveLimit: 100, shareAboveLimit: 100 / 401 };
    const e = evidence({ n: 401 });
    const { sv, en } = explain({ ...e, medarbetarspann: { ...e.medarbetarspann, ...justBelow } });
    expect(sv).toContain('24,9 % av cheferna har fler än 30 medarbetare (401 svar).');
    expect(en).toContain('fewer than 25% of the managers');
  });

  it('name the minimum and the answers there are when too few answered', () => {
    expect(explain(evidence({ n: 3 }))).toEqual({
      sv: 'Ett förslag kräver svar från minst 5 chefer om administrativ tid, medarbetarspann och chefsnära stöd; här finns 3.',
      en: 'A proposal needs answers from at least 5 managers on administrative time, span of control and chefsnära stöd; there are 3.',
    });
  });
});

// A hand-worked municipality: Sektor omsorg (S1) has six first-line sections, Sektor samhällsbyggnad (S2) three.
//   S1: hr hours 3, 4, 5, 6, 7, 8.5 (mean 33.5 / 6 = 5.583… → 5.58), every other category 2 h; compared hours
//       5.58 + 5 × 2 = 15.58 against 12 → 3.58 above, more than 2 → 3.58 ÷ 40 = 0.0895 → 0.09 FTE;
//       spans 10, 20, 30, 31, 40, 25 → 2 of 6 above 30 (33 %, at least 25 %) → 0.1 FTE;
//       chefsnära stöd 0.5 + 0 + 0.25 + 0.1 + 0.3 + 0.15 = 1.3 FTE, 0.216… → 0.22 per manager → 0.41, 6 × 0.19 = 1.14.
//   S2: three answers (2 h everywhere, span 20, 0.5 FTE): too few for a proposal.
//   kommun: hr 39.5 / 9 → 4.39, compared 14.39 → 2.39 above → 0.05975 → 0.06; spans 2 of 9 above (22 %);
//       chefsnära stöd 2.8 FTE, 0.311… → 0.31 per manager → 0.37, 9 × 0.06 = 0.54.
const s1Answers: readonly [string, number, number, number][] = [
  ['S1', 3, 10, 0.5],
  ['K1', 4, 20, 0],
  ['E1', 5, 30, 0.25],
  ['E2', 6, 31, 0.1],
  ['K3', 7, 40, 0.3],
  ['E4', 8.5, 25, 0.15],
];
const fixtureInventories = [
  ...s1Answers.map(([unitId, hr, medarbetarspann, chefsnaraStodArsarbetare]) =>
    completeInventory(unitId, {
      firstLine: firstLine({
        adminHours: { ...firstLine().adminHours, hr },
        medarbetarspann,
        chefsnaraStodArsarbetare,
      }),
    }),
  ),
  ...['S2', 'K2', 'E3'].map((unitId) => completeInventory(unitId, { firstLine: firstLine() })),
];
const fixtureInput = { units, inventories: fixtureInventories, config, periodId: '2018' };

describe('firstLineMission over the fixture municipality', () => {
  const mission = firstLineMission(fixtureInput);
  const area = (id: string): FirstLineArea => {
    const found = [mission.kommun, ...mission.sektorer, ...mission.kontor].find((a) => a.id === id);
    if (found === undefined) throw new Error(`no area ${id}`);
    return found;
  };

  it('gives each sektor’s figures against the references, exact to the hundredth', () => {
    const { figures } = area('S1');
    expect(figures.respondents).toBe(6);
    expect(figures.adminHours.byCategory[0]).toEqual({
      categoryId: 'hr',
      hours: { n: 6, value: 5.58 },
      reference: 3.84,
      difference: 1.74,
    });
    expect(figures.adminHours.byCategory[4]).toEqual({
      categoryId: 'it',
      hours: { n: 6, value: 2 },
      reference: 0.72,
      difference: 1.28,
    });
    expect(figures.adminHours.total).toEqual({ n: 6, value: 15.58 });
    expect(figures.adminHours.compared).toEqual({
      categories: 6,
      n: 6,
      hours: 15.58,
      reference: 12,
      excess: 3.58,
    });
    expect(figures.medarbetarspann).toEqual({
      n: 6,
      mean: 26,
      max: 40,
      limit: 30,
      aboveLimit: 2,
      shareAboveLimit: 2 / 6,
    });
    expect(figures.chefsnaraStod).toEqual({ arsarbetare: 1.3, perManager: { n: 6, value: 0.22 } });
  });

  it('proposes for each area on its own figures, with the evidence it rests on', () => {
    expect(area('S1').proposal).toMatchObject({
      proposal: 'raise',
      rule: 'raiseForHoursAndSpan',
      todayPerManager: 0.22,
      proposedPerManager: 0.41,
      addedPerManager: 0.19,
      addedArsarbetare: 1.14,
      capped: false,
      evidence: {
        respondents: 6,
        adminHours: { categories: 6, compared: 6, n: 6, hours: 15.58, reference: 12, excess: 3.58 },
        medarbetarspann: { n: 6, limit: 30, aboveLimit: 2, shareAboveLimit: 2 / 6 },
        chefsnaraStod: { n: 6, arsarbetare: 1.3, perManager: 0.22 },
      },
    });
    expect(area('kommun').proposal).toMatchObject({
      rule: 'raiseForHours',
      todayPerManager: 0.31,
      proposedPerManager: 0.37,
      addedArsarbetare: 0.54,
    });
    expect(area('kommun').figures.medarbetarspann.aboveLimit).toBe(2);
    expect(area('S2').proposal).toMatchObject({ proposal: 'insufficientData', todayPerManager: null });
    // Three answers: every mean is withheld, the total FTE is not.
    expect(area('S2').figures.chefsnaraStod).toEqual({ arsarbetare: 1.5, perManager: { n: 3, value: null } });
    expect(area('S2').figures.medarbetarspann).toMatchObject({ max: null, aboveLimit: null });
    expect(area('K1').proposal.rule).toBe('insufficientData');
    expect(mission.addedArsarbetareBySektorer).toBe(1.14);
  });

  it('adds the sektorer up to the kommun', () => {
    const { kommun, sektorer } = mission;
    const sum = (pick: (a: FirstLineArea) => number) => sektorer.reduce((total, s) => total + pick(s), 0);
    expect(sum((s) => s.figures.respondents)).toBe(kommun.figures.respondents);
    expect(sum((s) => s.figures.medarbetarspann.n)).toBe(kommun.figures.medarbetarspann.n);
    expect(sumCents(sektorer.map((s) => s.figures.chefsnaraStod.arsarbetare))).toBe(
      cents(kommun.figures.chefsnaraStod.arsarbetare),
    );
  });

  it('agrees with the aggregate’s first-line summary', () => {
    const summary = aggregate(fixtureInput).kommun.firstLine;
    const { figures } = mission.kommun;
    expect(figures.respondents).toBe(summary.respondents);
    expect(figures.chefsnaraStod.arsarbetare).toBe(summary.chefsnaraStodArsarbetare);
    expect(figures.medarbetarspann).toMatchObject(summary.medarbetarspann);
    expect(figures.adminHours.total.n).toBe(summary.adminHoursTotal.n);
  });

  it('counts chefsnära stöd per manager who answered it', () => {
    const [first, ...rest] = fixtureInventories;
    const unanswered = {
      ...first!,
      firstLine: { ...first!.firstLine!, chefsnaraStodArsarbetare: null },
    };
    const s1 = firstLineMission({ ...fixtureInput, inventories: [unanswered, ...rest] }).sektorer[0];
    // 1.3 − 0.5 = 0.8 FTE over the five who answered: 0.16 each.
    expect(s1?.figures.respondents).toBe(6);
    expect(s1?.figures.chefsnaraStod).toEqual({ arsarbetare: 0.8, perManager: { n: 5, value: 0.16 } });
    expect(s1?.proposal.addedArsarbetare).toBe(0.95);
  });

  it('is plain serialisable data', () => {
    expect(JSON.parse(JSON.stringify(mission))).toEqual(mission);
    expect(mission.settings).toEqual(settings);
  });

  it('compares only the categories that have a reference', () => {
    const partial = {
      ...config,
      firstLineMission: { ...settings, referenceHours: [{ categoryId: 'hr', hoursPerWeek: 4 }] },
    };
    const s1 = firstLineMission({ ...fixtureInput, config: partial }).sektorer[0];
    expect(s1?.figures.adminHours.compared).toEqual({
      categories: 1,
      n: 6,
      hours: 5.58,
      reference: 4,
      excess: 1.58,
    });
    expect(s1?.figures.adminHours.byCategory[1]).toMatchObject({ reference: null, difference: null });
    expect(plain(s1?.proposal.explanation.sv ?? '')).toContain(
      'I de kategorier som har ett referensvärde (1 av 6) lägger cheferna i snitt 5,58 timmar',
    );
  });
});

describe('the firstLineMission section of the configuration', () => {
  it('is filled in with the shipped default when a stored configuration lacks it', () => {
    const json = raw();
    delete json.firstLineMission;
    const result = validateMunicipalityConfig(json);
    expect(result.ok && result.value.firstLineMission).toEqual(settings);
  });

  it('keeps only the default references of categories the configuration has', () => {
    const json = raw();
    delete json.firstLineMission;
    json.adminHourCategories[5].id = 'annat';
    const result = validateMunicipalityConfig(json);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.value.firstLineMission?.referenceHours.map((r) => r.categoryId)).toEqual([
      'hr',
      'ekonomi',
      'processerKvalitet',
      'strategiskStyrning',
      'it',
    ]);
    const { firstLineMission: _omitted, ...stale } = result.value;
    expect(firstLineMissionSettings(stale as MunicipalityConfig)).toEqual(result.value.firstLineMission);
  });

  it('reports each bad value with its path and a clear message', () => {
    const json = raw();
    const section = json.firstLineMission;
    section.referenceSource.en = ' ';
    section.referenceHours[1].categoryId = 'okand';
    section.referenceHours[2].hoursPerWeek = -1;
    section.minRespondents = 4;
    section.excessHoursTolerance = '2';
    section.fullTimeWeekHours = 0;
    section.spanLimit = 30.5;
    section.spanMinShareAbove = 1.5;
    section.spanRaiseArsarbetare = 0;
    section.maxArsarbetarePerManager = 51;
    const result = validateMunicipalityConfig(json);
    expect(issuesOf(result)).toEqual([
      { code: 'missingLabel', path: 'firstLineMission.referenceSource.en' },
      { code: 'unknownReference', path: 'firstLineMission.referenceHours.1.categoryId' },
      { code: 'negative', path: 'firstLineMission.referenceHours.2.hoursPerWeek' },
      { code: 'outOfRange', path: 'firstLineMission.minRespondents' },
      { code: 'wrongType', path: 'firstLineMission.excessHoursTolerance' },
      { code: 'outOfRange', path: 'firstLineMission.fullTimeWeekHours' },
      { code: 'notInteger', path: 'firstLineMission.spanLimit' },
      { code: 'outOfRange', path: 'firstLineMission.spanMinShareAbove' },
      { code: 'outOfRange', path: 'firstLineMission.spanRaiseArsarbetare' },
      { code: 'outOfRange', path: 'firstLineMission.maxArsarbetarePerManager' },
    ]);
    const message = (path: string) =>
      result.ok ? undefined : result.issues.find((i) => i.path === path)?.message;
    expect(message('firstLineMission.minRespondents')?.sv).toBe('Ange ett värde mellan 5 och ∞.');
    expect(message('firstLineMission.referenceHours.1.categoryId')).toEqual({
      sv: 'Hänvisningen okand pekar inte på något som finns.',
      en: expect.stringContaining('okand'),
    });
    expect(message('firstLineMission.excessHoursTolerance')?.en).toContain('number');
  });

  it('refuses a category twice and references over a 60-hour week', () => {
    const twice = raw();
    twice.firstLineMission.referenceHours[1].categoryId = 'hr';
    expect(issuesOf(validateMunicipalityConfig(twice))).toEqual([
      { code: 'duplicateId', path: 'firstLineMission.referenceHours.1' },
    ]);
    const exactly60 = raw();
    [10.1, 9.9, 10.2, 9.8, 10.3, 9.7].forEach(
      (hours, i) => (exactly60.firstLineMission.referenceHours[i].hoursPerWeek = hours),
    );
    expect(validateMunicipalityConfig(exactly60).ok).toBe(true);
    const long = raw();
    long.firstLineMission.referenceHours.forEach((r: Json) => (r.hoursPerWeek = 10.01));
    const result = validateMunicipalityConfig(long);
    expect(issuesOf(result)).toEqual([
      { code: 'adminHoursAboveWeek', path: 'firstLineMission.referenceHours' },
    ]);
    expect(result.ok ? '' : result.issues[0].message.sv).toBe(
      'Administrationen får vara högst 60 timmar per vecka sammanlagt.',
    );
  });

  it('refuses a section that is not an object, and accepts no reference figures at all', () => {
    const wrong = raw();
    wrong.firstLineMission = [];
    expect(issuesOf(validateMunicipalityConfig(wrong))).toEqual([
      { code: 'wrongType', path: 'firstLineMission' },
    ]);
    const none = raw();
    none.firstLineMission.referenceHours = [];
    expect(validateMunicipalityConfig(none).ok).toBe(true);
  });

  it('asks for at least as many respondents as a mean needs to be shown', () => {
    expect(minAnswers).toBe(5);
    const json = raw();
    json.firstLineMission.minRespondents = minAnswers;
    expect(validateMunicipalityConfig(json).ok).toBe(true);
  });
});

describe('firstLineMission properties', () => {
  const numbersOf = (value: unknown): number[] =>
    typeof value === 'number'
      ? [value]
      : value !== null && typeof value === 'object'
        ? Object.values(value).flatMap(numbersOf)
        : [];

  const hundredths = (max: number) => fc.integer({ min: 0, max: max * 100 }).map((h) => h / 100);
  const settingsArb: fc.Arbitrary<FirstLineMissionSettings> = fc.record({
    referenceSource: fc.constant(settings.referenceSource),
    referenceHours: fc.constant(settings.referenceHours),
    minRespondents: fc.integer({ min: 5, max: 12 }),
    excessHoursTolerance: hundredths(10),
    fullTimeWeekHours: fc.integer({ min: 100, max: 6000 }).map((h) => h / 100),
    spanLimit: fc.integer({ min: 1, max: 500 }),
    spanMinShareAbove: fc.integer({ min: 1, max: 100 }).map((p) => p / 100),
    spanRaiseArsarbetare: fc.integer({ min: 1, max: 200 }).map((h) => h / 100),
    maxArsarbetarePerManager: hundredths(3),
  });
  const evidenceArb = fc
    .record({
      n: fc.integer({ min: 0, max: 400 }),
      // Down to 12 hours below the reference: the evidence's hours are 12 + excess, never negative.
      excess: fc.option(fc.integer({ min: -1200, max: 6000 }).map((h) => h / 100)),
      share: fc.integer({ min: 0, max: 100 }).map((p) => p / 100),
      today: hundredths(5),
    })
    .map(({ n, excess, share, today }) => evidence({ n, excess, share, today }));

  it('never lowers today’s level, nor gives NaN or a negative figure', () => {
    fc.assert(
      fc.property(evidenceArb, settingsArb, (e, s) => {
        const p = proposeChefsnaraStod(e, s);
        for (const value of numbersOf(p)) {
          expect(Number.isFinite(value)).toBe(true);
          expect(value).toBeGreaterThanOrEqual(
            // Only the evidence's excess may be negative (hours below the reference).
            Math.min(0, e.adminHours.excess ?? 0),
          );
        }
        if (p.proposal === 'insufficientData') return;
        const today = e.chefsnaraStod.perManager ?? 0;
        expect(p.proposedPerManager).toBeGreaterThanOrEqual(today);
        expect(cents(p.addedArsarbetare ?? 0)).toBe(cents(p.addedPerManager ?? 0) * e.chefsnaraStod.n);
        // Hours above the reference by more than the tolerance raise, up to the cap.
        if ((e.adminHours.excess ?? 0) > s.excessHoursTolerance && today < s.maxArsarbetarePerManager) {
          expect(p.proposal).toBe('raise');
          expect(p.proposedPerManager).toBeGreaterThan(today);
        }
        if (p.proposal === 'raise')
          expect(p.proposedPerManager).toBeLessThanOrEqual(s.maxArsarbetarePerManager);
        expect(p.explanation.sv).not.toMatch(/NaN|undefined|\{/);
        expect(p.explanation.en).not.toMatch(/NaN|undefined|\{/);
      }),
      { numRuns: 300 },
    );
  });

  it('over random municipalities: finite figures, sektorer adding up to the kommun', () => {
    const municipalities = fc
      .record({ units: fc.integer({ min: 4, max: 120 }), seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) })
      .map((options) => generateMunicipality(options));
    fc.assert(
      fc.property(municipalities, (m) => {
        const mission: FirstLineMission = firstLineMission({
          units: m.units,
          inventories: m.inventories,
          config: m.config,
          periodId: '2018',
        });
        for (const value of numbersOf(mission)) expect(Number.isFinite(value)).toBe(true);
        const { kommun, sektorer } = mission;
        expect(sektorer.reduce((sum, s) => sum + s.figures.respondents, 0)).toBe(kommun.figures.respondents);
        expect(sumCents(sektorer.map((s) => s.figures.chefsnaraStod.arsarbetare))).toBe(
          cents(kommun.figures.chefsnaraStod.arsarbetare),
        );
        kommun.figures.adminHours.byCategory.forEach((category, i) =>
          expect(
            sektorer.reduce((sum, s) => sum + (s.figures.adminHours.byCategory[i]?.hours.n ?? 0), 0),
          ).toBe(category.hours.n),
        );
        if (sektorer.every((s) => s.figures.medarbetarspann.aboveLimit !== null)) {
          expect(sektorer.reduce((sum, s) => sum + (s.figures.medarbetarspann.aboveLimit ?? 0), 0)).toBe(
            kommun.figures.medarbetarspann.aboveLimit,
          );
        }
        expect(cents(mission.addedArsarbetareBySektorer)).toBe(
          sumCents(sektorer.map((s) => s.proposal.addedArsarbetare ?? 0)),
        );
      }),
      { numRuns: 15 },
    );
  });
});
