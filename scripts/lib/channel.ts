// The board's channel from the command line (`npm run post-summary`): which route and where, checked before anything
// is read; the Teams deep link the card's button opens; the scope a person typed; and a post Teams did not take, in
// words that say what to do, Swedish then English.
import { boardDeepLink, boardScopeKey, isAppError, type BoardScope, type CardRoute } from '../../src/domain';
import { GRAPH_URL } from '../../src/graph';
import { type OptionSpec, UsageError } from './args';
import { isLoopback } from './auth';

/** The options of a script that posts in the board's channel. */
export const channelOptions = {
  scope: {
    type: 'string',
    value: 'kommun|sektor',
    help: 'kommun, sektor:<kod>, en sektors kod eller exakta namn / kommun, sektor:<code>, a sektor’s code or exact name',
  },
  to: {
    type: 'string',
    value: 'graph|workflows',
    help: 'vägen in i kanalen / the route into the channel',
  },
  'graph-url': {
    type: 'string',
    value: 'url',
    help: `Graphs v1.0 / Graph's v1.0 (standard / default ${GRAPH_URL}, eller / or GRAPH_URL)`,
  },
  team: {
    type: 'string',
    value: 'id',
    help: 'teamets id för graph / the team’s id for graph (eller / or TEAM_ID)',
  },
  channel: {
    type: 'string',
    value: 'id',
    help: 'kanalens id, 19:…@thread.tacv2 / the channel’s id (eller / or CHANNEL_ID)',
  },
  webhook: {
    type: 'string',
    value: 'url',
    help: 'flödets URL för workflows / the flow’s URL for workflows (hellre / rather WORKFLOWS_URL)',
  },
  link: {
    type: 'string',
    value: 'url',
    help: 'vart kortets knapp leder / where the card’s button goes (standard / default: styrelsens flik / the board’s tab)',
  },
  'app-id': {
    type: 'string',
    value: 'id',
    help: 'Teams-appens id för länken / the Teams app’s id for the link (eller / or TEAMS_APP_ID)',
  },
  'dry-run': {
    type: 'boolean',
    help: 'visa kortet, dess text och storlek; publicera och skriv inget / show the card, its text and size; post and write nothing',
  },
} as const satisfies OptionSpec;

/** Where a summary goes, as checked from the command line and the environment. */
export interface ChannelTarget {
  readonly route: CardRoute;
  /** What `--scope` said, trimmed; resolved against the period's sektorer by `resolveScope`. */
  readonly scope: string;
  readonly graphUrl: string;
  /** Given for graph (and optional in a dry run). */
  readonly teamId?: string;
  /** Given for graph (optional in a dry run); for workflows only the link uses it. */
  readonly channelId?: string;
  /** Given for workflows (optional in a dry run). The secret: print only `webhookHost`. */
  readonly webhookUrl?: string;
  /** The link the card's button opens, for a scope key. */
  readonly link: (scopeKey: string) => string;
  readonly dryRun: boolean;
}

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const channelIdPattern = /^19:[^\s/?#]+@thread\.(tacv2|skype)$/;

/** The first of `values` that is set and not blank, trimmed. */
function given(...values: readonly (string | undefined)[]): string | undefined {
  for (const value of values) {
    const trimmed = value?.trim();
    if (trimmed) return trimmed;
  }
  return undefined;
}

function parsedUrl(value: string, option: string): URL {
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // below
  }
  throw new UsageError(
    `${option} ska vara en webbadress (https://…), inte "${value}".\n${option} must be a web address (https://…), not "${value}".`,
  );
}

/**
 * A Workflows trigger URL we post to: https on Logic Apps (`*.logic.azure.com`) or Power Platform
 * (`*.environment.api.powerplatform.com`), or http(s) on this machine (the local receiver). An Office 365 connector's
 * incoming webhook is refused: Microsoft retires them for Workflows.
 * @throws UsageError naming what to use instead; the message never repeats the URL, which is a secret.
 */
