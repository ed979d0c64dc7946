// POST /v1.0/users/{user-id | upn}/teamwork/sendActivityNotification: a delegated user's app notifies another
// user in their Teams activity feed. https://learn.microsoft.com/graph/api/userteamwork-sendactivitynotification
// and https://learn.microsoft.com/graph/teams-send-activityfeednotifications (manifest, systemDefault, FAQ).
import { emptyAnswer } from '../answer';
import { GraphErrors } from '../errors/graphErrors';
import type { SlidingWindow } from '../store/rateLimit';
import type { ReceiverStore } from '../store/ReceiverStore';
import { GUID, isObject, type GraphOperation } from './operation';

/** An activity type as the app manifest declares it (`activities.activityTypes[]`). */
export interface ActivityType {
  readonly type: string;
  readonly templateText: string;
}

/** The reserved type that needs no declaration and carries its text in `systemDefaultText`. */
export const SYSTEM_DEFAULT = 'systemDefault';

const SCOPES: readonly string[] = ['TeamsActivity.Send'];
const PARAMETERS: readonly string[] = [
  'topic',
  'activityType',
  'chainId',
  'previewText',
  'templateParameters',
  'teamsAppId',
];
// "Teams will only show first 150 characters" of previewText.
const PREVIEW_SHOWN = 150;
const TEAMS_URL = 'https://teams.microsoft.com/';
const UPN = /^[^\s@/]{1,128}@[^\s@/]{1,128}$/;

/** What the operation needs from the receiver. */
export interface ActivityParts {
  readonly store: ReceiverStore;
  /** Per calling app. */
  readonly limiter: SlidingWindow;
  readonly activityTypes: readonly ActivityType[];
  /** Lower-case UPNs for whom the app is not installed. */
  readonly notInstalledFor: readonly string[];
  readonly now: () => number;
}

/** The operation for one recipient, named in the URL by UPN or object id. */
export function activityNotification(parts: ActivityParts, recipientId: string): GraphOperation {
  return {
    route: 'activity',
    body: 'json',
    maxBodyBytes: 64 * 1024,
    admit(caller) {
      if (caller.kind === 'application') {
        return GraphErrors.notImplemented('activity notifications sent with application permissions');
      }
      if (!caller.scopes.some((scope) => SCOPES.includes(scope))) {
        return GraphErrors.missingScope({ required: SCOPES, scopes: caller.scopeText });
      }
      const recipient = recipientUpn(parts.store, recipientId);
      if (recipient === undefined) return GraphErrors.userNotFound(recipientId);
      if (recipient === caller.upn) return GraphErrors.selfNotification();
      const appId = caller.appId ?? '';
      if (parts.notInstalledFor.includes(recipient)) {
        return GraphErrors.notInstalled({
          appId,
          path: `/v1.0/users/${recipientId}/teamwork/Microsoft.Teams.GraphSvc.sendActivityNotification`,
        });
      }
      const decision = parts.limiter.take(appId, parts.now());
      if (!decision.allowed) return GraphErrors.throttled(decision.retryAfterSeconds);
      return (body) => {
        const request = readRequest(body);
        const text = notificationText(request, { activityTypes: parts.activityTypes, actor: caller.name });
        parts.store.addFeedEntry(
          recipient,
          {
            id: String(parts.store.nextId()),
            createdDateTime: new Date(parts.now()).toISOString(),
            activityType: request.activityType,
            actor: { displayName: caller.name },
            text,
            previewText:
              request.preview === null ? null : [...request.preview].slice(0, PREVIEW_SHOWN).join(''),
            topic: request.topic,
          },
          request.chainId === undefined ? undefined : `${appId} ${request.chainId}`,
        );
        return emptyAnswer(204);
      };
    },
  };
}

function recipientUpn(store: ReceiverStore, id: string): string | undefined {
  if (UPN.test(id)) {
    store.rememberUser(id);
    return id.toLowerCase();
  }
  return GUID.test(id) ? store.upnOf(id) : undefined;
}

