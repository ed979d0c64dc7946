// The tab's run-time configuration: `config.json` served beside the bundle, so that one build serves every tenant
// (and the local stand-ins) and only this file differs between them.
import { AppError } from '../domain/errors';
import { validationIssue, type ValidationIssue } from '../domain/validation/issues';

/** How the tab signs in to SharePoint. */
export type RuntimeAuthConfig =
  /** The local development identity: the SharePoint emulator's `POST /_emulator/token` (local only). */
  | { readonly kind: 'devIdentity'; readonly tokenUrl: string }
  /** Entra ID: nested app auth in Teams, else MSAL in the browser. */
  | {
      readonly kind: 'entra';
      /** The app registration's application (client) id, a GUID. */
      readonly clientId: string;
      /** The tenant's id (a GUID) or one of its domain names (`kommun.onmicrosoft.com`). */
      readonly tenantId: string;
      /** Where Entra ID sends the browser back after a redirect sign-in. @default the page's origin */
      readonly redirectUri?: string;
    };

/** The board's channel: where the project team's summaries are posted, and how links to the tab are made. */
export interface RuntimeChannelConfig {
  /** Graph's v1.0 root. @default https://graph.microsoft.com/v1.0 */
  readonly graphUrl: string;
  /** The board's team: its Microsoft 365 group's id (a GUID). */
  readonly teamId: string;
  /** The board's channel, `19:…@thread.tacv2`. */
  readonly channelId: string;
  /** The app's manifest id (a GUID), which Teams deep links name. */
  readonly appId: string;
}

/** What `config.json` holds, validated. */
export interface RuntimeConfig {
  /** The SharePoint site, absolute, without a trailing slash (`https://kommun.sharepoint.com/sites/stodinventering`). */
  readonly siteUrl: string;
  /** How the tab gets its tokens. */
  readonly auth: RuntimeAuthConfig;
  /**
   * Extra origins teams-js may accept messages from (`http://127.0.0.1:4000`, the local Teams host); `[]` in
   * production, where Teams' own origins are built into teams-js.
   */
  readonly teamsHostOrigins: readonly string[];
  /** The board's channel; without it the tab offers no publishing through Graph. */
  readonly channel?: RuntimeChannelConfig;
}

/** Where the configuration lives: beside the bundle, relative to the page. */
export const RUNTIME_CONFIG_URL = './config.json';

type FetchConfig = (input: string, init?: RequestInit) => Promise<Response>;

/**
 * Reads and validates `./config.json`.
 * @param fetchConfig how to fetch it (tests pass their own). @default the browser's `fetch`
 * @throws AppError `unavailable` when the file cannot be fetched (network, 404, 500), `invalid` when it is not
 *   JSON or breaks the shape (`issues` names every problem; `message` says it in Swedish and English).
 */
