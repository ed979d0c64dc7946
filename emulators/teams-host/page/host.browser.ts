// The host page's script: frames the app, receives every postMessage from it (and from its auth popups), answers
// through the protocol module as Teams does, applies what the answers mean to the page, logs both ways, and
// sends the events Teams sends (theme changes, settings.save); in a channel it shows the Posts tab, and the rail
// the signed-in person's Activity. Served as an ES module by the host (modules.ts).
import { answerRequest, themeChangeEvent, type HostEffect, type HostPorts } from '../protocol/answer';
import {
  expandPlaceholders,
  legacyContext,
  type HostState,
  type TabInstanceConfig,
} from '../protocol/context';
import { linkDestination } from '../protocol/linkDestination';
import { hostEvent, readRequest, type HostEvent, type HostResponse } from '../protocol/messages';
import type { FrameContext } from '../protocol/runtime';
import { ActivityPanel } from './activityPanel';
import { ChannelTabs } from './channelTabs';
import { newSessionId, queryOf, stateFromQuery, wantedUser } from './hostState';
import type { PageConfig } from './pageConfig';
import { PostsPanel } from './postsPanel';
import { ProtocolLog } from './protocolLog';
import { AppFrameSenders } from './senders';

const byId = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

const config = JSON.parse(byId('host-config').textContent ?? '{}') as PageConfig;
const frame = byId<HTMLIFrameElement>('app-frame');
const els = {
  persona: byId<HTMLSelectElement>('persona'),
  otherGroup: byId<HTMLDivElement>('other-upn-group'),
  otherUpn: byId<HTMLInputElement>('other-upn'),
  otherApply: byId<HTMLButtonElement>('other-upn-apply'),
  theme: byId<HTMLSelectElement>('theme'),
  locale: byId<HTMLSelectElement>('locale'),
  place: byId<HTMLSelectElement>('place'),
  naa: byId<HTMLInputElement>('naa'),
  reload: byId<HTMLButtonElement>('reload'),
  railApp: byId<HTMLButtonElement>('rail-app'),
  title: byId<HTMLHeadingElement>('app-title'),
  placeText: byId<HTMLParagraphElement>('app-place'),
  configure: byId<HTMLButtonElement>('configure'),
  settingsActions: byId<HTMLSpanElement>('settings-actions'),
  save: byId<HTMLButtonElement>('save'),
  cancel: byId<HTMLButtonElement>('cancel'),
  status: byId<HTMLParagraphElement>('app-status'),
  alerts: byId<HTMLDivElement>('alerts'),
  clearLog: byId<HTMLButtonElement>('clear-log'),
  shareDialog: byId<HTMLDialogElement>('share-dialog'),
  shareLabel: byId<HTMLSpanElement>('share-label'),
  shareLink: byId<HTMLInputElement>('share-link'),
  shareCopy: byId<HTMLButtonElement>('share-copy'),
  shareClose: byId<HTMLButtonElement>('share-close'),
};
const log = new ProtocolLog({
  list: byId<HTMLOListElement>('log-entries'),
  counter: byId<HTMLOutputElement>('unanswered-count'),
});
const posts = new PostsPanel(
  {
    list: byId<HTMLOListElement>('posts-list'),
    status: byId('posts-status'),
    refresh: byId<HTMLButtonElement>('posts-refresh'),
  },
  (url) => openLink(url),
);
const tabs = new ChannelTabs(
  {
    tablist: byId('channel-tabs'),
    posts: byId<HTMLButtonElement>('tab-posts'),
    app: byId<HTMLButtonElement>('tab-app'),
    postsPanel: byId('posts-panel'),
    appPanel: byId('app-panel'),
  },
  (tab) => {
    // Teams reads a channel's posts again when its Posts tab is opened.
    if (tab === 'posts') void posts.refresh();
    renderChrome();
  },
);
const activity = new ActivityPanel(
  {
    button: byId<HTMLButtonElement>('rail-activity'),
    count: byId('activity-count'),
    countText: byId('activity-count-text'),
    panel: byId('activity-panel'),
    refresh: byId<HTMLButtonElement>('activity-refresh'),
    close: byId<HTMLButtonElement>('activity-close'),
    status: byId('activity-status'),
    list: byId<HTMLOListElement>('activity-list'),
  },
  { upn: () => (signedIn ? state.user.upn : undefined), open: (url) => openLink(url) },
);

