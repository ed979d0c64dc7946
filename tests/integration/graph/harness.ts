// Starts the Graph/Workflows receiver for one test file (port 0, an identity in memory), forgets what it received
// before each test, and gives tokens, requests and the doors' views.
import { DevIdentity } from '../../../emulators/identity';
import {
  DEV_BOARD_CHANNEL_ID,
  DEV_TEAM_ID,
  startGraphReceiver,
  type FeedEntry,
  type GraphReceiverOptions,
  type ReceivedMessage,
  type RunningGraphReceiver,
  type WorkflowRun,
} from '../../../emulators/graph';

jest.setTimeout(20_000);

export const ANNA = 'anna.berg@kommun.example';
export const ERIK = 'erik.lund@kommun.example';
export const PIA = 'projekt@kommun.example';
/** The client id the tab's tokens name (the Teams host's default). */
export const CLIENT_ID = '9c1e4b7a-3f2d-4a6e-8b5c-7d0f2e9a1c64';
export const GRAPH = 'https://graph.microsoft.com';
export const JSON_TYPE = { 'Content-Type': 'application/json' };

/** A receiver under test. */
export interface ReceiverUnderTest {
  readonly receiver: RunningGraphReceiver;
  readonly identity: DevIdentity;
  /** A delegated Graph token for `upn`. */
  token(upn: string, options?: { scopes?: readonly string[]; audience?: string; now?: number }): string;
  /** `POST <graphUrl>/<path>` with a JSON body (a string is sent as it is) and the token (none with `token: null`). */
  post(
    path: string,
    body: unknown,
    options?: { token?: string | null; headers?: Record<string, string> },
  ): Promise<Response>;
  /** The board channel's messages, as the door shows them. */
  messages(): Promise<ReceivedMessage[]>;
  feed(upn: string): Promise<FeedEntry[]>;
  runs(): Promise<WorkflowRun[]>;
  /** `POST /_receiver/<door>` as a local process. */
  door(path: string, body?: unknown): Promise<Response>;
}

/** Starts a receiver before the file's tests, resets it before each, and stops it after them. */
export function useReceiver(
  options: Omit<GraphReceiverOptions, 'port' | 'host' | 'identity'> = {},
): () => ReceiverUnderTest {
  let current: ReceiverUnderTest | undefined;
  beforeAll(async () => {
    const identity = DevIdentity.ephemeral();
    const receiver = await startGraphReceiver({ ...options, port: 0, identity });
    current = underTest(receiver, identity);
  });
  beforeEach(async () => {
    expect((await current!.door('reset')).status).toBe(200);
  });
  afterAll(async () => {
    await current?.receiver.close();
  });
  return () => {
    if (!current) throw new Error('useReceiver() must be called at file level.');
    return current;
  };
}

function underTest(receiver: RunningGraphReceiver, identity: DevIdentity): ReceiverUnderTest {
  const list = async <T>(path: string): Promise<T[]> => {
    const res = await fetch(`${receiver.url}/_receiver/${path}`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { value: T[] }).value;
  };
  const self: ReceiverUnderTest = {
    receiver,
    identity,
    token: (upn, options = {}) =>
      identity.issueToken({
        upn,
        audience: options.audience ?? GRAPH,
        scopes: options.scopes ?? ['ChannelMessage.Send', 'TeamsActivity.Send'],
        appId: CLIENT_ID,
        ...(options.now !== undefined && { now: options.now }),
      }),
    post: (path, body, options = {}) => {
      const token = options.token === undefined ? self.token(PIA) : options.token;
      return fetch(`${receiver.graphUrl}/${path}`, {
        method: 'POST',
        headers: {
          ...JSON_TYPE,
          ...(token !== null && { Authorization: `Bearer ${token}` }),
          ...options.headers,
        },
        body: typeof body === 'string' ? body : JSON.stringify(body),
      });
    },
    messages: () => list(`channels/${DEV_TEAM_ID}/${encodeURIComponent(DEV_BOARD_CHANNEL_ID)}/messages`),
    feed: (upn) => list(`users/${encodeURIComponent(upn)}/feed`),
    runs: () => list('runs'),
    door: (path, body) =>
      fetch(`${receiver.url}/_receiver/${path}`, {
        method: 'POST',
        headers: JSON_TYPE,
        ...(body !== undefined && { body: JSON.stringify(body) }),
      }),
  };
  return self;
}

/** The path of the board channel's messages under `/v1.0/`. */
export const BOARD_MESSAGES = `teams/${DEV_TEAM_ID}/channels/${encodeURIComponent(DEV_BOARD_CHANNEL_ID)}/messages`;

/** Graph's error envelope, checked for shape, with its code and message. */
export async function graphError(res: Response): Promise<{ code: string; message: string }> {
  const body = (await res.json()) as {
    error: { code: string; message: string; innerError: Record<string, string> };
  };
  expect(body.error.innerError['request-id']).toBe(res.headers.get('request-id'));
  expect(body.error.innerError.date).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d$/);
  return { code: body.error.code, message: body.error.message };
}
