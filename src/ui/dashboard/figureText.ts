import { formatNumber, formatPercent, type Locale, type Mean } from '../../domain';
import { type DashboardTranslate } from './dashboardStrings';

// How a figure is written on the dashboards: FTE to one decimal, shares as whole percentages, and every mean with
// its n — or "för få svar" when it rests on fewer answers than a mean is shown for.

/** FTE (or hours) to one decimal, as the locale writes it. */
export function decimalText(value: number, locale: Locale, decimals = 1): string {
  return formatNumber(value, locale, { maximumFractionDigits: decimals, minimumFractionDigits: decimals });
}

/** A share (0–1) as a whole percentage; a dash when there is none. */
export function shareText(share: number | null, locale: Locale): string {
  return share === null ? '–' : formatPercent(share, locale);
}

/** A mean with its n, or "för få svar" with its n. */
export function meanText(mean: Mean, context: { t: DashboardTranslate; locale: Locale }): string {
  const { t, locale } = context;
  const value = mean.value === null ? t('tooFew') : decimalText(mean.value, locale);
  return t('valueWithN', { value, n: mean.n });
}