const query = new URLSearchParams(window.location.search);
const wanted = wantedUser(query, config);
/**
 * Whether `state.user` is a person the host signed in. Not while a UPN from the address (`?as=`) that is none of
 * the personas is being resolved, nor when the server refused it: then the user is only the text asked for, and
 * the app is not loaded — the host never shows it as anybody else.
 */
let signedIn = wanted.kind === 'persona';
let state: HostState = stateFromQuery(
  query,
  config,
  wanted.kind === 'persona' ? wanted.user : { upn: wanted.upn, name: wanted.upn, oid: '' },
);
/** The alert saying why nobody is signed in, removed once somebody is. */
let signInAlert: HTMLElement | undefined;
let frameContext: FrameContext = 'content';
let pendingConfig: TabInstanceConfig | undefined;
const registeredHandlers = new Set<string>();
/** Auth popups opened for `authentication.authenticate`, and how to finish each. */
const popups = new Map<Window, { origin: string; finish: (result: [boolean, string]) => void }>();
/** Who sent a message: the app's frame, a popup, a document of the frame the host has replaced, or unknown. */
const senders = new AppFrameSenders({
  frame: () => frame.contentWindow,
  isPopup: (source) => popups.has(source as Window),
});
frame.addEventListener('load', () => senders.loaded());

// ---- the app frame ----

function appUrl(): string {
  const template =
    frameContext === 'settings'
      ? config.configurationUrl
      : state.place === 'channel'
        ? state.tabConfig.contentUrl
        : config.tabUrl;
  return expandPlaceholders(template, legacyContext(state, frameContext));
}

/**
 * (Re)loads the app as Teams does: a new app session, handlers forgotten, the context of the new frame; in a
 * channel the app's tab is shown.
 */
function loadApp(next: FrameContext = 'content'): void {
  frameContext = next;
  tabs.select('app');
  state = { ...state, appSessionId: newSessionId() };
  registeredHandlers.clear();
  pendingConfig = undefined;
  renderChrome();
  window.history.replaceState(null, '', queryOf(state));
  if (!signedIn) {
    setStatus('Appen visas inte: ingen är inloggad. / The app is not shown: nobody is signed in.');
    return;
  }
  const url = appUrl();
  setStatus(`Appen laddas … (${url})`);
  senders.navigating();
  frame.src = url;
}

function renderChrome(): void {
  document.body.className = `theme-${state.theme}`;
  els.persona.value = config.personas.some((p) => p.upn === state.user.upn) ? state.user.upn : 'other';
  els.otherGroup.hidden = els.persona.value !== 'other';
  if (els.persona.value === 'other') els.otherUpn.value = state.user.upn;
  els.theme.value = state.theme;
  els.locale.value = state.locale;
  els.place.value = state.place;
  els.naa.checked = state.nestedAppAuth;
  const inChannel = state.place === 'channel';
  // A channel's header names the team and the channel; its tabs name the app's tab.
  els.placeText.textContent = inChannel
    ? state.channel.teamName
    : `Personlig app · ${signedIn ? state.user.name : 'ingen inloggad'}`;
  els.title.textContent = inChannel ? state.channel.channelName : config.appName;
  tabs.place(inChannel, state.tabConfig.suggestedDisplayName ?? config.appName);
  els.configure.hidden = !inChannel || frameContext === 'settings' || tabs.selected !== 'app';
  // The app's status line is about the app's tab, not Posts.
  els.status.hidden = tabs.selected !== 'app';
  els.settingsActions.hidden = frameContext !== 'settings';
  els.save.disabled = true;
}

function setStatus(text: string): void {
  els.status.textContent = text;
}

function alertUser(text: string): void {
  const line = document.createElement('p');
  line.textContent = text;
  els.alerts.append(line);
}

// ---- sending ----

/** Posts to one window at its exact origin (never `*`: the app's window may have navigated elsewhere). */
function postTo(
  target: Window,
  message: HostResponse | HostEvent,
  where: { label: string; origin: string; answering?: string },
): void {
  const { label, origin, answering } = where;
  target.postMessage(message, origin);
  log.add({
    direction: 'out',
    frame: label,
    func: 'func' in message ? message.func : `svar på #${message.id} ${answering ?? ''}`.trim(),
    message,
    status: 'ok',
  });
}

