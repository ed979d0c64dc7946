import {
  Button,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  asAppError,
  translator,
  type AppError,
  type Locale,
  type MunicipalityConfig,
  type Period,
} from '../../domain';
import { type BlockedRemoval } from '../../domain/config/taxonomyChanges';
import { errorText } from '../common/errorText';
import { checkDraft, draftOf, type Draft } from './draft';
import { PeriodsSection } from './PeriodsSection';
import { ReceiverSection } from './ReceiverSection';
import { type SectionProps } from './sectionProps';
import { type SettingsServices } from './settingsServices';
import { settingsTranslator } from './settingsStrings';
import { TaxonomySection, type AnsweredLines } from './TaxonomySection';
import { MissionSection } from './MissionSection';
import { ThresholdsSection } from './ThresholdsSection';
import { useSettingsStyles } from './useSettingsStyles.styles';

/** Props of `SettingsPage`. */
export interface SettingsPageProps {
  /** Reads and writes the settings; loaded with the page. */
  readonly services: () => Promise<SettingsServices>;
  /** Whether the viewer is in the project team; anyone else is told that SharePoint will refuse their changes. */
  readonly projectTeam: boolean;
  readonly locale: Locale;
  /** Back to the overview. */
  readonly onBack: () => void;
}

/** What is stored, as last read or saved: what the draft is compared with and saved over. */
interface Stored {
  readonly config: MunicipalityConfig;
  readonly periods: readonly Period[];
}

type Load =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'loaded'; readonly services: SettingsServices; readonly stored: Stored };

type Save =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving' }
  | { readonly kind: 'saved' }
  | { readonly kind: 'unchanged' }
  | { readonly kind: 'invalid' }
  | { readonly kind: 'blocked'; readonly removals: readonly BlockedRemoval[] }
  | { readonly kind: 'conflict'; readonly theirs: MunicipalityConfig }
  | { readonly kind: 'failed'; readonly error: AppError };

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The project team's settings: the taxonomy, the periods, the mottagare profile and the proposal thresholds,
 * edited together and saved with one button. What is saved is checked by the same rules the repository applies;
 * the configuration is saved over the version that was read, so another person's save in between is reported and
 * the edits stay on the page.
 */
