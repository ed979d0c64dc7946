import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Radio,
  RadioGroup,
  Select,
} from '@fluentui/react-components';
import { useContext, useEffect, useId, useMemo, useState } from 'react';
import {
  asAppError,
  boardScopeFromKey,
  boardSummary,
  cardBudgetBytes,
  cardVersion,
  formatDateTime,
  graphChannelMessage,
  payloadBytes,
  webhookUrlProblem,
  workflowsMessage,
  type AppError,
  type CardRoute,
  type CountedDashboard,
  type Locale,
  type Period,
  type PublicationRecord,
} from '../../domain';
import { ServicesContext } from '../services';
import { type BoardServices } from './boardServices';
import { boardTranslator, type BoardTranslate } from './boardStrings';
import { CardPreview } from './CardPreview';
import { useBoardStyles } from './useBoardStyles.styles';

type State =
  | { readonly kind: 'idle' }
  | { readonly kind: 'busy'; readonly record: PublicationRecord | null }
  | { readonly kind: 'posted'; readonly record: PublicationRecord; readonly already: boolean }
  | { readonly kind: 'failed'; readonly error: AppError; readonly record: PublicationRecord | null };

/** Where a Workflows URL is kept: in this browser only, never in SharePoint (it is the flow's secret). */
const webhookStorageKey = 'stodinventering.workflowsUrl';

/** What a failed post says, by code. */
function failureText(error: AppError, t: BoardTranslate): string {
  const detail = error.message;
  switch (error.code) {
    case 'throttled':
      // Graph does not let a browser read Retry-After (it is not among its exposed headers): no time is made up.
      return error.retryAfterSeconds === undefined
        ? t('failed.throttledUnknown')
        : t('failed.throttled', { seconds: error.retryAfterSeconds });
    case 'invalid':
      return t('failed.invalid', { detail });
    case 'unauthenticated':
      return t('failed.unauthenticated');
    case 'forbidden':
      return t('failed.forbidden');
    case 'notFound':
      return t('failed.notFound');
    case 'offline':
      return t('failed.offline');
    default:
      return t('failed.other', { detail });
  }
}

/**
 * The project team's "Sammanställning till kommunstyrelsen" on the dashboard: pick the area and the route, see the
 * card as Teams will show it with its text alternative, and publish. A failed post keeps its record, so "Försök
 * igen" sends the same card and never a second one once it arrived.
 */
