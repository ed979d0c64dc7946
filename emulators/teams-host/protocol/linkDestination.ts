// Where Teams opens a link chosen in its own UI — an Action.OpenUrl of a card in a channel, an activity in the
// feed — rather than asked for by the app (answer.ts): a link to this app's tab opens that tab in place, in the
// channel its context names or else as the personal app, with its sub-entity; any other web page opens in a
// new browser tab. The tab is found by its entity id, so a link works "only if the tab was configured … and has
// an entity ID": one to a tab the host does not have is refused, naming the one it has.
// https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application
import type { HostState, TabPlace } from './context';
import { parseDeepLink } from './deepLinks';

/** What choosing a link does. */
export type LinkDestination =
  | { readonly kind: 'tab'; readonly place: TabPlace; readonly subEntityId?: string }
  | { readonly kind: 'window'; readonly url: string }
  /** The local host has nothing to open; `reason` is Swedish and English. */
  | { readonly kind: 'refused'; readonly reason: string };

/** Where `url` opens from the host's own UI, given what is installed (`state`). */
export function linkDestination(url: string, state: HostState): LinkDestination {
  const target = parseDeepLink(url);
  switch (target.kind) {
    case 'external':
      return { kind: 'window', url: target.url };
    case 'invalid':
      return refused(`Ingen giltig adress: ${target.text}`, `Not a valid URL: ${target.text}`);
    case 'teams':
      return refused(
        `Den lokala Teams-värden kan inte öppna ${target.url}.`,
        `The local Teams host cannot open ${target.url}.`,
      );
    case 'entity': {
      if (target.appId.toLowerCase() !== state.appId.toLowerCase()) {
        return refused(
          `Appen ${target.appId} är inte installerad i den lokala Teams-värden.`,
          `App ${target.appId} is not installed in the local Teams host.`,
        );
      }
      if (target.channelId !== undefined && target.channelId !== state.channel.channelId) {
        return refused(
          `Kanalen ${target.channelId} finns inte i den lokala Teams-värden.`,
          `Channel ${target.channelId} does not exist in the local Teams host.`,
        );
      }
      const place = target.channelId === undefined ? 'personal' : 'channel';
      const entityId = place === 'channel' ? (state.tabConfig.entityId ?? '') : state.entityId;
      if (target.entityId !== entityId) {
        return place === 'channel'
          ? refused(
              `Kanalen har ingen flik med entityId ”${target.entityId}”, bara ”${entityId}”: spara den i Flikens inställningar.`,
              `The channel has no tab with entityId "${target.entityId}", only "${entityId}": save it in the tab's settings.`,
            )
          : refused(
              `Appen har ingen personlig flik med entityId ”${target.entityId}”, bara ”${entityId}”.`,
              `The app has no personal tab with entityId "${target.entityId}", only "${entityId}".`,
            );
      }
      return {
        kind: 'tab',
        place,
        ...(target.subEntityId !== undefined && { subEntityId: target.subEntityId }),
      };
    }
  }
}

function refused(sv: string, en: string): LinkDestination {
  return { kind: 'refused', reason: `${sv} / ${en}` };
}
