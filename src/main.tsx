// Composition root: the only file that wires live objects (host, repositories, token providers) into the UI.
import { createRoot, type Root } from 'react-dom/client';
import { chooseTokenProvider, loadRuntimeConfig, type RuntimeConfig } from './auth';
import {
  addStringTable,
  asAppError,
  boardDeepLink,
  boardEntityId,
  resolveLocale,
  type Locale,
  type MessageKey,
  type TokenProvider,
} from './domain';
import { type ComparisonRepository } from './domain/ports';
import { createSharePointClient } from './sharepoint/client';
import { SharePointInventoryRepository } from './sharepoint/repositories/inventoryRepository';
import { signedInUpn } from './sharepoint/signedInUser';
import { connectToTeams, unitIdFromSubEntity, type TeamsHost } from './teams';
import { type TabChoice } from './ui/tabSettings/TabSettingsPage';
import { AppRoot, type TeamsThemeName } from './ui/AppRoot';
import { ManagerApp } from './ui/app/ManagerApp';
import { routeHash } from './ui/app/route';
import { browserConnectivity, ServicesContext, type ManagerServices } from './ui/services';
import { StartupProblem } from './ui/StartupProblem';
import { type DashboardThread } from './workers/dashboardThread';
import { type ProjectTeamServices } from './composition/projectTeam';

/** Who is signed in and how the host wants the tab: everything the app needs besides the site. */
export interface TabSession {
  /** Bearer tokens for SharePoint (dev identity here; nested app auth in Teams, MSAL in a browser). */
  readonly tokens: TokenProvider;
  /** The signed-in user's UPN: the manager whose units the tab shows. */
  readonly upn: string;
  readonly locale: Locale;
  /** The Teams theme (`app.theme` in the Teams context). */
  readonly themeName: TeamsThemeName;
}

/** How the page looks before anyone is signed in: from Teams, else from the address (`?lang=en`, `?theme=dark`). */
interface Looks {
  locale: Locale;
  themeName: TeamsThemeName;
}

/** The comparisons' repository, loaded when a manager opens their comparison or the project team publishes. */
async function comparisonRepository(
  sp: ReturnType<typeof createSharePointClient>,
): Promise<ComparisonRepository> {
  const { SharePointComparisonRepository } = await import(
    /* webpackChunkName: "comparison" */ './sharepoint/repositories/comparisonRepository'
  );
  return new SharePointComparisonRepository(sp);
}

/** The tab's own address with `query`, as Teams opens it (no hash). */
function tabAddress(query: Record<string, string>): string {
  const url = new URL(window.location.href);
  url.search = new URLSearchParams(query).toString();
  url.hash = '';
  return url.href;
}

/** The deep link a summary card's button opens: the board's tab of the scope in its channel. */
function boardLink(config: RuntimeConfig, scopeKey: string, label: string): string {
  const webUrl = tabAddress({ view: 'board', scope: scopeKey });
  if (config.channel === undefined) return webUrl;
  return boardDeepLink({
    appId: config.channel.appId,
    channelId: config.channel.channelId,
    scopeKey,
    label,
    webUrl,
  });
}

/**
 * Returns `renderApp(session)`, which renders the manager's tab for a signed-in session. Call it again when the
 * host changes theme or language: it re-renders in the same root and keeps the repositories (and the form's
 * state) as long as `tokens` and `upn` are the same objects.
 */
