import { Button, MessageBar, MessageBarBody, ProgressBar, Spinner, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import {
  asAppError,
  formatDate,
  formatTime,
  latestReminders,
  reminderMessages,
  swedishDate,
  type AppError,
  type Locale,
  type MissingSubmission,
  type Period,
  type ReminderRecord,
  type ReminderReport,
  type Translate,
} from '../../domain';
import { errorText } from '../common/errorText';
import { type ManagerServices } from '../services';
import { type ReminderServices } from './reminderServices';
import { type ReviewTranslate } from './reviewStrings';
import { type useReviewStyles } from './useReviewStyles.styles';

/** The newest reminder of each manager (lower-case UPN), or why they could not be read. */
export type RemindedState =
  | { readonly kind: 'off' }
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | {
      readonly kind: 'loaded';
      readonly services: ReminderServices;
      readonly latest: ReadonlyMap<string, ReminderRecord>;
    };

/**
 * The period's reminders of the given sektorer (Påminnelser, which only the project team reads), and a way to read
 * them again; `off` for anyone else.
 */
export function useReminded(
  reminders: { readonly services: ManagerServices; readonly sektorIds: readonly string[] } | null,
  periodId: string,
): [RemindedState, () => void] {
  const [state, setState] = useState<RemindedState>({ kind: reminders === null ? 'off' : 'loading' });
  const [attempt, setAttempt] = useState(0);
  const services = reminders?.services;
  const key = reminders?.sektorIds.join(',') ?? '';
  useEffect(() => {
    if (services === undefined) return undefined;
    let current = true;
    void (async () => {
      try {
        const loaded = await services.reminders();
        const records = await loaded.list(periodId, key === '' ? [] : key.split(','));
        if (current) setState({ kind: 'loaded', services: loaded, latest: latestReminders(records) });
      } catch (error) {
        if (current) setState({ kind: 'failed', error: asAppError(error) });
      }
    })();
    return () => {
      current = false;
    };
  }, [services, periodId, key, attempt]);
  return [state, useCallback(() => setAttempt((n) => n + 1), [])];
}

/** When a manager was last reminded, as the not-submitted table shows it. */
export function remindedText(
  record: ReminderRecord | undefined,
  locale: Locale,
  tr: ReviewTranslate,
): string {
  if (record === undefined) return tr('remind.never');
  // Short enough for a phone's column: "7 dec. 20.39".
  const when = `${formatDate(record.at, locale, { style: 'dayMonth' })} ${formatTime(record.at, locale)}`;
  if (record.delivery === 'failed') return tr('remind.failedAt', { when });
  if (record.delivery === 'sending') return tr('remind.sendingAt', { when });
  return when;
}

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'confirm' }
  | { readonly kind: 'sending'; readonly done: number; readonly total: number }
  | { readonly kind: 'done'; readonly report: ReminderReport }
  | { readonly kind: 'failed'; readonly error: AppError };

/**
 * The project team's reminders: each manager of a unit that has not submitted gets a notification in their Teams
 * activity feed, at most one a day, after a confirmation; progress while they go out, and what happened to whom.
 */
