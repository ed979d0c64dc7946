import { type Placement } from '../config/types';
import { formatNumber, formatPercent } from '../i18n/format';
import { type Locale } from '../i18n/locale';
import { presentationTranslator, type PresentationTranslate } from './texts';
import { type PresentationInput } from './types';

// How a slide writes its figures, as the dashboards and the scenarios page do: FTE with two decimals (the figures
// are exact to the hundredth, so nothing is rounded away), hours with one, shares as whole percentages, a
// coefficient of variation with two decimals, and a dash for what cannot be counted.
//
// The names of functions and roles are looked up in the configuration like `functionLabel` and `roleLabel` of the
// dashboards (src/ui/dashboard/context.ts); src/domain may not import src/ui, so the lookup is here again.

/** What every slide is written with: the input, the locale's words and how figures and names are written. */
export interface SlideContext {
  readonly input: PresentationInput;
  readonly locale: Locale;
  readonly t: PresentationTranslate;
  /** FTE with two decimals. */
  fte(value: number): string;
  /** Hours with one decimal. */
  hours(value: number): string;
  /** A share (0–1) as a whole percentage; a dash when there is none. */
  share(value: number | null): string;
  /** A coefficient of variation with two decimals; a dash when there is none. */
  spread(value: number | null): string;
  /** A count, with the locale's thousands separator. */
  count(value: number): string;
  functionName(functionId: string): string;
  roleName(roleId: string): string;
  placementName(placement: Placement): string;
}

/** The context the slides of `input` are written with in `locale`. */
export function slideContext(input: PresentationInput, locale: Locale): SlideContext {
  const { taxonomy, placements } = input.config;
  const t = presentationTranslator(locale);
  const decimals = (value: number, digits: number) =>
    formatNumber(value, locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
  const functions = new Map(taxonomy.functions.map((f) => [f.id, f.label[locale]]));
  const roles = new Map(taxonomy.functions.flatMap((f) => f.roles.map((r) => [r.id, r.label[locale]])));
  const placementLabels = new Map(placements.map((p) => [p.id, p.label[locale]]));
  return {
    input,
    locale,
    t,
    fte: (value) => decimals(value, 2),
    hours: (value) => decimals(value, 1),
    share: (value) => (value === null ? t('none') : formatPercent(value, locale)),
    spread: (value) => (value === null ? t('none') : decimals(value, 2)),
    count: (value) => formatNumber(value, locale, { maximumFractionDigits: 0 }),
    functionName: (id) => functions.get(id) ?? id,
    roleName: (id) => roles.get(id) ?? id,
    placementName: (id) => placementLabels.get(id) ?? id,
  };
}
