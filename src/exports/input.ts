import { aggregate, type DashboardData, type Period } from '../domain';
import { type WorkbookInput } from './types';

/**
 * What a workbook and a snapshot are made from: the period's data as the dashboards read it with every line
 * (`DashboardRepository.load`, whole kommun) and its aggregate, counted here as the dashboards count it.
 */
export function workbookInput(
  data: Pick<DashboardData, 'units' | 'inventories' | 'config'>,
  made: { readonly period: Period; readonly createdAt: string; readonly createdBy: string | null },
): WorkbookInput {
  const { units, inventories, config } = data;
  return {
    units,
    inventories,
    config,
    period: made.period,
    aggregate: aggregate({ units, inventories, config, periodId: made.period.id }),
    createdAt: made.createdAt,
    createdBy: made.createdBy,
  };
}
