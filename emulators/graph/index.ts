// The local Graph/Workflows receiver: a stand-in for the part of Microsoft Graph (a channel message with an
// Adaptive Card, an activity feed notification, calendar events with Teams meetings) and of a Teams Workflows
// webhook the app posts to, with tokens from the development identity the SharePoint emulator and the Teams host
// share. docs/graph-receiver.md describes what it models and where that comes from.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { DevIdentity } from '../identity';
import { listenOn, openIdentityIn } from '../serverStart';
import { normaliseOrigin, type LocalAccessPolicy } from '../sharepoint/middleware/localAccess';
import { SYSTEM_DEFAULT, type ActivityType } from './handlers/activityNotification';
import { graphRoutes } from './handlers/graphRoutes';
import type { SeededFlow } from './handlers/workflows';
import { receiverListener } from './server';
import { FaultQueue } from './store/faults';
import { SlidingWindow, type RateLimit } from './store/rateLimit';
import { ReceiverStore } from './store/ReceiverStore';

export { adaptiveCardProblem, type CardSchemaVersion } from './cards/adaptiveCard';
export { MESSAGE_LIMIT_BYTES } from './handlers/channelMessage';
export type { ActivityType } from './handlers/activityNotification';
export type { RateLimit } from './store/rateLimit';
export type { FaultRoute, FaultStatus } from './store/faults';
export type { FeedEntry, ReceivedMessage, WorkflowRun } from './store/ReceiverStore';
export type { Invitation, MailAddress, MeetingAttendee, MeetingChange } from './store/CalendarStore';
export type { MeetingView } from './handlers/doors';

/** The board's team (its group id, a GUID): "Kommunstyrelsen". */
export const DEV_TEAM_ID = 'b7f3c1d2-5a4e-4f6b-8c9d-0e1f2a3b4c5d';
/** The team's one channel, where summaries are posted. */
export const DEV_BOARD_CHANNEL_ID = '19:kommunstyrelsen0000000000000000@thread.tacv2';
/** The seeded flow ("Post to a channel when a webhook request is received"), which posts in that channel. */
export const DEV_WORKFLOW_ID = 'e2a4c6b8d0f14a3c9e5b7d1f3a5c7e90';
/** The seeded flow's trigger secret, the `sig` of its URL. */
export const DEV_WORKFLOW_SIG = '99bjqyyKCimcA_zEQSLaGO4tQM4SOUITch4yvrJKQZs';

/** How to start the receiver. */
export interface GraphReceiverOptions {
  /** TCP port; 0 picks a free one. @default 7072 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /**
   * The SharePoint emulator's data directory, whose development identity signs the tokens the receiver accepts.
   * @default '.data/sharepoint'
   */
  dataDir?: string;
  /** The identity itself, instead of `dataDir` (tests: `DevIdentity.ephemeral()`). */
  identity?: DevIdentity;
  /** The app manifest's `activities.activityTypes` (`type`, `templateText`). @default none */
  activityTypes?: readonly ActivityType[];
  /** UPNs of users for whom the app is not installed: notifications to them get 403. @default none */
  notInstalledFor?: readonly string[];
  /** Messages a channel takes before 429. @default 10 per 10 seconds */
  channelMessageLimit?: RateLimit;
  /** Activity notifications an app may send before 429. @default 5 per second */
  activityNotificationLimit?: RateLimit;
  /** Web pages (origins) that may call the doors under /_receiver/ from a browser. @default none */
  allowedOrigins?: readonly string[];
  /** Log sink. @default silent */
  log?: (line: string) => void;
  /** The clock, in ms since the epoch. @default Date.now */
  now?: () => number;
}

/** A running receiver. */
export interface RunningGraphReceiver {
  /** e.g. `http://127.0.0.1:7072`. */
  url: string;
  /** `${url}/v1.0`: the base URL to use instead of `https://graph.microsoft.com/v1.0`. */
  graphUrl: string;
  /** The seeded flow's trigger URL, with `api-version`, `sp`, `sv` and `sig`. */
  workflowUrl: string;
  close(): Promise<void>;
}

/** Why the receiver could not start; `message` is Swedish and English. */
export class GraphReceiverStartError extends Error {
  constructor(
    readonly reason: 'portInUse' | 'dataDirUnwritable' | 'invalidOption',
    message: string,
  ) {
    super(message);
    this.name = 'GraphReceiverStartError';
  }
}

/**
 * Starts the receiver on `host:port`, trusting tokens of the dev identity in `dataDir` (or `identity`).
 * @throws GraphReceiverStartError when the port is taken, the data directory cannot be used or an option is invalid.
 */