/** Sends a host event to the app (and its popups), as Teams does whether or not a handler is registered. */
function sendEvent(event: HostEvent): void {
  if (signedIn && frame.contentWindow)
    postTo(frame.contentWindow, event, { label: frameContext, origin: new URL(frame.src).origin });
  for (const [popup, { origin }] of popups) postTo(popup, event, { label: 'authentication', origin });
}

// ---- ports: tokens from the host's Node process, popups from this page ----

async function postJson<T>(path: string, body: unknown): Promise<T> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = (await response.json().catch(() => ({}))) as T & { error?: string };
  if (!response.ok) throw new Error(json.error ?? `HTTP ${response.status}`);
  return json;
}

const ports: HostPorts = {
  nestedAppAuth: async (envelope) =>
    (await postJson<{ envelope: string }>('/_host/api/naa', { envelope, user: state.user })).envelope,
  ssoToken: async ({ resources }) =>
    (await postJson<{ token: string }>('/_host/api/sso', { user: state.user, resources })).token,
  authenticate: ({ url, width, height }) =>
    new Promise((resolve) => {
      const popup = window.open(url, '_blank', `popup,width=${width ?? 600},height=${height ?? 535}`);
      if (!popup) {
        resolve([false, 'The browser blocked the sign-in window.']);
        return;
      }
      const watch = window.setInterval(() => {
        if (popup.closed) finish([false, 'CancelledByUser']);
      }, 500);
      const finish = (result: [boolean, string]) => {
        window.clearInterval(watch);
        popups.delete(popup);
        resolve(result);
      };
      popups.set(popup, { origin: new URL(url, window.location.href).origin, finish });
    }),
};

// ---- receiving ----

window.addEventListener('message', (event: MessageEvent) => {
  const request = readRequest(event.data);
  const sender = senders.sender(event.source, {
    appOrigin: config.appOrigins.includes(event.origin),
    teamsJsRequest: request !== undefined,
  });
  if (sender === 'replaced') {
    // Posted by the frame's previous document as the host replaced it: Teams drops it; nobody is left to answer.
    log.add({
      direction: 'in',
      frame: 'ersatt',
      func: request?.func ?? '?',
      message: event.data,
      status: 'ignored',
      note: `från ett dokument som värden redan har ersatt, ${event.origin}`,
    });
    return;
  }
  if (sender === 'unknown' || event.source === null) {
    // Not from the app or its popups (a frame inside the app, another page): logged and counted, never answered.
    log.add({
      direction: 'in',
      frame: '?',
      func: '?',
      message: event.data,
      status: 'refused',
      note: `okänt fönster, ${event.origin}`,
    });
    alertUser(`Ett meddelande från ett fönster som inte är appens (${event.origin}) besvarades inte.`);
    return;
  }
  const source = event.source as Window;
  const label = sender === 'frame' ? frameContext : 'authentication';
  if (!config.appOrigins.includes(event.origin)) {
    log.add({
      direction: 'in',
      frame: label,
      func: '?',
      message: event.data,
      status: 'refused',
      note: `ursprung ${event.origin}`,
    });
    alertUser(`Ett meddelande från ${event.origin} avvisades: ursprunget är inte appens.`);
    return;
  }
  if (!request) {
    log.add({
      direction: 'in',
      frame: label,
      func: '?',
      message: event.data,
      status: 'refused',
      note: 'inget teams-js-anrop',
    });
    alertUser('Appen skickade ett meddelande som inte är ett teams-js-anrop (se loggen).');
    return;
  }
  const answer = answerRequest(request, { state, frameContext: label as FrameContext, ports });
  log.add({
    direction: 'in',
    frame: label,
    func: request.func,
    message: event.data,
    status: answer.outcome === 'answered' ? 'ok' : answer.outcome,
  });
  for (const effect of answer.effects) apply(effect, source);
  if (answer.response !== undefined) {
    void Promise.resolve(answer.response).then(
      (response) => postTo(source, response, { label, origin: event.origin, answering: request.func }),
      (error: unknown) => {
        log.add({
          direction: 'out',
          frame: label,
          func: request.func,
          message: String(error),
          status: 'refused',
          note: 'kunde inte svara',
        });
      },
    );
  }
});

