// Reads the context teams-js gives (its v2 `app.Context`) into the app's `TeamsContext`, checking what the app
// relies on. Declared structurally here so that only host.ts imports teams-js.
import { AppError } from '../domain/errors';
import { resolveLocale } from '../domain/i18n/locale';
import { type TeamsContext, type TeamsFrame, type TeamsThemeName } from './types';

/** The parts of teams-js's `app.Context` the app reads. */
export interface HostContextShape {
  readonly app: {
    readonly locale: string;
    readonly theme?: string;
    readonly appId?: { toString(): string };
    readonly host?: { readonly name?: string; readonly clientType?: string };
  };
  readonly page: { readonly id: string; readonly subPageId?: string; readonly frameContext?: string };
  readonly user?: {
    readonly id?: string;
    readonly displayName?: string;
    readonly userPrincipalName?: string;
    readonly loginHint?: string;
    readonly tenant?: { readonly id: string };
  };
  readonly team?: { readonly internalId?: string; readonly displayName?: string; readonly groupId?: string };
  readonly channel?: { readonly id: string; readonly displayName?: string };
}

const FRAMES: readonly TeamsFrame[] = ['content', 'settings', 'remove', 'authentication'];

/** The Teams theme by name; an unknown name (a future theme) falls back to the default. */
export function themeName(theme: string | undefined): TeamsThemeName {
  return theme === 'dark' || theme === 'contrast' ? theme : 'default';
}

/**
 * The app's view of a teams-js context.
 * @throws AppError `unauthenticated` when it names no user (no UPN and no login hint): the tab cannot know whose
 *   inventory to show.
 */
export function readTeamsContext(context: HostContextShape): TeamsContext {
  const user = context.user;
  const upn = (user?.userPrincipalName ?? user?.loginHint ?? '').trim().toLowerCase();
  if (upn === '') {
    throw new AppError('unauthenticated', {
      message:
        'Teams uppgav ingen användare (userPrincipalName/loginHint saknas). / Teams named no user (no userPrincipalName or loginHint).',
    });
  }
  const frame = FRAMES.find((f) => f === context.page.frameContext) ?? 'other';
  const appId = context.app.appId?.toString();
  const channel = context.channel;
  const team = context.team;
  return {
    upn,
    ...(nonEmpty(user?.displayName) && { displayName: user?.displayName }),
    ...(nonEmpty(user?.id) && { userObjectId: user?.id }),
    ...(nonEmpty(user?.tenant?.id) && { tenantId: user?.tenant?.id }),
    locale: resolveLocale(context.app.locale),
    hostLocale: context.app.locale,
    theme: themeName(context.app.theme),
    entityId: context.page.id,
    ...(nonEmpty(context.page.subPageId) && { subEntityId: context.page.subPageId }),
    frame,
    ...(channel !== undefined &&
      nonEmpty(channel.id) && {
        channel: {
          channelId: channel.id,
          ...(nonEmpty(channel.displayName) && { channelName: channel.displayName }),
          ...(nonEmpty(team?.internalId) && { teamId: team?.internalId }),
          ...(nonEmpty(team?.displayName) && { teamName: team?.displayName }),
          ...(nonEmpty(team?.groupId) && { groupId: team?.groupId }),
        },
      }),
    ...(nonEmpty(appId) && { appId }),
    host: { name: context.app.host?.name ?? 'Teams', clientType: context.app.host?.clientType ?? 'web' },
  };
}

function nonEmpty(value: string | undefined): value is string {
  return typeof value === 'string' && value !== '';
}