export function checkWebhookUrl(value: string): URL {
  const url = parsedUrl(value, '--webhook');
  const host = url.hostname.toLowerCase();
  if (host.endsWith('.webhook.office.com') || host === 'outlook.office.com') {
    throw new UsageError(
      `--webhook pekar på en Office 365-anslutning (Incoming Webhook på ${host}); de är avvecklade. Skapa i stället ett ` +
        `flöde med Workflows-mallen "Post to a channel when a webhook request is received" och använd dess URL.\n` +
        `--webhook points at an Office 365 connector (Incoming Webhook on ${host}); they are retired. Create a flow ` +
        `from the Workflows template "Post to a channel when a webhook request is received" instead and use its URL.`,
    );
  }
  const cloud = host.endsWith('.logic.azure.com') || host.endsWith('.environment.api.powerplatform.com');
  if ((cloud && url.protocol === 'https:') || isLoopback(url.href)) return url;
  throw new UsageError(
    `--webhook ska vara ett Workflows-flödes URL (https://….logic.azure.com/… eller ` +
      `https://….environment.api.powerplatform.com/…), eller den lokala mottagarens (http://127.0.0.1:…), inte ${url.protocol}//${host}.\n` +
      `--webhook must be a Workflows flow's URL (https://….logic.azure.com/… or ` +
      `https://….environment.api.powerplatform.com/…), or the local receiver's (http://127.0.0.1:…), not ${url.protocol}//${host}.`,
  );
}

/** The channel id from `--channel`: as Graph writes it, or percent-encoded as in the channel's link. */
function channelIdOf(value: string): string {
  let id = value;
  try {
    id = decodeURIComponent(value);
  } catch {
    // not encoded: checked below
  }
  if (channelIdPattern.test(id)) return id;
  throw new UsageError(
    `--channel ska vara kanalens id, 19:…@thread.tacv2 (ur kanalens "Hämta länk till kanal"), inte "${value}".\n` +
      `--channel must be the channel's id, 19:…@thread.tacv2 (from the channel's "Get link to channel"), not "${value}".`,
  );
}

/** The values `channelOptions` parse to. */
export interface ChannelValues {
  readonly scope?: string;
  readonly to?: string;
  readonly 'graph-url'?: string;
  readonly team?: string;
  readonly channel?: string;
  readonly webhook?: string;
  readonly link?: string;
  readonly 'app-id'?: string;
  readonly 'dry-run'?: boolean;
}

/**
 * Where to post, from the options and then the environment (GRAPH_URL, TEAM_ID, CHANNEL_ID, WORKFLOWS_URL,
 * TEAMS_APP_ID). Checked before anything is read from the site: a scheduled run with a wrong setting fails at once.
 * @throws UsageError for a missing or malformed value
 */
export function channelTarget(
  values: ChannelValues,
  env: Readonly<Record<string, string | undefined>> = process.env,
): ChannelTarget {
  const dryRun = values['dry-run'] === true;
  const route = given(values.to);
  if (route !== 'graph' && route !== 'workflows') {
    throw new UsageError(
      route === undefined
        ? 'Ange vägen in i kanalen: --to graph eller --to workflows.\nGive the route into the channel: --to graph or --to workflows.'
        : `--to ska vara graph eller workflows, inte "${route}".\n--to must be graph or workflows, not "${route}".`,
    );
  }
  const scope = given(values.scope);
  if (scope === undefined) {
    throw new UsageError(
      'Ange vad sammanställningen gäller: --scope kommun eller --scope <sektor>.\n' +
        'Give what the summary covers: --scope kommun or --scope <sektor>.',
    );
  }
  const graphUrl = parsedUrl(given(values['graph-url'], env.GRAPH_URL) ?? GRAPH_URL, '--graph-url');
  if (graphUrl.protocol !== 'https:' && !isLoopback(graphUrl.href)) {
    throw new UsageError(
      `--graph-url ska använda https utanför den här datorn: ${graphUrl.origin}.\n--graph-url must use https off this machine: ${graphUrl.origin}.`,
    );
  }
  const teamId = given(values.team, env.TEAM_ID);
  if (teamId !== undefined && !guid.test(teamId)) {
    throw new UsageError(
      `--team ska vara teamets id, ett GUID (groupId= i kanalens länk), inte "${teamId}".\n` +
        `--team must be the team's id, a GUID (groupId= in the channel's link), not "${teamId}".`,
    );
  }
  const channelText = given(values.channel, env.CHANNEL_ID);
  const channelId = channelText === undefined ? undefined : channelIdOf(channelText);
  const webhookText = given(values.webhook, env.WORKFLOWS_URL);
  const webhookUrl =
    route === 'workflows' && webhookText !== undefined ? checkWebhookUrl(webhookText).href : undefined;
  if (!dryRun && route === 'graph' && (teamId === undefined || channelId === undefined)) {
    throw new UsageError(
      'Med --to graph: ange --team och --channel (eller TEAM_ID och CHANNEL_ID) ur kanalens "Hämta länk till kanal".\n' +
        'With --to graph: give --team and --channel (or TEAM_ID and CHANNEL_ID) from the channel\'s "Get link to channel".',
    );
  }
  if (!dryRun && route === 'workflows' && webhookUrl === undefined) {
    throw new UsageError(
      'Med --to workflows: sätt WORKFLOWS_URL (eller --webhook) till flödets URL.\n' +
        "With --to workflows: set WORKFLOWS_URL (or --webhook) to the flow's URL.",
    );
  }
  return {
    route,
    scope,
    graphUrl: graphUrl.href.replace(/\/+$/, ''),
    ...(teamId !== undefined && { teamId }),
    ...(channelId !== undefined && { channelId }),
    ...(webhookUrl !== undefined && { webhookUrl }),
    link: linkOption(values, env, channelId),
    dryRun,
  };
}

