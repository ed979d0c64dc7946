// The one file that talks to the Teams host (through @microsoft/teams-js): initialise, read the context, follow
// the theme, tell Teams the app has loaded, open and share links, sign in through a popup, and the configurable
// tab's settings. It hands the rest of the app validated, domain-shaped values and never teams-js types.
import { app, authentication, nestedAppAuth, pages } from '@microsoft/teams-js';
import { AppError } from '../domain/errors';
import { readTeamsContext, themeName } from './context';
import { unitDeepLink, unitSubEntityId } from './deepLinks';
import { type AppFailureReason, type TabSettings, type TeamsContext, type TeamsThemeName } from './types';

/** How to find the host. */
export interface ConnectOptions {
  /**
   * Origins besides Teams' own that may answer (`RuntimeConfig.teamsHostOrigins`: the local host); teams-js knows
   * Teams', Outlook's and Microsoft 365's origins itself.
   */
  readonly validOrigins: readonly string[];
  /**
   * How long to wait for a page that frames the tab but does not answer teams-js (a non-Teams page). A plain
   * browser window has no parent and is known at once. @default 5000
   */
  readonly timeoutMs?: number;
  /** The app's manifest id, for links when Teams does not send it in the context. */
  readonly appId?: string;
}

/** A unit link, where the tab knows the app, tab and channel itself. */
export interface UnitLinkRequest {
  readonly unitId: string;
  /** The unit's name, which Teams shows for the link. */
  readonly label: string;
  /** The tab in a browser, for the link outside Teams. */
  readonly webUrl?: string;
}

/** The configurable tab's settings page (frame `settings`). */
export interface TabConfiguration {
  /** Enables (or disables) Teams' Save button. */
  setValid(valid: boolean): void;
  /**
   * What Save does: `save` gives the settings to store; Teams stores them and shows the tab. A rejection is
   * reported to Teams, which keeps the settings page open.
   */
  onSave(save: () => Promise<TabSettings>): void;
  /**
   * The stored settings (in the tab or on its settings page).
   * @throws AppError `unexpected` when Teams has none or answers with no content URL.
   */
  read(): Promise<TabSettings>;
}

/** The Teams host the app runs in. Exists only inside a host: outside one, `connectToTeams` gives `null`. */
export interface TeamsHost {
  /** Who and where, as Teams said when the app connected. */
  readonly context: TeamsContext;
  /** The host offers MSAL's nested app auth (Teams' recommended sign-in), so `createNestablePublicClientApplication` works. */
  readonly supportsNestedAppAuth: boolean;
  /** The host can configure a channel tab (`pages.config`). */
  readonly supportsTabConfiguration: boolean;
  /** The current theme (it changes while the app runs). */
  theme(): TeamsThemeName;
  /** Calls `listener` with every theme the user switches to; returns the unsubscribe. */
  onThemeChange(listener: (theme: TeamsThemeName) => void): () => void;
  /** Tells Teams the app has loaded its code (it may still fetch data). */
  notifyAppLoaded(): void;
  /** Tells Teams the app is ready; Teams hides its loading indicator. */
  notifySuccess(): void;
  /** Tells Teams the app could not start, and why (shown to the user by Teams). */
  notifyFailure(failure: { reason: AppFailureReason; message: string }): void;
  /**
   * Opens a URL: a Teams deep link inside Teams, any other in a browser window.
   * @throws AppError `unexpected` when Teams refuses (the reason in `message`).
   */
  openLink(url: string): Promise<void>;
  /**
   * A deep link to a unit in this tab (`subEntityId` = `enhet:<unitId>`).
   * @throws AppError `unexpected` when neither Teams nor the options gave the app's manifest id.
   */
  unitLink(request: UnitLinkRequest): string;
  /** Shows Teams' "copy link" dialog for a unit. */
  shareUnitLink(request: UnitLinkRequest): void;
  /**
   * Signs in through a Teams popup at `url` (a page of the app that reports back with
   * `notifyAuthenticationSuccess`); resolves with what that page reported.
   * @throws AppError `unauthenticated` when the user closed the popup or sign-in failed.
   */
  authenticate(request: { url: string; width?: number; height?: number }): Promise<string>;
  /** In the sign-in popup: report success (the popup closes). */
  notifyAuthenticationSuccess(result: string): void;
  /** In the sign-in popup: report failure (the popup closes). */
  notifyAuthenticationFailure(reason: string): void;
  /** The configurable tab's settings page. */
  readonly tabConfiguration: TabConfiguration;
}

const FAILED_REASON: Record<AppFailureReason, app.FailedReason> = {
  authFailed: app.FailedReason.AuthFailed,
  timeout: app.FailedReason.Timeout,
  other: app.FailedReason.Other,
};

