// Who sent a message the host page received. Teams answers the app's frame and the windows it opened for the app
// (auth popups), and no other window. A message can also come from a document of the app's frame that is no longer
// there: when the host puts another document in the frame (the tab's settings, a save, a reload, a deep link), the
// old document's teams-js may post a request just before the navigation commits (its `initialize`, or `getContext`
// right after the answer to it), and Chromium delivers it after: the window that sent it is gone, so
// `event.source` is `null` (not the frame's window, which now holds the new document). Nobody is left to answer,
// Teams no more than the host, and the request was the app's own. The host ignores it (logged, not counted) while
// the frame is being replaced, from the host's navigation until the new document's `load`, and only when it is a
// teams-js request from the app's origin: anything else without a window, or at another time, is still unknown.
// No DOM here: the page passes its windows in, and the unit tests pass stand-ins.

/** Who sent a message. */
export type Sender =
  /** The document in the app's frame now. */
  | 'frame'
  /** An auth popup the host opened for the app. */
  | 'popup'
  /** A document of the app's frame that the host has replaced: gone, nothing to answer. */
  | 'replaced'
  /** A window the host does not know (a frame nested inside the app, another page), or none at all. */
  | 'unknown';

/** What the host knows of a message besides its source. */
export interface MessageFacts {
  /** Whether `event.origin` is one of the app's origins. */
  readonly appOrigin: boolean;
  /** Whether `event.data` is a teams-js request. */
  readonly teamsJsRequest: boolean;
}

/** The windows the host answers. */
export interface HostWindows {
  /** The app's frame's window (`iframe.contentWindow`), the same object whatever document it holds. */
  frame(): unknown;
  /** Whether `source` is one of the auth popups the host opened. */
  isPopup(source: unknown): boolean;
}

/** Tells the senders of messages apart, following the host's navigations of the app's frame. */
export class AppFrameSenders {
  /** Whether the host has put a document of the app in the frame (before that it holds nothing of the app's). */
  private holdsApp = false;
  /** Whether a document of the app is being replaced: from the host's navigation until the frame's `load`. */
  private replacing = false;

  constructor(private readonly windows: HostWindows) {}

  /** The host is navigating the app's frame (setting its `src`): the document it held, if the app's, goes. */
  navigating(): void {
    this.replacing ||= this.holdsApp;
    this.holdsApp = true;
  }

  /** The app's frame fired `load`: the document the host navigated to is there. */
  loaded(): void {
    this.replacing = false;
  }

  /** Who sent a message whose `event.source` is `source`. */
  sender(source: unknown, facts: MessageFacts): Sender {
    if (source !== null && source !== undefined) {
      if (source === this.windows.frame()) return 'frame';
      return this.windows.isPopup(source) ? 'popup' : 'unknown';
    }
    return this.replacing && facts.appOrigin && facts.teamsJsRequest ? 'replaced' : 'unknown';
  }
}
