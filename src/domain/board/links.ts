// Teams deep links to the board's channel tab of an area, for the summary card's button: the tab in the board's
// channel whose entity id names the area. Format:
// https://learn.microsoft.com/microsoftteams/platform/concepts/build-and-test/deep-link-application

/** The entity id of a channel tab that shows the board's summary of a scope (`kommun`, `sektor:<id>`). */
export function boardEntityId(scopeKey: string): string {
  return `styrelsen:${scopeKey}`;
}

/**
 * `https://teams.microsoft.com/l/entity/<appId>/styrelsen%3A<scopeKey>?webUrl=…&label=…&context={"channelId":…}`,
 * each part only when given. The tab must have been added with `boardEntityId(scopeKey)`, as its configuration
 * page does; without a channel Teams opens the app's personal tab.
 */
export function boardDeepLink(options: {
  readonly appId: string;
  readonly scopeKey: string;
  readonly channelId?: string;
  readonly label?: string;
  /** Where the link goes outside Teams (the tab in a browser). */
  readonly webUrl?: string;
}): string {
  const query = new URLSearchParams();
  if (options.webUrl !== undefined) query.set('webUrl', options.webUrl);
  if (options.label !== undefined) query.set('label', options.label);
  if (options.channelId !== undefined) query.set('context', JSON.stringify({ channelId: options.channelId }));
  // URLSearchParams writes spaces as `+`; the documented examples encode them as %20, as unit links do.
  const search = query.toString().replace(/\+/g, '%20');
  const entity = encodeURIComponent(boardEntityId(options.scopeKey));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(options.appId)}/${entity}${search === '' ? '' : `?${search}`}`;
}
