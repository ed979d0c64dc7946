// The host page's state lives in its URL (`?as=<upn>&theme=dark&locale=en-us&place=channel&naa=0&sub=<id>`), so
// a reload or a test can open the host exactly as it wants it: `as` is a persona's or any other UPN.
import type { HostState, HostUser, TabPlace, TeamsLocale, TeamsTheme } from '../protocol/context';
import type { PageConfig } from './pageConfig';

const THEMES: readonly TeamsTheme[] = ['default', 'dark', 'contrast'];
const LOCALES: readonly TeamsLocale[] = ['sv-se', 'en-us'];
const PLACES: readonly TabPlace[] = ['personal', 'channel'];

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.find((a) => a === value?.toLowerCase()) ?? fallback;

/** A random UUID (Teams' session ids are UUIDs). */
export function newSessionId(): string {
  return crypto.randomUUID();
}

/**
 * Who the URL's `as` asks for: one of the host's personas (by UPN, any case), the first persona when there is no
 * `as`, or any other text as a UPN for the host's server to resolve (`POST /_host/api/persona`), which also refuses
 * what is no UPN. Never another person than the one asked for.
 */
export type WantedUser =
  { readonly kind: 'persona'; readonly user: HostUser } | { readonly kind: 'upn'; readonly upn: string };

/** Who the URL's `as` asks for (see `WantedUser`). */
export function wantedUser(query: URLSearchParams, config: PageConfig): WantedUser {
  const as = query.get('as')?.trim() ?? '';
  const persona =
    as === '' ? config.personas[0] : config.personas.find((p) => p.upn.toLowerCase() === as.toLowerCase());
  if (persona === undefined) return { kind: 'upn', upn: as };
  return { kind: 'persona', user: { upn: persona.upn, name: persona.name, oid: persona.oid } };
}

/** The state a URL's query asks for, signed in as `user` (`wantedUser`, resolved). */
export function stateFromQuery(query: URLSearchParams, config: PageConfig, user: HostUser): HostState {
  const sub = query.get('sub');
  return {
    user,
    tenantId: config.tenantId,
    theme: pick(query.get('theme'), THEMES, 'default'),
    locale: pick(query.get('locale'), LOCALES, 'sv-se'),
    place: pick(query.get('place'), PLACES, 'personal'),
    appId: config.appId,
    entityId: config.entityId,
    ...(sub !== null && sub !== '' && { subEntityId: sub }),
    tabConfig: config.defaultTabConfig,
    channel: config.channel,
    ...(config.siteUrl !== undefined && { teamSiteUrl: config.siteUrl }),
    nestedAppAuth: query.get('naa') !== '0',
    sessionId: newSessionId(),
    appSessionId: newSessionId(),
  };
}

/** The query that reopens `state`. */
export function queryOf(state: HostState): string {
  const query = new URLSearchParams({
    as: state.user.upn,
    theme: state.theme,
    locale: state.locale,
    place: state.place,
  });
  if (!state.nestedAppAuth) query.set('naa', '0');
  if (state.subEntityId !== undefined) query.set('sub', state.subEntityId);
  return `?${query.toString()}`;
}
