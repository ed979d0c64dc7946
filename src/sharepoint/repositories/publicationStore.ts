import { type SPFI } from '@pnp/sp';
import '@pnp/sp/items';
import {
  type CardRoute,
  type Delivery,
  type PublicationRecord,
  type PublicationStore,
} from '../../domain/board';
import { parseBoardSummary } from '../../domain/board/stored';
import { boardScopeKey } from '../../domain/board/summary';
import { AppError } from '../../domain/errors';
import { atEdge } from '../errors';
import { listByKey } from '../lists';
import { itemIdOf, instantText, type SpItem } from '../mapping/values';
import { and, eq } from '../odata';
import { cardRouteChoice, choiceId, deliveryChoice } from '../schema/choices';

// The board's summaries in Sammanställningar (docs/channel.md). Requests: `record`, `get`, `mark` and
// `latestPosted` one each; `latestPosted` filters on the indexed ScopeKey and reads the newest few, so it stays
// one small request however many summaries a region publishes.

const select = ['ID', 'PeriodId', 'ScopeKey', 'Summary', 'Route', 'Delivery', 'MessageId', 'PostedAt'];

function recordOf(item: SpItem): PublicationRecord {
  const summary = typeof item.Summary === 'string' ? parseBoardSummary(item.Summary) : undefined;
  const route = choiceId(cardRouteChoice, String(item.Route));
  const delivery = choiceId(deliveryChoice, String(item.Delivery));
  if (summary === undefined || route === undefined || delivery === undefined) {
    throw new AppError('invalid', {
      message:
        `Sammanställning ${itemIdOf(item)} i Sammanställningar går inte att läsa; den har ändrats för hand. / ` +
        `Summary ${itemIdOf(item)} in Sammanställningar cannot be read; it was changed by hand.`,
    });
  }
  return {
    id: itemIdOf(item),
    summary,
    route,
    delivery,
    messageId: typeof item.MessageId === 'string' && item.MessageId !== '' ? item.MessageId : null,
    postedAt: typeof item.PostedAt === 'string' ? item.PostedAt : null,
  };
}

/** Sammanställningar on SharePoint: the project team writes, the board reads. */
export class SharePointPublicationStore implements PublicationStore {
  constructor(private readonly sp: SPFI) {}

  record(summary: PublicationRecord['summary'], route: CardRoute): Promise<PublicationRecord> {
    return atEdge(async () => {
      const data = (await listByKey(this.sp, 'sammanstallningar').items.add({
        Title: summary.area.name,
        PeriodId: summary.periodId,
        ScopeKey: boardScopeKey(summary.scope),
        Summary: JSON.stringify(summary),
        Route: cardRouteChoice[route],
        Delivery: deliveryChoice.sending,
      })) as SpItem;
      return { id: itemIdOf(data), summary, route, delivery: 'sending', messageId: null, postedAt: null };
    });
  }

  get(id: number): Promise<PublicationRecord> {
    return atEdge(async () =>
      recordOf(
        await listByKey(this.sp, 'sammanstallningar')
          .items.getById(id)
          .select(...select)(),
      ),
    );
  }

  mark(id: number, outcome: { delivery: Delivery; messageId?: string; postedAt?: string }): Promise<void> {
    return atEdge(async () => {
      await listByKey(this.sp, 'sammanstallningar')
        .items.getById(id)
        .update({
          Delivery: deliveryChoice[outcome.delivery],
          ...(outcome.messageId !== undefined && { MessageId: outcome.messageId }),
          ...(outcome.postedAt !== undefined && { PostedAt: instantText(outcome.postedAt) }),
        });
    });
  }

  scopes(): Promise<{ scopeKey: string; name: string }[]> {
    return atEdge(async () => {
      // The newest few hundred are enough: every area is published again each period.
      const items = (await listByKey(this.sp, 'sammanstallningar')
        .items.select('ID', 'Title', 'ScopeKey', 'Delivery')
        .orderBy('ID', false)
        .top(500)()) as SpItem[];
      const byScope = new Map<string, string>();
      // Only areas whose summary reached the channel: the board's tab of another would have nothing to show.
      // Filtered here, not in the query, since Delivery is not indexed and the ID order is what keeps it cheap.
      for (const item of items.filter((i) => i.Delivery === deliveryChoice.posted)) {
        const key = String(item.ScopeKey);
        if (!byScope.has(key)) byScope.set(key, String(item.Title));
      }
      return [...byScope].map(([scopeKey, name]) => ({ scopeKey, name }));
    });
  }

  latestPosted(scopeKey: string): Promise<PublicationRecord | null> {
    return atEdge(async () => {
      const items = (await listByKey(this.sp, 'sammanstallningar')
        .items.select(...select)
        .filter(and(eq('ScopeKey', scopeKey), eq('Delivery', deliveryChoice.posted)))
        .orderBy('ID', false)
        .top(1)()) as SpItem[];
      return items[0] === undefined ? null : recordOf(items[0]);
    });
  }
}