export async function loadRuntimeConfig(fetchConfig: FetchConfig = fetch): Promise<RuntimeConfig> {
  let response: Response;
  try {
    // reason: a cached config.json would keep a tab pointed at an old site after the file changed.
    response = await fetchConfig(RUNTIME_CONFIG_URL, { cache: 'no-store' });
  } catch (error) {
    throw new AppError('unavailable', {
      message: `Kunde inte hämta config.json. / Could not fetch config.json.`,
      cause: error,
    });
  }
  if (!response.ok) {
    throw new AppError('unavailable', {
      message:
        `config.json kunde inte hämtas (HTTP ${response.status}); den ska ligga bredvid appens filer. / ` +
        `config.json could not be fetched (HTTP ${response.status}); it belongs beside the app's files.`,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    throw new AppError('invalid', {
      message: 'config.json är inte giltig JSON. / config.json is not valid JSON.',
      cause: error,
    });
  }
  return parseRuntimeConfig(json);
}

/** One problem: where, and what is wrong in both languages. */
interface Problem {
  readonly path: string;
  readonly sv: string;
  readonly en: string;
  readonly issue: ValidationIssue;
}

/**
 * Validates a parsed `config.json`.
 * @throws AppError `invalid` naming every problem (path and text in Swedish and English).
 */
export function parseRuntimeConfig(value: unknown): RuntimeConfig {
  const problems: Problem[] = [];
  const root = objectAt(value, '', problems);
  if (!root) throw invalid(problems);
  const siteUrl = urlAt(root.siteUrl, 'siteUrl', problems);
  const auth = authAt(root.auth, problems);
  const teamsHostOrigins = originsAt(root.teamsHostOrigins, problems);
  const channel = root.channel === undefined ? undefined : channelAt(root.channel, problems);
  if (problems.length > 0 || siteUrl === undefined || auth === undefined) throw invalid(problems);
  return {
    siteUrl: siteUrl.replace(/\/+$/, ''),
    auth,
    teamsHostOrigins,
    ...(channel !== undefined && { channel }),
  };
}

const CHANNEL_ID = /^19:[A-Za-z0-9_.-]+@thread\.(?:tacv2|skype)$/;

function channelAt(value: unknown, problems: Problem[]): RuntimeChannelConfig | undefined {
  const channel = objectAt(value, 'channel', problems);
  if (!channel) return undefined;
  const graphUrl =
    channel.graphUrl === undefined
      ? 'https://graph.microsoft.com/v1.0'
      : urlAt(channel.graphUrl, 'channel.graphUrl', problems);
  const teamId = guidAt(channel.teamId, 'channel.teamId', problems, {
    sv: 'teamets id, Microsoft 365-gruppens',
    en: "the team's id, its Microsoft 365 group's",
  });
  const appId = guidAt(channel.appId, 'channel.appId', problems, {
    sv: 'appens id i manifestet',
    en: "the app's manifest id",
  });
  const channelId = stringAt(channel.channelId, 'channel.channelId', problems);
  if (channelId !== undefined && !CHANNEL_ID.test(channelId)) {
    problems.push(
      problem('channel.channelId', {
        sv: `ska vara kanalens id, 19:…@thread.tacv2, inte "${channelId}"`,
        en: `must be the channel's id, 19:…@thread.tacv2, not "${channelId}"`,
        code: 'wrongType',
        expected: '19:…@thread.tacv2',
      }),
    );
    return undefined;
  }
  if ([graphUrl, teamId, appId, channelId].includes(undefined)) return undefined;
  return { graphUrl: graphUrl!.replace(/\/+$/, ''), teamId: teamId!, channelId: channelId!, appId: appId! };
}

function authAt(value: unknown, problems: Problem[]): RuntimeAuthConfig | undefined {
  const auth = objectAt(value, 'auth', problems);
  if (!auth) return undefined;
  if (auth.kind === 'devIdentity') {
    const tokenUrl = urlAt(auth.tokenUrl, 'auth.tokenUrl', problems);
    return tokenUrl === undefined ? undefined : { kind: 'devIdentity', tokenUrl };
  }
  if (auth.kind === 'entra') {
    const clientId = guidAt(auth.clientId, 'auth.clientId', problems);
    const tenantId = tenantAt(auth.tenantId, problems);
    const redirectUri =
      auth.redirectUri === undefined ? undefined : urlAt(auth.redirectUri, 'auth.redirectUri', problems);
    if (clientId === undefined || tenantId === undefined) return undefined;
    return { kind: 'entra', clientId, tenantId, ...(redirectUri !== undefined && { redirectUri }) };
  }
  problems.push(
    problem('auth.kind', {
      sv: `ska vara "devIdentity" eller "entra", inte ${describe(auth.kind, 'sv')}`,
      en: `must be "devIdentity" or "entra", not ${describe(auth.kind, 'en')}`,
      code: auth.kind === undefined ? 'required' : 'wrongType',
      expected: '"devIdentity" | "entra"',
    }),
  );
  return undefined;
}

function originsAt(value: unknown, problems: Problem[]): string[] {
  // Left out, it means none: production configs need not name Teams' own origins, which teams-js knows.
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    problems.push(
      problem('teamsHostOrigins', {
        sv: 'ska vara en lista med ursprung, t.ex. ["http://127.0.0.1:4000"]',
        en: 'must be a list of origins, e.g. ["http://127.0.0.1:4000"]',
        code: 'wrongType',
        expected: 'origin[]',
      }),
    );
    return [];
  }
  return value.flatMap((item: unknown, index) => {
    const path = `teamsHostOrigins.${index}`;
    const url = urlAt(item, path, problems);
    if (url === undefined) return [];
    const origin = new URL(url).origin;
    if (origin !== url.replace(/\/$/, '')) {
      problems.push(
        problem(path, {
          sv: `ska vara bara ett ursprung (schema, värd och port), t.ex. ${origin}, inte ${url}`,
          en: `must be an origin only (scheme, host and port), e.g. ${origin}, not ${url}`,
          code: 'wrongType',
          expected: 'origin',
        }),
      );
      return [];
    }
    return [origin];
  });
}

function objectAt(value: unknown, path: string, problems: Problem[]): Record<string, unknown> | undefined {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return value as Record<string, unknown>;
  }
  problems.push(
    problem(path, {
      sv: value === undefined ? 'saknas' : `ska vara ett objekt, inte ${describe(value, 'sv')}`,
      en: value === undefined ? 'is missing' : `must be an object, not ${describe(value, 'en')}`,
      code: value === undefined ? 'required' : 'wrongType',
      expected: 'object',
    }),
  );
  return undefined;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

function urlAt(value: unknown, path: string, problems: Problem[]): string | undefined {
  const text = stringAt(value, path, problems);
  if (text === undefined) return undefined;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    problems.push(
      problem(path, {
        sv: `ska vara en fullständig adress (https://…), inte "${text}"`,
        en: `must be an absolute URL (https://…), not "${text}"`,
        code: 'wrongType',
        expected: 'URL',
      }),
    );
    return undefined;
  }
  // Tokens travel to these addresses: plain http only on this machine (the local stand-ins).
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    problems.push(
      problem(path, {
        sv: `ska börja med https:// (http:// bara för 127.0.0.1 och localhost), inte "${text}"`,
        en: `must start with https:// (http:// only for 127.0.0.1 and localhost), not "${text}"`,
        code: 'wrongType',
        expected: 'https URL',
      }),
    );
    return undefined;
  }
  return text;
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