/**
 * Connects to the Teams host the page runs in, or gives `null` when there is none (a plain browser, or a page that
 * frames the tab without answering teams-js within `timeoutMs`).
 * @throws AppError `unauthenticated` when the host names no user.
 */
export async function connectToTeams(options: ConnectOptions): Promise<TeamsHost | null> {
  if (!(await initialize(options))) return null;
  const context = readTeamsContext(await app.getContext());
  return createHost(context, options);
}

/** Whether the app runs inside a Teams host (teams-js has finished initialising). */
export function isRunningInTeams(): boolean {
  return app.isInitialized();
}

async function initialize(options: ConnectOptions): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), options.timeoutMs ?? 5000);
  });
  try {
    // Outside any frame teams-js rejects at once ("No Parent window found"); that is the plain browser.
    return await Promise.race([app.initialize([...options.validOrigins]).then(() => true), timeout]);
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

function createHost(context: TeamsContext, options: ConnectOptions): TeamsHost {
  let theme = context.theme;
  const listeners = new Set<(theme: TeamsThemeName) => void>();
  // teams-js keeps one theme handler; this one fans out to every subscriber.
  app.registerOnThemeChangeHandler((next) => {
    theme = themeName(next);
    for (const listener of listeners) listener(theme);
  });
  const linkTo = (request: UnitLinkRequest): string => {
    const appId = context.appId ?? options.appId;
    if (appId === undefined) {
      throw new AppError('unexpected', {
        message: 'Appens manifest-id är okänt; ange appId. / The app’s manifest id is unknown; pass appId.',
      });
    }
    return unitDeepLink({
      appId,
      entityId: context.entityId,
      unitId: request.unitId,
      label: request.label,
      ...(context.channel && { channelId: context.channel.channelId }),
      ...(request.webUrl !== undefined && { webUrl: request.webUrl }),
    });
  };
  return {
    context,
    supportsNestedAppAuth: nestedAppAuth.isNAAChannelRecommended(),
    supportsTabConfiguration: pages.isSupported() && pages.config.isSupported(),
    theme: () => theme,
    onThemeChange: (listener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    notifyAppLoaded: () => app.notifyAppLoaded(),
    notifySuccess: () => {
      void app.notifySuccess();
    },
    notifyFailure: ({ reason, message }) => app.notifyFailure({ reason: FAILED_REASON[reason], message }),
    openLink: async (url) => {
      try {
        await app.openLink(url);
      } catch (error) {
        throw new AppError('unexpected', {
          message: `Teams could not open ${url}: ${messageOf(error)}`,
          cause: error,
        });
      }
    },
    unitLink: linkTo,
    shareUnitLink: (request) =>
      pages.shareDeepLink({
        subPageId: unitSubEntityId(request.unitId),
        subPageLabel: request.label,
        ...(request.webUrl !== undefined && { subPageWebUrl: request.webUrl }),
      }),
    authenticate: async ({ url, width, height }) => {
      try {
        return await authentication.authenticate({ url, width, height, isExternal: false });
      } catch (error) {
        throw new AppError('unauthenticated', {
          message: `Sign-in in Teams failed: ${messageOf(error)}`,
          cause: error,
        });
      }
    },
    notifyAuthenticationSuccess: (result) => authentication.notifySuccess(result),
    notifyAuthenticationFailure: (reason) => authentication.notifyFailure(reason),
    tabConfiguration: tabConfiguration(),
  };
}

function tabConfiguration(): TabConfiguration {
  return {
    setValid: (valid) => pages.config.setValidityState(valid),
    onSave: (save) =>
      pages.config.registerOnSaveHandler((event) => {
        save()
          .then((settings) =>
            pages.config.setConfig({
              entityId: settings.entityId,
              contentUrl: settings.contentUrl,
              ...(settings.websiteUrl !== undefined && { websiteUrl: settings.websiteUrl }),
              ...(settings.displayName !== undefined && { suggestedDisplayName: settings.displayName }),
            }),
          )
          .then(
            () => event.notifySuccess(),
            (error: unknown) => event.notifyFailure(messageOf(error)),
          );
      }),
    read: async () => {
      const config = await pages.getConfig();
      if (typeof config?.contentUrl !== 'string' || config.contentUrl === '') {
        throw new AppError('unexpected', { message: 'Teams has no settings for this tab.' });
      }
      return {
        entityId: config.entityId ?? '',
        contentUrl: config.contentUrl,
        ...(config.websiteUrl !== undefined && { websiteUrl: config.websiteUrl }),
        ...(config.suggestedDisplayName !== undefined && { displayName: config.suggestedDisplayName }),
      };
    },
  };
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
