import fc from 'fast-check';
import { generateMunicipality, type GeneratedMunicipality } from '../../../scripts/lib/demo';
import {
  answerProblems,
  consultationCommentMaxLength,
  countedAnswer,
  parseStoredAnswers,
  parseStoredRound,
  placementProposals,
  placements,
  roundFromScenario,
  roundProposals,
  scenarioOutcomes,
  storedAnswersText,
  storedRoundText,
  tallyAnswers,
  unitImpact,
  type ConsultationRound,
  type Inventory,
  type InventoryLine,
  type Placement,
  type ProposalAnswer,
  type ReadAnswers,
  type ScenarioDefinition,
  type Unit,
} from '../../../src/domain';

// What a round means for a unit is checked against sums worked out here from the unit's own lines, and against the
// project team's own scenario outcome; the tallies against counts made here from the answers themselves.

const cents = (value: number): number => Math.round(value * 100);
const sumCents = (values: readonly number[]): number => values.reduce((a, v) => a + cents(v), 0);

const municipalities = fc
  .record({ units: fc.integer({ min: 4, max: 80 }), seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) })
  .map((options) => generateMunicipality(options));

function scenario(overrides: Readonly<Record<string, Placement>>): ScenarioDefinition {
  return { id: 's1', name: ' Samlat stöd ', periodId: '2018', overrides };
}

function roundOf(
  m: GeneratedMunicipality,
  overrides: Readonly<Record<string, Placement>>,
): ConsultationRound {
  const { kommun } = placementProposals({
    units: m.units,
    inventories: m.inventories,
    config: m.config,
    periodId: '2018',
  });
  return roundFromScenario(scenario(overrides), {
    config: m.config,
    proposals: kommun,
    id: 'r1',
    closesOn: '2018-09-30',
    openedAt: '2018-09-01T08:00:00Z',
  });
}

const overridesOf = (m: GeneratedMunicipality) =>
  fc.dictionary(
    fc.constantFrom(...m.config.taxonomy.functions.map((f) => f.id)),
    fc.constantFrom(...placements),
  );

const withOverrides = municipalities.chain((m) => fc.tuple(fc.constant(m), overridesOf(m)));

/** Each unit with its inventory, and the lines the impact counts: those that count, else the current ones. */
function unitsWithLines(
  m: GeneratedMunicipality,
): { unit: Unit; inventory: Inventory; lines: InventoryLine[] }[] {
  const units = new Map(m.units.map((u) => [u.id, u]));
  return m.inventories.map((inventory) => {
    const unit = units.get(inventory.unitId) as Unit;
    const counted = countedAnswer(inventory, unit.manager?.upn ?? null);
    return { unit, inventory, lines: [...(counted?.lines ?? inventory.lines)] };
  });
}

/** Whether a unit's own staff leave it under a placement, by docs/scenarios.md's table. */
function leaves(m: GeneratedMunicipality, unit: Unit, placement: Placement): boolean {
  if (placement === 'verksamhetsnara' || m.config.centralSektorIds.includes(unit.sektorId)) return false;
  if (placement === 'centralisera') return true;
  return unit.kind !== 'sektor' && !(unit.stab === true && unit.kontorId === null);
}

