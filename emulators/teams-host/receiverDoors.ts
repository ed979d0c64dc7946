// The page's window on the Graph receiver (emulators/graph): the messages posted to the host's channel and the
// activity feed of the person signed in. The receiver's side doors answer local processes and not the host's
// page (another origin), so the host's Node process reads them and passes their JSON through as it came.
import type { DoorAnswer } from './doors';
import type { HostChannel } from './protocol/context';

/** What the receiver's doors need. */
export interface ReceiverParts {
  /** The receiver's origin, e.g. `http://127.0.0.1:7072`; without it the doors answer 501. */
  readonly receiverUrl?: string;
  /** The channel whose messages Posts shows: Graph's team id is the team's `groupId`. */
  readonly channel: HostChannel;
}

/** The doors a page reads with GET (the others take a JSON body). */
export const RECEIVER_DOORS: readonly string[] = ['channel-messages', 'feed'];

const UPN = /^[^\s@/]{1,128}@[^\s@/]{1,128}$/;
const TIMEOUT_MS = 5000;

const error = (status: number, sv: string, en: string): DoorAnswer => ({
  status,
  body: { error: `${sv} / ${en}` },
});

/**
 * Answers `GET /_host/api/channel-messages` and `GET /_host/api/feed?upn=<upn>` from the receiver's
 * `/_receiver/channels/{teamId}/{channelId}/messages` and `/_receiver/users/{upn}/feed`; `undefined` for
 * another door.
 */
export async function answerReceiverDoor(
  door: string,
  query: URLSearchParams,
  parts: ReceiverParts,
): Promise<DoorAnswer | undefined> {
  let path: string;
  switch (door) {
    case 'channel-messages':
      path = `/_receiver/channels/${encodeURIComponent(parts.channel.groupId)}/${encodeURIComponent(parts.channel.channelId)}/messages`;
      break;
    case 'feed': {
      const upn = query.get('upn')?.trim().toLowerCase() ?? '';
      if (!UPN.test(upn)) return error(400, 'Ange en giltig UPN (upn=).', 'Give a valid UPN (upn=).');
      path = `/_receiver/users/${encodeURIComponent(upn)}/feed`;
      break;
    }
    default:
      return undefined;
  }
  if (parts.receiverUrl === undefined) {
    return error(
      501,
      'Värden känner ingen mottagare för Graph och Workflows: starta den med receiverUrl (npm start gör det).',
      'The host knows no Graph and Workflows receiver: start it with receiverUrl (npm start does).',
    );
  }
  return passThrough(new URL(path, parts.receiverUrl).href);
}

async function passThrough(url: string): Promise<DoorAnswer> {
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (cause) {
    const detail = cause instanceof Error ? cause.message : String(cause);
    return error(
      502,
      `Mottagaren svarar inte på ${url} (${detail}). Är den startad?`,
      `The receiver does not answer at ${url} (${detail}). Is it running?`,
    );
  }
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) as unknown };
  } catch {
    return error(
      502,
      `Mottagaren svarade ${response.status} utan JSON på ${url}.`,
      `The receiver answered ${response.status} without JSON at ${url}.`,
    );
  }
}
