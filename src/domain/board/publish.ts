// Publishing a summary to the board: written down in SharePoint first (Sammanställningar, "sending"), posted to
// the channel, then marked posted or failed. A retry of a failed post sends the same message again; a record
// already marked posted is never sent twice. A post whose answer was lost (the network, not the service, failed)
// stays "sending": whether it reached the channel is unknown, so the project team is asked to look before retrying.
import { AppError } from '../errors';
import { type CardJson, type CardRoute } from './card';
import { type Delivery } from './payloads';
import { type BoardSummary } from './summary';

/** A summary as recorded in SharePoint. */
export interface PublicationRecord {
  /** The item's id. */
  readonly id: number;
  readonly summary: BoardSummary;
  readonly route: CardRoute;
  readonly delivery: Delivery;
  /** Graph's message id once posted through Graph. */
  readonly messageId: string | null;
  /** When it was posted (ISO instant). */
  readonly postedAt: string | null;
}

/** Where summaries are recorded (Sammanställningar). */
export interface PublicationStore {
  /** Records a summary about to be posted, as `sending`. @throws AppError `forbidden` for anyone but the project team */
  record(summary: BoardSummary, route: CardRoute): Promise<PublicationRecord>;
  /** The record as it is stored now. @throws AppError `notFound` */
  get(id: number): Promise<PublicationRecord>;
  /** Marks how the post went. */
  mark(
    id: number,
    outcome: { readonly delivery: Delivery; readonly messageId?: string; readonly postedAt?: string },
  ): Promise<void>;
  /** The newest summary of a scope that reached the channel, or `null`. */
  latestPosted(scopeKey: string): Promise<PublicationRecord | null>;
  /** The areas with a summary, by their newest one's name (for the board tab's settings). */
  scopes(): Promise<{ readonly scopeKey: string; readonly name: string }[]>;
}

/** What answered a post: Graph's message id, or nothing for a webhook (202 says only "accepted"). */
export interface PostReceipt {
  readonly messageId: string | null;
}

/** The way into the channel. */
export interface ChannelPoster {
  /**
   * Posts a card.
   * @throws AppError `throttled` (with `retryAfterSeconds`), `unauthenticated`, `forbidden`, `invalid` (the
   *   service refused the message), `unavailable`, `offline` (no answer: whether it arrived is unknown)
   */
  post(
    card: CardJson,
    options: { readonly attachmentId: string; readonly summary: BoardSummary },
  ): Promise<PostReceipt>;
}

/** What `publishSummary` needs. */
export interface PublishPorts {
  readonly store: PublicationStore;
  readonly poster: ChannelPoster;
  readonly now: () => Date;
}

/** The result of a publication. */
export type PublishOutcome =
  | { readonly kind: 'posted'; readonly record: PublicationRecord }
  /** It was posted already (by an earlier attempt, or by someone else): nothing was sent. */
  | { readonly kind: 'alreadyPosted'; readonly record: PublicationRecord };

/** The attachment id of a record's card: the same on every attempt, so that the message is the same. */
export function attachmentIdOf(record: Pick<PublicationRecord, 'id' | 'summary'>): string {
  return `stodinventering-${record.summary.periodId}-${record.id}`.replace(/[^A-Za-z0-9-]/g, '-');
}

/**
 * Posts `card` for a recorded summary: `record` is the one `PublicationStore.record` returned, or the one a retry
 * starts from. Marks the record `failed` when the service refused the post (nothing was posted, so a retry is
 * safe), leaves it `sending` when no answer came.
 * @throws AppError from the poster, after marking the record
 */
export async function publishRecorded(
  ports: PublishPorts,
  record: PublicationRecord,
  card: CardJson,
): Promise<PublishOutcome> {
  const current = await ports.store.get(record.id);
  if (current.delivery === 'posted') return { kind: 'alreadyPosted', record: current };
  let receipt: PostReceipt;
  try {
    receipt = await ports.poster.post(card, {
      attachmentId: attachmentIdOf(current),
      summary: current.summary,
    });
  } catch (error) {
    const unknown = error instanceof AppError && error.code === 'offline';
    if (!unknown) await ports.store.mark(current.id, { delivery: 'failed' });
    throw error;
  }
  const postedAt = ports.now().toISOString();
  await ports.store.mark(current.id, {
    delivery: 'posted',
    ...(receipt.messageId !== null && { messageId: receipt.messageId }),
    postedAt,
  });
  return {
    kind: 'posted',
    record: { ...current, delivery: 'posted', messageId: receipt.messageId, postedAt },
  };
}
