import { Button, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useId, useState } from 'react';
import {
  asAppError,
  scenarioKeyFigures,
  type AppError,
  type Period,
  type ScenarioKeyFigures,
  type ScenarioOutcome,
} from '../../domain';
import { saveFile, xlsxType } from '../common/saveFile';
import { fteNumber, spreadText, type ScenarioViewProps } from './ScenarioOutcomeView';
import { type ScenarioServices } from './scenarioServices';

type ExportState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy' }
  | { readonly kind: 'done'; readonly name: string }
  | { readonly kind: 'failed'; readonly error: AppError };

/** Props of `ScenarioComparison`. */
export interface ScenarioComparisonProps extends ScenarioViewProps {
  /** The scenarios compared (the ticked ones, or the one open when none is ticked). */
  readonly outcomes: readonly ScenarioOutcome[];
  readonly period: Period;
  readonly services: ScenarioServices;
  /** The text of an error, in the page's language. */
  readonly errorText: (error: AppError) => string;
}

/** The key figures of several scenarios side by side with today's, and their export to Excel. */
export function ScenarioComparison(props: ScenarioComparisonProps) {
  const { outcomes, period, services, config, t, locale, styles } = props;
  const id = useId();
  const [state, setState] = useState<ExportState>({ kind: 'idle' });
  const figures = outcomes.map(scenarioKeyFigures);
  const fte = (value: number | null) => (value === null ? t('none') : fteNumber(value, locale));
  const rows: { label: string; today: string; value: (f: ScenarioKeyFigures) => string }[] = [
    { label: t('outcome.toSektor'), today: t('none'), value: (f) => fte(f.toSektor) },
    { label: t('outcome.toCentral'), today: t('none'), value: (f) => fte(f.toCentral) },
    { label: t('outcome.unitsLosing'), today: t('none'), value: (f) => String(f.unitsLosingSupport) },
    {
      label: t('outcome.meeting'),
      today: String(figures[0]?.sektorerMeetingProfile.before ?? t('none')),
      value: (f) => String(f.sektorerMeetingProfile.after),
    },
    {
      label: t('outcome.shortfall'),
      today: fte(figures[0]?.totalShortfall.before ?? null),
      value: (f) => fte(f.totalShortfall.after),
    },
    {
      label: t('outcome.inequality'),
      today: spreadText(figures[0]?.supportInequality.before ?? null, props),
      value: (f) => spreadText(f.supportInequality.after, props),
    },
  ];

  const download = async () => {
    setState({ kind: 'busy' });
    try {
      const file = await services.workbook(outcomes, { config, period });
      saveFile(file.bytes, file.name, xlsxType);
      setState({ kind: 'done', name: file.name });
    } catch (error) {
      setState({ kind: 'failed', error: asAppError(error) });
    }
  };

  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {t('compare.heading')}
      </h2>
      <p className={styles.note}>{t('compare.note')}</p>
      <div className={styles.tableBox} tabIndex={0} role="region" aria-labelledby={id}>
        <table className={styles.table}>
          <caption>{t('compare.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.figure')}</th>
              <th scope="col">{t('compare.today')}</th>
              {outcomes.map((o) => (
                <th key={o.scenario.id} scope="col">
                  {o.scenario.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.today}</td>
                {figures.map((f, i) => (
                  <td key={outcomes[i]?.scenario.id}>{row.value(f)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className={styles.actions}>
        <Button
          disabledFocusable={state.kind === 'busy' || outcomes.length === 0}
          onClick={() => void download()}
        >
          {t('export.button')}
        </Button>
        <div role="status" className={styles.status}>
          {state.kind === 'busy' ? (
            <Spinner size="tiny" labelPosition="after" label={t('export.busy')} />
          ) : state.kind === 'done' ? (
            t('export.done', { name: state.name })
          ) : null}
        </div>
      </div>
      {state.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t('export.failed')} {props.errorText(state.error)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
