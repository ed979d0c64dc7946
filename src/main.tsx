// Composition root: the only file that wires live objects (host, repositories, token providers) into the UI.
import { createRoot, type Root } from 'react-dom/client';
import { devIdentityTokenProvider } from './auth';
import { loadRuntimeConfig, type RuntimeConfig } from './auth/runtimeConfig';
import { asAppError, resolveLocale, type Locale, type TokenProvider } from './domain';
import { createSharePointClient } from './sharepoint/client';
import { createRepositories } from './sharepoint/repositories';
import { AppRoot, type TeamsThemeName } from './ui/AppRoot';
import { ManagerApp } from './ui/app/ManagerApp';
import { browserConnectivity, type ManagerServices } from './ui/services';
import { StartupProblem } from './ui/StartupProblem';

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

/**
 * THE SEAM: returns `renderApp(session)`, which renders the manager's tab for a signed-in session. Call it again
 * when the host changes theme or language: it re-renders in the same root and keeps the repositories (and the
 * form's state) as long as `tokens` and `upn` are the same objects.
 */
export function tabRenderer(root: Root, config: RuntimeConfig): (session: TabSession) => void {
  let services: ManagerServices | undefined;
  let madeFor: { tokens: TokenProvider; upn: string } | undefined;
  return (session) => {
    if (services === undefined || madeFor?.tokens !== session.tokens || madeFor.upn !== session.upn) {
      const sp = createSharePointClient({ siteUrl: config.siteUrl, tokens: session.tokens });
      services = {
        upn: session.upn,
        inventories: createRepositories(sp).inventories,
        storage: window.localStorage,
        connectivity: browserConnectivity(window),
        now: () => new Date(),
      };
      madeFor = { tokens: session.tokens, upn: session.upn };
    }
    document.documentElement.lang = session.locale;
    root.render(
      <AppRoot theme={session.themeName} locale={session.locale}>
        <ManagerApp services={services} locale={session.locale} />
      </AppRoot>,
    );
  };
}

// The emulator's site collection administrator (emulators/identity/personas.ts): who the tab signs in as in a
// plain browser without `?as=`.
const devSiteAdmin = 'admin@kommun.example';

function themeOf(name: string | null): TeamsThemeName {
  return name === 'dark' || name === 'contrast' ? name : 'default';
}

async function start(container: HTMLElement): Promise<void> {
  const params = new URLSearchParams(window.location.search);
  // Swedish first: the browser's language is not asked; the Teams context (or ?lang=en) chooses English.
  const locale = resolveLocale(params.get('lang'));
  const themeName = themeOf(params.get('theme'));
  document.documentElement.lang = locale;
  const root = createRoot(container);
  let config: RuntimeConfig;
  try {
    config = await loadRuntimeConfig();
  } catch (error) {
    root.render(
      <AppRoot theme={themeName} locale={locale}>
        <StartupProblem locale={locale} problem="app.configFailed" detail={asAppError(error).message} />
      </AppRoot>,
    );
    return;
  }
  const renderApp = tabRenderer(root, config);
  if (config.auth.kind === 'devIdentity') {
    // A plain browser against the local emulator: `?as=<upn>` picks the persona.
    const upn = params.get('as')?.trim() || devSiteAdmin;
    const emulatorUrl = config.auth.tokenUrl.replace(/\/_emulator\/token\/?$/, '');
    renderApp({ tokens: devIdentityTokenProvider({ emulatorUrl, upn }), upn, locale, themeName });
    return;
  }
  // Entra ID: the Teams host (src/teams: context, theme, locale) and the NAA/MSAL token providers (src/auth) give
  // `tokens`, `upn`, `locale` and `themeName` here and call renderApp again when the theme changes.
  root.render(
    <AppRoot theme={themeName} locale={locale}>
      <StartupProblem locale={locale} problem="error.unauthenticated" />
    </AppRoot>,
  );
}

const container = document.getElementById('root');
if (container) void start(container);
