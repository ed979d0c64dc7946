import {
  Button,
  Field,
  Link,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
  Spinner,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import {
  asAppError,
  translator,
  type AppError,
  type Locale,
  type ManagerForm,
  type Period,
  type Slide,
} from '../../domain';
import { errorText } from '../common/errorText';
import { type ManagerServices } from '../services';
import { chefsdagenChoices, chefsdagenSlides, type ChefsdagenChoices } from './chefsdagenInput';
import { PresentationMode } from './PresentationMode';
import { presentationTranslator } from './presentationStrings';
import { usePresentationStyles } from './usePresentationStyles.styles';

/** Props of `ChefsdagenPage`. */
export interface ChefsdagenPageProps {
  readonly form: ManagerForm;
  readonly period: Period;
  readonly services: ManagerServices;
  readonly locale: Locale;
  readonly onBack: () => void;
}

type Choices =
  | { readonly kind: 'loading' }
  | { readonly kind: 'loaded'; readonly choices: ChefsdagenChoices; readonly partial: boolean };

type Show =
  | { readonly kind: 'choosing' }
  | { readonly kind: 'building' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'presenting'; readonly slides: readonly Slide[] };

/**
 * Chefsdagen: the project team chooses the figures (counted now, or frozen in a diarium snapshot), the scenario and
 * the consultation round, and presents the slides full screen. Every choice but the figures may be left out, and
 * one that cannot be read leaves only itself out.
 */
export function ChefsdagenPage(props: ChefsdagenPageProps) {
  const { form, period, services, locale, onBack } = props;
  const t = useMemo(() => presentationTranslator(locale), [locale]);
  const common = useMemo(() => translator(locale), [locale]);
  const styles = usePresentationStyles();
  const [choices, setChoices] = useState<Choices>({ kind: 'loading' });
  const [source, setSource] = useState('live');
  const [scenarioId, setScenarioId] = useState('');
  const [roundId, setRoundId] = useState('');
  const [show, setShow] = useState<Show>({ kind: 'choosing' });

  useEffect(() => {
    let current = true;
    void chefsdagenChoices(services, period.id).then(
      (loaded) => current && setChoices({ kind: 'loaded', ...loaded }),
    );
    return () => {
      current = false;
    };
  }, [services, period.id]);

  const start = async () => {
    if (choices.kind !== 'loaded') return;
    setShow({ kind: 'building' });
    try {
      const slides = await chefsdagenSlides(services, {
        form,
        period,
        locale,
        source: source === 'live' ? null : source,
        scenario: choices.choices.scenarios.find((s) => s.definition.id === scenarioId) ?? null,
        round: choices.choices.rounds.find((r) => r.id === roundId) ?? null,
        shownAt: services.now().toISOString(),
      });
      setShow({ kind: 'presenting', slides });
    } catch (error) {
      setShow({ kind: 'failed', error: asAppError(error) });
    }
  };

  if (show.kind === 'presenting') {
    return (
      <PresentationMode
        slides={show.slides}
        locale={locale}
        onExit={() => setShow({ kind: 'choosing' })}
        onExport={async () => (await services.presentation()).pptx(show.slides, locale)}
        fileName={`stodinventering-chefsdagen-${period.id}.pptx`}
      />
    );
  }
  const dateTime = new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  });
  return (
    <div className={styles.page}>
      <div>
        <Link as="button" onClick={onBack}>
          {t('page.back')}
        </Link>
      </div>
      <h1 className={styles.pageTitle} tabIndex={-1}>
        {t('page.title')}
      </h1>
      <p className={styles.note}>{t('page.intro')}</p>
      {choices.kind === 'loading' ? (
        <Spinner label={t('page.loading')} />
      ) : (
        <form
          className={styles.choices}
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          {choices.partial && (
            <MessageBar intent="warning">
              <MessageBarBody>{t('page.listFailed')}</MessageBarBody>
            </MessageBar>
          )}
          <Field label={t('page.figures')}>
            <RadioGroup value={source} onChange={(_, data) => setSource(data.value)}>
              <Radio value="live" label={t('page.live')} />
              {choices.choices.snapshots.map((s) => (
                <Radio
                  key={s.name}
                  value={s.name}
                  label={t('page.snapshot', {
                    date: s.createdAt === null ? s.name : dateTime.format(new Date(s.createdAt)),
                  })}
                />
              ))}
            </RadioGroup>
          </Field>
          <Field label={t('page.scenario')}>
            <Select value={scenarioId} onChange={(_, data) => setScenarioId(data.value)}>
              <option value="">{t('page.none')}</option>
              {choices.choices.scenarios.map((s) => (
                <option key={s.definition.id} value={s.definition.id}>
                  {s.definition.name}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t('page.round')}>
            <Select value={roundId} onChange={(_, data) => setRoundId(data.value)}>
              <option value="">{t('page.none')}</option>
              {choices.choices.rounds.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button
            type="submit"
            appearance="primary"
            size="large"
            disabledFocusable={show.kind === 'building'}
          >
            {t('page.start')}
          </Button>
          <div role="status">
            {show.kind === 'building' && (
              <Spinner size="tiny" labelPosition="after" label={t('page.building')} />
            )}
          </div>
          {show.kind === 'failed' && (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {t('page.failed')} {errorText(show.error, common)}
              </MessageBarBody>
            </MessageBar>
          )}
        </form>
      )}
    </div>
  );
}
