// The built tab served beside a config.json that points at a fresh SharePoint emulator, filled with the manager
// site (managerSite.ts), and the local Teams host framing it: the way `npm start` runs it, on free ports, one per
// test file. In the host the tab signs in as in a tenant (config `entra`: nested app auth through the host); in a
// plain browser it uses the dev identity (config `devIdentity`, `?as=`), each from its own config.json. A suite
// that looks at what is posted to Teams also starts the Graph receiver, whose posts and feeds the host shows.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type SPFI } from '@pnp/sp';
import {
  DEV_BOARD_CHANNEL_ID,
  DEV_TEAM_ID,
  startGraphReceiver,
  type ActivityType,
  type RunningGraphReceiver,
} from '../../../emulators/graph';
import { DEV_TENANT_ID } from '../../../emulators/identity';
import { type RunningSharePointEmulator } from '../../../emulators/sharepoint/index';
import {
  DEFAULT_APP_ID,
  DEFAULT_CLIENT_ID,
  startTeamsHost,
  type RunningTeamsHost,
} from '../../../emulators/teams-host';
import { distDir } from '../../../scripts/lib/build';
import { serveStatic } from '../../../scripts/lib/static-server';
import { staticTokenProvider } from '../../../src/auth';
import { personalTabEntityId } from '../../../src/teams';
import { type MunicipalityConfig } from '../../../src/domain';
import { createSharePointClient } from '../../../src/sharepoint/client';
import { createRepositories, type Repositories } from '../../../src/sharepoint/repositories';
import { startEmulator } from '../../support/emulator';
import { ADMIN, fillManagerSite, type ManagerSite } from './managerSite';

/** A running tab and its emulator. */
export interface RunningTab {
  /** The tab's address, e.g. `http://127.0.0.1:40123/`. */
  readonly url: string;
  readonly emulator: RunningSharePointEmulator;
  readonly site: ManagerSite;
  /** The app's SharePoint client acting as a person. */
  sp(upn?: string): SPFI;
  /** The app's repositories acting as a person. */
  repos(upn?: string): Repositories;
  /** The local Teams host framing the tab (`#app-frame`), on its own origin. */
  readonly host: RunningTeamsHost;
  /** The Graph receiver the host shows posts and activity from, when the suite asked for one. */
  readonly receiver: RunningGraphReceiver | undefined;
  /** The host's page for a person, a Teams theme and locale, optionally opening a unit by deep link (`sub`). */
  hostAddress(options: {
    as: string;
    theme?: 'default' | 'dark' | 'contrast';
    locale?: 'sv-se' | 'en-us';
    sub?: string;
    /** The personal app (default) or a channel tab. */
    place?: 'personal' | 'channel';
  }): string;
  /** The tab's address in a plain browser for a person, a language and a theme, optionally at a fragment (`#/enhet/E1`). */
  address(options: {
    as: string;
    lang?: 'sv' | 'en';
    theme?: 'default' | 'dark' | 'contrast';
    hash?: string;
  }): string;
  close(): Promise<void>;
}

/** What fills the tab's site instead of the small municipality of `fillManagerSite`. */
export type SiteFiller = (admin: SPFI, reposAs: (upn: string) => Repositories) => Promise<ManagerSite>;

/**
 * Serves two copies of the built tab (`/` for the host, `/browser/` for a plain browser) with their config.json,
 * starts an emulator that allows the tab and a Teams host on the emulator's identity, and fills the site (with
 * `fillManagerSite`, or `fill`). With `receiver`, a Graph receiver on the same identity (knowing the manifest's
 * `activityTypes` given) starts too, and the host shows its posts and feeds.
 */
export async function startTab(
  options: {
    config?: MunicipalityConfig;
    fill?: SiteFiller;
    receiver?: { activityTypes?: readonly ActivityType[] };
  } = {},
): Promise<RunningTab> {
  const root = mkdtempSync(join(tmpdir(), 'tab-'));
  cpSync(distDir, root, { recursive: true });
  cpSync(distDir, join(root, 'browser'), { recursive: true });
  const server = await serveStatic({ root, port: 0 });
  const { emulator, dataDir, stop } = await startEmulator({ allowedOrigins: [new URL(server.url).origin] });
  const receiver = options.receiver && (await startGraphReceiver({ port: 0, dataDir, ...options.receiver }));
  // The personal tab's entity id and the channel tab's configuration page as the manifest names them
  // (manifest/manifest.json).
  const host = await startTeamsHost({
    port: 0,
    dataDir,
    entityId: personalTabEntityId,
    tabUrl: server.url,
    configurationUrl: `${server.url}?view=config`,
    siteUrl: emulator.siteUrl,
    ...(receiver && { receiverUrl: receiver.url }),
  });
  // The board's channel on the receiver, as `npm start` configures it.
  const channel = receiver && {
    channel: {
      graphUrl: receiver.graphUrl,
      teamId: DEV_TEAM_ID,
      channelId: DEV_BOARD_CHANNEL_ID,
      appId: DEFAULT_APP_ID,
    },
  };
  writeFileSync(
    join(root, 'config.json'),
    JSON.stringify({
      siteUrl: emulator.siteUrl,
      auth: { kind: 'entra', clientId: DEFAULT_CLIENT_ID, tenantId: DEV_TENANT_ID },
      teamsHostOrigins: [host.origin],
      ...channel,
    }),
  );
  writeFileSync(
    join(root, 'browser', 'config.json'),
    JSON.stringify({
      siteUrl: emulator.siteUrl,
      auth: { kind: 'devIdentity', tokenUrl: `${emulator.url}/_emulator/token` },
      teamsHostOrigins: [],
      ...channel,
    }),
  );
  const sp = (upn = ADMIN) =>
    createSharePointClient({ siteUrl: emulator.siteUrl, tokens: staticTokenProvider(emulator.token(upn)) });
  const repos = (upn = ADMIN) => createRepositories(sp(upn));
  const site = options.fill
    ? await options.fill(sp(ADMIN), repos)
    : await fillManagerSite(sp(ADMIN), { today: new Date(), reposAs: repos, config: options.config });
  return {
    url: server.url,
    emulator,
    host,
    receiver,
    site,
    sp,
    repos,
    address: ({ as, lang, theme, hash }) => {
      const query = new URLSearchParams({ as, ...(lang && { lang }), ...(theme && { theme }) });
      return `${server.url}browser/?${query.toString()}${hash ?? ''}`;
    },
    hostAddress: ({ as, theme, locale, sub, place }) => {
      const query = new URLSearchParams({
        as,
        ...(theme && { theme }),
        ...(locale && { locale }),
        ...(sub && { sub }),
        ...(place && { place }),
      });
      return `${host.url}?${query.toString()}`;
    },
    close: async () => {
      await host.close();
      await receiver?.close();
      await server.close();
      await stop();
      rmSync(root, { recursive: true, force: true });
    },
  };
}
