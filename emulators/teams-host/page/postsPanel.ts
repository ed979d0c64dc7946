// The channel's Posts tab, as Teams lists a channel's messages: oldest first and newest at the bottom, each with
// its sender, time, subject, text and Adaptive Cards. Read from the Graph receiver when the tab is opened or
// *Uppdatera* is pressed; nothing polls.
import { renderCard } from './adaptiveCard';
import { readMessages, type ReceivedMessage } from './receiverData';
import { readReceiver } from './receiverClient';
import { timeElement } from './timeText';

/** What a post needs besides its message. */
export interface PostOptions {
  readonly document: Document;
  /** Where an Action.OpenUrl of a card goes. */
  readonly openUrl: (url: string) => void;
}

/** The messages as list items, each an article named by its subject (or its sender when it has none). */
export function postItems(messages: readonly ReceivedMessage[], options: PostOptions): HTMLLIElement[] {
  return messages.map((message, index) => postItem(message, `post-${index + 1}`, options));
}

function postItem(
  message: ReceivedMessage,
  id: string,
  { document: doc, openUrl }: PostOptions,
): HTMLLIElement {
  const sender = message.from === '' ? 'Okänd avsändare' : message.from;
  const avatar = doc.createElement('span');
  avatar.className = 'avatar';
  avatar.setAttribute('aria-hidden', 'true');
  avatar.textContent = initials(sender);

  const meta = doc.createElement('p');
  meta.className = 'post-meta';
  const name = doc.createElement('span');
  name.className = 'post-sender';
  name.textContent = sender;
  meta.append(name, ' ', timeElement(message.createdDateTime, doc));

  const title = doc.createElement('h3');
  title.id = `${id}-title`;
  if (message.subject !== null) {
    title.className = 'post-subject';
    title.textContent = message.subject;
  } else {
    // Every post has a heading to jump to, as screen reader users move through a channel by headings.
    title.className = 'visually-hidden';
    title.textContent = `Inlägg från ${sender}`;
  }

  const body = doc.createElement('div');
  body.className = 'post-body';
  body.append(meta, title);
  if (message.text.trim() !== '') {
    const text = doc.createElement('p');
    text.className = 'post-text';
    text.textContent = message.text;
    body.append(text);
  }
  message.cards.forEach((card, index) =>
    body.append(renderCard(card, { document: doc, id: `${id}-card-${index + 1}`, headingLevel: 4, openUrl })),
  );

  const article = doc.createElement('article');
  article.className = 'post';
  article.setAttribute('aria-labelledby', title.id);
  article.append(avatar, body);
  const item = doc.createElement('li');
  item.append(article);
  return item;
}

function initials(name: string): string {
  const words = name.split(/\s+/).filter((w) => w !== '');
  return words
    .slice(0, 2)
    .map((w) => [...w][0]!.toUpperCase())
    .join('');
}

/** The Posts tab's panel: its list, its status line and its refresh button. */
export class PostsPanel {
  /** Only the newest reading is shown when two overlap (the tab opened while a refresh was under way). */
  private readings = 0;

  constructor(
    private readonly els: { list: HTMLOListElement; status: HTMLElement; refresh: HTMLButtonElement },
    private readonly openUrl: (url: string) => void,
  ) {
    els.refresh.addEventListener('click', () => void this.refresh());
  }

  /** Reads the channel's messages again and shows them, the newest scrolled into view. */
  async refresh(): Promise<void> {
    const reading = ++this.readings;
    this.els.status.textContent = 'Hämtar inlägg … / Loading posts …';
    const result = await readReceiver('/_host/api/channel-messages');
    if (reading !== this.readings) return;
    if (!result.ok) {
      this.els.list.replaceChildren();
      this.els.status.textContent = result.message;
      return;
    }
    const messages = readMessages(result.json);
    this.els.list.replaceChildren(...postItems(messages, { document, openUrl: this.openUrl }));
    this.els.status.textContent =
      messages.length === 0
        ? 'Inga inlägg ännu. / No posts yet.'
        : `${messages.length} inlägg / ${messages.length} ${messages.length === 1 ? 'post' : 'posts'}`;
    this.els.list.lastElementChild?.scrollIntoView?.({ block: 'end' });
  }
}
