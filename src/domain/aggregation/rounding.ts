// Figures are summed exactly and rounded only for display, so that what is shown adds up: a total shown beside its
// parts is the rounded exact total, and the parts are rounded by the largest remainder method so they sum to it.
// FTE and hours are kept as whole hundredths while summing; binary floating point would leave residue such as
// 560.4499999999999, which one decimal then shows as 560,4 while the sectors' own roundings add up to 560,5.

/** A value as whole hundredths, rounded half away from zero (0.005 → 1): how FTE and hours are summed. */
export function toHundredths(value: number): number {
  // The tiny nudge undoes binary representation error (1.005 is stored as 1.00499…) before rounding.
  const scaled = Math.abs(value) * 100;
  return Math.sign(value) * Math.floor(scaled + 0.5 + 1e-9 * Math.max(1, scaled));
}

/** Whole hundredths back as a number (`56045` → 560.45, the double nearest the exact decimal). */
export function fromHundredths(hundredths: number): number {
  return hundredths / 100;
}

/** Rounds half away from zero to `decimals` places, on the exact decimal the double stands for (2.345 → 2.35). */
export function roundHalfAway(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = Math.abs(value) * factor;
  const nudge = 1e-9 * Math.max(1, scaled);
  return (Math.sign(value) * Math.floor(scaled + 0.5 + nudge)) / factor;
}

/**
 * Rounds non-negative parts to `decimals` places so that they add up to their total rounded the same way (largest
 * remainder: every part is rounded down, then the units still missing go to the parts that lost most; ties to the
 * earlier part). Each part moves by less than one unit of the last place.
 */
export function roundParts(parts: readonly number[], decimals: number): number[] {
  const factor = 10 ** decimals;
  const exact = parts.reduce((sum, part) => sum + part, 0);
  const target = Math.round(roundHalfAway(exact, decimals) * factor);
  const scaled = parts.map((part) => part * factor);
  const floors = scaled.map((value) => Math.floor(value + 1e-9 * Math.max(1, value)));
  let missing = target - floors.reduce((sum, value) => sum + value, 0);
  const byRemainder = scaled
    .map((value, i) => ({ i, remainder: value - (floors[i] as number) }))
    .sort((a, b) => b.remainder - a.remainder || a.i - b.i);
  for (const { i } of byRemainder) {
    if (missing <= 0) break;
    floors[i] = (floors[i] as number) + 1;
    missing -= 1;
  }
  return floors.map((value) => value / factor);
}

/**
 * Shares of a whole as percentages rounded to `decimals` places that add up to exactly 100 (largest remainder);
 * all zeros when nothing was counted.
 */
export function percentages(counts: readonly number[], decimals = 0): number[] {
  const total = counts.reduce((sum, count) => sum + count, 0);
  if (total === 0) return counts.map(() => 0);
  return roundParts(
    counts.map((count) => (count / total) * 100),
    decimals,
  );
}
