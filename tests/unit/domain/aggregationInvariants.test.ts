import fc from 'fast-check';
import { generateMunicipality, type GeneratedMunicipality } from '../../../scripts/lib/demo';
import { aggregate, emptyInventory, inventoryStatuses, type AggregationInput } from '../../../src/domain';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
const close = (a: number, b: number): boolean =>
  Math.abs(a - b) < 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));

const municipalities = fc
  .record({ units: fc.integer({ min: 4, max: 160 }), seed: fc.integer({ min: 0, max: 2 ** 31 - 1 }) })
  .map((options) => generateMunicipality(options));

function inputOf(m: GeneratedMunicipality): AggregationInput {
  return { units: m.units, inventories: m.inventories, config: m.config, periodId: '2018' };
}

// Counted support FTE per unit, straight from the inventories, to check the aggregate against.
function fteByUnit(m: GeneratedMunicipality): Map<string, number> {
  const result = new Map<string, number>();
  for (const inv of m.inventories) {
    if (inv.status !== 'submitted' && inv.status !== 'approved') continue;
    result.set(inv.unitId, sum(inv.lines.map((l) => l.arsarbetare ?? 0)));
  }
  return result;
}

describe('aggregation invariants over random municipalities', () => {
  it('kommun total equals the sum over every counted line', () => {
    fc.assert(
      fc.property(municipalities, (m) => {
        const result = aggregate(inputOf(m));
        expect(close(result.kommun.support.arsarbetare, sum([...fteByUnit(m).values()]))).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it('sector totals add up to the kommun total, in total and per function', () => {
    fc.assert(
      fc.property(municipalities, (m) => {
        const result = aggregate(inputOf(m));
        const sectors = result.sektorer;
        expect(close(sum(sectors.map((s) => s.support.arsarbetare)), result.kommun.support.arsarbetare)).toBe(
          true,
        );
        expect(sum(sectors.map((s) => s.support.persons))).toBe(result.kommun.support.persons);
        expect(sum(sectors.map((s) => s.headcount))).toBe(result.kommun.headcount);
        result.kommun.functions.forEach((fn, i) => {
          expect(close(sum(sectors.map((s) => s.functions[i]?.arsarbetare ?? 0)), fn.arsarbetare)).toBe(true);
          expect(sum(sectors.map((s) => s.functions[i]?.placementVotes.centralisera ?? 0))).toBe(
            fn.placementVotes.centralisera,
          );
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
            sum(offices.map((k) => k.support.arsarbetare)) + sum(outside.map((u) => byUnit.get(u.id) ?? 0));
          expect(close(sektor.support.arsarbetare, expected)).toBe(true);
          expect(sum(offices.map((k) => k.units)) + outside.length).toBe(sektor.units);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('progress counts sum to the unit count at every level', () => {
    fc.assert(
      fc.property(municipalities, (m) => {
        const result = aggregate(inputOf(m));
        for (const summary of [result.kommun, ...result.sektorer, ...result.kontor]) {
          expect(sum(inventoryStatuses.map((s) => summary.progress.byStatus[s]))).toBe(summary.units);
          expect(summary.progress.total).toBe(summary.units);
        }
        expect(result.kommun.units).toBe(m.units.length);
        expect(sum(result.sektorer.map((s) => s.progress.total))).toBe(m.units.length);
        expect(result.missing.length).toBe(m.units.length - result.kommun.progress.submittedOrApproved);
      }),
      { numRuns: 25 },
    );
  });

  it('readiness shortfall is max(0, required − present) in every cell', () => {
    fc.assert(
      fc.property(municipalities, (m) => {
        const result = aggregate(inputOf(m));
        for (const row of result.readiness.rows) {
          for (const cell of row.cells) {
            expect(close(cell.shortfall, Math.max(0, cell.required - cell.present))).toBe(true);
            expect(cell.met).toBe(cell.shortfall === 0 ? 'met' : 'notMet');
          }
          expect(close(row.totalShortfall, sum(row.cells.map((c) => c.shortfall)))).toBe(true);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('an empty inventory contributes zero, but counts as reporting', () => {
    fc.assert(
      fc.property(municipalities, (m) => {
        const started = new Set(m.inventories.map((i) => i.unitId));
        const idle = m.units.find((u) => !started.has(u.id));
        fc.pre(idle !== undefined);
        if (idle === undefined) return;
        const before = aggregate(inputOf(m));
        const empty = { ...emptyInventory(idle, '2018'), status: 'submitted' as const };
        const after = aggregate({ ...inputOf(m), inventories: [...m.inventories, empty] });
        const { per100Employees: _before, ...supportBefore } = before.kommun.support;
        const { per100Employees: _after, ...supportAfter } = after.kommun.support;
        expect(supportAfter).toEqual(supportBefore);
        // It reports, so its employees join the base of the per-100 figures.
        expect(after.kommun.reportingHeadcount).toBe(before.kommun.reportingHeadcount + idle.headcount);
        expect(after.kommun.functions.map((f) => f.arsarbetare)).toEqual(
          before.kommun.functions.map((f) => f.arsarbetare),
        );
        expect(after.kommun.reportingUnits).toBe(before.kommun.reportingUnits + 1);
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
