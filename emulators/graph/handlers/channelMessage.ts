// POST /v1.0/teams/{team-id}/channels/{channel-id}/messages: a delegated user posts a message, here an Adaptive
// Card attachment referenced from the HTML body. https://learn.microsoft.com/graph/api/chatmessage-post
import { DEV_TENANT_ID } from '../../identity';
import { jsonAnswer } from '../answer';
import { adaptiveCardProblem } from '../cards/adaptiveCard';
import { GraphErrors } from '../errors/graphErrors';
import type { SlidingWindow } from '../store/rateLimit';
import type { ReceiverStore } from '../store/ReceiverStore';
import { attachmentMarkers, plainText } from '../text';
import { GUID, isObject, ODATA_JSON, type GraphOperation } from './operation';

/**
 * Teams' message limit: "28 KB is an approximate limit because it includes the message itself (text, image
 * links, etc.), @-mentions, number of connectors, and reactions" (Teams limits and specifications). The receiver
 * draws the line at 28 × 1024 bytes of request body.
 */
export const MESSAGE_LIMIT_BYTES = 28 * 1024;

const SCOPES: readonly string[] = ['ChannelMessage.Send', 'Group.ReadWrite.All'];
const CARD = 'application/vnd.microsoft.card.adaptive';
const ATTACHMENT_KEYS: readonly string[] = [
  'id',
  'contentType',
  'contentUrl',
  'content',
  'name',
  'thumbnailUrl',
  'teamsAppId',
];
// chatMessage properties a live post may not set or the receiver does not model: naming one answers 501.
const NOT_MODELLED: readonly string[] = [
  'channelIdentity',
  'chatId',
  'createdDateTime',
  'deletedDateTime',
  'etag',
  'eventDetail',
  'from',
  'id',
  'lastEditedDateTime',
  'lastModifiedDateTime',
  'locale',
  'messageHistory',
  'messageType',
  'onBehalfOf',
  'policyViolation',
  'reactions',
  'replies',
  'replyToId',
  'webUrl',
];

/** What the operation needs from the receiver. */
export interface ChannelMessageParts {
  readonly store: ReceiverStore;
  readonly limiter: SlidingWindow;
  /** e.g. `http://127.0.0.1:7072/v1.0`, for `@odata.context` (known once the server listens). */
  readonly graphUrl: () => string;
  readonly now: () => number;
}

interface Attachment {
  id: string;
  contentType: string;
  contentUrl: null;
  content: string;
  name: string | null;
  thumbnailUrl: string | null;
  teamsAppId: string | null;
}

/** The operation for one channel. */
export function channelMessage(
  parts: ChannelMessageParts,
  target: { teamId: string; channelId: string },
): GraphOperation {
  const { teamId, channelId } = target;
  return {
    route: 'channelMessage',
    body: 'json',
    maxBodyBytes: MESSAGE_LIMIT_BYTES,
    admit(caller) {
      if (caller.kind === 'application') return GraphErrors.appOnlyMessage();
      if (!caller.scopes.some((scope) => SCOPES.includes(scope))) {
        return GraphErrors.missingScope({ required: SCOPES, scopes: caller.scopeText });
      }
      if (!GUID.test(teamId)) return GraphErrors.teamIdNotGuid();
      if (!parts.store.hasTeam(teamId)) return GraphErrors.teamNotFound(teamId);
      if (!parts.store.hasChannel(teamId, channelId))
        return GraphErrors.channelNotFound({ teamId, channelId });
      const decision = parts.limiter.take(`${teamId.toLowerCase()} ${channelId}`, parts.now());
      if (!decision.allowed) return GraphErrors.throttled(decision.retryAfterSeconds);
      return (body) => {
        const message = readMessage(body);
        const nowMs = parts.now();
        const id = parts.store.nextMessageId(nowMs);
        const created = new Date(Number(id)).toISOString();
        parts.store.addMessage(teamId, channelId, {
          id,
          createdDateTime: created,
          via: 'graph',
          from: { displayName: caller.name },
          subject: message.subject,
          summary: message.summary,
          text: plainText(message.body.content, message.body.contentType),
          cards: message.cards,
        });
        const team = teamId.toLowerCase();
        return jsonAnswer(
          201,
          {
            '@odata.context': `${parts.graphUrl()}/$metadata#teams('${team}')/channels('${encodeURIComponent(channelId)}')/messages/$entity`,
            id,
            replyToId: null,
            etag: id,
            messageType: 'message',
            createdDateTime: created,
            lastModifiedDateTime: created,
            lastEditedDateTime: null,
            deletedDateTime: null,
            subject: message.subject,
            summary: message.summary,
            chatId: null,
            importance: message.importance,
            locale: 'en-us',
            webUrl:
              `https://teams.microsoft.com/l/message/${encodeURIComponent(channelId)}/${id}?groupId=${team}` +
              `&tenantId=${DEV_TENANT_ID}&createdTime=${id}&parentMessageId=${id}`,
            policyViolation: null,
            eventDetail: null,
            from: {
              application: null,
              device: null,
              user: { id: caller.oid, displayName: caller.name, userIdentityType: 'aadUser' },
            },
            body: message.body,
            channelIdentity: { teamId: team, channelId },
            attachments: message.attachments,
            mentions: [],
            reactions: [],
          },
          { 'Content-Type': ODATA_JSON },
        );
      };
    },
  };
}

