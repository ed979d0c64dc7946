/** @jest-environment jsdom */
// Who sent a message to the host page. The app's frame and the host's popups are answered; a teams-js request that
// comes with no window (`event.source` null) from the app's origin while the host is replacing the frame's document
// is the old document's, posted just before the navigation committed, and is ignored without counting; any other
// message without a window, or from another window, stays unknown and counts as unanswered.
import { AppFrameSenders, type MessageFacts } from '../../../emulators/teams-host/page/senders';
import { ProtocolLog } from '../../../emulators/teams-host/page/protocolLog';

const frameWindow = { name: 'the frame' };
const popup = { name: 'a popup' };
const nested = { name: 'a frame inside the app' };
const request: MessageFacts = { appOrigin: true, teamsJsRequest: true };

function senders(): AppFrameSenders {
  return new AppFrameSenders({ frame: () => frameWindow, isPopup: (source) => source === popup });
}

/** The host as it is after loading the app once and then replacing its document (opening the tab's settings). */
function replacing(): AppFrameSenders {
  const s = senders();
  s.navigating();
  s.loaded();
  s.navigating();
  return s;
}

describe('the senders of messages to the host page', () => {
  it('knows the app’s frame and its popups, at any time', () => {
    const s = senders();
    expect(s.sender(frameWindow, request)).toBe('frame');
    expect(s.sender(popup, request)).toBe('popup');
    s.navigating();
    expect(s.sender(frameWindow, request)).toBe('frame');
    s.navigating();
    expect(s.sender(frameWindow, request)).toBe('frame');
    expect(s.sender(popup, { appOrigin: false, teamsJsRequest: false })).toBe('popup');
  });

  it('ignores a teams-js request without a window while the host replaces the app’s document', () => {
    // The race of the board's channel: the content page's getContext reaches the host after the settings page
    // has taken the frame, from a window that no longer exists.
    const s = replacing();
    expect(s.sender(null, request)).toBe('replaced');
    expect(s.sender(null, request)).toBe('replaced');
    // A second navigation before the first has loaded (save, then a reload) still replaces app documents.
    s.navigating();
    expect(s.sender(null, request)).toBe('replaced');
  });

  it('does not ignore it once the new document has loaded', () => {
    const s = replacing();
    s.loaded();
    expect(s.sender(null, request)).toBe('unknown');
  });

  it('does not ignore it when no document of the app was replaced: the first load, or before any', () => {
    const s = senders();
    expect(s.sender(null, request)).toBe('unknown');
    s.navigating(); // the frame held nothing of the app's (about:blank)
    expect(s.sender(null, request)).toBe('unknown');
    s.loaded();
    expect(s.sender(null, request)).toBe('unknown');
  });

  it('does not ignore a window of its own, another origin or no teams-js request, even while replacing', () => {
    const s = replacing();
    expect(s.sender(nested, request)).toBe('unknown');
    expect(s.sender(null, { appOrigin: false, teamsJsRequest: true })).toBe('unknown');
    expect(s.sender(null, { appOrigin: true, teamsJsRequest: false })).toBe('unknown');
    expect(s.sender(undefined, { appOrigin: false, teamsJsRequest: false })).toBe('unknown');
  });
});

describe('the protocol log', () => {
  it('shows an ignored request without counting it; refused and unknown ones count', () => {
    document.body.innerHTML = '<ol id="list"></ol><output id="counter">0</output>';
    const log = new ProtocolLog({
      list: document.getElementById('list') as HTMLOListElement,
      counter: document.getElementById('counter') as HTMLOutputElement,
    });
    const message = { id: 1, func: 'getContext', args: [] };
    log.add({ direction: 'in', frame: 'ersatt', func: 'getContext', message, status: 'ignored', note: 'x' });
    expect(log.unanswered()).toBe(0);
    expect(document.getElementById('list')!.textContent).toContain('getContext – ignorerat – x');
    log.add({ direction: 'in', frame: '?', func: '?', message, status: 'refused' });
    log.add({ direction: 'in', frame: 'content', func: 'nope', message, status: 'unknown' });
    expect(log.unanswered()).toBe(2);
    expect(log.all().map((e) => e.status)).toEqual(['ignored', 'refused', 'unknown']);
  });
});
