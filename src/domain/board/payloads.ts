// The two payloads that carry a card into a channel. Graph's chatMessage holds the card as a JSON *string*, named
// by an `<attachment id>` marker in the body (learn.microsoft.com/graph/api/chatmessage-post, example 3); a
// Workflows webhook takes the card as an *object* in the old incoming-webhook envelope (msteams-docs, cards-format).
import { AppError } from '../errors';
import { type CardJson } from './card';

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

/**
 * The Graph message for a card. `attachmentId` must be unique (a new GUID) and is written both in the marker and
 * in the attachment, as Graph requires.
 * @throws AppError `invalid` when the message is over `cardBudgetBytes`.
 */
export function graphChannelMessage(
  card: CardJson,
  options: { readonly attachmentId: string; readonly subject: string; readonly summary: string },
): GraphChannelMessage {
  return withinBudget({
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
  });
}

/**
 * The Workflows webhook body for a card.
 * @throws AppError `invalid` when the body is over `cardBudgetBytes`.
 */
export function workflowsMessage(card: CardJson): WorkflowsMessage {
  return withinBudget({
    type: 'message',
    attachments: [{ contentType: adaptiveCardType, contentUrl: null, content: card }],
  });
}
