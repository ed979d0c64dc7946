import fc from 'fast-check';
import { generateMunicipality, type GeneratedMunicipality } from '../../../scripts/lib/demo';
import {
  aggregate,
  answerFigures,
  emptyInventory,
  inventoryStatuses,
  percentages,
  roundHalfAway,
  roundParts,
  type AggregationInput,
  type Inventory,
  type InventoryLine,
  type MunicipalityAggregate,
} from '../../../src/domain';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
// Whole hundredths, so that "adds up" is checked exactly rather than within a tolerance.
const cents = (value: number): number => Math.round(value * 100);
const centsOfSum = (values: readonly number[]): number => sum(values.map(cents));

const municipalities = fc
  .record({ units: fc.integer({ min: 4, max: 160 }), seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) })
  .map((options) => generateMunicipality(options));

function inputOf(
  m: GeneratedMunicipality,
  inventories: readonly Inventory[] = m.inventories,
): AggregationInput {
  return { units: m.units, inventories, config: m.config, periodId: '2018' };
}

// The lines that count for a unit, worked out here from the rule in docs/domain.md rather than by the code under test.
function countedLines(inventory: Inventory, managerUpn: string | null): readonly InventoryLine[] | null {
  if (inventory.status === 'approved') return inventory.lines;
  const approval = inventory.decisions.findLast(
    (d) => d.verdict === 'approved' && (managerUpn === null || d.decidedBy !== managerUpn),
  );
  if (approval !== undefined && approval.revision === inventory.revision) return inventory.lines;
  if (approval?.figures !== undefined) return approval.figures.lines;
  return inventory.status === 'submitted' ? inventory.lines : null;
}

function fteByUnit(m: GeneratedMunicipality): Map<string, number> {
  const managers = new Map(m.units.map((u) => [u.id, u.manager?.upn ?? null]));
  const result = new Map<string, number>();
  for (const inv of m.inventories) {
    const lines = countedLines(inv, managers.get(inv.unitId) ?? null);
    if (lines !== null) result.set(inv.unitId, centsOfSum(lines.map((l) => l.arsarbetare ?? 0)) / 100);
  }
  return result;
}

// Every figure drawn from the answers: what a reopen or a pending change must leave as it was.
function contentFigures(result: MunicipalityAggregate) {
  const strip = ({ progress: _p, reportingFromLastApproval: _r, ...area }: MunicipalityAggregate['kommun']) =>
    area;
  return {
    kommun: strip(result.kommun),
    sektorer: result.sektorer.map(strip),
    kontor: result.kontor.map(strip),
    // Which units have not reported, not how far they got (their status is progress, not a figure).
    readiness: result.readiness.rows.map((row) => ({
      ...row,
      unreported: row.unreported.map((u) => u.unitId),
    })),
    inequality: result.inequality,
    proposals: result.proposals,
  };
}