export function SettingsPage(props: SettingsPageProps) {
  const { services, projectTeam, locale } = props;
  const t = useMemo(() => settingsTranslator(locale), [locale]);
  const appT = useMemo(() => translator(locale), [locale]);
  const styles = useSettingsStyles();
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [answered, setAnswered] = useState<AnsweredLines>('loading');
  const [save, setSave] = useState<Save>({ kind: 'idle' });
  const [announcement, setAnnouncement] = useState('');
  const outcome = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let current = true;
    setLoad({ kind: 'loading' });
    services()
      .then(async (loaded) => {
        const stored = await loaded.load();
        if (!current) return;
        setLoad({ kind: 'loaded', services: loaded, stored });
        setDraft(draftOf(stored.config, stored.periods, locale));
        setAnswered('loading');
        loaded.answeredLines(stored.periods).then(
          (counts) => current && setAnswered(counts),
          () => current && setAnswered('failed'),
        );
      })
      .catch((error: unknown) => current && setLoad({ kind: 'failed', error: asAppError(error) }));
    return () => {
      current = false;
    };
    // Not on a change of language: the draft keeps what was typed (its numbers in the first load's language).
  }, [services, attempt]);

  const update = useCallback((change: (d: Draft) => Draft) => {
    setDraft((d) => (d === null ? d : change(d)));
    setSave((s) => (s.kind === 'saving' || s.kind === 'conflict' ? s : { kind: 'idle' }));
  }, []);
  const issues = useMemo(() => (draft === null ? new Map() : checkDraft(draft, locale)), [draft, locale]);

  useEffect(() => {
    if (save.kind !== 'idle' && save.kind !== 'saving') outcome.current?.focus();
  }, [save]);

  if (load.kind === 'loading' || (load.kind === 'loaded' && draft === null)) {
    return <Spinner label={t('loading')} />;
  }
  if (load.kind === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>{t('failed')}</MessageBarTitle>
          {errorText(load.error, appT)}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={() => setAttempt((n) => n + 1)}>{t('reload')}</Button>
        </MessageBarActions>
      </MessageBar>
    );
  }
  const { stored } = load;
  const current = draft!;

  const run = async (base: MunicipalityConfig) => {
    if (issues.size > 0) return setSave({ kind: 'invalid' });
    const configChanged = !same(current.config, stored.config);
    const periodsChanged = current.periods.filter((p, i) => !same(p, stored.periods[i]));
    if (!configChanged && periodsChanged.length === 0 && same(base, stored.config))
      return setSave({ kind: 'unchanged' });
    setSave({ kind: 'saving' });
    try {
      let config = stored.config;
      if (configChanged || !same(base, stored.config)) {
        const result = await load.services.saveConfig(current.config, base);
        if (result.kind === 'blocked') return setSave({ kind: 'blocked', removals: result.removals });
        config = result.config;
      }
      for (const period of periodsChanged) await load.services.savePeriod(period);
      setLoad({ ...load, stored: { config, periods: current.periods } });
      setSave({ kind: 'saved' });
    } catch (error) {
      const appError = asAppError(error);
      const theirs =
        appError.code === 'conflict' ? (appError.conflict?.theirs as MunicipalityConfig) : undefined;
      setSave(theirs === undefined ? { kind: 'failed', error: appError } : { kind: 'conflict', theirs });
    }
  };

  const section: SectionProps = {
    draft: current,
    update,
    issues,
    announce: setAnnouncement,
    t,
    locale,
    styles,
  };
  const functionName = (id: string) =>
    stored.config.taxonomy.functions.find((f) => f.id === id)?.label[locale] ?? id;

  return (
    <div className={styles.root}>
      <div>
        <Link as="button" onClick={props.onBack}>
          {t('back')}
        </Link>
      </div>
      <h1 tabIndex={-1} className={styles.title}>
        {t('title')}
      </h1>
      <p className={styles.note}>{t('intro')}</p>
      {projectTeam ? null : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('notMember')}</MessageBarBody>
        </MessageBar>
      )}
      <TaxonomySection {...section} stored={stored.config} answered={answered} />
      <PeriodsSection {...section} stored={stored.periods} />
      <ReceiverSection {...section} />
      <ThresholdsSection {...section} />
      <MissionSection {...section} />
      <div aria-live="polite" className={styles.note}>
        {announcement}
      </div>
      <div ref={outcome} tabIndex={-1}>
        {save.kind === 'invalid' ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('invalidSummary', { count: issues.size })}</MessageBarTitle>
              <ul className={styles.list}>
                {[...issues.values()].map((issue) => (
                  <li key={issue.path}>{issue.message[locale]}</li>
                ))}
              </ul>
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {save.kind === 'saved' ? (
          <MessageBar intent="success" layout="multiline">
            <MessageBarBody>{t('saved')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {save.kind === 'unchanged' ? (
          <MessageBar intent="info" layout="multiline">
            <MessageBarBody>{t('unchanged')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {save.kind === 'blocked' ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {t('blocked', {
                functions: save.removals
                  .map((r) => `${functionName(r.functionId)} (${r.answeredLines})`)
                  .join(', '),
              })}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {save.kind === 'failed' ? (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              <MessageBarTitle>{t('saveFailed')}</MessageBarTitle>
              {errorText(save.error, appT)}
            </MessageBarBody>
          </MessageBar>
        ) : null}
        {save.kind === 'conflict' ? (
          <MessageBar intent="warning" layout="multiline">
            <MessageBarBody>{t('conflict')}</MessageBarBody>
            <MessageBarActions>
              <Button onClick={() => void run(save.theirs)}>{t('saveMine')}</Button>
              <Button
                onClick={() => {
                  setSave({ kind: 'idle' });
                  setAttempt((n) => n + 1);
                }}
              >
                {t('takeTheirs')}
              </Button>
            </MessageBarActions>
          </MessageBar>
        ) : null}
      </div>
      <div className={styles.saveBar}>
        <Button
          appearance="primary"
          disabledFocusable={save.kind === 'saving'}
          onClick={() => void run(stored.config)}
        >
          {t('save')}
        </Button>
        {save.kind === 'saving' ? <Spinner size="tiny" label={t('saving')} /> : null}
      </div>
    </div>
  );
}