function apply(effect: HostEffect, source: Window): void {
  switch (effect.kind) {
    case 'appLoaded':
      setStatus('Appen har laddats och väntar på notifySuccess.');
      return;
    case 'appSucceeded':
      setStatus('Appen är klar.');
      return;
    case 'appFailed':
      setStatus(`Appen kunde inte starta: ${effect.reason}${effect.message ? ` – ${effect.message}` : ''}`);
      if (!effect.expected) alertUser(`Appen rapporterade ett fel: ${effect.reason} ${effect.message ?? ''}`);
      return;
    case 'handlerRegistered':
      registeredHandlers.add(effect.name);
      return;
    case 'navigate':
      state = withSubEntity(state, effect.subEntityId);
      loadApp('content');
      return;
    case 'openWindow':
      window.open(effect.url, '_blank', 'noopener');
      return;
    case 'shareDeepLink':
      openShareDialog(effect);
      return;
    case 'validity':
      els.save.disabled = !effect.valid;
      return;
    case 'tabConfigured':
      pendingConfig = effect.config;
      return;
    case 'saveFinished':
      if (effect.ok) {
        state = { ...state, tabConfig: pendingConfig ?? state.tabConfig };
        loadApp('content');
      } else alertUser(`Fliken kunde inte sparas: ${effect.reason ?? ''}`);
      return;
    case 'removeFinished':
      setStatus(effect.ok ? 'Fliken togs bort.' : `Fliken kunde inte tas bort: ${effect.reason ?? ''}`);
      return;
    case 'authenticateFinished':
      popups.get(source)?.finish([effect.ok, effect.value]);
      return;
    case 'returnFocus':
      (effect.forward ? els.clearLog : els.railApp).focus();
      return;
    case 'unknownCall':
      alertUser(
        `Appen anropade ${effect.func}, som den lokala värden inte känner till; den svarade "not supported".`,
      );
      return;
  }
}

/** Opens a link chosen in the host's own UI (a card's action, an activity) where Teams would. */
function openLink(url: string): void {
  const destination = linkDestination(url, state);
  switch (destination.kind) {
    case 'tab':
      state = { ...withSubEntity(state, destination.subEntityId), place: destination.place };
      loadApp('content');
      return;
    case 'window':
      window.open(destination.url, '_blank', 'noopener');
      return;
    case 'refused':
      alertUser(destination.reason);
      return;
  }
}

function withSubEntity(from: HostState, subEntityId: string | undefined): HostState {
  const { subEntityId: _previous, ...rest } = from;
  return subEntityId === undefined ? rest : { ...rest, subEntityId };
}

function openShareDialog(effect: Extract<HostEffect, { kind: 'shareDeepLink' }>): void {
  const entityId = state.place === 'channel' ? (state.tabConfig.entityId ?? '') : state.entityId;
  const context = {
    subEntityId: effect.subPageId,
    ...(state.place === 'channel' && { channelId: state.channel.channelId }),
  };
  const link =
    `https://teams.microsoft.com/l/entity/${encodeURIComponent(state.appId)}/${encodeURIComponent(entityId)}` +
    `?${effect.webUrl ? `webUrl=${encodeURIComponent(effect.webUrl)}&` : ''}label=${encodeURIComponent(effect.label)}` +
    `&context=${encodeURIComponent(JSON.stringify(context))}`;
  els.shareLabel.textContent = effect.label;
  els.shareLink.value = link;
  els.shareDialog.showModal();
}

// ---- the toolbar ----

/** A UPN that is none of the personas, as the host's server resolves it (it refuses what is no UPN). */
async function lookUp(upn: string): Promise<HostState['user']> {
  const user = await postJson<{ upn: string; name: string; oid: string }>('/_host/api/persona', { upn });
  return { upn: user.upn, name: user.name, oid: user.oid };
}

async function signIn(upn: string): Promise<void> {
  const persona = config.personas.find((p) => p.upn === upn);
  const user = persona ? { upn: persona.upn, name: persona.name, oid: persona.oid } : await lookUp(upn);
  state = { ...state, user, sessionId: newSessionId() };
  signedIn = true;
  signInAlert?.remove();
  signInAlert = undefined;
  // Teams reloads its apps when the user switches account, and shows the new user's activity.
  loadApp('content');
  void activity.refresh();
}