describe('aggregation invariants over random municipalities', () => {
  it('kommun total equals the sum over every counted line, to the hundredth', () => {
    fc.assert(
      fc.property(municipalities, (m) => {
        const result = aggregate(inputOf(m));
        expect(result.diagnostics.excludedLines).toEqual([]);
        expect(cents(result.kommun.support.arsarbetare)).toBe(centsOfSum([...fteByUnit(m).values()]));
      }),
      { numRuns: 25 },
    );
  });

  it('sector figures add up exactly to the kommun’s, in total and per function', () => {
    fc.assert(
      fc.property(municipalities, (m) => {
        const result = aggregate(inputOf(m));
        const sectors = result.sektorer;
        expect(centsOfSum(sectors.map((s) => s.support.arsarbetare))).toBe(
          cents(result.kommun.support.arsarbetare),
        );
        expect(sum(sectors.map((s) => s.support.persons))).toBe(result.kommun.support.persons);
        expect(sum(sectors.map((s) => s.headcount))).toBe(result.kommun.headcount);
        expect(sum(sectors.map((s) => s.reportingUnits))).toBe(result.kommun.reportingUnits);
        result.kommun.functions.forEach((fn, i) => {
          expect(centsOfSum(sectors.map((s) => s.functions[i]?.arsarbetare ?? 0))).toBe(
            cents(fn.arsarbetare),
          );
          expect(sum(sectors.map((s) => s.functions[i]?.placementVotes.centralisera ?? 0))).toBe(
            fn.placementVotes.centralisera,
          );
          expect(sum(sectors.map((s) => s.functions[i]?.quality.n ?? 0))).toBe(fn.quality.n);
        });
      }),
      { numRuns: 25 },
    );
  });

  it('office totals add up to their sector, with the sector’s units outside any office', () => {
    fc.assert(
      fc.property(municipalities, (m) => {
        const result = aggregate(inputOf(m));
        const byUnit = fteByUnit(m);
        for (const sektor of result.sektorer) {
          const offices = result.kontor.filter((k) => k.sektorId === sektor.id);
          const outside = m.units.filter((u) => u.sektorId === sektor.id && u.kontorId === null);
          const expected =
            centsOfSum(offices.map((k) => k.support.arsarbetare)) +
            centsOfSum(outside.map((u) => byUnit.get(u.id) ?? 0));
          expect(cents(sektor.support.arsarbetare)).toBe(expected);
          expect(sum(offices.map((k) => k.units)) + outside.length).toBe(sektor.units);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('rounded parts add up to the rounded total: sectors, functions, where staff sit, vote shares', () => {
    fc.assert(
      fc.property(municipalities, fc.integer({ min: 0, max: 2 }), (m, decimals) => {
        const result = aggregate(inputOf(m));
        const shown = (parts: readonly number[], total: number) => {
          const rounded = roundParts(parts, decimals);
          expect(Math.round(sum(rounded) * 10 ** decimals)).toBe(
            Math.round(roundHalfAway(total, decimals) * 10 ** decimals),
          );
          rounded.forEach((r, i) => expect(Math.abs(r - (parts[i] ?? 0))).toBeLessThan(10 ** -decimals));
        };
        const { kommun } = result;
        shown(
          result.sektorer.map((s) => s.support.arsarbetare),
          kommun.support.arsarbetare,
        );
        shown(
          kommun.functions.map((f) => f.arsarbetare),
          kommun.support.arsarbetare,
        );
        shown(Object.values(kommun.support.staffLocation), kommun.support.arsarbetare);
        for (const fn of kommun.functions) {
          const votes = Object.values(fn.placementVotes);
          if (sum(votes) > 0) expect(sum(percentages(votes, decimals))).toBeCloseTo(100, 9);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('progress counts every unit once: by status, or apart as vacant', () => {
    fc.assert(
      fc.property(municipalities, (m) => {
        const result = aggregate(inputOf(m));
        for (const summary of [result.kommun, ...result.sektorer, ...result.kontor]) {
          expect(sum(inventoryStatuses.map((s) => summary.progress.byStatus[s]))).toBe(
            summary.progress.total,
          );
          expect(summary.progress.total + summary.progress.vacant).toBe(summary.units);
        }
        expect(result.kommun.units).toBe(m.units.length);
        expect(result.missing.length).toBe(m.units.length - result.kommun.progress.submittedOrApproved);
        expect(result.missing.filter((u) => u.vacant)).toHaveLength(result.kommun.progress.vacant);
      }),
      { numRuns: 25 },
    );
  });

  it('readiness cells are met, short with the exact shortfall, or not reported with the units named', () => {
    fc.assert(
      fc.property(municipalities, (m) => {
        const result = aggregate(inputOf(m));
        for (const row of result.readiness.rows) {
          for (const cell of row.cells) {
            const gap = cents(cell.required) - cents(cell.present);
            if (gap <= 0) expect(cell).toMatchObject({ state: 'met', shortfall: null });
            else if (row.unreported.length === 0) expect(cents(cell.shortfall ?? -1)).toBe(gap);
            else expect(cell).toMatchObject({ state: 'notReported', shortfall: null });
          }
          expect(cents(row.totalShortfall)).toBe(centsOfSum(row.cells.map((c) => c.shortfall ?? 0)));
        }
      }),
      { numRuns: 25 },
    );
  });

  it('reopening an approved inventory alone changes no figure, nor does changing it while in review', () => {
    fc.assert(
      fc.property(municipalities, fc.nat(), (m, pick) => {
        const approved = m.inventories.filter((i) => i.status === 'approved');
        fc.pre(approved.length > 0);
        const target = approved[pick % approved.length] as Inventory;
        const before = contentFigures(aggregate(inputOf(m)));
        const replace = (replacement: Inventory) =>
          contentFigures(
            aggregate(
              inputOf(
                m,
                m.inventories.map((i) => (i === target ? replacement : i)),
              ),
            ),
          );
        const approval = {
          ...(target.decisions.at(-1) as Inventory['decisions'][number]),
          figures: answerFigures(target),
        };
        const reopen = {
          id: '',
          verdict: 'returned' as const,
          comment: 'Öppnas igen.',
          decidedBy: 'projektgrupp@kommun.example',
          decidedAt: '2018-09-01T08:00:00.000Z',
          revision: target.revision,
        };
        expect(replace({ ...target, status: 'returned', decisions: [approval, reopen] })).toEqual(before);
        const changed = target.lines.map((l) => ({
          ...l,
          persons: (l.persons ?? 0) + 3,
          arsarbetare: (l.arsarbetare ?? 0) + 2,
        }));
        const pending = {
          ...target,
          revision: `${target.revision}+1`,
          lines: changed,
          decisions: [approval],
        };
        expect(replace({ ...pending, status: 'draft' })).toEqual(before);
        expect(replace({ ...pending, status: 'submitted' })).toEqual(before);
      }),
      { numRuns: 25 },
    );
  });

  it('a submitted inventory without lines changes no figure and does not report', () => {
    fc.assert(
      fc.property(municipalities, (m) => {
        const started = new Set(m.inventories.map((i) => i.unitId));
        const idle = m.units.find((u) => !started.has(u.id) && u.manager !== null);
        fc.pre(idle !== undefined);
        if (idle === undefined) return;
        const before = aggregate(inputOf(m));
        const empty = { ...emptyInventory(idle, '2018'), status: 'submitted' as const };
        const after = aggregate(inputOf(m, [...m.inventories, empty]));
        expect(contentFigures(after)).toEqual(contentFigures(before));
        expect(after.diagnostics.emptyAnswers).toEqual([idle.id]);
        expect(after.kommun.progress.submittedOrApproved).toBe(
          before.kommun.progress.submittedOrApproved + 1,
        );
      }),
      { numRuns: 25 },
    );
  });

  it('is deterministic and plain data', () => {
    fc.assert(
      fc.property(municipalities, (m) => {
        const first = aggregate(inputOf(m));
        expect(aggregate(inputOf(m))).toEqual(first);
        expect(JSON.parse(JSON.stringify(first))).toEqual(first);
      }),
      { numRuns: 10 },
    );
  });
});
