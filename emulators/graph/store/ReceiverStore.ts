import { DEV_PERSONAS, oidFromUpn } from '../../identity';
import { CalendarStore } from './CalendarStore';

/** A message as the channel shows it (the side door's shape). */
export interface ReceivedMessage {
  readonly id: string;
  readonly createdDateTime: string;
  readonly via: 'graph' | 'workflows';
  readonly from: { readonly displayName: string };
  readonly subject: string | null;
  readonly summary: string | null;
  /** `body.content` without `<attachment>` markers and HTML tags. */
  readonly text: string;
  /** Each Adaptive Card, parsed. */
  readonly cards: readonly object[];
}

/** A notification as the recipient's activity feed shows it. */
export interface FeedEntry {
  readonly id: string;
  readonly createdDateTime: string;
  readonly activityType: string;
  readonly actor: { readonly displayName: string };
  /** The template text with `{actor}` and the template parameters filled in. */
  readonly text: string;
  /** What Teams shows of `previewText`: its first 150 characters. */
  readonly previewText: string | null;
  readonly topic: { readonly source: string; readonly value: string; readonly webUrl: string | null };
}

/** A run of a flow, as its run history shows it. */
export interface WorkflowRun {
  readonly id: string;
  readonly flowId: string;
  readonly startTime: string;
  readonly status: 'Succeeded' | 'Failed';
  readonly error: string | null;
}

/** A team the receiver knows, with its channels. */
export interface SeededTeam {
  readonly id: string;
  readonly channelIds: readonly string[];
}

// A stand-in keeps what a developer looks at, not a channel's whole history: a page posting in a loop must not
// grow the process without bound.
const KEEP = 1000;

/** Everything the receiver remembers, in memory only: channels' messages, users' feeds, flow runs, calendars. */
export class ReceiverStore {
  readonly calendars = new CalendarStore();
  private readonly messages = new Map<string, ReceivedMessage[]>();
  private readonly feeds = new Map<string, { entry: FeedEntry; chain: string | undefined }[]>();
  private runList: WorkflowRun[] = [];
  private readonly upnByOid = new Map<string, string>();
  private lastMessageMs = 0;
  private sequence = 0;

  constructor(private readonly teams: readonly SeededTeam[]) {
    this.reset();
  }

  hasTeam(teamId: string): boolean {
    return this.teams.some((team) => team.id === teamId.toLowerCase());
  }

  hasChannel(teamId: string, channelId: string): boolean {
    return this.teams.some((team) => team.id === teamId.toLowerCase() && team.channelIds.includes(channelId));
  }

  /** A channel's messages, oldest first; `undefined` for a channel the receiver does not know. */
  channelMessages(teamId: string, channelId: string): readonly ReceivedMessage[] | undefined {
    return this.hasChannel(teamId, channelId)
      ? (this.messages.get(channelKey(teamId, channelId)) ?? [])
      : undefined;
  }

  addMessage(teamId: string, channelId: string, message: ReceivedMessage): void {
    const key = channelKey(teamId, channelId);
    this.messages.set(key, [...(this.messages.get(key) ?? []), message].slice(-KEEP));
  }

  /** A message id as Teams mints them: the epoch milliseconds of its creation, never the same twice. */
  nextMessageId(nowMs: number): string {
    this.lastMessageMs = Math.max(nowMs, this.lastMessageMs + 1);
    return String(this.lastMessageMs);
  }

  /** An id for a feed entry or a run, unique in this process. */
  nextId(): number {
    this.sequence += 1;
    return this.sequence;
  }

  /** A user's feed, oldest first. */
  feed(upn: string): readonly FeedEntry[] {
    return (this.feeds.get(upn.toLowerCase()) ?? []).map(({ entry }) => entry);
  }

  /** Adds a notification; one with the `chain` of an earlier one replaces it (Graph's `chainId`). */
  addFeedEntry(upn: string, entry: FeedEntry, chain: string | undefined): void {
    const key = upn.toLowerCase();
    const kept = (this.feeds.get(key) ?? []).filter((item) => chain === undefined || item.chain !== chain);
    this.feeds.set(key, [...kept, { entry, chain }].slice(-KEEP));
  }

  runs(): readonly WorkflowRun[] {
    return this.runList;
  }

  addRun(run: WorkflowRun): void {
    this.runList = [...this.runList, run].slice(-KEEP);
  }

  /** Remembers a user by UPN, so that Graph calls may name them by object id too. */
  rememberUser(upn: string): void {
    this.upnByOid.set(oidFromUpn(upn), upn.toLowerCase());
  }

  /** The UPN of a user the receiver has met, by object id. */
  upnOf(oid: string): string | undefined {
    return this.upnByOid.get(oid.toLowerCase());
  }

  /** Forgets messages, feeds, runs and calendars (the users it has met, and the clock of message ids, stay). */
  reset(): void {
    this.messages.clear();
    this.feeds.clear();
    this.runList = [];
    this.calendars.reset();
    for (const persona of DEV_PERSONAS) this.rememberUser(persona.upn);
  }
}

function channelKey(teamId: string, channelId: string): string {
  return `${teamId.toLowerCase()} ${channelId}`;
}