/** Says, in Swedish and English, that the host could not sign in as `upn` (and that the app is not shown). */
function signInFailed(upn: string, error: unknown, from: 'address' | 'toolbar'): HTMLElement {
  const message = error instanceof Error ? error.message : String(error);
  const [sv, en = sv] = message.split(' / ');
  const fromAddress = from === 'address';
  const swedish = document.createElement('p');
  swedish.textContent =
    `Kunde inte logga in som ”${upn}”${fromAddress ? ' (as= i adressen)' : ''}: ${sv}` +
    (signedIn ? '' : ' Appen visas inte; välj vem som är inloggad i verktygsfältet.');
  const english = document.createElement('p');
  english.lang = 'en';
  english.textContent =
    `Could not sign in as "${upn}"${fromAddress ? ' (as= in the address)' : ''}: ${en}` +
    (signedIn ? '' : ' The app is not shown; choose who is signed in in the toolbar.');
  const both = document.createElement('div');
  both.append(swedish, english);
  els.alerts.append(both);
  return both;
}

els.persona.addEventListener('change', () => {
  if (els.persona.value === 'other') {
    els.otherGroup.hidden = false;
    els.otherUpn.focus();
    return;
  }
  void signIn(els.persona.value);
});
els.otherApply.addEventListener('click', () => {
  const upn = els.otherUpn.value.trim();
  if (upn !== '') signIn(upn).catch((error: unknown) => signInFailed(upn, error, 'toolbar'));
});
els.theme.addEventListener('change', () => {
  state = { ...state, theme: els.theme.value as HostState['theme'] };
  document.body.className = `theme-${state.theme}`;
  window.history.replaceState(null, '', queryOf(state));
  // Live, as Teams does: the app is not reloaded, it gets the event.
  sendEvent(themeChangeEvent(state.theme));
});
els.locale.addEventListener('change', () => {
  state = { ...state, locale: els.locale.value as HostState['locale'] };
  loadApp('content');
});
els.place.addEventListener('change', () => {
  state = { ...state, place: els.place.value as HostState['place'] };
  loadApp('content');
});
els.naa.addEventListener('change', () => {
  state = { ...state, nestedAppAuth: els.naa.checked };
  loadApp('content');
});
els.reload.addEventListener('click', () => loadApp(frameContext));
els.configure.addEventListener('click', () => loadApp('settings'));
els.save.addEventListener('click', () => {
  els.save.disabled = true;
  sendEvent(hostEvent('settings.save', []));
});
els.cancel.addEventListener('click', () => loadApp('content'));
els.clearLog.addEventListener('click', () => log.clear());
els.shareClose.addEventListener('click', () => els.shareDialog.close());
els.shareCopy.addEventListener('click', () => {
  void navigator.clipboard?.writeText(els.shareLink.value).catch(() => els.shareLink.select());
});
for (const item of document.querySelectorAll<HTMLButtonElement>('[data-unavailable]')) {
  item.addEventListener('click', () =>
    setStatus(`${item.dataset.unavailable} finns inte i den lokala värden.`),
  );
}
els.railApp.addEventListener('click', () => loadApp('content'));

// For tests and the curious: what the host saw and how many messages it could not answer.
Object.assign(window, {
  teamsHost: {
    unanswered: () => log.unanswered(),
    log: () => log.all(),
    registeredHandlers: () => [...registeredHandlers],
    state: () => state,
    signedIn: () => signedIn,
  },
});

/** Signs in as the address asks (a UPN that is no persona through the server) and loads the app, or says why not. */
async function start(): Promise<void> {
  if (wanted.kind === 'upn') {
    renderChrome();
    setStatus(`Loggar in som ${wanted.upn} …`);
    let user: HostState['user'];
    try {
      user = await lookUp(wanted.upn);
    } catch (error) {
      if (!signedIn) {
        signInAlert = signInFailed(wanted.upn, error, 'address');
        loadApp('content');
      }
      return;
    }
    // Somebody was chosen in the toolbar meanwhile: they are signed in, and the app is loaded for them.
    if (signedIn) return;
    state = { ...state, user };
    signedIn = true;
  }
  loadApp('content');
  void activity.refresh();
}

void start();
