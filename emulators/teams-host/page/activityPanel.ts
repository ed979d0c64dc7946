// Teams' Activity for the person signed in: the rail's *Aktivitet* button with the number of notifications, and
// the list it opens (newest first), where choosing one opens its deep link as Teams opens an activity. Read
// from the Graph receiver when the person changes, the list is opened or *Uppdatera* is pressed; nothing polls.
import { readFeed, type FeedEntry } from './receiverData';
import { readReceiver } from './receiverClient';
import { timeElement } from './timeText';

/** The notifications as list items; one with a link is a button that opens it. */
export function feedItems(
  entries: readonly FeedEntry[],
  { document: doc, open }: { document: Document; open: (url: string) => void },
): HTMLLIElement[] {
  return entries.map((entry) => {
    const line = (className: string, text: string) => {
      const span = doc.createElement('span');
      span.className = className;
      span.textContent = text;
      return span;
    };
    const parts: HTMLElement[] = [line('feed-actor', entry.actor), line('feed-text', entry.text)];
    if (entry.previewText !== null) parts.push(line('feed-preview', entry.previewText));
    parts.push(timeElement(entry.createdDateTime, doc));
    const item = doc.createElement('li');
    const { webUrl } = entry;
    if (webUrl === null) {
      item.className = 'feed-item';
      item.append(...parts);
    } else {
      const button = doc.createElement('button');
      button.type = 'button';
      button.className = 'feed-item';
      button.append(...parts);
      button.addEventListener('click', () => open(webUrl));
      item.append(button);
    }
    return item;
  });
}

/** The rail button, its count and the panel it opens. */
export interface ActivityElements {
  readonly button: HTMLButtonElement;
  /** The visible number on the button (hidden from screen readers, which read `countText`). */
  readonly count: HTMLElement;
  readonly countText: HTMLElement;
  readonly panel: HTMLElement;
  readonly refresh: HTMLButtonElement;
  readonly close: HTMLButtonElement;
  readonly status: HTMLElement;
  readonly list: HTMLOListElement;
}

/** The Activity panel of the person `upn()` names (none while nobody is signed in). */
export class ActivityPanel {
  private readings = 0;

  constructor(
    private readonly els: ActivityElements,
    private readonly deps: { upn: () => string | undefined; open: (url: string) => void },
  ) {
    els.button.addEventListener('click', () => (els.panel.hidden ? this.open() : this.close()));
    els.close.addEventListener('click', () => this.close());
    els.refresh.addEventListener('click', () => void this.refresh());
    els.panel.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.close();
    });
  }

  /** Shows the panel and reads the feed again. */
  open(): void {
    this.els.panel.hidden = false;
    this.els.button.setAttribute('aria-expanded', 'true');
    document.body.classList.add('activity-open');
    this.els.panel.querySelector<HTMLElement>('h2')?.focus();
    void this.refresh();
  }

  /** Hides the panel and gives focus back to the rail. */
  close(): void {
    if (this.els.panel.hidden) return;
    this.els.panel.hidden = true;
    this.els.button.setAttribute('aria-expanded', 'false');
    document.body.classList.remove('activity-open');
    this.els.button.focus();
  }

  /** Reads the person's feed and shows its count (and its list). */
  async refresh(): Promise<void> {
    const reading = ++this.readings;
    const upn = this.deps.upn();
    if (upn === undefined) {
      this.show([], 'Ingen är inloggad. / Nobody is signed in.');
      return;
    }
    this.els.status.textContent = 'Hämtar aktivitet … / Loading activity …';
    const result = await readReceiver(`/_host/api/feed?upn=${encodeURIComponent(upn)}`);
    if (reading !== this.readings) return;
    if (!result.ok) {
      this.show([], result.message);
      return;
    }
    const entries = readFeed(result.json);
    this.show(
      entries,
      entries.length === 0
        ? 'Inga aviseringar. / No notifications.'
        : `${entries.length} ${entries.length === 1 ? 'avisering' : 'aviseringar'} / ` +
            `${entries.length} ${entries.length === 1 ? 'notification' : 'notifications'}`,
    );
  }

  private show(entries: readonly FeedEntry[], status: string): void {
    const { count, countText, list } = this.els;
    count.textContent = String(entries.length);
    count.hidden = entries.length === 0;
    // Read after the button's words, as "Aktivitet / Activity (2 aviseringar / 2 notifications)".
    countText.textContent = entries.length === 0 ? '' : `(${status})`;
    this.els.status.textContent = status;
    list.replaceChildren(
      ...feedItems(entries, {
        document,
        open: (url) => {
          this.close();
          this.deps.open(url);
        },
      }),
    );
  }
}
