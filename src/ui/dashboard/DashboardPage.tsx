import { Button, Field, Link, MessageBar, MessageBarBody, Select, Spinner } from '@fluentui/react-components';
import { startTransition, useEffect, useMemo, useState } from 'react';
import {
  asAppError,
  formatDateTime,
  type AppError,
  type CountedDashboard,
  type DashboardLoadOptions,
  type DashboardQuery,
  type DashboardView,
  type Locale,
  type Period,
} from '../../domain';
import { PublishSummary } from '../board/PublishSummary';
import { ExportPanel } from '../exports/ExportPanel';
import { PublishComparisons } from '../comparison/PublishComparisons';
import { type SectionProps } from './context';
import { dashboardTranslator } from './dashboardStrings';
import { FunctionFigures, PlacementTable, QualityTable } from './FunctionFigures';
import { FirstLineTable, LocationTable, SectorComparison } from './AreaDetails';
import { FirstLineMission } from './FirstLineMission';
import { KeyFigures } from './KeyFigures';
import { Proposals } from './Proposals';
import { ReadinessMatrix } from './ReadinessMatrix';
import { useDashboardStyles } from './useDashboardStyles.styles';
import { routeHash } from '../app/route';
import { settingsTranslator } from '../settings/settingsStrings';

/** Props of `DashboardPage`. */
export interface DashboardPageProps {
  /** The period shown. */
  readonly period: Period;
  /**
   * Reads and counts a period's figures (`dashboardView` of `DashboardRepository.loadFigures`); the project
   * team's begins with the overview last stored.
   */
  readonly load: (query: DashboardQuery, options?: DashboardLoadOptions) => Promise<CountedDashboard>;
  /** The area first shown: a sektor id, or the kommun. */
  readonly sektorId?: string;
  /** Whether the viewer may try other proposal thresholds (the project team). */
  readonly canAdjustThresholds: boolean;
  readonly locale: Locale;
  /** Back to the start page. */
  readonly onBack: () => void;
}

type Load =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'loaded'; readonly dashboard: CountedDashboard };

/**
 * The dashboard of a period: the kommun or one sektor, every figure as a table with its definition, the
 * mottagare matrix and the verksamhetsnära proposals. The figures are read and counted once (`load`: one summary
 * per unit, counted for every area at once, in the tab on a worker thread); changing the area or a threshold reads
 * and counts nothing again. The project team's opens with the overview last counted, and says when that was; it
 * is counted again when an answer has changed since.
 */
export function DashboardPage(props: DashboardPageProps) {
  const { period, load, canAdjustThresholds, locale } = props;
  const t = useMemo(() => dashboardTranslator(locale), [locale]);
  const styles = useDashboardStyles();
  const [state, setState] = useState<Load>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [scope, setScope] = useState<string>(props.sektorId ?? 'kommun');

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    // A transition renders the whole page in slices that yield to input, never as one long task.
    const shown = (dashboard: CountedDashboard) =>
      current && startTransition(() => setState({ kind: 'loaded', dashboard }));
    load({ periodId: period.id }, { useStore: canAdjustThresholds, onEarlier: shown }).then(
      shown,
      (error: unknown) => {
        if (current) setState({ kind: 'failed', error: asAppError(error) });
      },
    );
    return () => {
      current = false;
    };
  }, [load, period.id, attempt, canAdjustThresholds]);

  return (
    <div className={styles.root}>
      <div>
        <Link as="button" onClick={props.onBack}>
          {t('back')}
        </Link>
      </div>
      {canAdjustThresholds ? (
        <div className={styles.links}>
          <Link href={routeHash({ page: 'settings' })}>{settingsTranslator(locale)('title')}</Link>
          <Link href={routeHash({ page: 'scenarios' })}>{t('scenarios')}</Link>
        </div>
      ) : null}
      <h1 tabIndex={-1} className={styles.title}>
        {t('title')}
      </h1>
      <p className={styles.note}>{t('intro', { period: period.name[locale] })}</p>
      {state.kind === 'loading' ? <Spinner label={t('loading')} /> : null}
      {state.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t('failed')} {state.error.message}{' '}
            <Button onClick={() => setAttempt((n) => n + 1)}>{t('reload')}</Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {state.kind === 'loaded' ? (
        <>
          <CountedAt dashboard={state.dashboard} t={t} locale={locale} />
          <Figures
            result={state.dashboard.view.aggregate}
            mission={state.dashboard.view.firstLine}
            scope={scope}
            onScope={setScope}
            canAdjustThresholds={canAdjustThresholds}
            base={{ t, locale, styles, config: state.dashboard.view.config }}
          />
        </>
      ) : null}
      {canAdjustThresholds && state.kind === 'loaded' && state.dashboard.current ? (
        <PublishComparisons periodId={period.id} entries={state.dashboard.view.comparisons} locale={locale} />
      ) : null}
      {canAdjustThresholds && state.kind === 'loaded' && state.dashboard.current ? (
        <PublishSummary dashboard={state.dashboard} period={period} locale={locale} />
      ) : null}
      {canAdjustThresholds ? <ExportPanel period={period} locale={locale} /> : null}
    </div>
  );
}

/** When the figures were counted, and that they are being counted again when answers have changed since. */
function CountedAt(props: { dashboard: CountedDashboard; t: SectionProps['t']; locale: Locale }) {
  const { dashboard, t, locale } = props;
  const when = formatDateTime(dashboard.countedAt, locale);
  return (
    <div role="status">
      {dashboard.current ? (
        <p>{t('countedAt', { when })}</p>
      ) : (
        <Spinner size="tiny" labelPosition="after" label={t('recounting', { when })} />
      )}
    </div>
  );
}

function Figures(props: {
  result: DashboardView['aggregate'];
  mission: DashboardView['firstLine'];
  scope: string;
  onScope: (scope: string) => void;
  canAdjustThresholds: boolean;
  base: Pick<SectionProps, 't' | 'locale' | 'styles' | 'config'>;
}) {
  const { result, scope, onScope, canAdjustThresholds, base } = props;
  const { t, styles } = base;
  const area = result.sektorer.find((s) => s.id === scope) ?? result.kommun;
  const section: SectionProps = { ...base, area, aggregate: result };
  const proposals =
    area.level === 'kommun'
      ? result.proposals.kommun
      : result.proposals.sektorer.filter((p) => p.scope.level === 'sektor' && p.scope.sektorId === area.id);
  const excluded = result.diagnostics.excludedLines.length;
  return (
    <>
      <Field label={t('scope')}>
        <Select
          value={area.level === 'kommun' ? 'kommun' : area.id}
          onChange={(_e, data) => onScope(data.value)}
        >
          <option value="kommun">{t('scope.kommun')}</option>
          {result.sektorer.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </Select>
      </Field>
      {excluded > 0 ? <p className={styles.note}>{t('excluded', { count: excluded })}</p> : null}
      <KeyFigures {...section} />
      <FunctionFigures {...section} />
      <LocationTable {...section} />
      <QualityTable {...section} />
      <PlacementTable {...section} />
      <FirstLineTable {...section} />
      <FirstLineMission {...section} mission={props.mission} />
      {area.level === 'kommun' ? <SectorComparison {...section} /> : null}
      <ReadinessMatrix {...section} />
      <Proposals {...section} proposals={proposals} canAdjust={canAdjustThresholds} key={area.id} />
    </>
  );
}
