// Teams deep links, as the host routes `executeDeepLink` (app.openLink): a link to a tab of an app opens that tab
// (with its sub-entity in the next context), any other URL opens in a new window. Format documented at
// https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application

/** What a link asks for. */
export type DeepLinkTarget =
  /** A tab of an app: `/l/entity/<appId>/<entityId>?context={"subEntityId","channelId"}`. */
  | {
      readonly kind: 'entity';
      readonly appId: string;
      readonly entityId: string;
      readonly subEntityId?: string;
      readonly channelId?: string;
      readonly label?: string;
      readonly webUrl?: string;
    }
  /** Another Teams link (chat, call, meeting, app install): the local host has none of these. */
  | { readonly kind: 'teams'; readonly url: string }
  /** Any other web page. */
  | { readonly kind: 'external'; readonly url: string }
  /** Not a URL at all. */
  | { readonly kind: 'invalid'; readonly text: string };

const TEAMS_HOSTS = new Set(['teams.microsoft.com', 'teams.cloud.microsoft']);

/** Reads a link the app asked the host to open. */
export function parseDeepLink(text: string): DeepLinkTarget {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { kind: 'invalid', text };
  }
  if (url.protocol !== 'https:' || !TEAMS_HOSTS.has(url.hostname)) {
    return url.protocol === 'http:' || url.protocol === 'https:'
      ? { kind: 'external', url: url.href }
      : { kind: 'invalid', text };
  }
  const [l, kind, appId, entityId] = url.pathname.split('/').filter((s) => s !== '');
  if (l !== 'l' || kind !== 'entity' || appId === undefined || entityId === undefined) {
    return { kind: 'teams', url: url.href };
  }
  const context = readContext(url.searchParams.get('context'));
  const label = url.searchParams.get('label');
  const webUrl = url.searchParams.get('webUrl');
  return {
    kind: 'entity',
    appId: decodeURIComponent(appId),
    entityId: decodeURIComponent(entityId),
    ...(typeof context.subEntityId === 'string' && { subEntityId: context.subEntityId }),
    ...(typeof context.channelId === 'string' && { channelId: context.channelId }),
    ...(label !== null && { label }),
    ...(webUrl !== null && webUrl !== '' && { webUrl }),
  };
}

function readContext(text: string | null): Record<string, unknown> {
  if (text === null) return {};
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
