import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  Textarea,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import {
  allowedTransitions,
  asAppError,
  canTransition,
  decisionOutdated,
  formatDateTime,
  normaliseUpn,
  reviewsUnit,
  sameUpn,
  transition,
  type AppError,
  type Inventory,
  type Locale,
  type ManagerForm,
  type Period,
  type ReviewDecision,
  type Translate,
  type Unit,
  type Verdict,
} from '../../domain';
import { errorText } from '../common/errorText';
import { InventoryForm } from '../form/InventoryForm';
import { type BackupStorage, type ManagerServices } from '../services';
import { StatusBadge } from './common';
import { rememberInventory, reviewSource, type ReviewContext } from './reviewData';
import { type ReviewTranslate } from './reviewStrings';
import { useReviewStyles } from './useReviewStyles.styles';

type Styles = ReturnType<typeof useReviewStyles>;

/** Props of `ReviewPage`. */
export interface ReviewPageProps {
  readonly form: ManagerForm;
  readonly services: ManagerServices;
  readonly context: ReviewContext;
  readonly unitId: string;
  readonly locale: Locale;
  readonly t: Translate;
  readonly tr: ReviewTranslate;
  readonly onBack: () => void;
}

/** What a decision came to: done, or why not. */
interface Notice {
  readonly intent: 'success' | 'warning';
  readonly text: string;
}

type Load =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'loaded'; readonly units: readonly Unit[]; readonly inventory: Inventory | null };

/**
 * One unit's inventory as its reviewer sees it: read fresh from SharePoint (`get`, one request; the organisation
 * comes with the list's read, kept for the session), read-only, with its status, the decisions so far and what the status machine
 * lets this reviewer decide.
 */
export function ReviewPage(props: ReviewPageProps) {
  const { form, services, context, unitId, locale, t, tr, onBack } = props;
  const styles = useReviewStyles();
  const { period, actor } = context;
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (period === null) return undefined;
    let current = true;
    setLoad({ kind: 'loading' });
    // The inventory fresh (what is decided on), the organisation as the list read it (or now, when opened by link).
    Promise.all([services.inventories.get(period.id, unitId), reviewSource(services, period.id)]).then(
      ([inventory, { units }]) => {
        if (!current) return;
        if (inventory !== null) rememberInventory(services, inventory);
        setLoad({ kind: 'loaded', units, inventory });
      },
      (error: unknown) => current && setLoad({ kind: 'failed', error: asAppError(error) }),
    );
    return () => {
      current = false;
    };
  }, [services, period, unitId, attempt]);

  // What a decision came to, under the title: it stays while the page shows the inventory afresh.
  const [notice, setNotice] = useState<Notice | null>(null);
  const noticeRef = useRef<HTMLDivElement | null>(null);
  useEffect(() => {
    if (notice !== null) noticeRef.current?.focus();
  }, [notice]);
  // A decision, or a conflict, brings the inventory as stored now.
  const onOutcome = useCallback(
    (inventory: Inventory | null, said: Notice | null) => {
      if (inventory !== null) {
        rememberInventory(services, inventory);
        setLoad((before) => (before.kind === 'loaded' ? { ...before, inventory } : before));
      }
      setNotice(said);
    },
    [services],
  );

  // The heading takes the focus when the page opens, before the answers below it have loaded. Fluent's focus
  // manager (Tabster) starts with them and puts its guards at the page's edges into the tab order, aria-hidden,
  // until it hears where the focus is: it is told once they are there.
  const heading = useRef<HTMLHeadingElement | null>(null);
  useEffect(() => {
    const h1 = heading.current;
    if (load.kind === 'loaded' && h1 !== null && document.activeElement === h1) {
      h1.dispatchEvent(new FocusEvent('focusin', { bubbles: true, composed: true }));
    }
  }, [load.kind]);

  const unit = load.kind === 'loaded' ? load.units.find((u) => u.id === unitId) : undefined;
  const title = tr('page.title', { unit: unit?.name ?? unitId });
  let body;
  if (period === null) {
    body = (
      <MessageBar intent="info">
        <MessageBarBody>{tr('summary.noPeriod')}</MessageBarBody>
      </MessageBar>
    );
  } else if (load.kind === 'loading') {
    body = <Spinner label={tr('page.loading')} />;
  } else if (load.kind === 'failed') {
    body = (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>
          {tr('page.failed')} {errorText(load.error, t)}
        </MessageBarBody>
        <Button onClick={() => setAttempt((n) => n + 1)}>{t('app.retry')}</Button>
      </MessageBar>
    );
  } else if (unit === undefined || !reviewsUnit(actor, unit)) {
    // SharePoint answers a unit one may not read as if it did not exist; so does this page.
    body = (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{tr('page.notInScope')}</MessageBarBody>
      </MessageBar>
    );
  } else if (load.inventory === null) {
    body = (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>{tr('page.none', { unit: unit.name })}</MessageBarBody>
      </MessageBar>
    );
  } else {
    const { inventory } = load;
    body = (
      <>
        <ReviewPanel
          key={inventory.id}
          inventory={inventory}
          unit={unit}
          units={load.units}
          period={period}
          form={form}
          services={services}
          context={context}
          locale={locale}
          t={t}
          tr={tr}
          styles={styles}
          onOutcome={onOutcome}
        />
        <InventoryForm
          // A new revision (the manager changed the answer meanwhile) shows afresh.
          key={inventory.revision}
          config={form.config}
          period={period}
          unit={unit}
          stored={inventory}
          services={services}
          locale={locale}
          onBack={onBack}
          review
        />
      </>
    );
  }
  return (
    <div className={styles.root}>
      <Button className={styles.back} appearance="subtle" onClick={onBack}>
        {tr('page.back')}
      </Button>
      <h1 ref={heading} className={styles.title} tabIndex={-1}>
        {title}
      </h1>
      {notice !== null && (
        <MessageBar
          ref={noticeRef}
          tabIndex={-1}
          intent={notice.intent}
          layout="multiline"
          role={notice.intent === 'success' ? 'status' : 'alert'}
        >
          <MessageBarBody>{notice.text}</MessageBarBody>
        </MessageBar>
      )}
      {body}
    </div>
  );
}