export function tabRenderer(root: Root, config: RuntimeConfig): (session: TabSession) => void {
  let services: ManagerServices | undefined;
  let madeFor: { tokens: TokenProvider; upn: string } | undefined;
  return (session) => {
    if (services === undefined || madeFor?.tokens !== session.tokens || madeFor.upn !== session.upn) {
      const sp = createSharePointClient({ siteUrl: config.siteUrl, tokens: session.tokens });
      // The overview reads and counts on a worker thread, started with the first look at it (few users ever do).
      let dashboard: Promise<DashboardThread> | undefined;
      // The project team's services: their wiring loads with the first of them used.
      let team: Promise<ProjectTeamServices> | undefined;
      const projectTeam = () =>
        (team ??= import(/* webpackChunkName: "project-team" */ './composition/projectTeam').then((m) =>
          m.projectTeamServices({
            sp,
            config,
            tokens: session.tokens,
            upn: session.upn,
            boardLink: (scopeKey, label) => boardLink(config, scopeKey, label),
            tabAddress,
          }),
        ));
      services = {
        upn: session.upn,
        inventories: new SharePointInventoryRepository(sp),
        // The overview is for the few who review; its repository loads with the first look at it.
        dashboard: {
          loadView: async (query, options) => {
            dashboard ??= import('./workers/dashboardThread').then(({ dashboardThread }) =>
              dashboardThread({ siteUrl: config.siteUrl, tokens: session.tokens }),
            );
            return (await dashboard).loadView(query, options);
          },
        },
        exports: async () => (await projectTeam()).exports(),
        settings: async () => (await projectTeam()).settings(),
        scenarios: async () => (await projectTeam()).scenarios(),
        board: async () => (await projectTeam()).board(),
        reminders: async () => (await projectTeam()).reminders(),
        bookings: async () => (await projectTeam()).bookings(),
        consultation: async () => (await projectTeam()).consultation(),
        presentation: async () => (await projectTeam()).presentation(),
        // A manager opens their comparison now and then, the project team publishes: neither at start.
        comparisons: {
          load: async (query) => (await comparisonRepository(sp)).load(query),
          publish: async (query) => (await comparisonRepository(sp)).publish(query),
        },
        storage: window.localStorage,
        connectivity: browserConnectivity(window),
        now: () => new Date(),
      };
      madeFor = { tokens: session.tokens, upn: session.upn };
    }
    document.documentElement.lang = session.locale;
    root.render(
      <AppRoot theme={session.themeName} locale={session.locale}>
        <ServicesContext.Provider value={services}>
          <ManagerApp services={services} locale={session.locale} />
        </ServicesContext.Provider>
      </AppRoot>,
    );
  };
}

/**
 * The strings of `locale`: Swedish is in the bundle; English, which most users never see, loads here. If it cannot
 * load (the network dropped), the tab speaks Swedish, its first language, rather than not start.
 */
async function withStrings(locale: Locale): Promise<Locale> {
  if (locale === 'sv') return locale;
  try {
    addStringTable('en', (await import(/* webpackChunkName: "en" */ './domain/i18n/en')).en);
    return locale;
  } catch {
    return 'sv';
  }
}

function themeOf(name: string | null): TeamsThemeName {
  return name === 'dark' || name === 'contrast' ? name : 'default';
}

function renderProblem(root: Root, looks: Looks, problem: MessageKey, detail?: string): void {
  document.documentElement.lang = looks.locale;
  root.render(
    <AppRoot theme={looks.themeName} locale={looks.locale}>
      <StartupProblem locale={looks.locale} problem={problem} {...(detail !== undefined && { detail })} />
    </AppRoot>,
  );
}

/**
 * The channel tab's settings page: Save stores the app (this page's address without `?view=config`) or the board's
 * summary of an area (`?view=board&scope=…`) as the tab. Loaded on demand: it shows when someone adds the tab to
 * a channel or opens its settings.
 */
async function renderTabSettings(
  root: Root,
  host: TeamsHost,
  looks: Looks,
  config: RuntimeConfig,
): Promise<void> {
  const [{ TabSettingsPage }, { SharePointPublicationStore }, { boardTranslator }] = await Promise.all([
    import(/* webpackChunkName: "tab-settings" */ './ui/tabSettings/TabSettingsPage'),
    import(/* webpackChunkName: "tab-settings" */ './sharepoint/repositories/publicationStore'),
    import(/* webpackChunkName: "tab-settings" */ './ui/board/boardStrings'),
  ]);
  const t = boardTranslator(looks.locale);
  let choice: TabChoice = { kind: 'app' };
  host.tabConfiguration.onSave(async () => {
    if (choice.kind === 'app') {
      const content = tabAddress({});
      return {
        entityId: 'stodinventering',
        contentUrl: content,
        websiteUrl: content,
        displayName: 'Stödinventering',
      };
    }
    // The area's name goes along: the board cannot read the organisation, and the tab names the area even before
    // a summary of it reaches the channel again.
    const content = tabAddress({ view: 'board', scope: choice.scopeKey, area: choice.name });
    return {
      entityId: boardEntityId(choice.scopeKey),
      contentUrl: content,
      websiteUrl: content,
      displayName: t('config.tabName', { area: choice.name }),
    };
  });
  host.tabConfiguration.setValid(true);
  // Whoever adds the tab may not read Sammanställningar (then only the kommun is offered).
  const tokens = chooseTokenProvider({ config, host }).provider;
  const store = new SharePointPublicationStore(createSharePointClient({ siteUrl: config.siteUrl, tokens }));
  const loadScopes = () => store.scopes();
  root.render(
    <AppRoot theme={looks.themeName} locale={looks.locale}>
      <TabSettingsPage
        locale={looks.locale}
        loadScopes={loadScopes}
        onChoice={(next) => {
          choice = next;
        }}
      />
    </AppRoot>,
  );
}

