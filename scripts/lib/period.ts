// Which period a script works on: its `--period` option, and the choice when none is given.
import { currentPeriod, latestPeriod, type Period } from '../../src/domain';
import { type OptionSpec, UsageError } from './args';

/** The `--period` option of the scripts that read one period. */
export const periodOption = {
  period: {
    type: 'string',
    value: 'id',
    help: 'perioden / the period (standard / default: den öppna, annars den senaste / the open one, else the latest)',
  },
} as const satisfies OptionSpec;

/**
 * The period asked for, or else the open one, or else the latest that has opened.
 * @throws UsageError when the site has no period, or not the one asked for.
 */
export function choosePeriod(
  periods: readonly Period[],
  requested: string | undefined,
  today: string,
): Period {
  const period =
    requested === undefined
      ? (currentPeriod(periods, today) ?? latestPeriod(periods, today))
      : periods.find((p) => p.id === requested);
  if (period == null) {
    const known = periods.map((p) => p.id).join(', ') || '–';
    throw new UsageError(
      requested === undefined
        ? 'Webbplatsen har ingen period ännu. / The site has no period yet.'
        : `Perioden ${requested} finns inte (finns: ${known}). / The period ${requested} does not exist (there are: ${known}).`,
    );
  }
  return period;
}
