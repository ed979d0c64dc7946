// The local Teams host: a page that frames the tab like the Teams web client and answers the teams-js v2
// protocol and MSAL's nested app auth bridge, with tokens signed by the development identity the SharePoint
// emulator trusts. docs/teams-host.md describes the protocol as implemented.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DEV_BOARD_CHANNEL_ID, DEV_TEAM_ID } from '../graph';
import { DEV_PERSONAS, DEV_TENANT_ID, oidFromUpn, type DevPersona } from '../identity';
import { normaliseOrigin, type LocalAccessPolicy } from '../sharepoint/middleware/localAccess';
import type { HostChannel } from './protocol/context';
import { isScopeList, type ScopesByResource } from './protocol/naaEnvelope';
import type { PageConfig } from './page/pageConfig';
import { hostListener } from './server';
import { listenOn, openIdentityIn } from '../serverStart';
import { tokenSigner } from './tokens';

/** How to start the Teams host. */
export interface TeamsHostOptions {
  /** TCP port; 0 picks a free one. @default 4000 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /**
   * Where the development identity's key lives: the SharePoint emulator's data directory, so that the
   * emulator accepts the tokens the host signs. @default '.data/sharepoint'
   */
  dataDir?: string;
  /** The personal tab's content URL, on another origin than the host (Teams placeholders allowed). @default 'http://127.0.0.1:3000/' */
  tabUrl?: string;
  /** The channel tab's configuration page. @default `tabUrl` */
  configurationUrl?: string;
  /** The team's SharePoint site, sent as `teamSiteUrl` in channel contexts. @default none */
  siteUrl?: string;
  /** The app's name in the rail and header. @default 'Stödinventering' */
  appName?: string;
  /** The manifest id (a GUID), `appId` in contexts and deep links. @default {@link DEFAULT_APP_ID} */
  appId?: string;
  /** The personal tab's `entityId`. @default 'inventering' */
  entityId?: string;
  /** The Entra app registration's client id, for single sign-on tokens. @default {@link DEFAULT_CLIENT_ID} */
  clientId?: string;
  /**
   * What `<resource>/.default` grants, per resource as an admin consented (the resource left out keeps its
   * default), or one list for every resource. @default {@link DEFAULT_SCOPES}
   */
  defaultScopes?: Partial<ScopesByResource> | readonly string[];
  /**
   * The Graph and Workflows receiver's origin (emulators/graph, e.g. `http://127.0.0.1:7072`), whose channel
   * messages and activity feeds the page shows. @default none: Posts and Activity say there is no receiver
   */
  receiverUrl?: string;
  /** Log sink. @default silent */
  log?: (line: string) => void;
}

/** A running host. */
export interface RunningTeamsHost {
  /** The page to open, e.g. `http://127.0.0.1:4000/`. */
  url: string;
  /** e.g. `http://127.0.0.1:4000`: what the tab must list in `teamsHostOrigins`. */
  origin: string;
  close(): Promise<void>;
}

/** The manifest id the host uses unless told another (a fixed GUID, like a real app's). */
export const DEFAULT_APP_ID = '4b2f6e8a-1c3d-4e5f-9a7b-2c8d0e6f1a3b';
/** The client id the host uses unless told another. */
export const DEFAULT_CLIENT_ID = '9c1e4b7a-3f2d-4a6e-8b5c-7d0f2e9a1c64';

/** What `<resource>/.default` grants unless told otherwise: what the app registration asks an admin to consent to. */
export const DEFAULT_SCOPES: ScopesByResource = {
  sharePoint: ['AllSites.Manage'],
  graph: ['Calendars.ReadWrite', 'ChannelMessage.Send', 'TeamsActivity.Send', 'User.Read'],
};

/**
 * The team and channel a channel tab lives in: the Graph receiver's board team and its one channel, so that what
 * the tab posts there shows in Posts. Graph's team id is the Microsoft 365 group's (`groupId`); a team's one
 * channel is its General channel ("Allmänt"), whose thread id Teams also gives as the team's internal id.
 */
export const DEMO_CHANNEL: HostChannel = {
  teamId: DEV_BOARD_CHANNEL_ID,
  teamName: 'Kommunstyrelsen',
  groupId: DEV_TEAM_ID,
  channelId: DEV_BOARD_CHANNEL_ID,
  channelName: 'Allmänt',
};

