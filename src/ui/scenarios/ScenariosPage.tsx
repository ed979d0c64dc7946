import {
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Link,
  MessageBar,
  MessageBarBody,
  Spinner,
} from '@fluentui/react-components';
import { useId, useMemo, useState } from 'react';
import {
  asAppError,
  formatDateTime,
  scenarioNameProblem,
  translator,
  type AppError,
  type Locale,
  type Period,
  type ScenarioDefinition,
  type StoredScenario,
} from '../../domain';
import { errorText } from '../common/errorText';
import { ScenarioComparison } from './ScenarioComparison';
import { ScenarioEditor, type SaveState, type ScenarioDraft } from './ScenarioEditor';
import { ScenarioOutcomeView, type ScenarioViewProps } from './ScenarioOutcomeView';
import { type ScenarioServices } from './scenarioServices';
import { scenarioTranslator } from './scenarioStrings';
import { useOutcomes, useScenarios, type Scenarios } from './useScenarios';
import { useScenarioStyles } from './useScenarioStyles.styles';

/** Props of `ScenariosPage`. */
export interface ScenariosPageProps {
  /** The period whose answers the scenarios rest on: the open one, or the last one that opened. */
  readonly period: Period;
  readonly services: () => Promise<ScenarioServices>;
  readonly locale: Locale;
  /** Back to the overview. */
  readonly onBack: () => void;
}

/**
 * The project team's scenarios: saved ones to open, compare or remove; one open in an editor that starts from the
 * proposals; what it would move, counted as it is edited from the period's answers read once; and the comparison
 * with its export to Excel.
 */
export function ScenariosPage(props: ScenariosPageProps) {
  const { period, locale } = props;
  const t = useMemo(() => scenarioTranslator(locale), [locale]);
  const styles = useScenarioStyles();
  const scenarios = useScenarios(props.services, period.id);
  const { load } = scenarios;
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
      {load.kind === 'loading' ? <Spinner label={t('loading')} /> : null}
      {load.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t('failed')} {errorText(load.error, translator(locale))}{' '}
            <Button onClick={scenarios.retry}>{t('retry')}</Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {load.kind === 'loaded' ? (
        <Workbench
          scenarios={scenarios}
          loaded={load}
          period={period}
          view={{ t, locale, styles, config: load.figures.config }}
        />
      ) : null}
    </div>
  );
}

type Loaded = Extract<Scenarios['load'], { kind: 'loaded' }>;

function Workbench(props: { scenarios: Scenarios; loaded: Loaded; period: Period; view: ScenarioViewProps }) {
  const { scenarios, loaded, period, view } = props;
  const { t, locale } = view;
  const { figures, stored, services } = loaded;
  const common = useMemo(() => translator(locale), [locale]);
  const fresh = (): ScenarioDraft => ({
    id: services.newId(),
    name: t('new.name', { n: stored.length + 1 }),
    overrides: {},
  });
  const [editing, setEditing] = useState<StoredScenario | null>(null);
  const [draft, setDraft] = useState<ScenarioDraft>(fresh);
  const [save, setSave] = useState<SaveState>({ kind: 'unsaved' });
  const [compared, setCompared] = useState<ReadonlySet<number>>(new Set());
  const [removing, setRemoving] = useState<StoredScenario | null>(null);

  const definition = (d: ScenarioDraft): ScenarioDefinition => ({
    id: d.id,
    name: d.name.trim(),
    periodId: period.id,
    overrides: d.overrides,
  });
  // Counted on the dashboard's worker: a choice changed never waits for the tables, and a name typed never counts.
  const fail = (error: AppError) => scenarios.countFailed(figures, error);
  const [outcome] = useOutcomes(figures, [definition(draft)], fail) ?? [];
  const others = stored.filter((s) => s.itemId !== editing?.itemId).map((s) => s.definition);
  const nameProblem = scenarioNameProblem(draft.name, others);
  // The ticked scenarios are counted when the ticks change, not with every edit of the one open.
  const ticked =
    useOutcomes(
      figures,
      stored.filter((s) => compared.has(s.itemId)).map((s) => s.definition),
      fail,
    ) ?? [];

  const open = (s: StoredScenario | null) => {
    setEditing(s);
    setDraft(
      s === null
        ? fresh()
        : { id: s.definition.id, name: s.definition.name, overrides: s.definition.overrides },
    );
    setSave(s === null ? { kind: 'unsaved' } : { kind: 'saved', at: s.modifiedAt });
  };
  const change = (next: ScenarioDraft) => {
    setDraft(next);
    setSave({ kind: 'unsaved' });
  };
  const store = async () => {
    setSave({ kind: 'saving' });
    try {
      const saved = await scenarios.save(definition(draft), editing);
      setEditing(saved);
      setSave({ kind: 'saved', at: saved.modifiedAt });
    } catch (error) {
      const appError = asAppError(error);
      // SharePoint's unique name key refused it: someone saved the name first.
      const text = appError.code === 'invalid' ? t('name.taken') : errorText(appError, common);
      setSave({ kind: 'failed', error: appError, text });
    }
  };

  if (outcome === undefined) return <Spinner label={t('loading')} />;
  const comparedOutcomes = ticked.length === 0 ? [outcome] : ticked;
  return (
    <>
      <SavedList
        view={view}
        stored={stored}
        unreadable={loaded.unreadable}
        compared={compared}
        onCompare={(itemId, on) =>
          setCompared((before) => {
            const next = new Set(before);
            if (on) next.add(itemId);
            else next.delete(itemId);
            return next;
          })
        }
        onOpen={open}
        onRemove={setRemoving}
      />
      <ScenarioEditor
        {...view}
        draft={draft}
        proposals={outcome.choices}
        nameProblem={nameProblem}
        save={save}
        onChange={change}
        onSave={() => void store()}
      />
      <ScenarioOutcomeView {...view} outcome={outcome} />
      <ScenarioComparison
        {...view}
        outcomes={comparedOutcomes}
        period={period}
        services={services}
        errorText={(error: AppError) => errorText(error, common)}
      />
      <RemoveDialog
        view={view}
        scenario={removing}
        onClose={() => setRemoving(null)}
        onRemove={async (s) => {
          await scenarios.remove(s);
          setCompared((before) => new Set([...before].filter((id) => id !== s.itemId)));
          if (editing?.itemId === s.itemId) open(null);
        }}
        errorText={(error) => errorText(error, common)}
      />
    </>
  );
}

