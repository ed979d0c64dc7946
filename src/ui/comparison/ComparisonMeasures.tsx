import {
  formatNumber,
  formatPercent,
  percentages,
  staffLocations,
  type ComparisonFigures,
  type Locale,
  type Mean,
  type MunicipalityConfig,
} from '../../domain';
import { type ComparisonTranslate } from './comparisonStrings';
import { ComparisonTable, type ComparisonColumn, type ComparisonRow } from './ComparisonTable';
import { type useComparisonStyles } from './useComparisonStyles.styles';

// The four measures the brief names, each a table of its own: support per 100 employees, where the staff sit,
// quality and competence gap per function, and the first-line manager's administrative hours.

interface MeasureProps {
  readonly columns: readonly ComparisonColumn[];
  readonly config: MunicipalityConfig;
  readonly t: ComparisonTranslate;
  readonly locale: Locale;
  readonly styles: ReturnType<typeof useComparisonStyles>;
}

function decimal(value: number | null, locale: Locale, decimals: number): string {
  return value === null
    ? '–'
    : formatNumber(value, locale, { maximumFractionDigits: decimals, minimumFractionDigits: decimals });
}

function meanText(mean: Mean | undefined, t: ComparisonTranslate, locale: Locale): string {
  const { n, value } = mean ?? { n: 0, value: null };
  return t('valueWithN', { value: value === null ? t('tooFew') : decimal(value, locale, 1), n });
}

function functionRows(
  props: MeasureProps,
  value: (fn: ComparisonFigures['functions'][number]) => string,
): ComparisonRow[] {
  return props.config.taxonomy.functions.map((fn) => ({
    key: fn.id,
    label: fn.label[props.locale],
    value: (figures) => {
      const own = figures.functions.find((f) => f.functionId === fn.id);
      return own === undefined ? '–' : value(own);
    },
  }));
}

/** Every measure of the comparison, in the order the page shows them. */
export function ComparisonMeasures(props: MeasureProps) {
  const { columns, config, t, locale, styles } = props;
  const table = { columns, locale, styles, rowHeader: t('column.measure') };
  const per100Rows: ComparisonRow[] = [
    { key: 'total', label: t('total'), value: (f) => decimal(f.per100Employees, locale, 2) },
    ...functionRows(props, (fn) => decimal(fn.per100Employees, locale, 2)),
  ];
  const staffRows: ComparisonRow[] = staffLocations.map((location, i) => ({
    key: location,
    label: config.locations.find((l) => l.id === location)?.label[locale] ?? location,
    value: (f) =>
      f.arsarbetare === 0
        ? '–'
        : formatPercent((percentages(staffLocations.map((l) => f.staffLocation[l]))[i] ?? 0) / 100, locale),
  }));
  const hourRows: ComparisonRow[] = [
    ...config.adminHourCategories.map((category) => ({
      key: category.id,
      label: category.label[locale],
      value: (f: ComparisonFigures) => meanText(f.adminHours[category.id], t, locale),
    })),
    { key: 'total', label: t('hours.total'), value: (f) => meanText(f.adminHoursTotal, t, locale) },
  ];
  return (
    <>
      <ComparisonTable {...table} id="supportPer100" rows={per100Rows} />
      <ComparisonTable {...table} id="staffLocation" caption={t('staff.caption')} rows={staffRows} />
      <ComparisonTable
        {...table}
        id="quality"
        rows={functionRows(props, (fn) => meanText(fn.quality, t, locale))}
      />
      <ComparisonTable
        {...table}
        id="competenceMeanShortfall"
        heading={t('gap.heading')}
        rows={functionRows(props, (fn) => meanText(fn.competenceGap, t, locale))}
      />
      <ComparisonTable {...table} id="adminHours" rows={hourRows} />
    </>
  );
}