/** Where a reviewer's unsent comment is kept, so that a reload or a failed decision loses nothing. */
function commentKey(upn: string, inventoryId: string): string {
  return `stodinventering:review:${normaliseUpn(upn)}:${inventoryId}`;
}

function readComment(storage: BackupStorage, key: string): string {
  try {
    return storage.getItem(key) ?? '';
  } catch {
    return '';
  }
}

function keepComment(storage: BackupStorage, key: string, text: string): void {
  try {
    if (text.trim() === '') storage.removeItem(key);
    else storage.setItem(key, text);
  } catch {
    // Storage full or refused: the comment is still on the page.
  }
}

/** Why this reviewer has no buttons, in words, when they have none. */
function whyNoDecision(
  inventory: Inventory,
  context: ReviewContext,
  t: Translate,
  tr: ReviewTranslate,
  locale: Locale,
) {
  const check = canTransition({ actor: context.actor, inventory, to: 'approved' });
  if (!check.ok && check.reason === 'selfReview') return check.message[locale];
  switch (inventory.status) {
    case 'notStarted':
    case 'draft':
      return tr('why.notSubmitted');
    case 'returned':
      return tr('why.returned');
    case 'approved':
      return tr('why.approved');
    case 'submitted':
      return check.ok ? '' : check.message[locale];
  }
  return t('error.forbidden');
}