interface NotificationRequest {
  topic: { source: string; value: string; webUrl: string };
  activityType: string;
  chainId: string | undefined;
  preview: string | null;
  parameters: Map<string, string>;
}

function readRequest(value: unknown): NotificationRequest {
  if (!isObject(value) || Object.keys(value).some((key) => !PARAMETERS.includes(key))) {
    throw GraphErrors.invalidBody();
  }
  const { activityType, chainId, teamsAppId } = value;
  if (typeof activityType !== 'string' || activityType === '') {
    throw GraphErrors.invalidParameter('activityType is required.');
  }
  if (chainId !== undefined && !(Number.isSafeInteger(chainId) || /^-?\d{1,19}$/.test(String(chainId)))) {
    throw GraphErrors.invalidBody();
  }
  if (teamsAppId !== undefined && typeof teamsAppId !== 'string') throw GraphErrors.invalidBody();
  return {
    topic: readTopic(value.topic),
    activityType,
    chainId: chainId === undefined ? undefined : String(chainId),
    preview: readPreview(value.previewText),
    parameters: readParameters(value.templateParameters),
  };
}

function readTopic(value: unknown): NotificationRequest['topic'] {
  if (!isObject(value) || typeof value.source !== 'string')
    throw GraphErrors.invalidParameter('topic is required.');
  if (value.source.toLowerCase() === 'entityurl') {
    throw GraphErrors.notImplemented("topic.source 'entityUrl' (use source 'text' with a webUrl)");
  }
  if (value.source.toLowerCase() !== 'text') {
    throw GraphErrors.invalidParameter(`topic.source must be 'entityUrl' or 'text', not '${value.source}'.`);
  }
  if (typeof value.value !== 'string' || value.value === '') {
    throw GraphErrors.invalidParameter('topic.value is required.');
  }
  if (typeof value.webUrl !== 'string') {
    throw GraphErrors.invalidParameter('webUrl is required when using topic source as text.');
  }
  if (!value.webUrl.toLowerCase().startsWith(TEAMS_URL)) {
    throw GraphErrors.invalidParameter(`webUrl must start with the Microsoft Teams domain (${TEAMS_URL}).`);
  }
  return { source: 'text', value: value.value, webUrl: value.webUrl };
}

function readPreview(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value) || typeof value.content !== 'string') throw GraphErrors.invalidBody();
  return value.content;
}

function readParameters(value: unknown): Map<string, string> {
  const parameters = new Map<string, string>();
  if (value === undefined || value === null) return parameters;
  if (!Array.isArray(value)) throw GraphErrors.invalidBody();
  for (const item of value) {
    if (!isObject(item) || typeof item.name !== 'string' || typeof item.value !== 'string') {
      throw GraphErrors.invalidBody();
    }
    parameters.set(item.name, item.value);
  }
  return parameters;
}

/**
 * The line the feed shows: the declared template with `{actor}` (always the caller's name) and every other
 * placeholder filled from `templateParameters`, or `systemDefaultText` for the reserved type.
 */
function notificationText(
  request: NotificationRequest,
  options: { activityTypes: readonly ActivityType[]; actor: string },
): string {
  if (request.activityType === SYSTEM_DEFAULT) {
    const text = request.parameters.get('systemDefaultText');
    if (text === undefined) {
      throw GraphErrors.invalidParameter(
        `Activity type '${SYSTEM_DEFAULT}' needs the template parameter 'systemDefaultText'.`,
      );
    }
    return text;
  }
  const declared = options.activityTypes.find((activity) => activity.type === request.activityType);
  if (!declared) {
    throw GraphErrors.invalidParameter(
      `Activity type '${request.activityType}' is not declared in the app manifest (activities.activityTypes).`,
    );
  }
  return declared.templateText.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    if (name === 'actor') return options.actor;
    const filled = request.parameters.get(name);
    if (filled === undefined) {
      throw GraphErrors.invalidParameter(
        `Template parameter '${name}' of activity type '${request.activityType}' is missing from templateParameters.`,
      );
    }
    return filled;
  });
}
