import fc from 'fast-check';
import { generateMunicipality, type GeneratedMunicipality } from '../../../scripts/lib/demo';
import {
  aggregate,
  placements,
  scenarioKeyFigures,
  scenarioOutcomes,
  type AggregationInput,
  type Inventory,
  type InventoryLine,
  type Placement,
  type ScenarioDefinition,
  type Unit,
} from '../../../src/domain';

// The figures a scenario moves are checked here against sums worked out from the answers themselves, not from the
// index the code under test reads, so a wrong row or a wrong move shows as a difference.

const cents = (value: number): number => Math.round(value * 100);
const sumCents = (values: readonly number[]): number => values.reduce((a, v) => a + cents(v), 0);

const municipalities = fc
  .record({ units: fc.integer({ min: 4, max: 120 }), seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) })
  .map((options) => generateMunicipality(options));

function inputOf(m: GeneratedMunicipality): AggregationInput {
  return { units: m.units, inventories: m.inventories, config: m.config, periodId: '2018' };
}

function scenario(overrides: Readonly<Record<string, Placement>>): ScenarioDefinition {
  return { id: 's1', name: 'Prov', periodId: '2018', overrides };
}

/** A scenario that moves one function only: every other function is kept close, whatever its proposal. */
function only(m: GeneratedMunicipality, functionId: string, placement: Placement): ScenarioDefinition {
  const kept = Object.fromEntries(m.config.taxonomy.functions.map((f) => [f.id, 'verksamhetsnara' as const]));
  return scenario({ ...kept, [functionId]: placement });
}

const overridesOf = (m: GeneratedMunicipality) =>
  fc.dictionary(
    fc.constantFrom(...m.config.taxonomy.functions.map((f) => f.id)),
    fc.constantFrom(...placements),
  );

/** The lines that count for a unit, from the rule in docs/domain.md (the generated answers carry no old figures). */
function countedLines(inventory: Inventory, managerUpn: string | null): readonly InventoryLine[] {
  if (inventory.status === 'approved') return inventory.lines;
  const approval = inventory.decisions.findLast(
    (d) => d.verdict === 'approved' && (managerUpn === null || d.decidedBy !== managerUpn),
  );
  if (approval?.figures !== undefined) return approval.figures.lines;
  if (approval !== undefined && approval.revision === inventory.revision) return inventory.lines;
  return inventory.status === 'submitted' ? inventory.lines : [];
}

/** Every counted line with its unit. */
function staffLines(m: GeneratedMunicipality): { unit: Unit; line: InventoryLine }[] {
  const units = new Map(m.units.map((u) => [u.id, u]));
  return m.inventories.flatMap((inventory) => {
    const unit = units.get(inventory.unitId) as Unit;
    return countedLines(inventory, unit.manager?.upn ?? null).map((line) => ({ unit, line }));
  });
}

