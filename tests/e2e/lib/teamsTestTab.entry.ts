// A small tab for the Teams host's end-to-end tests, built from the app's own src/teams and src/auth: it reads
// config.json, connects to the host, follows the theme, picks its token provider as the app does, and reads the
// SharePoint web with the token. What it saw is in `window.testTab` for the test to read.
import { chooseTokenProvider, loadRuntimeConfig } from '../../../src/auth';
import { connectToTeams, type TeamsContext, type TeamsThemeName } from '../../../src/teams';

/** What the test tab saw. */
export interface TestTabState {
  inTeams?: boolean;
  context?: TeamsContext;
  themes: TeamsThemeName[];
  providerKind?: string;
  tokenUpn?: string;
  webStatus?: number;
  webTitle?: string;
  error?: string;
  done?: boolean;
}

const state: TestTabState = { themes: [] };
Object.assign(window, { testTab: state });

async function run(): Promise<void> {
  const config = await loadRuntimeConfig();
  const host = await connectToTeams({ validOrigins: config.teamsHostOrigins });
  state.inTeams = host !== null;
  if (host) {
    state.context = host.context;
    host.onThemeChange((theme) => {
      state.themes.push(theme);
      document.body.dataset.theme = theme;
    });
    host.notifySuccess();
  }
  const chosen = chooseTokenProvider({ config, host });
  state.providerKind = chosen.kind;
  // In a plain browser the entra choice redirects to Entra ID, which the sandbox cannot reach.
  if (new URLSearchParams(window.location.search).has('noToken')) return;
  const token = await chosen.provider.getToken(new URL(config.siteUrl).origin);
  state.tokenUpn = (
    JSON.parse(atob(token.split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/'))) as { upn: string }
  ).upn;
  const response = await fetch(`${config.siteUrl}/_api/web?$select=Title`, {
    headers: { Authorization: `Bearer ${token}`, Accept: 'application/json;odata=nometadata' },
  });
  state.webStatus = response.status;
  if (response.ok) state.webTitle = ((await response.json()) as { Title: string }).Title;
}

run()
  .catch((error: unknown) => {
    state.error = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  })
  .finally(() => {
    state.done = true;
    document.getElementById('status')!.textContent = state.error ?? 'klar';
  });
