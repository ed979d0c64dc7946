// The protocol log panel: every message both ways, and the count of messages the host did not understand or
// could not answer (tests fail on any; `window.teamsHost.unanswered()` reads it too).

/** One logged message. */
export interface LogEntry {
  /** `in`: from the app; `out`: to the app. */
  readonly direction: 'in' | 'out';
  /** Which window: the tab's frame (its frame context), an auth popup, `?` (unknown), `ersatt` (a replaced page). */
  readonly frame: string;
  readonly func: string;
  readonly message: unknown;
  /**
   * `unknown` and `refused` count as unanswered; `ignored` is a request from a document of the app's frame that
   * the host had already replaced (senders.ts), which nobody is left to answer.
   */
  readonly status: 'ok' | 'noReply' | 'unknown' | 'refused' | 'ignored';
  readonly note?: string;
  readonly at: string;
}

const MAX_ENTRIES = 500;

/** The log panel over its list element and counter. */
export class ProtocolLog {
  private readonly entries: LogEntry[] = [];
  private unansweredCount = 0;

  constructor(private readonly elements: { list: HTMLOListElement; counter: HTMLOutputElement }) {}

  /** Adds an entry (and counts it when it is unanswered). */
  add(entry: Omit<LogEntry, 'at'>): void {
    const full: LogEntry = { ...entry, at: new Date().toISOString() };
    this.entries.push(full);
    if (this.entries.length > MAX_ENTRIES) this.entries.shift();
    if (entry.status === 'unknown' || entry.status === 'refused') {
      this.unansweredCount += 1;
      this.elements.counter.value = String(this.unansweredCount);
      this.elements.counter.dataset.count = String(this.unansweredCount);
    }
    this.render(full);
  }

  /** Messages not understood or not answered since the page opened. */
  unanswered(): number {
    return this.unansweredCount;
  }

  /** A copy of the entries, oldest first. */
  all(): LogEntry[] {
    return [...this.entries];
  }

  /** Empties the panel (the count stays: it is what tests read). */
  clear(): void {
    this.entries.length = 0;
    this.elements.list.replaceChildren();
  }

  private render(entry: LogEntry): void {
    const item = document.createElement('li');
    item.className = entry.status;
    const details = document.createElement('details');
    const summary = document.createElement('summary');
    const arrow = entry.direction === 'in' ? 'app → värd' : 'värd → app';
    summary.textContent = `${entry.at.slice(11, 23)} ${arrow} [${entry.frame}] ${entry.func}${statusText(entry)}`;
    const body = document.createElement('pre');
    body.textContent = JSON.stringify(entry.message, null, 2);
    details.append(summary, body);
    item.append(details);
    this.elements.list.append(item);
    while (this.elements.list.children.length > MAX_ENTRIES) this.elements.list.firstElementChild?.remove();
    item.scrollIntoView?.({ block: 'nearest' });
  }
}

function statusText(entry: LogEntry): string {
  const note = entry.note === undefined ? '' : ` – ${entry.note}`;
  switch (entry.status) {
    case 'unknown':
      return ` – OKÄNT ANROP${note}`;
    case 'refused':
      return ` – AVVISAT${note}`;
    case 'noReply':
      return ` (inget svar väntas)${note}`;
    case 'ignored':
      return ` – ignorerat${note}`;
    case 'ok':
      return note;
  }
}