/** Why the host could not start; `message` is Swedish and English. */
export class TeamsHostStartError extends Error {
  constructor(
    readonly reason: 'portInUse' | 'dataDirUnwritable' | 'invalidOption',
    message: string,
  ) {
    super(message);
    this.name = 'TeamsHostStartError';
  }
}

/**
 * Starts the host on `host:port`, signing with the dev identity in `dataDir`.
 * @throws TeamsHostStartError when the port is taken, the data directory cannot be written or a URL is invalid.
 */
export async function startTeamsHost(options: TeamsHostOptions = {}): Promise<RunningTeamsHost> {
  const o = {
    port: 4000,
    host: '127.0.0.1',
    dataDir: '.data/sharepoint',
    tabUrl: 'http://127.0.0.1:3000/',
    appName: 'Stödinventering',
    appId: DEFAULT_APP_ID,
    entityId: 'inventering',
    clientId: DEFAULT_CLIENT_ID,
    log: () => undefined,
    ...options,
  };
  const askedScopes = o.defaultScopes ?? {};
  const defaultScopes = isScopeList(askedScopes) ? askedScopes : { ...DEFAULT_SCOPES, ...askedScopes };
  const receiverUrl = o.receiverUrl === undefined ? undefined : originOf(o.receiverUrl, 'receiverUrl');
  const configurationUrl = o.configurationUrl ?? o.tabUrl;
  const appOrigins = [
    ...new Set([originOf(o.tabUrl, 'tabUrl'), originOf(configurationUrl, 'configurationUrl')]),
  ];
  const identity = openIdentityIn(
    o.dataDir,
    (dir, detail) =>
      new TeamsHostStartError(
        'dataDirUnwritable',
        `Kan inte öppna utvecklingsidentiteten i ${dir} (${detail}). / Cannot open the development identity in ${dir} (${detail}).`,
      ),
  );
  const page: PageConfig = {
    appName: o.appName,
    appId: o.appId,
    entityId: o.entityId,
    tenantId: DEV_TENANT_ID,
    tabUrl: o.tabUrl,
    configurationUrl,
    defaultTabConfig: { entityId: 'kommunstyrelsen', contentUrl: o.tabUrl, suggestedDisplayName: o.appName },
    appOrigins,
    channel: DEMO_CHANNEL,
    ...(o.siteUrl !== undefined && { siteUrl: o.siteUrl }),
    personas: DEV_PERSONAS.map((p) => ({
      upn: p.upn,
      name: p.name,
      oid: oidFromUpn(p.upn),
      role: roleName(p.role),
    })),
  };
  const where: { access?: LocalAccessPolicy } = {};
  const server = createServer(
    hostListener({
      page,
      doors: {
        signer: tokenSigner(identity),
        defaultScopes,
        clientId: o.clientId,
        tabOrigin: appOrigins[0]!,
      },
      receiver: { channel: DEMO_CHANNEL, ...(receiverUrl !== undefined && { receiverUrl }) },
      access: () => where.access!,
      log: o.log,
    }),
  );
  await listenOn(
    server,
    { port: o.port, host: o.host },
    () =>
      new TeamsHostStartError(
        'portInUse',
        `Port ${o.port} på ${o.host} används redan; välj en annan med TEAMS_HOST_PORT eller --port. / ` +
          `Port ${o.port} on ${o.host} is already in use; choose another with TEAMS_HOST_PORT or --port.`,
      ),
  );
  server.on('error', (error) => o.log(`[teams-host] server error: ${error.message}`));
  const { port } = server.address() as AddressInfo;
  where.access = { port, listenHost: o.host, allowedOrigins: [] };
  const origin = `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`;
  o.log(`Teams host listening on ${origin}`);
  let closed: Promise<void> | undefined;
  return {
    url: `${origin}/`,
    origin,
    close: () => {
      closed ??= new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

function originOf(url: string, option: string): string {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  const origin = parsed && normaliseOrigin(parsed.origin);
  if (!origin) {
    throw new TeamsHostStartError(
      'invalidOption',
      `${option} måste vara en fullständig http(s)-adress, inte "${url}". / ${option} must be an absolute http(s) URL, not "${url}".`,
    );
  }
  return origin;
}

function roleName(role: DevPersona['role']): string {
  const names: Record<DevPersona['role'], string> = {
    siteAdmin: 'webbplatsadministratör',
    projectTeam: 'projektgruppen',
    sektorchef: 'sektorchef',
    kontorschef: 'kontorschef',
    enhetschef: 'enhetschef',
    board: 'kommunstyrelsen',
  };
  return names[role];
}
