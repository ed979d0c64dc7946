import { MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import {
  decisionInForce,
  decisionOutdated,
  formatDateTime,
  type Inventory,
  type Locale,
  type Translate,
} from '../../domain';

/**
 * The reviewer's word on the inventory, at the top of the start page's card and of the form: a returned
 * inventory's comment while it stands (`decisionInForce`), and still after the manager's edits made it a draft
 * again (`decisionOutdated`), so the comment is in view until the inventory is resubmitted; an approval.
 */
export function ReviewNotice(props: {
  inventory: Inventory;
  t: Translate;
  locale: Locale;
  /** The level of its heading where it stands. @default 'h2' */
  heading?: 'h2' | 'h3';
}) {
  const { inventory, t, locale, heading = 'h2' } = props;
  const inForce = decisionInForce(inventory);
  const outdated = decisionOutdated(inventory);
  const decision =
    inForce ?? (outdated?.verdict === 'returned' && inventory.status === 'draft' ? outdated : null);
  if (decision === null) return null;
  const returned = decision.verdict === 'returned';
  const title = !returned
    ? t('review.approvedTitle')
    : inForce !== null
      ? t('review.returnedTitle')
      : t('review.outdatedTitle');
  const by =
    decision.decidedBy !== null && decision.decidedAt !== null
      ? t('review.by', { who: decision.decidedBy, when: formatDateTime(decision.decidedAt, locale) })
      : null;
  return (
    <MessageBar intent={returned ? 'warning' : 'success'} layout="multiline">
      <MessageBarBody>
        <Text as={heading} weight="semibold" size={400} block>
          {title}
        </Text>
        {returned && inForce !== null && (
          <Text as="p" block>
            {t('review.returnedBody')}
          </Text>
        )}
        <Text as="p" block weight="semibold">
          {t('review.comment')}
        </Text>
        <Text as="p" block>
          {decision.comment ?? t('review.noComment')}
        </Text>
        {by && (
          <Text as="p" block size={200}>
            {by}
          </Text>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