describe('a round over random municipalities', () => {
  it('freezes every function as the scenario resolves it, the proposals being those that move support', () => {
    fc.assert(
      fc.property(withOverrides, ([m, overrides]) => {
        const round = roundOf(m, overrides);
        const [outcome] = scenarioOutcomes(
          { units: m.units, inventories: m.inventories, config: m.config, periodId: '2018' },
          [scenario(overrides)],
        );
        expect(round.name).toBe('Samlat stöd');
        expect(round.choices.map((c) => [c.functionId, c.placement, c.source])).toEqual(
          outcome?.choices.map((c) => [c.functionId, c.placement, c.source]),
        );
        expect(roundProposals(round).map((p) => p.functionId)).toEqual(
          round.choices.filter((c) => c.placement !== 'verksamhetsnara').map((c) => c.functionId),
        );
      }),
      { numRuns: 15 },
    );
  });

  it('moves from a unit exactly its own lines’ staff in each function, to where the placement sends them', () => {
    fc.assert(
      fc.property(withOverrides, ([m, overrides]) => {
        const round = roundOf(m, overrides);
        for (const { unit, inventory, lines } of unitsWithLines(m)) {
          const impact = unitImpact(round, unit, inventory, m.config);
          expect(impact.proposals.map((p) => p.functionId).sort()).toEqual(
            roundProposals(round)
              .map((p) => p.functionId)
              .sort(),
          );
          for (const proposal of impact.proposals) {
            const own = lines.filter((l) => l.functionId === proposal.functionId);
            const moving = leaves(m, unit, proposal.placement);
            expect(cents(proposal.arsarbetare)).toBe(
              moving ? sumCents(own.map((l) => l.arsarbetare ?? 0)) : 0,
            );
            expect(proposal.touches).toBe(proposal.arsarbetare > 0 || proposal.persons > 0);
            if (proposal.touches)
              expect(proposal.to).toBe(proposal.placement === 'centralisera' ? 'central' : 'sektor');
          }
          const touching = impact.proposals.findIndex((p) => !p.touches);
          if (touching >= 0) expect(impact.proposals.slice(touching).every((p) => !p.touches)).toBe(true);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('shows a unit whose answer counts what the project team’s scenario moves out of it', () => {
    fc.assert(
      fc.property(withOverrides, ([m, overrides]) => {
        const round = roundOf(m, overrides);
        const [outcome] = scenarioOutcomes(
          { units: m.units, inventories: m.inventories, config: m.config, periodId: '2018' },
          [scenario(overrides)],
        );
        const losses = new Map(outcome?.unitLosses.map((u) => [u.unitId, u.functions]));
        for (const { unit, inventory } of unitsWithLines(m)) {
          const impact = unitImpact(round, unit, inventory, m.config);
          if (impact.basis !== 'counted') continue;
          const moved = impact.proposals
            .filter((p) => p.to !== null && (p.persons > 0 || p.arsarbetare > 0))
            .map((p) => [p.functionId, p.arsarbetare, p.to])
            .sort();
          const lost = (losses.get(unit.id) ?? [])
            .filter((f) => f.persons > 0 || f.arsarbetare > 0)
            .map((f) => [f.functionId, f.arsarbetare, f.to])
            .sort();
          expect(moved).toEqual(lost);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('moves nothing when every function is kept close: no proposal at all', () => {
    fc.assert(
      fc.property(municipalities, (m) => {
        const keepAll = Object.fromEntries(
          m.config.taxonomy.functions.map((f) => [f.id, 'verksamhetsnara' as const]),
        );
        const round = roundOf(m, keepAll);
        expect(roundProposals(round)).toEqual([]);
        for (const { unit, inventory } of unitsWithLines(m))
          expect(unitImpact(round, unit, inventory, m.config).proposals).toEqual([]);
      }),
      { numRuns: 10 },
    );
  });

  it('counts a unit without an inventory as touched by nothing', () => {
    const m = generateMunicipality({ units: 30, seed: 3 });
    const everything = Object.fromEntries(
      m.config.taxonomy.functions.map((f) => [f.id, 'centralisera' as const]),
    );
    const impact = unitImpact(roundOf(m, everything), m.units.at(-1)!, undefined, m.config);
    expect(impact.basis).toBe('none');
    expect(impact.proposals.every((p) => !p.touches && p.arsarbetare === 0)).toBe(true);
  });
});

/** A round with `n` proposals (centralised) and one function kept close. */
function smallRound(n: number): ConsultationRound {
  const choice = (functionId: string, placement: Placement) => ({
    functionId,
    label: { sv: functionId, en: functionId },
    placement,
    source: 'override' as const,
  });
  return {
    id: 'r1',
    periodId: '2018',
    scenarioId: 's1',
    name: 'Prov',
    openedAt: '2018-09-01T08:00:00Z',
    choices: [
      ...Array.from({ length: n }, (_, i) =>
        choice(`f${i}`, i % 2 === 0 ? 'centralisera' : 'samordnaSektor'),
      ),
      choice('kept', 'verksamhetsnara'),
    ],
    closesOn: '2018-09-30',
    closed: false,
  };
}

const answer = (functionIds: readonly string[]) =>
  fc.record({
    functionId: fc.constantFrom(...functionIds),
    verdict: fc.constantFrom('agree' as const, 'disagree' as const, null),
    comment: fc.oneof(fc.constant(''), fc.constant('  '), fc.string({ maxLength: 20 })),
  });

const unitsAnswers = fc.integer({ min: 1, max: 5 }).chain((n) => {
  const round = smallRound(n);
  const ids = [...round.choices.map((c) => c.functionId), 'unknown'];
  const unit = (i: number) =>
    fc
      .record({
        sektorId: fc.constantFrom('S1', 'S2', 'S3'),
        answers: fc.array(answer(ids), { maxLength: n + 1 }),
      })
      .map(({ sektorId, answers }): ReadAnswers => ({
        roundId: 'r1',
        unitId: `E${i}`,
        unitName: `Enhet ${i}`,
        sektorId,
        kontorId: null,
        answers,
        version: '1.1',
      }));
  return fc.tuple(
    fc.constant(round),
    fc
      .integer({ min: 0, max: 12 })
      .chain((units) => fc.tuple(...Array.from({ length: units }, (_, i) => unit(i)))),
  );
});

describe('tallyAnswers', () => {
  it('sums to the answers: per proposal, per sektor, with every unit that breaks a rule left out whole', () => {
    fc.assert(
      fc.property(unitsAnswers, ([round, units]) => {
        const tally = tallyAnswers(round, units);
        const kept = units.filter((u) => answerProblems(round, u.answers).length === 0);
        expect(tally.refused).toEqual(units.filter((u) => !kept.includes(u)).map((u) => u.unitId));
        const said = (a: ProposalAnswer) => a.verdict !== null || a.comment.trim() !== '';
        expect(tally.unitsAnswered).toBe(kept.filter((u) => u.answers.some(said)).length);
        expect(tally.proposals.map((p) => p.functionId)).toEqual(
          roundProposals(round).map((p) => p.functionId),
        );
        for (const p of tally.proposals) {
          const given = kept.flatMap((u) =>
            u.answers.filter((a) => a.functionId === p.functionId && said(a)),
          );
          expect(p.agree).toBe(given.filter((a) => a.verdict === 'agree').length);
          expect(p.disagree).toBe(given.filter((a) => a.verdict === 'disagree').length);
          expect(p.commented).toBe(given.filter((a) => a.comment.trim() !== '').length);
          expect(p.units).toBe(given.length);
          expect(p.comments).toHaveLength(p.commented);
          for (const key of ['agree', 'disagree', 'commented', 'units'] as const)
            expect(p.bySektor.reduce((sum, s) => sum + s[key], 0)).toBe(p[key]);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('answerProblems', () => {
  const round = smallRound(2);
  it('refuses an answer to a function kept close or not in the round, and a second answer to one proposal', () => {
    expect(
      answerProblems(round, [
        { functionId: 'kept', verdict: 'agree', comment: '' },
        { functionId: 'nope', verdict: null, comment: 'x' },
        { functionId: 'f0', verdict: 'agree', comment: '' },
        { functionId: 'f0', verdict: 'agree', comment: '' },
      ]).map((p) => [p.code, p.functionId]),
    ).toEqual([
      ['notInRound', 'kept'],
      ['notInRound', 'nope'],
      ['duplicate', 'f0'],
    ]);
  });

  it('asks a disagreement for its reason, and holds a comment to 2,000 characters', () => {
    const problems = (a: Omit<ProposalAnswer, 'functionId'>) =>
      answerProblems(round, [{ functionId: 'f1', ...a }]).map((p) => p.code);
    expect(problems({ verdict: 'disagree', comment: '  ' })).toEqual(['reasonMissing']);
    expect(problems({ verdict: 'disagree', comment: 'Stödet behövs nära.' })).toEqual([]);
    expect(problems({ verdict: 'agree', comment: '' })).toEqual([]);
    expect(problems({ verdict: null, comment: 'å'.repeat(consultationCommentMaxLength) })).toEqual([]);
    expect(problems({ verdict: null, comment: '😀'.repeat(consultationCommentMaxLength + 1) })).toEqual([
      'commentTooLong',
    ]);
  });
});

describe('the stored format', () => {
  it('reads back what it wrote', () => {
    fc.assert(
      fc.property(withOverrides, ([m, overrides]) => {
        const round = roundOf(m, overrides);
        const { closesOn: _c, closed: _x, ...frozen } = round;
        expect(parseStoredRound(storedRoundText(round))).toEqual(frozen);
      }),
      { numRuns: 10 },
    );
    const answers: ProposalAnswer[] = [
      { functionId: 'ekonomi', verdict: 'disagree', comment: 'Behövs "nära" & <b>snabbt</b>\nrad två' },
      { functionId: 'hr', verdict: null, comment: 'Bara en kommentar' },
    ];
    expect(parseStoredAnswers(storedAnswersText(answers))).toEqual(answers);
  });

  it('refuses whole what was edited by hand into something else, never half of it', () => {
    const round = smallRound(2);
    const text = storedRoundText(round);
    const edited = (change: (v: Record<string, unknown>) => void) => {
      const v = JSON.parse(text) as Record<string, unknown>;
      change(v);
      return JSON.stringify(v);
    };
    for (const broken of [
      'inte json',
      '[]',
      text.replace('stodinventering.remiss.v1', 'stodinventering.remiss.v9'),
      edited((v) => (v.name = '   ')),
      edited((v) => (v.id = 'har mellanslag')),
      edited((v) => (v.choices = [...(v.choices as unknown[]), (v.choices as unknown[])[0]])),
      edited((v) => ((v.choices as Record<string, unknown>[])[0]!.placement = 'overallt')),
      edited((v) => ((v.choices as Record<string, unknown>[])[1]!.label = { sv: 'Bara svenska' })),
    ])
      expect(parseStoredRound(broken)).toBeUndefined();
    for (const broken of [
      '{"format":"stodinventering.remissvar.v1"}',
      '{"format":"stodinventering.remissvar.v1","answers":[{"functionId":"hr","verdict":"kanske","comment":""}]}',
      '{"format":"stodinventering.remissvar.v1","answers":[{"functionId":"hr","verdict":null}]}',
      '{"format":"stodinventering.remissvar.v1","answers":[{"functionId":"hr","verdict":null,"comment":""},7]}',
    ])
      expect(parseStoredAnswers(broken)).toBeUndefined();
  });
});