export async function startGraphReceiver(options: GraphReceiverOptions = {}): Promise<RunningGraphReceiver> {
  const o = {
    port: 7072,
    host: '127.0.0.1',
    dataDir: '.data/sharepoint',
    activityTypes: [],
    notInstalledFor: [],
    channelMessageLimit: { count: 10, perSeconds: 10 },
    activityNotificationLimit: { count: 5, perSeconds: 1 },
    allowedOrigins: [],
    log: () => undefined,
    now: Date.now,
    ...options,
  };
  const activityTypes = checkedActivityTypes(o.activityTypes);
  const channelLimiter = new SlidingWindow(checkedLimit(o.channelMessageLimit, 'channelMessageLimit'));
  const activityLimiter = new SlidingWindow(
    checkedLimit(o.activityNotificationLimit, 'activityNotificationLimit'),
  );
  const allowedOrigins = o.allowedOrigins.map(checkedOrigin);
  const identity =
    o.identity ??
    openIdentityIn(
      o.dataDir,
      (dir, detail) =>
        new GraphReceiverStartError(
          'dataDirUnwritable',
          `Kan inte öppna utvecklingsidentiteten i ${dir} (${detail}). / Cannot open the development identity in ${dir} (${detail}).`,
        ),
    );
  const store = new ReceiverStore([{ id: DEV_TEAM_ID, channelIds: [DEV_BOARD_CHANNEL_ID] }]);
  const notInstalledFor = o.notInstalledFor.map((upn) => upn.trim().toLowerCase());
  for (const upn of notInstalledFor) store.rememberUser(upn);
  const flows: SeededFlow[] = [
    { id: DEV_WORKFLOW_ID, sig: DEV_WORKFLOW_SIG, teamId: DEV_TEAM_ID, channelId: DEV_BOARD_CHANNEL_ID },
  ];
  const faults = new FaultQueue();
  const where: { access?: LocalAccessPolicy; graphUrl?: string } = {};
  const server = createServer(
    receiverListener({
      identity,
      store,
      faults,
      flows,
      graphOperation: graphRoutes({
        channelMessage: { store, limiter: channelLimiter, graphUrl: () => where.graphUrl!, now: o.now },
        activity: { store, limiter: activityLimiter, activityTypes, notInstalledFor, now: o.now },
        events: { store, graphUrl: () => where.graphUrl!, now: o.now },
      }),
      doors: {
        store,
        faults,
        resetLimits: () => {
          channelLimiter.reset();
          activityLimiter.reset();
        },
      },
      access: () => where.access!,
      now: o.now,
      log: o.log,
    }),
  );
  await listenOn(
    server,
    { port: o.port, host: o.host },
    () =>
      new GraphReceiverStartError(
        'portInUse',
        `Port ${o.port} på ${o.host} används redan; välj en annan med GRAPH_PORT eller --port. / ` +
          `Port ${o.port} on ${o.host} is already in use; choose another with GRAPH_PORT or --port.`,
      ),
  );
  server.on('error', (error) => o.log(`[graph] server error: ${error.message}`));
  const { port } = server.address() as AddressInfo;
  where.access = { port, listenHost: o.host, allowedOrigins };
  const url = `http://${o.host.includes(':') ? `[${o.host}]` : o.host}:${port}`;
  where.graphUrl = `${url}/v1.0`;
  o.log(`Graph receiver listening on ${url}`);
  let closed: Promise<void> | undefined;
  return {
    url,
    graphUrl: where.graphUrl,
    workflowUrl:
      `${url}/workflows/${DEV_WORKFLOW_ID}/triggers/manual/paths/invoke` +
      `?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${DEV_WORKFLOW_SIG}`,
    close: () => {
      closed ??= new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      });
      return closed;
    },
  };
}

function checkedActivityTypes(types: readonly ActivityType[]): ActivityType[] {
  const seen = new Set<string>();
  return types.map((activity) => {
    const { type, templateText } = activity ?? {};
    // The manifest schema's limits (type ≤ 64 characters in v1.29, templateText ≤ 128) and the reserved type.
    const valid =
      typeof type === 'string' &&
      /^\S{1,64}$/.test(type) &&
      type !== SYSTEM_DEFAULT &&
      !seen.has(type) &&
      typeof templateText === 'string' &&
      templateText.length > 0 &&
      templateText.length <= 128;
    if (!valid) {
      const shown = JSON.stringify(activity);
      throw new GraphReceiverStartError(
        'invalidOption',
        `activityTypes: ${shown} är ingen giltig aktivitetstyp (type 1–64 tecken, unik, inte ${SYSTEM_DEFAULT}; ` +
          `templateText 1–128 tecken). / ${shown} is not a valid activity type (type 1–64 characters, unique, not ` +
          `${SYSTEM_DEFAULT}; templateText 1–128 characters).`,
      );
    }
    seen.add(type);
    return { type, templateText };
  });
}

function checkedLimit(limit: RateLimit, option: string): RateLimit {
  if (!Number.isInteger(limit?.count) || limit.count < 1 || !(limit.perSeconds > 0)) {
    throw new GraphReceiverStartError(
      'invalidOption',
      `${option} måste ha count ≥ 1 och perSeconds > 0. / ${option} needs count ≥ 1 and perSeconds > 0.`,
    );
  }
  return { count: limit.count, perSeconds: limit.perSeconds };
}

function checkedOrigin(text: string): string {
  const origin = normaliseOrigin(text);
  if (!origin) {
    throw new GraphReceiverStartError(
      'invalidOption',
      `allowedOrigins: "${text}" är inget ursprung som http://127.0.0.1:3000. / "${text}" is not an origin such as http://127.0.0.1:3000.`,
    );
  }
  return origin;
}