interface Message {
  subject: string | null;
  summary: string | null;
  importance: string;
  body: { contentType: 'text' | 'html'; content: string };
  attachments: Attachment[];
  cards: object[];
}

function readMessage(value: unknown): Message {
  if (!isObject(value)) throw GraphErrors.invalidBody();
  for (const [key, property] of Object.entries(value)) {
    if (NOT_MODELLED.includes(key))
      throw GraphErrors.notImplemented(`chatMessage.${key} in a new channel message`);
    if (key === 'mentions' || key === 'hostedContents') {
      if (!Array.isArray(property)) throw GraphErrors.invalidBody();
      if (property.length > 0)
        throw GraphErrors.notImplemented(`chatMessage.${key} (send the message without them)`);
    } else if (key === '@odata.type') {
      if (!/^#?microsoft\.graph\.chatMessage$/.test(String(property))) throw GraphErrors.invalidBody();
    } else if (!['subject', 'summary', 'importance', 'body', 'attachments'].includes(key)) {
      throw GraphErrors.invalidBody();
    }
  }
  const subject = nullableString(value.subject);
  const summary = nullableString(value.summary);
  const importance = value.importance ?? 'normal';
  if (typeof importance !== 'string' || !['normal', 'high', 'urgent'].includes(importance.toLowerCase())) {
    throw GraphErrors.invalidBody();
  }
  const body = readBody(value.body);
  const attachments = readAttachments(value.attachments);
  if (attachments.length > 0 && body.contentType !== 'html') {
    throw GraphErrors.invalidParameter(
      "A message with attachments needs body.contentType 'html': the <attachment> markers are HTML.",
    );
  }
  const markers = attachmentMarkers(body.content);
  for (const attachment of attachments) {
    if (!markers.includes(attachment.id)) throw GraphErrors.missingMarker(attachment.id);
  }
  for (const marker of markers) {
    if (!attachments.some((attachment) => attachment.id === marker)) throw GraphErrors.unknownMarker(marker);
  }
  return {
    subject,
    summary,
    importance: importance.toLowerCase(),
    body,
    attachments,
    cards: attachments.map(cardOf),
  };
}

function readBody(value: unknown): Message['body'] {
  if (!isObject(value) || typeof value.content !== 'string') throw GraphErrors.invalidBody();
  const contentType = value.contentType ?? 'text';
  if (typeof contentType !== 'string' || !['text', 'html'].includes(contentType.toLowerCase())) {
    throw GraphErrors.invalidBody();
  }
  return { contentType: contentType.toLowerCase() as 'text' | 'html', content: value.content };
}

function readAttachments(value: unknown): Attachment[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) throw GraphErrors.invalidBody();
  const attachments = value.map((item): Attachment => {
    if (!isObject(item) || Object.keys(item).some((key) => !ATTACHMENT_KEYS.includes(key))) {
      throw GraphErrors.invalidBody();
    }
    if (typeof item.id !== 'string' || item.id === '' || typeof item.contentType !== 'string') {
      throw GraphErrors.invalidBody();
    }
    if (item.contentType !== CARD) {
      throw GraphErrors.notImplemented(`attachments of type '${item.contentType}' (only Adaptive Cards)`);
    }
    // "the cards json body has to be serialized": a card object instead of its JSON text is refused.
    if (typeof item.content !== 'string' || (item.contentUrl ?? null) !== null)
      throw GraphErrors.invalidBody();
    return {
      id: item.id,
      contentType: item.contentType,
      contentUrl: null,
      content: item.content,
      name: nullableString(item.name),
      thumbnailUrl: nullableString(item.thumbnailUrl),
      teamsAppId: nullableString(item.teamsAppId),
    };
  });
  const ids = attachments.map((attachment) => attachment.id);
  const repeated = ids.find((id, index) => ids.indexOf(id) !== index);
  if (repeated !== undefined) {
    throw GraphErrors.invalidParameter(
      `Attachment Id '${repeated}' is used twice; each attachment needs its own Id.`,
    );
  }
  return attachments;
}

function cardOf(attachment: Attachment): object {
  let card: unknown;
  try {
    card = JSON.parse(attachment.content);
  } catch {
    throw GraphErrors.attachmentContent({ id: attachment.id });
  }
  const problem = adaptiveCardProblem(card, { maxVersion: '1.5' });
  if (problem !== undefined) {
    throw GraphErrors.attachmentContent({
      id: attachment.id,
      detail: `The Adaptive Card is not valid: ${problem}.`,
    });
  }
  return card as object;
}

function nullableString(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw GraphErrors.invalidBody();
  return value;
}
