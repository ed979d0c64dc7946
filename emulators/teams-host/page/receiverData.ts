// What the Graph receiver recorded, as the host's doors pass it through (`GET /_host/api/channel-messages`,
// `/_host/api/feed`), read defensively: the receiver is another program, and a field it leaves out or a value of
// another type must not stop the page from showing the rest.

/** A message posted to the channel (a Graph chatMessage or a Workflows post). */
export interface ReceivedMessage {
  readonly id: string;
  readonly createdDateTime: string;
  readonly from: string;
  readonly subject: string | null;
  /** The body without HTML tags or attachment markers. */
  readonly text: string;
  /** Each Adaptive Card as parsed JSON. */
  readonly cards: readonly unknown[];
}

/** An activity feed notification. */
export interface FeedEntry {
  readonly id: string;
  readonly createdDateTime: string;
  readonly actor: string;
  /** The activity type's template with its parameters filled in. */
  readonly text: string;
  readonly previewText: string | null;
  /** The Teams deep link the notification opens, if it has one. */
  readonly webUrl: string | null;
}

/** The messages of `{ value: [...] }`, oldest first. */
export function readMessages(json: unknown): ReceivedMessage[] {
  return valuesOf(json)
    .map((m) => ({
      id: str(m.id),
      createdDateTime: str(m.createdDateTime),
      from: str(record(m.from).displayName),
      subject: nullable(m.subject),
      text: str(m.text),
      cards: Array.isArray(m.cards) ? (m.cards as unknown[]) : [],
    }))
    .sort(byTime);
}

/** The notifications of `{ value: [...] }`, newest first (as Teams' Activity lists them). */
export function readFeed(json: unknown): FeedEntry[] {
  return valuesOf(json)
    .map((e) => ({
      id: str(e.id),
      createdDateTime: str(e.createdDateTime),
      actor: str(record(e.actor).displayName),
      text: str(e.text),
      previewText: nullable(e.previewText),
      webUrl: nullable(record(e.topic).webUrl),
    }))
    .sort(byTime)
    .reverse();
}

function valuesOf(json: unknown): Record<string, unknown>[] {
  const value = record(json).value;
  return Array.isArray(value) ? (value as unknown[]).map(record) : [];
}

// Stable, so entries of the same second keep the receiver's order.
const byTime = (a: { createdDateTime: string }, b: { createdDateTime: string }): number =>
  (Date.parse(a.createdDateTime) || 0) - (Date.parse(b.createdDateTime) || 0);

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

const nullable = (value: unknown): string | null =>
  typeof value === 'string' && value !== '' ? value : null;
