// Deep links to one unit's inventory in the tab: a Teams link to the app's tab whose `subEntityId` names the unit,
// and back from the `subEntityId` Teams puts in the context when the tab opens from such a link.
// Format: https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application

/** Where a unit link goes. */
export interface UnitLinkOptions {
  /** The app's manifest id (the uploaded app's `id`; the store or org catalog id once published there). */
  readonly appId: string;
  /** The tab's entity id (the static tab's, or the channel tab's saved one). */
  readonly entityId: string;
  /** The unit (enhet) id. */
  readonly unitId: string;
  /** The text Teams shows for the link (the unit's name). */
  readonly label?: string;
  /** For a channel tab: the channel, which Teams needs to find the tab. */
  readonly channelId?: string;
  /** Where the link goes outside Teams (the tab in a browser). */
  readonly webUrl?: string;
}

/** The entity id of the app's personal tab ("My unit"), as the manifest's `staticTabs` declares it. */
export const personalTabEntityId = 'unit';

// The prefix keeps unit links apart from other sub-entities the tab may link to later (a dashboard, a period).
const UNIT_PREFIX = 'enhet:';

/** The `subEntityId` that names a unit. */
export function unitSubEntityId(unitId: string): string {
  return `${UNIT_PREFIX}${unitId}`;
}

/** The unit a `subEntityId` names, or `undefined` when it names none (or is absent). */
export function unitIdFromSubEntity(subEntityId: string | undefined): string | undefined {
  if (subEntityId === undefined || !subEntityId.startsWith(UNIT_PREFIX)) return undefined;
  const unitId = subEntityId.slice(UNIT_PREFIX.length);
  return unitId === '' ? undefined : unitId;
}

/**
 * A Teams deep link that opens the tab at a unit:
 * `https://teams.microsoft.com/l/entity/<appId>/<entityId>?label=…&webUrl=…&context={"subEntityId":"enhet:<id>"}`.
 */
export function unitDeepLink(options: UnitLinkOptions): string {
  const context = {
    subEntityId: unitSubEntityId(options.unitId),
    ...(options.channelId !== undefined && { channelId: options.channelId }),
  };
  const query = new URLSearchParams();
  if (options.webUrl !== undefined) query.set('webUrl', options.webUrl);
  if (options.label !== undefined) query.set('label', options.label);
  query.set('context', JSON.stringify(context));
  // URLSearchParams writes spaces as `+`; the documented examples encode them as %20 (`label=Task%20456`).
  const search = query.toString().replace(/\+/g, '%20');
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(options.appId)}/${encodeURIComponent(options.entityId)}?${search}`;
}
