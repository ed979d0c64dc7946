// The local Graph receiver's doors (docs/graph-receiver.md) as tests read and steer it: what reached the board's
// channel, a person's activity feed, the flows' runs, the meetings booked and what each attendee was sent; the
// faults it answers next; a fresh start. Called from the test process (no Origin), which the doors allow.
import {
  DEV_BOARD_CHANNEL_ID,
  DEV_TEAM_ID,
  type FeedEntry,
  type Invitation,
  type MeetingView,
  type ReceivedMessage,
  type WorkflowRun,
} from '../../emulators/graph';

/** The routes a fault can be put on. */
export type FaultRoute = 'channelMessage' | 'activity' | 'events' | 'workflows';

/** The doors of the receiver at `url` (its root, e.g. `http://127.0.0.1:7072`). */
export function receiverDoors(url: string) {
  const call = async <T>(path: string, body?: object): Promise<T> => {
    const response = await fetch(`${url}${path}`, {
      ...(body !== undefined && {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }),
    });
    if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json().catch(() => undefined)) as T;
  };
  const channel = `/_receiver/channels/${encodeURIComponent(DEV_TEAM_ID)}/${encodeURIComponent(DEV_BOARD_CHANNEL_ID)}`;
  return {
    /** What reached the board's channel, oldest first. */
    channelMessages: async () => (await call<{ value: ReceivedMessage[] }>(`${channel}/messages`)).value,
    /** A person's activity feed, oldest first. */
    feed: async (upn: string) =>
      (await call<{ value: FeedEntry[] }>(`/_receiver/users/${encodeURIComponent(upn)}/feed`)).value,
    /** The flows' runs. */
    runs: async () => (await call<{ value: WorkflowRun[] }>('/_receiver/runs')).value,
    /** Every meeting booked, as its organizer last sent it, with what was sent when. */
    meetings: async () => (await call<{ value: MeetingView[] }>('/_receiver/events')).value,
    /** What a person was sent as an attendee (invitations, updates, cancellations), oldest first. */
    invitations: async (upn: string) =>
      (await call<{ value: Invitation[] }>(`/_receiver/users/${encodeURIComponent(upn)}/invitations`)).value,
    /** The next `count` requests of `route` get `status`, as the service would answer it. */
    fault: (
      route: FaultRoute,
      status: number,
      options: { count?: number; retryAfterSeconds?: number } = {},
    ) => call<void>('/_receiver/faults', { route, status, count: options.count ?? 1, ...options }),
    /** Forgets messages, feeds, runs, calendars, faults and rate windows. */
    reset: () => call<void>('/_receiver/reset', {}),
  };
}
