/** @jest-environment jsdom */
// A channel's tabs follow the ARIA tabs pattern: one tab in the tab order, arrow keys, Home and End move to a tab
// and show its panel; outside a channel the tab list is gone and the app's frame is no tab panel.
import { getByRole } from '@testing-library/dom';
import { ChannelTabs, type ChannelTab } from '../../../emulators/teams-host/page/channelTabs';

function mount(): { tabs: ChannelTabs; chosen: ChannelTab[] } {
  document.body.innerHTML = `
    <div id="tablist" role="tablist" aria-label="Kanalens flikar" hidden>
      <button type="button" role="tab" id="tab-posts" aria-controls="posts">Inlägg</button>
      <button type="button" role="tab" id="tab-app" aria-controls="app">App</button>
    </div>
    <section id="posts" role="tabpanel" aria-labelledby="tab-posts"></section>
    <div id="app"></div>`;
  const byId = (id: string) => document.getElementById(id) as HTMLButtonElement;
  const chosen: ChannelTab[] = [];
  const tabs = new ChannelTabs(
    {
      tablist: byId('tablist'),
      posts: byId('tab-posts'),
      app: byId('tab-app'),
      postsPanel: byId('posts'),
      appPanel: byId('app'),
    },
    (tab) => chosen.push(tab),
  );
  return { tabs, chosen };
}

const key = (element: HTMLElement, name: string) =>
  element.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true }));

it('shows the tabs in a channel, the app’s selected, its frame the app tab’s panel', () => {
  const { tabs } = mount();
  tabs.place(true, 'Stödinventering');
  tabs.select('app');
  const app = getByRole(document.body, 'tab', { name: 'Stödinventering', selected: true });
  expect(app.tabIndex).toBe(0);
  expect(getByRole(document.body, 'tab', { name: 'Inlägg', selected: false }).tabIndex).toBe(-1);
  expect(getByRole(document.body, 'tabpanel', { name: 'Stödinventering' }).id).toBe('app');
  expect(document.getElementById('posts')!.hidden).toBe(true);
});

it('moves with arrow keys, Home and End, and says which tab the user chose', () => {
  const { tabs, chosen } = mount();
  tabs.place(true, 'Stödinventering');
  tabs.select('app');
  const app = document.getElementById('tab-app')!;
  key(app, 'ArrowRight');
  expect(document.activeElement!.id).toBe('tab-posts');
  expect(tabs.selected).toBe('posts');
  expect(document.getElementById('app')!.hidden).toBe(true);
  expect(document.getElementById('posts')!.hidden).toBe(false);
  key(document.getElementById('tab-posts')!, 'End');
  key(document.getElementById('tab-app')!, 'Home');
  key(document.getElementById('tab-posts')!, 'ArrowLeft');
  expect(chosen).toEqual(['posts', 'app', 'posts', 'app']);
  // The host switching tabs itself (to open a link) is no choice of the user's.
  tabs.select('posts');
  expect(chosen).toHaveLength(4);
});

it('leaves only the app outside a channel', () => {
  const { tabs } = mount();
  tabs.place(true, 'Stödinventering');
  tabs.select('posts');
  tabs.place(false, 'Stödinventering');
  expect(document.getElementById('tablist')!.hidden).toBe(true);
  expect(document.getElementById('app')!.hasAttribute('role')).toBe(false);
  expect(document.getElementById('app')!.hidden).toBe(false);
  expect(tabs.selected).toBe('app');
});