describe('scenarios over random municipalities', () => {
  it('shows the dashboard as "before": the same mottagare matrix and inequality', () => {
    fc.assert(
      fc.property(
        municipalities.chain((m) => fc.tuple(fc.constant(m), overridesOf(m))),
        ([m, overrides]) => {
          const dashboard = aggregate(inputOf(m));
          const [outcome] = scenarioOutcomes(inputOf(m), [scenario(overrides)]);
          expect(outcome?.readiness.before).toEqual(dashboard.readiness);
          expect(outcome?.inequality.before).toEqual(dashboard.inequality);
          expect(outcome?.totalArsarbetare).toBe(dashboard.kommun.support.arsarbetare);
        },
      ),
      { numRuns: 20 },
    );
  });

  it('never creates or loses FTE: what the sektorer keep plus what is centralised is what they had', () => {
    fc.assert(
      fc.property(
        municipalities.chain((m) => fc.tuple(fc.constant(m), overridesOf(m))),
        ([m, overrides]) => {
          const [outcome] = scenarioOutcomes(inputOf(m), [scenario(overrides)]);
          if (outcome === undefined) throw new Error('no outcome');
          const before = sumCents(outcome.sektorer.map((s) => s.supportBefore));
          const after = sumCents(outcome.sektorer.map((s) => s.supportAfter));
          expect(after + cents(outcome.centralised)).toBe(before);
          expect(before).toBe(cents(outcome.totalArsarbetare));
          // Per function: what leaves the units for the sektor or a central function is what the units lose.
          const moved = outcome.unitLosses.flatMap((u) => u.functions);
          expect(sumCents(moved.filter((f) => f.to === 'central').map((f) => f.arsarbetare))).toBe(
            cents(outcome.centralised),
          );
          expect(sumCents(moved.filter((f) => f.to === 'sektor').map((f) => f.arsarbetare))).toBe(
            sumCents(outcome.sektorer.map((s) => s.toSektor)),
          );
          for (const office of outcome.kontor) {
            expect(cents(office.supportAfter)).toBe(
              cents(office.supportBefore) - cents(office.toSektor) - cents(office.toCentral),
            );
            expect(office.supportAfter).toBeGreaterThanOrEqual(0);
          }
        },
      ),
      { numRuns: 20 },
    );
  });

  it('changes nothing when every function stays close', () => {
    fc.assert(
      fc.property(municipalities, (m) => {
        const keepAll = Object.fromEntries(
          m.config.taxonomy.functions.map((f) => [f.id, 'verksamhetsnara' as const]),
        );
        const [outcome] = scenarioOutcomes(inputOf(m), [scenario(keepAll)]);
        expect(outcome?.readiness.after).toEqual(outcome?.readiness.before);
        expect(outcome?.inequality.after).toEqual(outcome?.inequality.before);
        expect(outcome?.unitLosses).toEqual([]);
        expect(outcome?.centralised).toBe(0);
        for (const area of [...(outcome?.sektorer ?? []), ...(outcome?.kontor ?? [])]) {
          expect(area.supportAfter).toBe(area.supportBefore);
        }
      }),
      { numRuns: 15 },
    );
  });

  it('centralising a function takes exactly its staff outside the central sektor out of each sektor', () => {
    fc.assert(
      fc.property(municipalities, fc.nat(), (m, pick) => {
        const functions = m.config.taxonomy.functions;
        const fn = functions[pick % functions.length]?.id ?? '';
        const [outcome] = scenarioOutcomes(inputOf(m), [only(m, fn, 'centralisera')]);
        const central = new Set(m.config.centralSektorIds);
        const lines = staffLines(m).filter(({ line }) => line.functionId === fn);
        for (const sektor of outcome?.sektorer ?? []) {
          const leaving = central.has(sektor.id)
            ? 0
            : sumCents(
                lines
                  .filter(({ unit }) => unit.sektorId === sektor.id)
                  .map(({ line }) => line.arsarbetare ?? 0),
              );
          expect(cents(sektor.toCentral)).toBe(leaving);
          expect(cents(sektor.supportAfter)).toBe(cents(sektor.supportBefore) - leaving);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('gathering a function in the sektor counts all its role FTE toward the mottagare', () => {
    fc.assert(
      fc.property(municipalities, fc.nat(), (m, pick) => {
        const requirements = m.config.receiverProfile.requirements;
        const requirement = requirements[pick % requirements.length];
        if (requirement === undefined) return;
        const [outcome] = scenarioOutcomes(inputOf(m), [only(m, requirement.functionId, 'samordnaSektor')]);
        const column = requirements.indexOf(requirement);
        const lines = staffLines(m).filter(({ line }) => line.functionId === requirement.functionId);
        for (const row of outcome?.readiness.after.rows ?? []) {
          const present = sumCents(
            lines
              .filter(({ unit }) => unit.sektorId === row.sektorId)
              .flatMap(({ line }) => line.roles.filter((r) => r.roleId === requirement.roleId))
              .map((r) => r.arsarbetare),
          );
          const central = m.config.centralSektorIds.includes(row.sektorId);
          // A central sektor's staff stay where they are, so only its receiving units count there, as today.
          const expected = central
            ? cents(
                outcome?.readiness.before.rows.find((r) => r.sektorId === row.sektorId)?.cells[column]
                  ?.present ?? 0,
              )
            : present;
          expect(cents(row.cells[column]?.present ?? 0)).toBe(expected);
        }
      }),
      { numRuns: 20 },
    );
  });
});

describe('scenarioKeyFigures', () => {
  it('sums the moves and counts the sektorer meeting the profile before and after', () => {
    const m = generateMunicipality({ units: 120, seed: 7 });
    const requirement = m.config.receiverProfile.requirements[0];
    if (requirement === undefined) throw new Error('the default profile has requirements');
    const [outcome] = scenarioOutcomes(inputOf(m), [only(m, requirement.functionId, 'centralisera')]);
    if (outcome === undefined) throw new Error('no outcome');
    const figures = scenarioKeyFigures(outcome);
    expect(figures.toCentral).toBe(outcome.centralised);
    expect(figures.unitsLosingSupport).toBe(outcome.unitLosses.length);
    const nonCentral = outcome.readiness.after.rows.filter(
      (r) => !m.config.centralSektorIds.includes(r.sektorId),
    );
    // Centralising the function leaves no one in the role in any other sektor.
    for (const row of nonCentral) expect(row.cells[0]?.present).toBe(0);
    expect(figures.sektorerMeetingProfile.after).toBeLessThanOrEqual(
      figures.sektorerMeetingProfile.before ?? 0,
    );
  });
});