/** The board's tab: the newest summary of its area, read from Sammanställningar, the board's only list. */
async function renderBoard(
  root: Root,
  host: TeamsHost | null,
  looks: Looks,
  config: RuntimeConfig,
  scopeKey: string,
  areaName: string | null,
): Promise<void> {
  const [{ BoardPage }, { SharePointPublicationStore }, { summaryCard }] = await Promise.all([
    import(/* webpackChunkName: "board-tab" */ './ui/board/BoardPage'),
    import(/* webpackChunkName: "board-tab" */ './sharepoint/repositories/publicationStore'),
    import(/* webpackChunkName: "board-tab" */ './domain/board/card'),
  ]);
  const tokens = chooseTokenProvider({ config, host }).provider;
  const store = new SharePointPublicationStore(createSharePointClient({ siteUrl: config.siteUrl, tokens }));
  const load = () => store.latestPosted(scopeKey);
  const render = (themeName: TeamsThemeName) =>
    root.render(
      <AppRoot theme={themeName} locale={looks.locale}>
        <BoardPage
          scopeKey={scopeKey}
          {...(areaName !== null && { areaName })}
          load={load}
          card={(record) =>
            summaryCard(record.summary, {
              route: record.route,
              link: boardLink(config, scopeKey, record.summary.area.name),
            })
          }
          locale={looks.locale}
        />
      </AppRoot>,
    );
  render(looks.themeName);
  host?.onThemeChange(render);
}

async function start(container: HTMLElement): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  // Swedish first: the browser's language is not asked; the Teams context (or ?lang=en) chooses English.
  const looks: Looks = { locale: resolveLocale(params.get('lang')), themeName: themeOf(params.get('theme')) };
  const root = createRoot(container);
  let config: RuntimeConfig;
  let host: TeamsHost | null;
  try {
    config = await loadRuntimeConfig();
  } catch (error) {
    looks.locale = await withStrings(looks.locale);
    renderProblem(root, looks, 'app.configFailed', asAppError(error).message);
    return;
  }
  try {
    // Before any MSAL: nested app auth needs teams-js initialised, and the popup page must know it is one.
    host = await connectToTeams({ validOrigins: config.teamsHostOrigins });
  } catch (error) {
    looks.locale = await withStrings(looks.locale);
    renderProblem(root, looks, 'error.unauthenticated', asAppError(error).message);
    return;
  }
  if (host !== null) {
    looks.locale = host.context.locale;
    looks.themeName = host.theme();
    host.notifyAppLoaded();
  }
  looks.locale = await withStrings(looks.locale);
  document.documentElement.lang = looks.locale;
  if (host?.context.frame === 'authentication') {
    // Teams' sign-in popup: MSAL signs in here and reports the token to the tab, which asked for it.
    if (config.auth.kind === 'entra') {
      const { completeTeamsPopupSignIn } = await import('./auth/teamsPopupTokenProvider');
      await completeTeamsPopupSignIn({ msal: config.auth, reporter: host });
    }
    return;
  }
  if (host?.context.frame === 'settings') {
    await renderTabSettings(root, host, looks, config);
    host.notifySuccess();
    return;
  }
  if (params.get('view') === 'board') {
    await renderBoard(root, host, looks, config, params.get('scope') ?? 'kommun', params.get('area'));
    host?.notifySuccess();
    return;
  }
  // A deep link to a unit (Teams' subEntityId) opens its form unless the address already names a page.
  const linkedUnit = unitIdFromSubEntity(host?.context.subEntityId);
  if (linkedUnit !== undefined && window.location.hash === '') {
    window.location.hash = routeHash({ page: 'form', unitId: linkedUnit });
  }
  const chosen = chooseTokenProvider({ config, host });
  let upn = chosen.upn;
  if (upn === undefined) {
    try {
      upn = await signedInUpn(createSharePointClient({ siteUrl: config.siteUrl, tokens: chosen.provider }));
    } catch (error) {
      renderProblem(root, looks, 'app.signInFailed', asAppError(error).message);
      return;
    }
  }
  const renderApp = tabRenderer(root, config);
  const session = { tokens: chosen.provider, upn };
  renderApp({ ...session, ...looks });
  if (host !== null) {
    host.onThemeChange((themeName) => renderApp({ ...session, locale: looks.locale, themeName }));
    host.notifySuccess();
  }
}

const container = document.getElementById('root');
if (container) void start(container);