export function RemindManagers(props: {
  readonly missing: readonly MissingSubmission[];
  /** The signed-in user: Teams does not let anyone notify themselves, so their own units are left out. */
  readonly self: string;
  readonly period: Period;
  readonly state: RemindedState;
  readonly onSent: () => void;
  readonly onRetry: () => void;
  readonly t: Translate;
  readonly tr: ReviewTranslate;
  readonly styles: ReturnType<typeof useReviewStyles>;
  readonly now: () => Date;
}) {
  const { missing: all, self, period, state, onSent, onRetry, t, tr, styles, now } = props;
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  if (state.kind === 'off') return null;
  if (state.kind === 'loading') return <Spinner size="small" label={tr('remind.loading')} />;
  if (state.kind === 'failed') {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {tr('remind.listFailed')} {errorText(state.error, t)}
        </MessageBarBody>
        <Button onClick={onRetry}>{t('app.retry')}</Button>
      </MessageBar>
    );
  }
  const { services, latest } = state;
  if (!services.configured) {
    return (
      <Text as="p" block className={styles.muted}>
        {tr('remind.notConfigured')}
      </Text>
    );
  }
  const missing = all.filter((m) => m.managerUpn?.toLowerCase() !== self.toLowerCase());
  const today = swedishDate(now().toISOString());
  const due = reminderMessages(missing).filter((message) => {
    const record = latest.get(message.managerUpn);
    return record === undefined || record.delivery === 'failed' || swedishDate(record.at) !== today;
  });
  const send = async () => {
    setPhase({ kind: 'sending', done: 0, total: due.length });
    try {
      // Only those not reminded today as far as this page knows: the rest would be refused by Påminnelser anyway,
      // one request each. A reminder sent meanwhile from another tab is still refused there, and reported.
      const dueUpns = new Set(due.map((message) => message.managerUpn));
      const dueUnits = missing.filter(
        (m) => m.managerUpn !== null && dueUpns.has(m.managerUpn.toLowerCase()),
      );
      const report = await services.send(dueUnits, {
        periodId: period.id,
        dueDate: formatDate(period.closesOn, 'sv', { style: 'long' }),
        onProgress: (done, total) => setPhase({ kind: 'sending', done, total }),
      });
      setPhase({ kind: 'done', report });
    } catch (error) {
      setPhase({ kind: 'failed', error: asAppError(error) });
    }
    onSent();
  };
  return (
    <div className={styles.section}>
      <Text as="p" block>
        {tr('remind.intro')}
      </Text>
      {phase.kind === 'confirm' ? (
        <div role="group" aria-label={tr('remind.confirmLabel')} className={styles.actions}>
          <Text>{tr('remind.confirm', { count: due.length })}</Text>
          <Button appearance="primary" onClick={() => void send()}>
            {tr('remind.send')}
          </Button>
          <Button onClick={() => setPhase({ kind: 'idle' })}>{tr('remind.cancel')}</Button>
        </div>
      ) : (
        <div className={styles.actions}>
          <Button
            disabled={due.length === 0 || phase.kind === 'sending'}
            onClick={() => setPhase({ kind: 'confirm' })}
          >
            {due.length === 1 ? tr('remind.buttonOne') : tr('remind.button', { count: due.length })}
          </Button>
          {due.length === 0 && <Text className={styles.muted}>{tr('remind.allToday')}</Text>}
        </div>
      )}
      <div role="status">
        {phase.kind === 'sending' && (
          <ProgressBar
            className={styles.progress}
            value={phase.done}
            max={Math.max(1, phase.total)}
            aria-label={tr('remind.progress', { done: phase.done, total: phase.total })}
          />
        )}
        {phase.kind === 'sending' && (
          <Text>{tr('remind.progress', { done: phase.done, total: phase.total })}</Text>
        )}
        {phase.kind === 'done' && <ReminderOutcome report={phase.report} t={t} tr={tr} />}
        {phase.kind === 'failed' && (
          <MessageBar intent="error" layout="multiline">
            <MessageBarBody>
              {tr('remind.failed')} {errorText(phase.error, t)}
            </MessageBarBody>
          </MessageBar>
        )}
      </div>
    </div>
  );
}

function ReminderOutcome(props: { report: ReminderReport; t: Translate; tr: ReviewTranslate }) {
  const { report, t, tr } = props;
  const { sent, alreadyToday, failed } = report;
  return (
    <MessageBar intent={failed.length > 0 ? 'warning' : 'success'} layout="multiline">
      <MessageBarBody>
        <Text as="p" block>
          {tr('remind.sent', { count: sent.length })}
          {alreadyToday.length > 0 && ` ${tr('remind.already', { count: alreadyToday.length })}`}
        </Text>
        {failed.length > 0 && (
          <>
            <Text as="p" block>
              {tr('remind.failedSome', { count: failed.length })}
            </Text>
            <ul>
              {failed.map(({ managerUpn, error }) => (
                <li key={managerUpn}>
                  {managerUpn}: {error.code === 'forbidden' ? tr('remind.notInstalled') : errorText(error, t)}
                </li>
              ))}
            </ul>
          </>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
