/** @jest-environment jsdom */
// What the host shows of the Graph receiver's JSON (its side doors' shapes): the channel's posts oldest first,
// each an article with its sender, time, subject, text and cards; the activity feed newest first, each
// notification a button that opens its deep link. Read defensively: a field left out does not hide the rest.
import { getAllByRole, getByRole, queryByRole } from '@testing-library/dom';
import { feedItems } from '../../../emulators/teams-host/page/activityPanel';
import { postItems } from '../../../emulators/teams-host/page/postsPanel';
import { readFeed, readMessages } from '../../../emulators/teams-host/page/receiverData';

const card = {
  type: 'AdaptiveCard',
  version: '1.5',
  speak: 'Sammanställning för Gävle kommun.',
  body: [{ type: 'TextBlock', text: 'Stödinventering – sammanställning', style: 'heading', wrap: true }],
  actions: [
    { type: 'Action.OpenUrl', title: 'Öppna i Stödinventering', url: 'https://teams.microsoft.com/l/x' },
  ],
};

const messages = {
  value: [
    {
      id: '1',
      createdDateTime: '2026-05-04T10:00:00.000Z',
      via: 'workflows',
      from: { displayName: 'Workflows' },
      subject: null,
      summary: null,
      text: '',
      cards: [card],
    },
    {
      id: '2',
      createdDateTime: '2026-05-04T12:30:00.000Z',
      via: 'graph',
      from: { displayName: 'Pia Projektledare' },
      subject: 'Lägesrapport maj',
      summary: 'Sammanställning',
      text: 'Här är läget. <b>inte fet</b>',
      cards: [],
    },
  ],
};

function mount(items: HTMLElement[]): HTMLOListElement {
  const list = document.createElement('ol');
  list.append(...items);
  document.body.replaceChildren(list);
  return list;
}

describe('the channel’s posts', () => {
  it('lists the messages oldest first, each an article named by its subject or its sender', () => {
    // The receiver lists newest last; the host sorts by time whatever order it gets.
    const reversed = { value: [...messages.value].reverse() };
    const list = mount(postItems(readMessages(reversed), { document, openUrl: () => {} }));
    const articles = getAllByRole(list, 'article');
    expect(articles.map((a) => a.getAttribute('aria-labelledby'))).toEqual(['post-1-title', 'post-2-title']);
    expect(getByRole(list, 'article', { name: 'Inlägg från Workflows' })).toBe(articles[0]);
    expect(getByRole(list, 'article', { name: 'Lägesrapport maj' })).toBe(articles[1]);
  });

  it('shows sender, time, subject and text as written, and each card', () => {
    const opened: string[] = [];
    const list = mount(postItems(readMessages(messages), { document, openUrl: (url) => opened.push(url) }));
    const [first, second] = getAllByRole(list, 'article');
    expect(first!.querySelector('.post-sender')!.textContent).toBe('Workflows');
    const time = first!.querySelector('time')!;
    expect(time.dateTime).toBe('2026-05-04T10:00:00.000Z');
    expect(time.textContent).toMatch(/^2026-05-04 \d\d:00$/);
    const region = getByRole(first!, 'region', { name: 'Stödinventering – sammanställning' });
    expect(getByRole(region, 'heading', { level: 4 })).toBeTruthy();
    getByRole(region, 'button', { name: 'Öppna i Stödinventering' }).click();
    expect(opened).toEqual(['https://teams.microsoft.com/l/x']);
    expect(getByRole(second!, 'heading', { level: 3 }).textContent).toBe('Lägesrapport maj');
    expect(second!.querySelector('.post-text')!.textContent).toBe('Här är läget. <b>inte fet</b>');
    expect(second!.querySelector('b')).toBeNull();
    expect(queryByRole(second!, 'region')).toBeNull();
  });

  it('keeps what it can read of a message with fields missing or of the wrong type', () => {
    const read = readMessages({
      value: [{ id: 3, from: 'x', subject: 7, cards: 'no', text: 'Bara text' }, null],
    });
    expect(read).toEqual([
      { id: '', createdDateTime: '', from: '', subject: null, text: 'Bara text', cards: [] },
      { id: '', createdDateTime: '', from: '', subject: null, text: '', cards: [] },
    ]);
    expect(readMessages({ error: 'x' })).toEqual([]);
    const list = mount(postItems(read, { document, openUrl: () => {} }));
    expect(getAllByRole(list, 'article').map((a) => a.querySelector('.post-sender')!.textContent)).toEqual([
      'Okänd avsändare',
      'Okänd avsändare',
    ]);
  });
});

describe('the activity feed', () => {
  const feed = {
    value: [
      {
        id: 'a1',
        createdDateTime: '2026-05-04T08:00:00.000Z',
        activityType: 'inventoryReturned',
        actor: { displayName: 'Pia Projektledare' },
        text: 'Pia Projektledare skickade tillbaka inventeringen för Hemtjänst Norr',
        previewText: 'Komplettera antalet årsarbetare',
        topic: {
          source: 'text',
          value: 'Stödinventering',
          webUrl: 'https://teams.microsoft.com/l/entity/a/b',
        },
      },
      {
        id: 'a2',
        createdDateTime: '2026-05-04T09:00:00.000Z',
        activityType: 'reminder',
        actor: { displayName: 'Stödinventering' },
        text: 'Påminnelse: inventeringen stänger på fredag',
        previewText: null,
        topic: { source: 'text', value: 'Stödinventering', webUrl: null },
      },
    ],
  };

  it('lists notifications newest first; one with a deep link is a button that opens it', () => {
    const opened: string[] = [];
    const list = mount(feedItems(readFeed(feed), { document, open: (url) => opened.push(url) }));
    const items = [...list.children];
    expect(items.map((li) => li.querySelector('.feed-text')!.textContent)).toEqual([
      'Påminnelse: inventeringen stänger på fredag',
      'Pia Projektledare skickade tillbaka inventeringen för Hemtjänst Norr',
    ]);
    // Without a link it is shown, not offered.
    expect(queryByRole(items[0] as HTMLElement, 'button')).toBeNull();
    const button = getByRole(list, 'button', { name: /skickade tillbaka/ });
    expect(button.textContent).toContain('Komplettera antalet årsarbetare');
    expect(button.querySelector('.feed-actor')!.textContent).toBe('Pia Projektledare');
    button.click();
    expect(opened).toEqual(['https://teams.microsoft.com/l/entity/a/b']);
  });
});