function SavedList(props: {
  view: ScenarioViewProps;
  stored: readonly StoredScenario[];
  unreadable: number;
  compared: ReadonlySet<number>;
  onCompare: (itemId: number, on: boolean) => void;
  onOpen: (s: StoredScenario | null) => void;
  onRemove: (s: StoredScenario) => void;
}) {
  const { view, stored, compared } = props;
  const { t, locale, styles } = view;
  const id = useId();
  return (
    <section className={styles.section} aria-labelledby={id}>
      <h2 id={id} className={styles.heading}>
        {t('saved.heading')}
      </h2>
      {props.unreadable > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('saved.unreadable', { count: props.unreadable })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {stored.length === 0 ? <p className={styles.note}>{t('saved.none')}</p> : null}
      <ul className={styles.savedList}>
        {stored.map((s) => (
          <li key={s.itemId} className={styles.savedItem}>
            <span className={styles.savedName}>
              {s.definition.name}{' '}
              <span className={styles.choiceProposal}>
                {t('saved.savedAt', { when: formatDateTime(s.modifiedAt, locale) })}
              </span>
            </span>
            <span className={styles.actions}>
              <Checkbox
                label={`${t('saved.compare')} ${s.definition.name}`}
                checked={compared.has(s.itemId)}
                onChange={(_e, data) => props.onCompare(s.itemId, data.checked === true)}
              />
              <Button aria-label={`${t('saved.open')} ${s.definition.name}`} onClick={() => props.onOpen(s)}>
                {t('saved.open')}
              </Button>
              <Button
                aria-label={`${t('saved.remove')} ${s.definition.name}`}
                onClick={() => props.onRemove(s)}
              >
                {t('saved.remove')}
              </Button>
            </span>
          </li>
        ))}
      </ul>
      <div>
        <Button onClick={() => props.onOpen(null)}>{t('new')}</Button>
      </div>
    </section>
  );
}

function RemoveDialog(props: {
  view: ScenarioViewProps;
  scenario: StoredScenario | null;
  onClose: () => void;
  onRemove: (s: StoredScenario) => Promise<void>;
  errorText: (error: AppError) => string;
}) {
  const { view, scenario } = props;
  const { t } = view;
  const [state, setState] = useState<{ busy: boolean; error?: AppError }>({ busy: false });
  if (scenario === null) return null;
  const remove = async () => {
    setState({ busy: true });
    try {
      await props.onRemove(scenario);
      setState({ busy: false });
      props.onClose();
    } catch (error) {
      setState({ busy: false, error: asAppError(error) });
    }
  };
  return (
    <Dialog open modalType="alert" onOpenChange={(_e, data) => !data.open && props.onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('remove.title', { name: scenario.definition.name })}</DialogTitle>
          <DialogContent>
            <p>{t('remove.body')}</p>
            {state.error === undefined ? null : (
              <MessageBar intent="error" layout="multiline">
                <MessageBarBody>
                  {t('remove.failed')} {props.errorText(state.error)}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" disabledFocusable={state.busy} onClick={() => void remove()}>
              {t('remove.confirm')}
            </Button>
            <Button onClick={props.onClose}>{t('remove.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
