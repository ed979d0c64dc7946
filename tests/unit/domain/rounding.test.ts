import fc from 'fast-check';
import { percentages, roundHalfAway, roundParts, toHundredths } from '../../../src/domain';

describe('toHundredths', () => {
  it.each([
    [0.29, 29], // 0.29 × 100 is 28.999999999999996 in binary floating point
    [1.005, 101], // stored as 1.00499999999999989…, meant as 1.005
    [560.45, 56045],
    [0.333, 33],
    [2.5, 250],
    [-1.005, -101],
  ])('%p → %p', (value, hundredths) => {
    expect(toHundredths(value)).toBe(hundredths);
  });
});

describe('roundHalfAway', () => {
  it.each([
    [560.45, 1, 560.5], // what the sectors' own roundings add up to, not 560,4
    [560.4499999999999, 1, 560.5], // float residue of a sum of hundredths rounds as the hundredths meant
    [2.345, 2, 2.35],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [0.05, 1, 0.1],
    [1234.5, 0, 1235],
  ])('%p to %p decimals → %p', (value, decimals, rounded) => {
    expect(roundHalfAway(value, decimals)).toBe(rounded);
  });
});

describe('roundParts', () => {
  it('rounds parts so that they add up to their rounded total', () => {
    // Each rounded alone gives 1,3 four times = 5,2 against a total of 5,0.
    expect(roundParts([1.25, 1.25, 1.25, 1.25], 1)).toEqual([1.3, 1.3, 1.2, 1.2]);
    // Whole FTE per function: 0.6 + 0.6 + 0.6 would show as 1 + 1 + 1 = 3 against a total of 2.
    expect(roundParts([0.6, 0.6, 0.6], 0)).toEqual([1, 1, 0]);
    expect(roundParts([], 1)).toEqual([]);
    expect(roundParts([0, 0], 0)).toEqual([0, 0]);
  });

  it('gives the extra unit to the part that lost most', () => {
    expect(roundParts([0.4, 0.45, 0.15], 0)).toEqual([0, 1, 0]);
  });

  it('adds up and moves no part by a whole unit, for any parts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { maxLength: 40 }),
        fc.integer({ min: 0, max: 2 }),
        (hundredths, decimals) => {
          const parts = hundredths.map((h) => h / 100);
          const total = hundredths.reduce((a, b) => a + b, 0) / 100;
          const rounded = roundParts(parts, decimals);
          const scale = 10 ** decimals;
          const shownSum = rounded.reduce((a, r) => a + Math.round(r * scale), 0);
          expect(shownSum).toBe(Math.round(roundHalfAway(total, decimals) * scale));
          rounded.forEach((r, i) => expect(Math.abs(r - (parts[i] ?? 0))).toBeLessThan(1 / scale));
        },
      ),
    );
  });
});

describe('percentages', () => {
  it('adds up to 100', () => {
    expect(percentages([1, 1, 1])).toEqual([34, 33, 33]);
    expect(percentages([44, 56, 0])).toEqual([44, 56, 0]);
    expect(percentages([1, 2], 1)).toEqual([33.3, 66.7]);
  });

  it('is all zeros when nothing was counted', () => {
    expect(percentages([0, 0, 0])).toEqual([0, 0, 0]);
  });

  it('adds up to exactly 100 for any counts', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 10_000 }), { minLength: 1, maxLength: 12 }), (counts) => {
        fc.pre(counts.some((c) => c > 0));
        expect(percentages(counts).reduce((a, b) => a + b, 0)).toBe(100);
      }),
    );
  });
});
