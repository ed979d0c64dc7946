import {
  Button,
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
import { useMemo, useState } from 'react';
import {
  asAppError,
  formatDate,
  roundOpen,
  translator,
  type AppError,
  type Locale,
  type ManagerForm,
  type Period,
  type StoredRound,
} from '../../domain';
import { errorText } from '../common/errorText';
import { type ConsultationServices } from './consultationServices';
import { consultationTranslator, type ConsultationTranslate } from './consultationStrings';
import { OpenRound } from './OpenRound';
import { RoundSummary } from './RoundSummary';
import { useConsultationRounds, type ConsultationRounds } from './useConsultationRounds';
import { useConsultationStyles } from './useConsultationStyles.styles';

/** Props of `ConsultationRoundsPage`. */
export interface ConsultationRoundsPageProps {
  /** Remissrundor, Remissvar and Scenarier; their code loads when first called. */
  readonly services: () => Promise<ConsultationServices>;
  /** What `loadMine` gave: who the reader is (`review`) and the units they head. */
  readonly form: ManagerForm;
  /** The period whose rounds are shown. */
  readonly period: Period;
  readonly locale: Locale;
  readonly onBack: () => void;
  /** Now, as an ISO instant. */
  readonly now: string;
}

type View = { readonly t: ConsultationTranslate; readonly styles: ReturnType<typeof useConsultationStyles> };

/**
 * The period's consultation rounds. The project team opens one on a saved scenario with its last day, closes one,
 * and sees every unit's answers summarised per proposal and per sektor with the comments. A reviewer sees the same
 * summary of what SharePoint lets them read (their sektor's or kontor's units): the page asks for their sektorer
 * and shows what comes back, so nothing here is what keeps other answers from them.
 */
export function ConsultationRoundsPage(props: ConsultationRoundsPageProps) {
  const { form, period, locale, now, onBack } = props;
  const t = useMemo(() => consultationTranslator(locale), [locale]);
  const styles = useConsultationStyles();
  const page = useConsultationRounds({ services: props.services, form, periodId: period.id });
  const { load } = page;
  const team = form.review.projectTeam;
  const role = team ? 'team' : form.review.reviewerOf.length > 0 ? 'reviewer' : 'other';
  return (
    <div className={styles.root}>
      <div>
        <Link as="button" onClick={onBack}>
          {t('backToOverview')}
        </Link>
      </div>
      <h1 tabIndex={-1} className={styles.title}>
        {t('rounds.title')}
      </h1>
      <p className={styles.note}>{t(`rounds.intro.${role}`)}</p>
      {load.kind === 'loading' ? <Spinner label={t('loading')} /> : null}
      {load.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {t('failed')} {errorText(load.error, translator(locale))}{' '}
            <Button onClick={page.retry}>{t('retry')}</Button>
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {load.kind === 'loaded' && load.scenarios !== null ? (
        <OpenRound
          scenarios={load.scenarios.scenarios}
          unreadable={load.scenarios.unreadable}
          now={now}
          onOpen={page.open}
          t={t}
          locale={locale}
          styles={styles}
        />
      ) : null}
      {load.kind === 'loaded' ? (
        <RoundList
          page={page}
          rounds={load.rounds}
          unreadable={load.unreadable}
          team={team}
          {...props}
          t={t}
          styles={styles}
        />
      ) : null}
      {page.shown !== undefined && page.answers !== undefined ? (
        <section aria-labelledby="summary-heading" className={styles.section}>
          <h2 id="summary-heading" className={styles.heading}>
            {t('summary.heading', { name: page.shown.name })}
          </h2>
          {page.answers.kind === 'loading' ? <Spinner label={t('summary.loading')} /> : null}
          {page.answers.kind === 'failed' ? (
            <MessageBar intent="error" layout="multiline">
              <MessageBarBody>
                {errorText(page.answers.error, translator(locale))}{' '}
                <Button onClick={page.retry}>{t('retry')}</Button>
              </MessageBarBody>
            </MessageBar>
          ) : null}
          {page.answers.kind === 'loaded' ? (
            <RoundSummary
              round={page.shown}
              listed={page.answers.listed}
              t={t}
              locale={locale}
              styles={styles}
            />
          ) : null}
        </section>
      ) : null}
    </div>
  );
}

function RoundList(
  props: ConsultationRoundsPageProps &
    View & { page: ConsultationRounds; rounds: readonly StoredRound[]; unreadable: number; team: boolean },
) {
  const { page, rounds, unreadable, team, now, locale, t, styles } = props;
  const [closing, setClosing] = useState<StoredRound | null>(null);
  return (
    <section aria-labelledby="rounds-heading" className={styles.section}>
      <h2 id="rounds-heading" className={styles.heading}>
        {t('rounds.list.heading')}
      </h2>
      {unreadable > 0 ? (
        <p className={styles.note}>{t('rounds.list.unreadable', { count: unreadable })}</p>
      ) : null}
      {rounds.length === 0 ? (
        <p className={styles.note}>{t('rounds.list.none')}</p>
      ) : (
        <ul className={styles.list}>
          {rounds.map((round) => {
            const open = roundOpen(round, now);
            return (
              <li key={round.itemId} className={styles.listItem}>
                <span className={styles.itemName}>{round.name}</span>
                <span>
                  {open
                    ? t('rounds.list.open', { date: formatDate(round.closesOn, locale, { style: 'long' }) })
                    : t('rounds.list.closed')}
                </span>
                <span className={styles.actions}>
                  <Button aria-pressed={page.shown?.itemId === round.itemId} onClick={() => page.show(round)}>
                    {t('rounds.list.show', { name: round.name })}
                  </Button>
                  {team && !round.closed ? (
                    <Button onClick={() => setClosing(round)}>
                      {t('rounds.list.close', { name: round.name })}
                    </Button>
                  ) : null}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <CloseDialog
        round={closing}
        onClose={() => setClosing(null)}
        onConfirm={page.close}
        locale={locale}
        t={t}
      />
    </section>
  );
}

function CloseDialog(props: {
  round: StoredRound | null;
  onClose: () => void;
  onConfirm: (round: StoredRound) => Promise<void>;
  locale: Locale;
  t: ConsultationTranslate;
}) {
  const { round, onClose, onConfirm, locale, t } = props;
  const [error, setError] = useState<AppError | null>(null);
  const confirm = async () => {
    if (round === null) return;
    try {
      await onConfirm(round);
      setError(null);
      onClose();
    } catch (caught) {
      setError(asAppError(caught));
    }
  };
  return (
    <Dialog
      modalType="alert"
      open={round !== null}
      onOpenChange={(_, data) => (data.open ? undefined : onClose())}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t('rounds.close.title', { name: round?.name ?? '' })}</DialogTitle>
          <DialogContent>
            {t('rounds.close.body')}
            {error === null ? null : (
              <MessageBar intent="error">
                <MessageBarBody>
                  {t('rounds.close.failed')} {errorText(error, translator(locale))}
                </MessageBarBody>
              </MessageBar>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => void confirm()}>
              {t('rounds.close.confirm')}
            </Button>
            <Button onClick={onClose}>{t('rounds.close.cancel')}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