function linkOption(
  values: ChannelValues,
  env: Readonly<Record<string, string | undefined>>,
  channelId: string | undefined,
): (scopeKey: string) => string {
  const link = given(values.link);
  if (link !== undefined) {
    const href = parsedUrl(link, '--link').href;
    return () => href;
  }
  const appId = given(values['app-id'], env.TEAMS_APP_ID);
  if (appId === undefined || !guid.test(appId)) {
    throw new UsageError(
      appId === undefined
        ? 'Kortets knapp behöver en länk: ange --app-id (Teams-appens id, TEAMS_APP_ID) eller --link <url>.\n' +
            'The card’s button needs a link: give --app-id (the Teams app’s id, TEAMS_APP_ID) or --link <url>.'
        : `--app-id ska vara Teams-appens id, ett GUID, inte "${appId}".\n` +
            `--app-id must be the Teams app's id, a GUID, not "${appId}".`,
    );
  }
  return (scopeKey) => boardDeepLink({ appId, scopeKey, ...(channelId !== undefined && { channelId }) });
}

/** The host of a webhook URL: what may be printed of it. */
export function webhookHost(webhookUrl: string): string {
  return new URL(webhookUrl).host;
}

/** A sektor a scope can name. */
export interface ScopeChoice {
  readonly id: string;
  readonly name: string;
}

/**
 * The scope `requested` names: `kommun`, `sektor:<code>`, or a sektor's code or exact name.
 * @throws Error (not a usage error: the command line was well formed) listing the sektorer when it names none
 */
export function resolveScope(
  requested: string,
  sektorer: readonly ScopeChoice[],
  periodId: string,
): { scope: BoardScope; key: string } {
  if (requested.toLowerCase() === 'kommun') return { scope: { level: 'kommun' }, key: 'kommun' };
  const wanted = requested.replace(/^sektor:/i, '');
  const byId = sektorer.filter((s) => s.id === wanted);
  const matches = byId.length > 0 ? byId : sektorer.filter((s) => s.name === wanted);
  if (matches.length === 1) {
    const scope: BoardScope = { level: 'sektor', sektorId: matches[0]!.id };
    return { scope, key: boardScopeKey(scope) };
  }
  const width = Math.max(0, ...sektorer.map((s) => s.id.length));
  const list = sektorer.map((s) => `  ${s.id.padEnd(width)}  ${s.name}`).join('\n') || '  –';
  const [sv, en] =
    matches.length === 0
      ? [
          `Det finns ingen sektor "${requested}" i perioden ${periodId}.`,
          `There is no sektor "${requested}" in the period ${periodId}.`,
        ]
      : [`Flera sektorer heter "${requested}".`, `Several sektorer are named "${requested}".`];
  return fail(
    `${sv} Ange --scope kommun eller en sektor (kod eller exakt namn):\n` +
      `${en} Give --scope kommun or a sektor (code or exact name):\n${list}`,
  );
}

function fail(message: string): never {
  throw new Error(message);
}

const serviceName: Readonly<Record<CardRoute, string>> = { graph: 'Microsoft Graph', workflows: 'Workflows' };

/**
 * A post that failed, in words that say what to do (Swedish, then English, then what the service said), by the
 * AppError's code; `recordId` is the summary's item in Sammanställningar, which `publishRecorded` marked failed (or
 * left "sending" when no answer came).
 */