export function PublishSummary(props: { dashboard: CountedDashboard; period: Period; locale: Locale }) {
  const { dashboard, period, locale } = props;
  const services = useContext(ServicesContext);
  const t = useMemo(() => boardTranslator(locale), [locale]);
  const styles = useBoardStyles();
  const ids = { scope: useId(), heading: useId() };
  const [board, setBoard] = useState<BoardServices | null>(null);
  const [scopeKey, setScopeKey] = useState('kommun');
  const [route, setRoute] = useState<CardRoute>('graph');
  const [webhook, setWebhook] = useState(() => services?.storage.getItem(webhookStorageKey) ?? '');
  const [state, setState] = useState<State>({ kind: 'idle' });

  useEffect(() => {
    let live = true;
    void services?.board().then((loaded) => {
      if (!live) return;
      setBoard(loaded);
      if (!loaded.graphConfigured) setRoute('workflows');
    });
    return () => {
      live = false;
    };
  }, [services]);

  const summary = useMemo(() => {
    const scope = boardScopeFromKey(scopeKey) ?? { level: 'kommun' as const };
    return boardSummary(dashboard.view, scope, { periodName: period.name, countedAt: dashboard.countedAt });
  }, [dashboard, period.name, scopeKey]);
  if (services === null || board === null || summary === undefined) return null;

  const card = board.card(summary, route);
  let bytes: number;
  try {
    bytes = payloadBytes(
      route === 'graph'
        ? graphChannelMessage(card, { attachmentId: 'preview', subject: '', summary: '' })
        : workflowsMessage(card),
    );
  } catch {
    bytes = Number.POSITIVE_INFINITY;
  }
  const webhookProblem = route === 'workflows' ? webhookUrlProblem(webhook) : null;
  const busy = state.kind === 'busy';
  const canPublish =
    !busy &&
    bytes <= cardBudgetBytes &&
    webhookProblem === null &&
    (route === 'workflows' || board.graphConfigured);
  const url = route === 'workflows' ? webhook.trim() : undefined;

  const post = async (record: PublicationRecord | null) => {
    setState({ kind: 'busy', record });
    let recorded = record;
    try {
      if (route === 'workflows') services.storage.setItem(webhookStorageKey, webhook.trim());
      recorded ??= await board.record(summary, route, url);
      const outcome = await board.post(recorded, url);
      setState({ kind: 'posted', record: outcome.record, already: outcome.kind === 'alreadyPosted' });
    } catch (error) {
      setState({ kind: 'failed', error: asAppError(error), record: recorded });
    }
  };
  const choose = (change: () => void) => {
    change();
    setState({ kind: 'idle' });
  };

  return (
    <section className={styles.panel} aria-labelledby={ids.heading}>
      <h2 id={ids.heading} className={styles.heading}>
        {t('publish.heading')}
      </h2>
      <p className={styles.note}>{t('publish.intro')}</p>
      <Field label={t('publish.scope')} className={styles.field}>
        <Select id={ids.scope} value={scopeKey} onChange={(_, d) => choose(() => setScopeKey(d.value))}>
          <option value="kommun">{t('publish.kommun')}</option>
          {dashboard.view.aggregate.sektorer.map((s) => (
            <option key={s.id} value={`sektor:${s.id}`}>
              {s.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('publish.route')} className={styles.field}>
        <RadioGroup value={route} onChange={(_, d) => choose(() => setRoute(d.value as CardRoute))}>
          <Radio value="graph" label={t('publish.graph')} disabled={!board.graphConfigured} />
          <Radio value="workflows" label={t('publish.workflows')} />
        </RadioGroup>
      </Field>
      {!board.graphConfigured ? <p className={styles.note}>{t('publish.noChannel')}</p> : null}
      {route === 'workflows' ? (
        <Field
          label={t('publish.webhook')}
          hint={t('publish.webhookHint')}
          className={styles.field}
          validationState={webhook !== '' && webhookProblem !== null ? 'error' : 'none'}
          validationMessage={
            webhook !== '' && webhookProblem !== null
              ? t(webhookProblem === 'retired' ? 'webhook.retired' : 'webhook.invalid')
              : undefined
          }
        >
          <Input type="url" value={webhook} onChange={(_, d) => choose(() => setWebhook(d.value))} />
        </Field>
      ) : null}
      <h3 className={styles.heading}>
        {t('publish.preview', {
          version: cardVersion[route],
          kb: Math.ceil(bytes / 1024),
          limit: cardBudgetBytes / 1024,
        })}
      </h3>
      <CardPreview card={card} headingLevel={3} label={t('publish.previewLabel')} />
      <details>
        <summary>{t('publish.alternative')}</summary>
        <p className={styles.alternative}>{String(card.speak)}</p>
      </details>
      <div className={styles.actions}>
        {state.kind === 'failed' && state.record !== null ? (
          <Button appearance="primary" disabled={!canPublish} onClick={() => void post(state.record)}>
            {t('publish.retry')}
          </Button>
        ) : (
          <Button appearance="primary" disabled={!canPublish} onClick={() => void post(null)}>
            {busy ? t('publish.busy') : state.kind === 'posted' ? t('publish.again') : t('publish.button')}
          </Button>
        )}
      </div>
      <div role="status">
        {state.kind === 'posted' ? (
          <p className={styles.note}>
            {t(state.already ? 'publish.alreadyPosted' : 'publish.posted', {
              when: formatDateTime(state.record.postedAt ?? new Date().toISOString(), locale),
            })}
          </p>
        ) : null}
      </div>
      {state.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {/* No record: Sammanställningar refused it, and nothing went towards Teams. */}
            {state.record === null && state.error.code !== 'invalid'
              ? t('failed.notRecorded', { detail: state.error.message })
              : failureText(state.error, t)}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {bytes > cardBudgetBytes ? (
        <MessageBar intent="error">
          <MessageBarBody>{t('publish.tooBig')}</MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
}