function guidAt(
  value: unknown,
  path: string,
  problems: Problem[],
  what: { readonly sv: string; readonly en: string } = {
    sv: 'appregistreringens program-id',
    en: "the app registration's application id",
  },
): string | undefined {
  const text = stringAt(value, path, problems);
  if (text === undefined) return undefined;
  if (GUID.test(text)) return text.toLowerCase();
  problems.push(
    problem(path, {
      sv: `ska vara ett GUID (${what.sv}), inte "${text}"`,
      en: `must be a GUID (${what.en}), not "${text}"`,
      code: 'wrongType',
      expected: 'GUID',
    }),
  );
  return undefined;
}

function tenantAt(value: unknown, problems: Problem[]): string | undefined {
  const text = stringAt(value, 'auth.tenantId', problems);
  if (text === undefined) return undefined;
  if (GUID.test(text)) return text.toLowerCase();
  if (DOMAIN.test(text)) return text.toLowerCase();
  problems.push(
    problem('auth.tenantId', {
      sv: `ska vara klientorganisationens id (ett GUID) eller ett av dess domännamn, inte "${text}"`,
      en: `must be the tenant's id (a GUID) or one of its domain names, not "${text}"`,
      code: 'wrongType',
      expected: 'GUID',
    }),
  );
  return undefined;
}

function stringAt(value: unknown, path: string, problems: Problem[]): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  problems.push(
    problem(path, {
      sv: value === undefined || value === '' ? 'saknas' : `ska vara text, inte ${describe(value, 'sv')}`,
      en: value === undefined || value === '' ? 'is missing' : `must be text, not ${describe(value, 'en')}`,
      code: value === undefined || value === '' ? 'required' : 'wrongType',
    }),
  );
  return undefined;
}

function problem(
  path: string,
  text: { sv: string; en: string; code: 'required' | 'wrongType'; expected?: string },
): Problem {
  // The issue's `expected` is a name the same in both languages (URL, GUID, …), for the generic table texts.
  const issue = validationIssue(text.code, { path, params: { expected: text.expected ?? 'text' } });
  return { path, sv: text.sv, en: text.en, issue };
}

function invalid(problems: readonly Problem[]): AppError {
  const where = (p: Problem) => (p.path === '' ? 'config.json' : p.path);
  return new AppError('invalid', {
    message: [
      'config.json är inte giltig:',
      ...problems.map((p) => `  ${where(p)}: ${p.sv}`),
      'config.json is not valid:',
      ...problems.map((p) => `  ${where(p)}: ${p.en}`),
    ].join('\n'),
    issues: problems.map((p) => p.issue),
  });
}

/** What a wrong value is, in words for the message. */
function describe(value: unknown, lang: 'sv' | 'en'): string {
  if (value === undefined) return lang === 'sv' ? 'inget värde' : 'no value';
  if (value === null) return 'null';
  if (Array.isArray(value)) return lang === 'sv' ? 'en lista' : 'a list';
  if (typeof value === 'string') return `"${value}"`;
  if (typeof value === 'object') return lang === 'sv' ? 'ett objekt' : 'an object';
  return String(value);
}
