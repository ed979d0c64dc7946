// The two payloads that carry a card into a channel. Graph's chatMessage holds the card as a JSON *string*, named
// by an `<attachment id>` marker in the body (learn.microsoft.com/graph/api/chatmessage-post, example 3); a
// Workflows webhook takes the card as an *object* in the old incoming-webhook envelope (msteams-docs, cards-format).
import { AppError } from '../errors';
import { summaryCard, type CardJson, type CardOptions } from './card';
import { type BoardSummary } from './summary';

/** Where a post or notification stands: written down before it is sent, then marked as it went. */
export type Delivery = 'sending' | 'posted' | 'failed';

/** Teams refuses a message of about 28 KB ("an approximate limit", Teams limits and specifications). */
export const teamsMessageLimitBytes = 28 * 1024;

/** What we allow ourselves, so that what Teams adds (mentions, reactions) never takes a summary over the limit. */
export const cardBudgetBytes = 24 * 1024;

const adaptiveCardType = 'application/vnd.microsoft.card.adaptive';

/** A Graph chatMessage for `POST /teams/{id}/channels/{id}/messages`. */
export interface GraphChannelMessage {
  readonly subject: string;
  /** What Teams shows in notifications and previews. */
  readonly summary: string;
  readonly body: { readonly contentType: 'html'; readonly content: string };
  readonly attachments: readonly {
    readonly id: string;
    readonly contentType: typeof adaptiveCardType;
    readonly contentUrl: null;
    readonly content: string;
  }[];
}

/** The body a Workflows webhook ("When a Teams webhook request is received") takes. */
export interface WorkflowsMessage {
  readonly type: 'message';
  readonly attachments: readonly {
    readonly contentType: typeof adaptiveCardType;
    readonly contentUrl: null;
    readonly content: CardJson;
  }[];
}

/** UTF-8 bytes of a payload as it is sent. */
export function payloadBytes(payload: GraphChannelMessage | WorkflowsMessage): number {
  return new TextEncoder().encode(JSON.stringify(payload)).length;
}

function withinBudget<P extends GraphChannelMessage | WorkflowsMessage>(payload: P): P {
  const bytes = payloadBytes(payload);
  if (bytes > cardBudgetBytes) {
    const kb = (n: number) => Math.ceil(n / 1024);
    throw new AppError('invalid', {
      message:
        `Sammanställningen blir ${kb(bytes)} KB, mer än de ${kb(cardBudgetBytes)} KB ett inlägg i Teams får ta; ` +
        `välj en sektor i stället för hela kommunen. / The summary is ${kb(bytes)} KB, more than the ` +
        `${kb(cardBudgetBytes)} KB a Teams post may take; choose a sektor instead of the whole kommun.`,
    });
  }
  return payload;
}

// A Graph message's subject and preview are a line each (src/graph/channel.ts); a fitting card leaves room for
// this much of them, and for an attachment id of any length.
const graphRoom = { attachmentId: 'x'.repeat(64), subject: 'x'.repeat(300), summary: 'x'.repeat(300) };

/**
 * The card of `summary` that Teams takes: with every sektor when it fits in `cardBudgetBytes`, else with as many
 * as fit (the others counted in a line that sends the board to the tab) — a kommun of many sektorer can still be
 * published whole. Found by halving, so a region of hundreds of sektorer builds the card about ten times.
 */
export function fittingCard(summary: BoardSummary, options: Omit<CardOptions, 'sektorLimit'>): CardJson {
  const fits = (card: CardJson) =>
    payloadBytes(options.route === 'graph' ? graphPayload(card, graphRoom) : workflowsPayload(card)) <=
    cardBudgetBytes;
  const full = summaryCard(summary, options);
  if (fits(full)) return full;
  let [low, high] = [0, summary.sektorer.length - 1];
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(summaryCard(summary, { ...options, sektorLimit: middle }))) low = middle;
    else high = middle - 1;
  }
  // With no sektor that fits, the card is still too large: graphChannelMessage/workflowsMessage refuse it.
  return summaryCard(summary, { ...options, sektorLimit: low });
}

/**
 * The Graph message for a card. `attachmentId` must be unique (a new GUID) and is written both in the marker and
 * in the attachment, as Graph requires.
 * @throws AppError `invalid` when the message is over `cardBudgetBytes`.
 */
export function graphChannelMessage(card: CardJson, options: GraphMessageOptions): GraphChannelMessage {
  return withinBudget(graphPayload(card, options));
}

/** What a Graph message carries besides its card. */
type GraphMessageOptions = {
  readonly attachmentId: string;
  readonly subject: string;
  readonly summary: string;
};

function graphPayload(card: CardJson, options: GraphMessageOptions): GraphChannelMessage {
  return {
    subject: options.subject,
    summary: options.summary,
    body: { contentType: 'html', content: `<attachment id="${options.attachmentId}"></attachment>` },
    attachments: [
      {
        id: options.attachmentId,
        contentType: adaptiveCardType,
        contentUrl: null,
        content: JSON.stringify(card),
      },
    ],
  };
}

/**
 * The Workflows webhook body for a card.
 * @throws AppError `invalid` when the body is over `cardBudgetBytes`.
 */
export function workflowsMessage(card: CardJson): WorkflowsMessage {
  return withinBudget(workflowsPayload(card));
}

function workflowsPayload(card: CardJson): WorkflowsMessage {
  return {
    type: 'message',
    attachments: [{ contentType: adaptiveCardType, contentUrl: null, content: card }],
  };
}
