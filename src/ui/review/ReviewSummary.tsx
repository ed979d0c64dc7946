import { Button, Link, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { Fragment, useMemo } from 'react';
import { formatNumber, intlTag, translator, type Locale, type ManagerForm } from '../../domain';
import { routeHash } from '../app/route';
import { errorText } from '../common/errorText';
import { type ManagerServices } from '../services';
import { useReviewSource } from './common';
import { reviewContext, reviewCounts } from './reviewData';
import { reviewTranslator, type ReviewKey, type ReviewTranslate } from './reviewStrings';
import { useReviewStyles } from './useReviewStyles.styles';

/** What the reviewer reviews, in words: the project team, or the names of their sektorer and kontor. */
export function scopeText(form: ManagerForm, tr: ReviewTranslate, locale: Locale): string {
  if (form.review.projectTeam) return tr('summary.projectTeam');
  const names = form.units.filter((u) => form.review.reviewerOf.includes(u.id)).map((u) => u.name);
  return tr('summary.scope', {
    areas: new Intl.ListFormat(intlTag(locale), { type: 'conjunction' }).format(names),
  });
}

/**
 * The start page's "Att granska" for a reviewer: what they review, how many of the units are submitted and waiting,
 * returned, approved and not submitted (vacant ones apart), and the way to the list. It reads what the list reads
 * (kept for the session), after the start page has appeared.
 */
export function ReviewSummary(props: { form: ManagerForm; services: ManagerServices; locale: Locale }) {
  const { form, services, locale } = props;
  const t = useMemo(() => translator(locale), [locale]);
  const tr = useMemo(() => reviewTranslator(locale), [locale]);
  const styles = useReviewStyles();
  const context = useMemo(
    () => reviewContext(form, services.upn, services.now().toISOString()),
    [form, services],
  );
  const period = context.period;
  const [state, reload] = useReviewSource(services, period?.id ?? null);
  const counts = useMemo(
    () =>
      state.kind !== 'loaded' || period === null
        ? null
        : reviewCounts({ source: state.source, actor: context.actor, periodId: period.id }),
    [state, period, context],
  );
  const facts: [ReviewKey, number][] =
    counts === null
      ? []
      : [
          ['count.submitted', counts.submitted],
          ['count.returned', counts.returned],
          ['count.approved', counts.approved],
          ['count.notSubmitted', counts.notSubmitted],
          ...(counts.vacant > 0 ? [['count.vacant', counts.vacant] as [ReviewKey, number]] : []),
        ];
  return (
    <section aria-labelledby="review-summary" className={styles.summary}>
      <h2 id="review-summary" className={styles.h2}>
        {tr('summary.heading')}
      </h2>
      <Text as="p" block>
        {scopeText(form, tr, locale)}
      </Text>
      {period === null ? (
        <Text as="p" block>
          {tr('summary.noPeriod')}
        </Text>
      ) : state.kind === 'loading' ? (
        <Spinner size="tiny" labelPosition="after" label={tr('summary.loading')} />
      ) : state.kind === 'failed' ? (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {tr('summary.failed')} {errorText(state.error, t)}
          </MessageBarBody>
          <Button onClick={() => reload(true)}>{t('app.retry')}</Button>
        </MessageBar>
      ) : (
        <dl className={styles.facts}>
          {facts.map(([key, count]) => (
            <Fragment key={key}>
              <dt className={styles.term}>{tr(key)}</dt>
              <dd className={styles.value}>{formatNumber(count, locale)}</dd>
            </Fragment>
          ))}
        </dl>
      )}
      {period !== null && (
        <Text as="p" block>
          <Link href={routeHash({ page: 'review' })}>{tr('summary.open')}</Link>
        </Text>
      )}
    </section>
  );
}
