// A channel's tabs, as Teams shows them above a channel: *Inlägg* (Posts) and the app's tab. A tab list by the
// ARIA pattern (arrow keys, Home and End move between the tabs and select them), shown only in a channel; in the
// personal app the app's panel is the page's and the tab roles are taken away.
// https://www.w3.org/WAI/ARIA/apg/patterns/tabs/

/** The channel's tabs. */
export type ChannelTab = 'posts' | 'app';

/** The tab list, its two tabs and their panels. */
export interface ChannelTabElements {
  readonly tablist: HTMLElement;
  readonly posts: HTMLButtonElement;
  readonly app: HTMLButtonElement;
  readonly postsPanel: HTMLElement;
  readonly appPanel: HTMLElement;
}

/** Switches between Posts and the app; `onSelect` hears of every selection the user makes. */
export class ChannelTabs {
  private current: ChannelTab = 'app';

  constructor(
    private readonly els: ChannelTabElements,
    private readonly onSelect: (tab: ChannelTab) => void,
  ) {
    const tabs = [els.posts, els.app];
    for (const tab of tabs) {
      tab.addEventListener('click', () => this.choose(tab === els.posts ? 'posts' : 'app'));
      tab.addEventListener('keydown', (event) => {
        const at = tabs.indexOf(tab);
        const to =
          event.key === 'ArrowRight'
            ? (at + 1) % tabs.length
            : event.key === 'ArrowLeft'
              ? (at + tabs.length - 1) % tabs.length
              : event.key === 'Home'
                ? 0
                : event.key === 'End'
                  ? tabs.length - 1
                  : undefined;
        if (to === undefined) return;
        event.preventDefault();
        tabs[to]!.focus();
        this.choose(to === 0 ? 'posts' : 'app');
      });
    }
  }

  /** The tab shown. */
  get selected(): ChannelTab {
    return this.current;
  }

  /** Shows the tabs in a channel (the app's tab named `appTabName`), or only the app. */
  place(inChannel: boolean, appTabName: string): void {
    const { tablist, app, appPanel } = this.els;
    tablist.hidden = !inChannel;
    app.textContent = appTabName;
    if (inChannel) {
      appPanel.setAttribute('role', 'tabpanel');
      appPanel.setAttribute('aria-labelledby', app.id);
    } else {
      appPanel.removeAttribute('role');
      appPanel.removeAttribute('aria-labelledby');
      this.select('app');
    }
  }

  /** Shows `tab` without telling `onSelect` (the host itself switching, e.g. to open a deep link). */
  select(tab: ChannelTab): void {
    this.current = tab;
    const posts = tab === 'posts';
    const { els } = this;
    els.posts.setAttribute('aria-selected', String(posts));
    els.app.setAttribute('aria-selected', String(!posts));
    els.posts.tabIndex = posts ? 0 : -1;
    els.app.tabIndex = posts ? -1 : 0;
    els.postsPanel.hidden = !posts;
    els.appPanel.hidden = posts;
  }

  private choose(tab: ChannelTab): void {
    this.select(tab);
    this.onSelect(tab);
  }
}