export function explainPostFailure(
  error: unknown,
  context: { route: CardRoute; recordId: number; markFailed?: unknown },
): Error {
  if (!isAppError(error)) return error instanceof Error ? error : new Error(String(error));
  const { route, recordId } = context;
  const service = serviceName[route];
  const graph = route === 'graph';
  const wait = (s: number | undefined, sv: boolean) =>
    s === undefined ? (sv ? 'en stund' : 'a while') : `${s} s`;
  const texts: [string, string] = (() => {
    switch (error.code) {
      case 'throttled':
        return [
          `Teams ber oss vänta ${wait(error.retryAfterSeconds, true)}; kör igen då – inget publicerades.`,
          `Teams asks us to wait ${wait(error.retryAfterSeconds, false)}; run again then — nothing was posted.`,
        ];
      case 'invalid':
        return [
          `Teams tog inte emot inlägget; inget publicerades. Så här svarade ${service}:`,
          `Teams refused the post; nothing was posted. This is what ${service} said:`,
        ];
      case 'unauthenticated':
        return graph
          ? [
              'Microsoft Graph godtog inte inloggningen (401); inget publicerades. Token saknas, har gått ut eller är ' +
                'ingen delegerad Graph-token: med GRAPH_TOKEN, hämta en ny delegerad token med ChannelMessage.Send ' +
                '(ett tjänstekontos; en apptoken godtas inte för kanalinlägg); med --client-id, logga in igen.',
              'Microsoft Graph did not accept the sign-in (401); nothing was posted. The token is missing, expired or ' +
                'not a delegated Graph token: with GRAPH_TOKEN, get a new delegated token with ChannelMessage.Send ' +
                '(a service account’s; an app-only token is refused for channel posts); with --client-id, sign in again.',
            ]
          : [
              'Workflows godtog inte adressen (401); inget publicerades. Signaturen (sig) i WORKFLOWS_URL stämmer ' +
                'inte: kopiera flödets URL på nytt ur Workflows.',
              'Workflows did not accept the address (401); nothing was posted. The signature (sig) in WORKFLOWS_URL ' +
                'is wrong: copy the flow’s URL again from Workflows.',
            ];
      case 'forbidden':
        return graph
          ? [
              'Microsoft Graph nekade inlägget (403); inget publicerades. Appregistreringen behöver den delegerade ' +
                'behörigheten ChannelMessage.Send med administratörsmedgivande, och kontot måste vara medlem i teamet.',
              'Microsoft Graph refused the post (403); nothing was posted. The app registration needs the delegated ' +
                'permission ChannelMessage.Send with admin consent, and the account must be a member of the team.',
            ]
          : [
              'Workflows nekade anropet (403); inget publicerades. Kontrollera i Power Automate att flödet är på och ' +
                'vem som får starta det.',
              'Workflows refused the call (403); nothing was posted. Check in Power Automate that the flow is on and ' +
                'who may start it.',
            ];
      case 'notFound':
        return graph
          ? [
              'Teamet eller kanalen finns inte (404); inget publicerades. Kontrollera TEAM_ID och CHANNEL_ID mot ' +
                'kanalens "Hämta länk till kanal".',
              'The team or channel does not exist (404); nothing was posted. Check TEAM_ID and CHANNEL_ID against ' +
                'the channel’s "Get link to channel".',
            ]
          : [
              'Flödet finns inte (404); inget publicerades. Skapa det igen och lägg dess URL i WORKFLOWS_URL.',
              'The flow does not exist (404); nothing was posted. Create it again and put its URL in WORKFLOWS_URL.',
            ];
      case 'unavailable':
        return [
          `${service} svarade med ett serverfel; inget publicerades. Kör igen om ${wait(error.retryAfterSeconds, true)}.`,
          `${service} answered with a server error; nothing was posted. Run again in ${wait(error.retryAfterSeconds, false)}.`,
        ];
      case 'offline':
        return [
          `Inget svar från ${service}: titta i kanalen innan du kör igen, inlägget kan ha kommit fram. ` +
            `Sammanställning ${recordId} står kvar som "skickas".`,
          `No answer from ${service}: check the channel before running again, it may have arrived. ` +
            `Summary ${recordId} stays "sending".`,
        ];
      default:
        return [
          `Det gick inte att publicera i kanalen via ${service}.`,
          `Could not post to the channel through ${service}.`,
        ];
    }
  })();
  const record =
    error.code === 'offline'
      ? []
      : context.markFailed !== undefined
        ? [
            `Sammanställning ${recordId} kunde inte markeras som misslyckad: ${String(context.markFailed)}. / ` +
              `Summary ${recordId} could not be marked failed: ${String(context.markFailed)}.`,
          ]
        : [
            `Sammanställning ${recordId} i Sammanställningar är markerad som misslyckad. / ` +
              `Summary ${recordId} in Sammanställningar is marked failed.`,
          ];
  return new Error([...texts, `(${error.message})`, ...record].join('\n'), { cause: error });
}
