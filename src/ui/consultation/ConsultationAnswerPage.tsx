import { Button, Link, MessageBar, MessageBarBody, Spinner } from '@fluentui/react-components';
import { useMemo } from 'react';
import {
  answerProblems,
  answersToStore,
  formatDate,
  formatTime,
  roundOpen,
  translator,
  unitImpact,
  type Locale,
  type ManagerForm,
  type ProposalImpact,
} from '../../domain';
import { errorText } from '../common/errorText';
import { type ConsultationServices } from './consultationServices';
import { consultationTranslator, type ConsultationTranslate } from './consultationStrings';
import { ProposalAnswerField } from './ProposalAnswerField';
import { useConsultationAnswer, type ConsultationAnswer } from './useConsultationAnswer';
import { useConsultationStyles } from './useConsultationStyles.styles';

/** Props of `ConsultationAnswerPage`. */
export interface ConsultationAnswerPageProps {
  /** Remissrundor and Remissvar; their code loads when first called. */
  readonly services: () => Promise<ConsultationServices>;
  /** What `loadMine` gave: the round (`rounds`), the unit (`units`) and its own lines (`inventories`). */
  readonly form: ManagerForm;
  readonly unitId: string;
  readonly roundId: string;
  readonly locale: Locale;
  /** Back to the start page. */
  readonly onBack: () => void;
}

/**
 * A manager's answers to a consultation round for one unit: what each proposal would move of the unit's own staff
 * (counted here from its own lines, since a manager reads neither the scenario nor other units), the proposals
 * that touch it first; per proposal agree or disagree and a comment; saved with the version read, a conflict
 * shown rather than overwritten; read-only once the round has closed.
 */
export function ConsultationAnswerPage(props: ConsultationAnswerPageProps) {
  const { locale, onBack } = props;
  const t = useMemo(() => consultationTranslator(locale), [locale]);
  const styles = useConsultationStyles();
  const page = useConsultationAnswer(props);
  const { load } = page;
  return (
    <div className={styles.root}>
      <div>
        <Link as="button" onClick={onBack}>
          {t('back')}
        </Link>
      </div>
      {load.kind === 'loaded' ? (
        <Answers {...props} page={page} t={t} />
      ) : (
        <>
          <h1 tabIndex={-1} className={styles.title}>
            {t('answer.title', { name: props.form.rounds.find((r) => r.id === props.roundId)?.name ?? '' })}
          </h1>
          {load.kind === 'loading' ? <Spinner label={t('loading')} /> : null}
          {load.kind === 'missing' ? (
            <MessageBar intent="info">
              <MessageBarBody>{t(load.what === 'round' ? 'answer.noRound' : 'answer.noUnit')}</MessageBarBody>
            </MessageBar>
          ) : null}
          {load.kind === 'failed' ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {t('failed')} {errorText(load.error, translator(locale))}{' '}
                <Button onClick={page.retry}>{t('retry')}</Button>
              </MessageBarBody>
            </MessageBar>
          ) : null}
        </>
      )}
    </div>
  );
}

function Answers(
  props: ConsultationAnswerPageProps & { page: ConsultationAnswer; t: ConsultationTranslate },
) {
  const { form, locale, page, t } = props;
  const styles = useConsultationStyles();
  if (page.load.kind !== 'loaded') return null;
  const { round, unit, services, inventory } = page.load;
  const impact = unitImpact(round, unit, inventory, form.config);
  const open = roundOpen(round, services.now().toISOString());
  const problems = answerProblems(round, answersToStore([...page.draft.values()]));
  const touching = impact.proposals.filter((p) => p.touches);
  const others = impact.proposals.filter((p) => !p.touches);
  const field = (p: ProposalImpact) => (
    <ProposalAnswerField
      key={p.functionId}
      impact={p}
      answer={page.draft.get(p.functionId) ?? { functionId: p.functionId, verdict: null, comment: '' }}
      problems={problems.filter((q) => q.functionId === p.functionId).map((q) => q.code)}
      readOnly={!open}
      onChange={page.change}
      t={t}
      locale={locale}
      styles={styles}
    />
  );
  return (
    <>
      <h1 tabIndex={-1} className={styles.title}>
        {t('answer.title', { name: round.name })}
      </h1>
      <p className={styles.note}>{t('answer.intro', { unit: unit.name })}</p>
      {open ? (
        <p className={styles.note}>
          {t('answer.closesOn', { date: formatDate(round.closesOn, locale, { style: 'long' }) })}
        </p>
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{t('answer.closed')}</MessageBarBody>
        </MessageBar>
      )}
      {impact.basis === 'counted' ? null : <p className={styles.note}>{t(`answer.basis.${impact.basis}`)}</p>}
      <section aria-labelledby="touching-heading" className={styles.section}>
        <h2 id="touching-heading" className={styles.heading}>
          {t('answer.touching', { unit: unit.name })}
        </h2>
        {touching.length === 0 ? (
          <p className={styles.note}>{t('answer.touchingNone', { unit: unit.name })}</p>
        ) : null}
        {touching.map(field)}
      </section>
      {others.length === 0 ? null : (
        <section aria-labelledby="others-heading" className={styles.section}>
          <h2 id="others-heading" className={styles.heading}>
            {t('answer.others')}
          </h2>
          <p className={styles.note}>{t('answer.othersNote')}</p>
          {others.map(field)}
        </section>
      )}
      {open ? <SaveBar {...props} canSave={problems.length === 0} /> : null}
    </>
  );
}

function SaveBar(
  props: ConsultationAnswerPageProps & {
    page: ConsultationAnswer;
    t: ConsultationTranslate;
    canSave: boolean;
  },
) {
  const { page, t, locale, canSave } = props;
  const styles = useConsultationStyles();
  const { save } = page;
  const unit = page.load.kind === 'loaded' ? page.load.unit.name : '';
  const status =
    save.kind === 'saving'
      ? t('answer.saving')
      : save.kind === 'unsaved'
        ? canSave
          ? t('answer.unsaved')
          : t('answer.fix')
        : save.kind === 'saved'
          ? save.at !== null
            ? t('answer.saved', { time: formatTime(save.at, locale) })
            : page.stored
              ? t('answer.stored')
              : ''
          : save.kind === 'failed'
            ? `${t('answer.saveFailed')} ${errorText(save.error, translator(locale))}`
            : '';
  return (
    <div className={styles.section}>
      {save.kind === 'conflict' ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t('answer.conflict', { unit })}</MessageBarBody>
          <div className={styles.actions}>
            <Button onClick={() => page.takeTheirs(save.theirs)}>{t('answer.useTheirs')}</Button>
            <Button appearance="primary" disabled={!canSave} onClick={() => void page.store(save.theirs)}>
              {t('answer.keepMine')}
            </Button>
          </div>
        </MessageBar>
      ) : null}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabledFocusable={!canSave || save.kind === 'saving' || save.kind === 'conflict'}
          onClick={() => void page.store()}
        >
          {t('answer.save')}
        </Button>
        <span role="status">{status}</span>
      </div>
    </div>
  );
}
