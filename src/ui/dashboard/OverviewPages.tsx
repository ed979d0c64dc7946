import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useCallback } from 'react';
import {
  latestPeriod,
  type DashboardLoadOptions,
  type DashboardQuery,
  type Locale,
  type ManagerForm,
} from '../../domain';
import { type Route } from '../app/route';
import { type ManagerServices } from '../services';
import { ScenariosPage } from '../scenarios/ScenariosPage';
import { scenarioTranslator } from '../scenarios/scenarioStrings';
import { SettingsPage } from '../settings/SettingsPage';
import { DashboardPage } from './DashboardPage';

/** Props of `OverviewPages`. */
export interface OverviewPagesProps {
  /** The overview, or a page reached from it (the project team's settings and scenarios). */
  readonly route: Extract<Route, { page: 'overview' | 'settings' | 'scenarios' }>;
  readonly form: ManagerForm;
  readonly services: ManagerServices;
  readonly locale: Locale;
  readonly go: (route: Route) => void;
  /** The current instant (ISO). */
  readonly now: string;
}

/**
 * The overview of the period and the project team's pages reached from it, in the dashboard's chunk: the start
 * page's chunk only says which. Scenarios rest on the open period's answers, or the last period's once it has
 * closed; the overview shows the open period (the app opens it only while one is open).
 */
export function OverviewPages(props: OverviewPagesProps) {
  const { route, form, services, locale, go } = props;
  const projectTeam = form.review.projectTeam;
  const load = useCallback(
    (query: DashboardQuery, options?: DashboardLoadOptions) => services.dashboard.loadView(query, options),
    [services],
  );
  const toOverview = () => go({ page: 'overview' });
  if (route.page === 'settings') {
    return (
      <SettingsPage
        services={services.settings}
        projectTeam={projectTeam}
        locale={locale}
        onBack={toOverview}
      />
    );
  }
  if (route.page === 'scenarios') {
    const period = form.period ?? latestPeriod(form.periods, props.now);
    if (period === null) {
      return (
        <MessageBar intent="info">
          <MessageBarBody>{scenarioTranslator(locale)('noPeriod')}</MessageBarBody>
        </MessageBar>
      );
    }
    return (
      <ScenariosPage period={period} services={services.scenarios} locale={locale} onBack={toOverview} />
    );
  }
  // Between periods the app shows the start page instead.
  if (form.period === null) return null;
  return (
    <DashboardPage
      period={form.period}
      load={load}
      sektorId={route.sektorId}
      canAdjustThresholds={projectTeam}
      locale={locale}
      onBack={() => go({ page: 'start' })}
    />
  );
}
