import {
  type AreaSummary,
  type Locale,
  type DashboardAggregate,
  type MunicipalityConfig,
} from '../../domain';
import { type DashboardTranslate } from './dashboardStrings';
import { type useDashboardStyles } from './useDashboardStyles.styles';

/** What every section of the dashboard reads: the figures, the configuration's labels, the words and styles. */
export interface SectionProps {
  /** The area shown: the kommun or one sektor. */
  readonly area: AreaSummary;
  /** Every figure of the period. */
  readonly aggregate: DashboardAggregate;
  readonly config: MunicipalityConfig;
  readonly t: DashboardTranslate;
  readonly locale: Locale;
  readonly styles: ReturnType<typeof useDashboardStyles>;
}

/** A function's name in the locale. */
export function functionLabel(config: MunicipalityConfig, functionId: string, locale: Locale): string {
  return config.taxonomy.functions.find((f) => f.id === functionId)?.label[locale] ?? functionId;
}

/** A role's name in the locale. */
export function roleLabel(config: MunicipalityConfig, roleId: string, locale: Locale): string {
  for (const fn of config.taxonomy.functions) {
    const role = fn.roles.find((r) => r.id === roleId);
    if (role !== undefined) return role.label[locale];
  }
  return roleId;
}
