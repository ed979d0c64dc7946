// What the server tells its page (a JSON script element in the HTML): the app, where the tab is, the personas.
import type { HostChannel, TabInstanceConfig } from '../protocol/context';

/** A persona the toolbar offers. */
export interface PagePersona {
  readonly upn: string;
  readonly name: string;
  readonly oid: string;
  /** What the persona is for, in Swedish (shown in the list). */
  readonly role: string;
}

/** The page's configuration. */
export interface PageConfig {
  /** The app's name in the app rail and header. */
  readonly appName: string;
  /** The manifest id. */
  readonly appId: string;
  /** The personal tab's entity id. */
  readonly entityId: string;
  readonly tenantId: string;
  /** The personal tab's content URL (Teams placeholders allowed). */
  readonly tabUrl: string;
  /** The channel tab's configuration page. */
  readonly configurationUrl: string;
  /** The channel tab's configuration until the configuration page saves another. */
  readonly defaultTabConfig: TabInstanceConfig;
  /** Origins the tab and its popups may post from (the tab's, the configuration page's). */
  readonly appOrigins: readonly string[];
  readonly channel: HostChannel;
  /** The team's SharePoint site, sent in channel contexts. */
  readonly siteUrl?: string;
  readonly personas: readonly PagePersona[];
}