/** The facts, the decisions and the reviewer's own decision, above the answers. */
function ReviewPanel(props: {
  inventory: Inventory;
  unit: Unit;
  units: readonly Unit[];
  period: Period;
  form: ManagerForm;
  services: ManagerServices;
  context: ReviewContext;
  locale: Locale;
  t: Translate;
  tr: ReviewTranslate;
  styles: Styles;
  onOutcome: (inventory: Inventory | null, notice: Notice | null) => void;
}) {
  const { inventory, unit, units, form, services, context, locale, t, tr, styles, onOutcome } = props;
  const names = useMemo(() => {
    const byUpn = new Map<string, string>();
    for (const u of units) if (u.manager !== null) byUpn.set(normaliseUpn(u.manager.upn), u.manager.name);
    return byUpn;
  }, [units]);
  const who = (upn: string | null) => (upn === null ? '' : (names.get(normaliseUpn(upn)) ?? upn));
  const areaNames = [unit.kontorId, unit.sektorId]
    .filter((id): id is string => id !== null && id !== unit.id)
    .map((id) => units.find((u) => u.id === id)?.name ?? id);
  const allowed = allowedTransitions(context.actor, inventory).filter(
    (to): to is Verdict => to === 'approved' || to === 'returned',
  );
  return (
    <section aria-labelledby="review-facts" className={styles.card}>
      <h2 id="review-facts" className={styles.h2}>
        {tr('facts.heading')}
      </h2>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('start.status')}</dt>
        <dd className={styles.value}>
          <StatusBadge status={inventory.status} t={t} />
        </dd>
        <dt className={styles.term}>{tr('facts.manager')}</dt>
        <dd className={styles.value}>
          {unit.manager === null ? tr('unit.vacant') : `${unit.manager.name} (${unit.manager.upn})`}
        </dd>
        {areaNames.length > 0 && (
          <>
            <dt className={styles.term}>{tr('facts.area')}</dt>
            <dd className={styles.value}>{areaNames.join(', ')}</dd>
          </>
        )}
        <dt className={styles.term}>{tr('facts.submitted')}</dt>
        <dd className={styles.value}>
          {inventory.submittedAt === null
            ? tr('facts.notSubmitted')
            : tr('facts.submittedValue', {
                when: formatDateTime(inventory.submittedAt, locale),
                who: who(inventory.submittedBy),
              })}
        </dd>
      </dl>
      <History inventory={inventory} who={who} locale={locale} tr={tr} styles={styles} t={t} />
      {allowed.length > 0 ? (
        <Decision
          key={inventory.id}
          inventory={inventory}
          unit={unit}
          allowed={allowed}
          form={form}
          services={services}
          context={context}
          locale={locale}
          t={t}
          tr={tr}
          styles={styles}
          onOutcome={onOutcome}
        />
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{whyNoDecision(inventory, context, t, tr, locale)}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

/** The decisions on the inventory, oldest first: verdict, who, when, the comment; outdated ones said so. */
function History(props: {
  inventory: Inventory;
  who: (upn: string | null) => string;
  locale: Locale;
  t: Translate;
  tr: ReviewTranslate;
  styles: Styles;
}) {
  const { inventory, who, locale, t, tr, styles } = props;
  const outdated = decisionOutdated(inventory);
  const isOutdated = (d: ReviewDecision) => d.revision !== inventory.revision || d === outdated;
  const own = (d: ReviewDecision) =>
    inventory.managerUpn !== null && d.decidedBy !== null && sameUpn(d.decidedBy, inventory.managerUpn);
  return (
    <>
      <h3 className={styles.h3}>{tr('history.heading')}</h3>
      {inventory.decisions.length === 0 ? (
        <Text as="p" block>
          {tr('history.none')}
        </Text>
      ) : (
        <ol className={styles.history}>
          {inventory.decisions.map((d, index) => (
            <li key={d.id === '' ? `new-${index}` : d.id}>
              <Text as="p" block weight="semibold">
                {tr(d.verdict === 'approved' ? 'history.approved' : 'history.returned')}
              </Text>
              <Text as="p" block size={200}>
                {tr('history.by', {
                  who: who(d.decidedBy),
                  when: d.decidedAt === null ? '' : formatDateTime(d.decidedAt, locale),
                })}
              </Text>
              <Text as="p" block>
                {tr('history.comment', { comment: d.comment ?? t('review.noComment') })}
              </Text>
              {own(d) ? (
                <Text as="p" block size={200} className={styles.muted}>
                  {tr('history.notCounted')}
                </Text>
              ) : (
                isOutdated(d) && (
                  <Text as="p" block size={200} className={styles.muted}>
                    {tr('history.outdated')}
                  </Text>
                )
              )}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}

/** The reviewer's comment and the buttons the status machine allows them: approve (confirmed), return. */
function Decision(props: {
  inventory: Inventory;
  unit: Unit;
  allowed: readonly Verdict[];
  form: ManagerForm;
  services: ManagerServices;
  context: ReviewContext;
  locale: Locale;
  t: Translate;
  tr: ReviewTranslate;
  styles: Styles;
  onOutcome: (inventory: Inventory | null, notice: Notice | null) => void;
}) {
  const { inventory, unit, allowed, form, services, context, locale, t, tr, styles, onOutcome } = props;
  const key = commentKey(services.upn, inventory.id);
  const [comment, setComment] = useState(() => readComment(services.storage, key));
  const [commentError, setCommentError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [sending, setSending] = useState<Verdict | null>(null);
  const area = useRef<HTMLTextAreaElement | null>(null);
  const warn = (text: string, inventory: Inventory | null = null) =>
    onOutcome(inventory, { intent: 'warning', text });

  const decide = async (to: Verdict) => {
    setConfirming(false);
    const result = transition(inventory, {
      actor: context.actor,
      to,
      at: services.now().toISOString(),
      comment,
      config: form.config,
      unit,
    });
    if (!result.ok) {
      if (result.reason === 'commentRequired' || result.reason === 'invalid') {
        setCommentError(result.issues[0]?.message[locale] ?? result.message[locale]);
        area.current?.focus();
      } else warn(result.message[locale]);
      return;
    }
    setCommentError(null);
    onOutcome(null, null);
    setSending(to);
    try {
      const stored = await services.inventories.decide(result.inventory);
      keepComment(services.storage, key, '');
      onOutcome(stored, {
        intent: 'success',
        text: to === 'approved' ? tr('decide.approved') : tr('decide.returned'),
      });
    } catch (error) {
      const appError = asAppError(error);
      if (appError.code === 'conflict') {
        // Someone changed it meanwhile: the page shows it as stored now (the comment stays, in storage).
        warn(tr('decide.conflict'), (appError.conflict?.theirs as Inventory | undefined) ?? null);
        return;
      }
      warn(
        appError.code === 'forbidden'
          ? tr('decide.forbidden')
          : tr('decide.failed', { reason: errorText(appError, t) }),
      );
    } finally {
      setSending(null);
    }
  };

  return (
    <>
      <h3 className={styles.h3}>{tr('decide.heading')}</h3>
      <Field
        label={tr('decide.comment')}
        hint={tr('decide.commentHint')}
        {...(commentError !== null && { validationMessage: commentError, validationState: 'error' as const })}
      >
        <Textarea
          ref={area}
          value={comment}
          resize="vertical"
          rows={4}
          onChange={(_, data) => {
            setComment(data.value);
            keepComment(services.storage, key, data.value);
            if (commentError !== null && data.value.trim() !== '') setCommentError(null);
          }}
        />
      </Field>
      <div className={styles.actions}>
        {allowed.includes('approved') && (
          <Button
            appearance="primary"
            disabledFocusable={sending !== null}
            onClick={() => setConfirming(true)}
          >
            {tr('decide.approve')}
          </Button>
        )}
        {allowed.includes('returned') && (
          <Button disabledFocusable={sending !== null} onClick={() => void decide('returned')}>
            {tr('decide.return')}
          </Button>
        )}
        {sending !== null && <Spinner size="tiny" label={tr('decide.sending')} />}
      </div>
      <Dialog
        open={confirming}
        modalType="alert"
        onOpenChange={(_, data) => {
          if (!data.open) setConfirming(false);
        }}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>{tr('decide.confirmTitle')}</DialogTitle>
            <DialogContent>{tr('decide.confirmBody', { unit: unit.name })}</DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={() => void decide('approved')}>
                {tr('decide.confirm')}
              </Button>
              <Button onClick={() => setConfirming(false)}>{tr('decide.cancel')}</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </>
  );
}
