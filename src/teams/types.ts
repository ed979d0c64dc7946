// The Teams host as the rest of the app sees it: domain-shaped values, no teams-js types.
import { type Locale } from '../domain/i18n/locale';

/** A Teams theme by name; src/ui maps it to Fluent's `teamsLightTheme`, `teamsDarkTheme` or `teamsHighContrastTheme`. */
export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** Where the app runs inside Teams (teams-js `FrameContexts`, the ones a tab meets). */
export type TeamsFrame = 'content' | 'settings' | 'remove' | 'authentication' | 'other';

/** The team and channel of a channel tab. */
export interface TeamsChannel {
  /** Teams' id of the channel, `19:…@thread.tacv2`. */
  readonly channelId: string;
  readonly channelName?: string;
  /** Teams' internal id of the team, `19:…@thread.tacv2`. */
  readonly teamId?: string;
  readonly teamName?: string;
  /** The Microsoft 365 group behind the team. */
  readonly groupId?: string;
}

/** What Teams says about the user and the place the app is shown in, validated. */
export interface TeamsContext {
  /** The signed-in user's UPN (lower case): who the tab is for. Not a proof of identity; the token is. */
  readonly upn: string;
  readonly displayName?: string;
  /** The user's Entra object id. */
  readonly userObjectId?: string;
  /** The user's tenant. */
  readonly tenantId?: string;
  /** The app's language, from the Teams locale (`resolveLocale`): Swedish unless Teams speaks English. */
  readonly locale: Locale;
  /** The Teams locale as Teams sent it (`sv-se`, `en-us`). */
  readonly hostLocale: string;
  readonly theme: TeamsThemeName;
  /** The tab's entity id (the static tab's, or the one saved by the configuration page). */
  readonly entityId: string;
  /** What a deep link pointed at, if the tab was opened by one. */
  readonly subEntityId?: string;
  readonly frame: TeamsFrame;
  /** Set in a channel tab, absent in the personal app. */
  readonly channel?: TeamsChannel;
  /** The app's manifest id, when Teams sends it. */
  readonly appId?: string;
  /** Which Microsoft 365 host (`Teams`, `Outlook`, …) and client (`web`, `desktop`, …). */
  readonly host: { readonly name: string; readonly clientType: string };
}

/** A configurable tab's settings, as the configuration page saves them (teams-js `InstanceConfig`). */
export interface TabSettings {
  /** The tab's entity id, which deep links name. */
  readonly entityId: string;
  /** The page the tab shows (absolute, inside the app's valid domains). */
  readonly contentUrl: string;
  /** Where "open in browser" goes. */
  readonly websiteUrl?: string;
  /** The tab's suggested name. */
  readonly displayName?: string;
}

/** Why the app could not start (teams-js `FailedReason`), for `notifyFailure`. */
export type AppFailureReason = 'authFailed' | 'timeout' | 'other';
