// The host page's state lives in its URL (`?as=<upn>&theme=dark&locale=en-us&place=channel&naa=0&sub=<id>`), so
// a reload or a test can open the host exactly as it wants it.
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

/** The state a URL's query asks for; the user is the persona named by `as`, or the first persona. */
export function stateFromQuery(query: URLSearchParams, config: PageConfig, user?: HostUser): HostState {
  const wanted = query.get('as')?.toLowerCase();
  const persona = config.personas.find((p) => p.upn.toLowerCase() === wanted) ?? config.personas[0]!;
  const sub = query.get('sub');
  return {
    user: user ?? { upn: persona.upn, name: persona.name, oid: persona.oid },
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
