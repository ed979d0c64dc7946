import { Button, Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import {
  asAppError,
  comparisonScopesOf,
  formatDateTime,
  minComparisonUnits,
  translator,
  unitComparison,
  type AppError,
  type Inventory,
  type Locale,
  type ManagerForm,
  type PublishedComparison,
} from '../../domain';
import { type ComparisonRepository } from '../../domain/ports';
import { errorText } from '../common/errorText';
import { ComparisonMeasures } from './ComparisonMeasures';
import { comparisonTranslator, type ComparisonTranslate } from './comparisonStrings';
import { type ComparisonColumn } from './ComparisonTable';
import { useComparisonStyles } from './useComparisonStyles.styles';

/** Props of `ComparisonPage`. */
export interface ComparisonPageProps {
  /** The manager's form: the open period, the configuration and their units. */
  readonly form: ManagerForm;
  readonly unitId: string;
  /** The unit's inventory as the tab last stored or read it. */
  readonly inventory: Inventory | undefined;
  /** Where the published comparisons are read (`load`). */
  readonly comparisons: Pick<ComparisonRepository, 'load'>;
  readonly locale: Locale;
  readonly onBack: () => void;
}

type Load =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'loaded'; readonly entries: readonly PublishedComparison[] };

function areaColumn(
  scopeKey: string,
  entries: readonly PublishedComparison[],
  t: ComparisonTranslate,
): ComparisonColumn {
  const entry = entries.find((e) => e.scopeKey === scopeKey);
  if (entry === undefined) {
    const level = scopeKey === 'kommun' ? 'kommun' : scopeKey.startsWith('sektor:') ? 'sektor' : 'kontor';
    return {
      key: scopeKey,
      header: t('column.areaMissing', { level: t(`level.${level}`) }),
      figures: null,
      withheld: t('notPublishedCell'),
    };
  }
  return {
    key: scopeKey,
    header: t('column.area', { name: entry.name, n: entry.units }),
    figures: entry.figures,
    withheld: t('tooFewUnits', { n: entry.units }),
  };
}

/**
 * The manager's own comparison: their unit beside its kontor, sektor and the kommun, measure by measure, as
 * tables. The areas' figures are what the project team published (one request); the unit's own column is counted
 * here from the manager's own inventory by the same domain function.
 */
export function ComparisonPage(props: ComparisonPageProps) {
  const { form, unitId, inventory, comparisons, locale, onBack } = props;
  const t = useMemo(() => comparisonTranslator(locale), [locale]);
  const styles = useComparisonStyles();
  const [state, setState] = useState<Load>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const unit = form.units.find((u) => u.id === unitId);
  const { period } = form;
  const scopeKeys = useMemo(() => (unit === undefined ? [] : comparisonScopesOf(unit)), [unit]);

  useEffect(() => {
    if (period === null || scopeKeys.length === 0) return;
    let current = true;
    setState({ kind: 'loading' });
    comparisons.load({ periodId: period.id, scopeKeys }).then(
      (entries) => current && setState({ kind: 'loaded', entries }),
      (error: unknown) => current && setState({ kind: 'failed', error: asAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [comparisons, period, scopeKeys, attempt]);

  const own = useMemo(
    () =>
      period === null || unit === undefined || inventory === undefined
        ? null
        : unitComparison({
            units: [unit],
            inventories: [inventory],
            config: form.config,
            periodId: period.id,
            unitId: unit.id,
          }),
    [form.config, period, unit, inventory],
  );

  const published =
    state.kind === 'loaded' && state.entries.length > 0
      ? state.entries.map((e) => e.publishedAt).reduce((a, b) => (a > b ? a : b))
      : null;

  return (
    <div className={styles.root}>
      <div>
        <Link as="button" onClick={onBack}>
          {t('back')}
        </Link>
      </div>
      <h1 tabIndex={-1} className={styles.title}>
        {t('title', { unit: unit?.name ?? unitId })}
      </h1>
      {period === null || unit === undefined ? (
        <p className={styles.note}>{t('noPeriod')}</p>
      ) : (
        <>
          <p className={styles.note}>
            {t('intro', { period: period.name[locale], min: minComparisonUnits })}
          </p>
          {own === null ? <p className={styles.note}>{t('notCounted')}</p> : null}
          <div role="status">
            {state.kind === 'loading' ? <Spinner label={t('loading')} /> : null}
            {state.kind === 'loaded' ? (
              <p className={styles.note}>
                {published === null
                  ? t('notPublished')
                  : t('publishedAt', { date: formatDateTime(published, locale) })}
              </p>
            ) : null}
          </div>
          {state.kind === 'failed' ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {t('failed')} {errorText(state.error, translator(locale))}{' '}
                <Button onClick={() => setAttempt((n) => n + 1)}>{t('reload')}</Button>
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {state.kind === 'loaded' ? (
            <ComparisonMeasures
              columns={[
                {
                  key: 'unit',
                  header: t('column.unit', { name: unit.name }),
                  figures: own,
                  withheld: '–',
                },
                ...scopeKeys.map((key) => areaColumn(key, state.entries, t)),
              ]}
              config={form.config}
              t={t}
              locale={locale}
              styles={styles}
            />
          ) : null}
        </>
      )}
    </div>
  );
}
