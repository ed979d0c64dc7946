import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useId, useState } from 'react';
import {
  asAppError,
  isIsoDate,
  swedishDate,
  translator,
  type AppError,
  type IsoDate,
  type Locale,
  type ScenarioDefinition,
  type StoredRound,
  type StoredScenario,
} from '../../domain';
import { errorText } from '../common/errorText';
import { type ConsultationTranslate } from './consultationStrings';
import { type useConsultationStyles } from './useConsultationStyles.styles';

/** Props of `OpenRound`. */
export interface OpenRoundProps {
  readonly scenarios: readonly StoredScenario[];
  /** Saved scenarios that could not be read. */
  readonly unreadable: number;
  /** Now, as an ISO instant. */
  readonly now: string;
  readonly onOpen: (request: { scenario: ScenarioDefinition; closesOn: IsoDate }) => Promise<StoredRound>;
  readonly t: ConsultationTranslate;
  readonly locale: Locale;
  readonly styles: ReturnType<typeof useConsultationStyles>;
}

type Opening =
  | { readonly kind: 'idle' }
  | { readonly kind: 'opening' }
  | { readonly kind: 'opened'; readonly name: string }
  | { readonly kind: 'failed'; readonly error: AppError };

const twoWeeks = 14 * 86_400_000;

/** The project team opens a round: a saved scenario, and the last day to answer (today at the earliest). */
export function OpenRound(props: OpenRoundProps) {
  const { scenarios, unreadable, now, onOpen, t, locale, styles } = props;
  const headingId = useId();
  const today = swedishDate(now);
  const [scenarioId, setScenarioId] = useState(scenarios.at(-1)?.definition.id ?? '');
  const [closesOn, setClosesOn] = useState(() =>
    swedishDate(new Date(Date.parse(now) + twoWeeks).toISOString()),
  );
  const [opening, setOpening] = useState<Opening>({ kind: 'idle' });
  const scenario = scenarios.find((s) => s.definition.id === scenarioId)?.definition;
  const dateProblem = !isIsoDate(closesOn) || closesOn < today;
  const submit = async () => {
    if (scenario === undefined || dateProblem) return;
    setOpening({ kind: 'opening' });
    try {
      const round = await onOpen({ scenario, closesOn });
      setOpening({ kind: 'opened', name: round.name });
    } catch (error) {
      setOpening({ kind: 'failed', error: asAppError(error) });
    }
  };
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h2 id={headingId} className={styles.heading}>
        {t('rounds.open.heading')}
      </h2>
      {unreadable > 0 ? (
        <p className={styles.note}>{t('rounds.open.unreadable', { count: unreadable })}</p>
      ) : null}
      {scenarios.length === 0 ? (
        <p className={styles.note}>{t('rounds.open.noScenarios')}</p>
      ) : (
        <div className={styles.form}>
          <Field label={t('rounds.open.scenario')}>
            <Select value={scenarioId} onChange={(_, data) => setScenarioId(data.value)}>
              {scenarios.map((s) => (
                <option key={s.definition.id} value={s.definition.id}>
                  {s.definition.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label={t('rounds.open.closesOn')}
            validationMessage={dateProblem ? t('rounds.open.closesOnPast') : undefined}
            validationState={dateProblem ? 'error' : 'none'}
          >
            <Input type="date" min={today} value={closesOn} onChange={(_, data) => setClosesOn(data.value)} />
          </Field>
          <div className={styles.actions}>
            <Button
              appearance="primary"
              disabledFocusable={scenario === undefined || dateProblem || opening.kind === 'opening'}
              onClick={() => void submit()}
            >
              {t('rounds.open.submit')}
            </Button>
            <span role="status">
              {opening.kind === 'opening'
                ? t('rounds.open.opening')
                : opening.kind === 'opened'
                  ? t('rounds.open.opened', { name: opening.name })
                  : opening.kind === 'failed'
                    ? `${t('rounds.open.failed')} ${errorText(opening.error, translator(locale))}`
                    : ''}
            </span>
          </div>
        </div>
      )}
    </section>
  );
}
