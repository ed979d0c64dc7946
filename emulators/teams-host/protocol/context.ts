// The host's state (who is signed in, theme, language, personal or channel tab) and the context teams-js asks
// for. `getContext` answers the legacy (v1) context object, which teams-js maps to its v2 shape itself
// (`transformLegacyContextToAppContext` in `public/app/app.ts`); the field names below are v1's.
import type { FrameContext } from './runtime';
import { HOST_CLIENT_TYPE } from './runtime';

/** A Teams theme, as `app.theme` and the `themeChange` event name them. */
export type TeamsTheme = 'default' | 'dark' | 'contrast';

/** The Teams client languages the toolbar offers, as Teams writes `locale` (language-region, lower case). */
export type TeamsLocale = 'sv-se' | 'en-us';

/** Where the tab is: the manager's personal app, or a configurable tab in a team's channel. */
export type TabPlace = 'personal' | 'channel';

/** The signed-in user. */
export interface HostUser {
  readonly upn: string;
  readonly name: string;
  /** Entra object id (the dev identity derives it from the UPN). */
  readonly oid: string;
}

/** A configurable tab's saved settings (teams-js `InstanceConfig`). */
export interface TabInstanceConfig {
  readonly entityId?: string;
  readonly contentUrl: string;
  readonly websiteUrl?: string;
  readonly removeUrl?: string;
  readonly suggestedDisplayName?: string;
}

/** The team and channel a channel tab lives in. */
export interface HostChannel {
  readonly teamId: string;
  readonly teamName: string;
  readonly groupId: string;
  readonly channelId: string;
  readonly channelName: string;
}

/** Everything the host answers from. */
export interface HostState {
  readonly user: HostUser;
  readonly tenantId: string;
  readonly theme: TeamsTheme;
  readonly locale: TeamsLocale;
  readonly place: TabPlace;
  /** The app's manifest id (a GUID): `appId` in the context and in deep links. */
  readonly appId: string;
  /** The personal tab's `entityId` (from the manifest's static tab). */
  readonly entityId: string;
  /** The item a deep link pointed at, if any. */
  readonly subEntityId?: string;
  /** The channel tab's saved configuration. */
  readonly tabConfig: TabInstanceConfig;
  readonly channel: HostChannel;
  /** The team's SharePoint site (Teams sends it for team contexts). */
  readonly teamSiteUrl?: string;
  /** Nested app auth offered (switchable in the toolbar). */
  readonly nestedAppAuth: boolean;
  /** This session of the host page and of the app, as Teams sends them. */
  readonly sessionId: string;
  readonly appSessionId: string;
}

/** The v1 context `getContext` answers; only the fields Teams sends for a tab (`Context` in teams-js). */
export type LegacyContext = Record<string, unknown>;

/** The context of the app in `frameContext`, as Teams sends it for a personal or a channel tab. */
export function legacyContext(state: HostState, frameContext: FrameContext): LegacyContext {
  const inChannel = state.place === 'channel';
  const entityId = inChannel ? state.tabConfig.entityId : state.entityId;
  const site = state.teamSiteUrl === undefined ? undefined : new URL(state.teamSiteUrl);
  return {
    entityId: entityId ?? '',
    ...(state.subEntityId !== undefined && { subEntityId: state.subEntityId }),
    locale: state.locale,
    theme: state.theme,
    frameContext,
    hostName: 'Teams',
    hostClientType: HOST_CLIENT_TYPE,
    sessionId: state.sessionId,
    appSessionId: state.appSessionId,
    appId: state.appId,
    isFullScreen: false,
    tid: state.tenantId,
    tenantSKU: 'enterprise',
    userObjectId: state.user.oid,
    userPrincipalName: state.user.upn,
    loginHint: state.user.upn,
    userDisplayName: state.user.name,
    userLicenseType: 'Unknown',
    ...(inChannel && {
      teamId: state.channel.teamId,
      teamName: state.channel.teamName,
      teamType: 0,
      groupId: state.channel.groupId,
      channelId: state.channel.channelId,
      channelName: state.channel.channelName,
      channelType: 'Regular',
      userTeamRole: 1,
      ...(site && {
        teamSiteUrl: state.teamSiteUrl,
        teamSiteDomain: site.host,
        teamSitePath: site.pathname,
      }),
    }),
  };
}

/**
 * A manifest URL with Teams' placeholders filled in from the context (`{locale}`, `{theme}`, `{entityId}`,
 * `{subEntityId}`, `{loginHint}`, `{userPrincipalName}`, `{userObjectId}`, `{tid}`, `{groupId}`, `{channelId}`,
 * and their v2 names `{app.locale}`, `{page.id}`, `{user.id}`, …); one with no value (no `subEntityId` yet) becomes
 * empty. An unknown placeholder stays as written.
 * https://learn.microsoft.com/microsoftteams/platform/tabs/how-to/access-teams-context
 */
export function expandPlaceholders(url: string, context: LegacyContext): string {
  const v2: Record<string, string> = {
    'app.locale': 'locale',
    'app.theme': 'theme',
    'page.id': 'entityId',
    'page.subPageId': 'subEntityId',
    'page.frameContext': 'frameContext',
    'user.id': 'userObjectId',
    'user.loginHint': 'loginHint',
    'user.userPrincipalName': 'userPrincipalName',
    'user.tenant.id': 'tid',
    'team.groupId': 'groupId',
    'channel.id': 'channelId',
    'app.host.name': 'hostName',
  };
  const known = new Set([...Object.keys(v2), ...Object.values(v2), 'teamSiteUrl', 'channelName', 'teamName']);
  return url.replace(/\{([A-Za-z.]+)\}/g, (whole, name: string) => {
    if (!known.has(name)) return whole;
    const value = context[v2[name] ?? name];
    return typeof value === 'string' || typeof value === 'number' ? encodeURIComponent(String(value)) : '';
  });
}
