// `npm run post-summary -- --scope <kommun|sektor> --to <graph|workflows> [--site <url>] [--period <id>] [--dry-run]`:
// posts the board's summary of a period (aggregates only) in its Teams channel as an Adaptive Card, as the project
// team's publish panel does, so IT can schedule it (docs/channel.md). Counts the period's dashboard as the project
// team, builds the summary for the scope, records it in Sammanställningar as "sending", posts it through Microsoft
// Graph (delegated ChannelMessage.Send) or a Workflows webhook, and marks it posted or failed (publishRecorded).
// Exit codes: 0 posted (or a dry run), 1 failed, 2 a wrong command line.
import '../src/domain/i18n/english';
import {
  boardSummary,
  cardBudgetBytes,
  cardVersion,
  dashboardView,
  publishRecorded,
  fittingCard,
  teamsMessageLimitBytes,
  type BoardSummary,
  type CardJson,
  type ChannelPoster,
  type PostReceipt,
  type PublicationRecord,
  type PublishOutcome,
} from '../src/domain';
import { GRAPH_RESOURCE } from '../src/graph';
import { SharePointDashboardRepository, SharePointSettingsRepository } from '../src/sharepoint/repositories';
import { SharePointPublicationStore } from '../src/sharepoint/repositories/publicationStore';
import { type CommandLine, type CommandSpec, runCommand, UsageError } from './lib/args';
import { scriptGraphTokens } from './lib/auth';
import {
  channelOptions,
  channelTarget,
  explainPostFailure,
  resolveScope,
  webhookHost,
  type ChannelTarget,
} from './lib/channel';
import { renderedPayload, routePoster, type SentBytes } from './lib/channelPost';
import { explainFailure } from './lib/exportData';
import { errorText, terminal, type Terminal } from './lib/progress';
import { choosePeriod, periodOption } from './lib/period';
import { connect, siteOptions } from './lib/site';

const spec = {
  usage:
    'npm run post-summary -- --scope <kommun|sektor> --to <graph|workflows> [--site <url>] [--period <id>] [--dry-run]',
  summary: [
    'Publicerar periodens sammanställning för kommunstyrelsen som ett kort i styrelsens Teams-kanal och för in den i ' +
      'listan Sammanställningar, som projektgruppens publicering i fliken gör; gjord för schemalagda körningar. Kortet ' +
      'har bara summor för kommunen eller en sektor, inga enskilda enheters svar och inga namn. Ett inlägg per körning; ' +
      'ett som Teams inte tog emot markeras som misslyckat och publiceras med nästa körning. / ' +
      'Posts the period’s summary for the board (kommunstyrelsen) as a card in the board’s Teams channel and records ' +
      'it in the list Sammanställningar, as the project team’s publishing in the tab does; made for scheduled runs. ' +
      'The card holds only aggregates for the kommun or one sektor, no unit’s answers and no names. One post per run; ' +
      'one that Teams did not take is marked failed and posted by the next run.',
    '',
    'Mot en klientorganisation:',
    '  --site https://<tenant>.sharepoint.com/sites/stodinventering; logga in som för de andra skripten (SP_TOKEN,',
    '    eller --client-id och --tenant för inloggning med enhetskod) som projektgruppen eller IT.',
    '  --to graph: appregistreringen behöver den delegerade Graph-behörigheten ChannelMessage.Send med',
    '    administratörsmedgivande; --client-id loggar in i Graph med samma konto, annars GRAPH_TOKEN. Graph tar inte',
    '    emot kanalinlägg med en apptoken (app-only): en schemalagd körning behöver en delegerad token, t.ex. ett',
    '    tjänstekontos som är medlem i teamet. TEAM_ID och CHANNEL_ID står i kanalens "Hämta länk till kanal":',
    '    groupId=<TEAM_ID> och /channel/<CHANNEL_ID>/ (19:…@thread.tacv2; URL-kodat går också).',
    '  --to workflows: skapa ett flöde för kanalen med Workflows-mallen "Post to a channel when a webhook request is',
    '    received". Dess URL är en hemlighet: lägg den i WORKFLOWS_URL, inte på kommandoraden. Ingen inloggning i',
    '    Graph behövs. Office 365-anslutningar (*.webhook.office.com) är avvecklade och tas inte emot.',
    '  Kortets knapp öppnar styrelsens flik: sätt TEAMS_APP_ID (och CHANNEL_ID), eller ange --link.',
    'Against a tenant:',
    '  --site https://<tenant>.sharepoint.com/sites/stodinventering; sign in as for the other scripts (SP_TOKEN, or',
    '    --client-id and --tenant for device code sign-in) as the project team or IT.',
    '  --to graph: the app registration needs the delegated Graph permission ChannelMessage.Send with admin consent;',
    '    --client-id signs in to Graph with the same account, else GRAPH_TOKEN. Graph refuses channel posts with an',
    '    app-only token: a scheduled run needs a delegated token, e.g. a service account’s that is a member of the',
    '    team. TEAM_ID and CHANNEL_ID are in the channel’s "Get link to channel": groupId=<TEAM_ID> and',
    '    /channel/<CHANNEL_ID>/ (19:…@thread.tacv2; URL-encoded works too).',
    '  --to workflows: create a flow for the channel from the Workflows template "Post to a channel when a webhook',
    '    request is received". Its URL is a secret: keep it in WORKFLOWS_URL, not on the command line. No sign-in to',
    '    Graph is needed. Office 365 connectors (*.webhook.office.com) are retired and refused.',
    '  The card’s button opens the board’s tab: set TEAMS_APP_ID (and CHANNEL_ID), or give --link.',
  ].join('\n'),
  options: {
    ...siteOptions,
    ...periodOption,
    ...channelOptions,
  },
} satisfies CommandSpec<typeof siteOptions & typeof periodOption & typeof channelOptions>;

function describeTarget(target: ChannelTarget): string {
  if (target.route === 'graph') {
    return (
      `Microsoft Graph ${target.graphUrl}, team ${target.teamId ?? '–'}, ` +
      `kanal / channel ${target.channelId ?? '–'}`
    );
  }
  return `Workflows (${target.webhookUrl === undefined ? '–' : webhookHost(target.webhookUrl)})`;
}

function scopeWords(summary: BoardSummary, key: string): string {
  return `${key} (${summary.area.name})`;
}

function printDryRun(
  t: Terminal,
  context: { card: CardJson; route: ChannelTarget['route']; bytes: number },
): void {
  const { card, route, bytes } = context;
  t.line(
    'Provkörning: inget publiceras och inget skrivs. / Dry run: nothing is posted and nothing is written.\n',
  );
  t.line(`Kortet / the card (Adaptive Card ${cardVersion[route]}, ${route}):`);
  t.line(JSON.stringify(card, null, 2));
  t.line('\nTextalternativ / text alternative:');
  // The card's own: the same sektorer as the card, however many fit.
  t.line(String((card as CardJson).speak));
  t.line(
    `\nStorlek / size: ${bytes} byte / bytes, så som ${route} skickar det / as ${route} sends it ` +
      `(högst / at most ${cardBudgetBytes}; Teams gräns / Teams' limit ≈ ${teamsMessageLimitBytes})`,
  );
}

function printPosted(
  t: Terminal,
  context: { outcome: PublishOutcome; key: string; route: ChannelTarget['route']; bytes: number | null },
): void {
  const { outcome, key, route, bytes } = context;
  const { record } = outcome;
  if (outcome.kind === 'alreadyPosted') {
    t.line(
      `Sammanställning ${record.id} var redan publicerad; inget skickades. / ` +
        `Summary ${record.id} was posted already; nothing was sent.`,
    );
    return;
  }
  const messageId =
    record.messageId ??
    (route === 'workflows' ? '– (Workflows svarar utan id / Workflows answers without an id)' : '–');
  t.line(
    [
      'Publicerat i kanalen / posted to the channel:',
      `  väg / route:                 ${route}`,
      `  omfattning / scope:          ${scopeWords(record.summary, key)}`,
      `  period:                      ${record.summary.periodId} (${record.summary.periodName.sv})`,
      `  storlek / size:              ${bytes ?? '–'} byte / bytes`,
      `  meddelande-id / message id:  ${messageId}`,
      `  Sammanställningar:           post / item ${record.id}, publicerad / posted ${record.postedAt ?? ''}`,
    ].join('\n'),
  );
}

async function main({ values }: CommandLine<typeof spec.options>): Promise<number> {
  const t = terminal();
  const target = channelTarget(values);
  const { sp, siteUrl, signIn } = connect(values);
  const graphSignIn =
    target.route === 'graph' && !target.dryRun
      ? scriptGraphTokens({
          siteUrl,
          graphUrl: target.graphUrl,
          clientId: values['client-id'],
          tenant: values.tenant,
          as: values.as,
        })
      : undefined;
  t.line(`Webbplats / site: ${siteUrl}\nInloggning / sign-in: ${signIn}`);
  if (graphSignIn) t.line(`Inloggning i Graph / Graph sign-in: ${graphSignIn.description}`);
  t.line(`Kanal / channel: ${describeTarget(target)}\n`);

  const reading = {
    siteUrl,
    doing: { sv: 'läsa periodens siffror', en: 'read the period’s figures' },
  };
  let summary: BoardSummary;
  let key: string;
  try {
    const countedAt = new Date().toISOString();
    const periods = await new SharePointSettingsRepository(sp).listPeriods();
    const period = choosePeriod(periods, values.period, countedAt);
    const data = await new SharePointDashboardRepository(sp).loadFigures({ periodId: period.id });
    const view = dashboardView(data, period.id);
    const resolved = resolveScope(target.scope, view.aggregate.sektorer, period.id);
    key = resolved.key;
    const counted = boardSummary(view, resolved.scope, { periodName: period.name, countedAt });
    if (counted === undefined) throw new Error(`No area for ${key}.`);
    summary = counted;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw explainFailure(error, reading);
  }
  const { area } = summary;
  t.line(
    `Period ${summary.periodId}: ${scopeWords(summary, key)}, ${area.submittedOrApproved} av ${area.units} enheter ` +
      `inskickade eller godkända / ${area.submittedOrApproved} of ${area.units} units submitted or approved`,
  );

  const card = fittingCard(summary, { route: target.route, link: target.link(key) });
  // The payload as the route would send it: a summary over the size a Teams post may take stops here, before
  // anything is recorded.
  const rendered = await renderedPayload(target, card, summary);
  if (target.dryRun) {
    printDryRun(t, { card, route: target.route, bytes: rendered.bytes });
    return 0;
  }

  if (graphSignIn) {
    // Signed in before anything is recorded: a sign-in that fails leaves no record behind.
    try {
      await graphSignIn.tokens.getToken(GRAPH_RESOURCE);
    } catch (error) {
      throw new Error(
        `Inloggningen i Microsoft Graph misslyckades; inget publicerades. / The sign-in to Microsoft Graph failed; ` +
          `nothing was posted.\n(${errorText(error)})`,
        { cause: error },
      );
    }
  }

  const store = new SharePointPublicationStore(sp);
  const recording = {
    siteUrl,
    doing: {
      sv: 'föra in sammanställningen i Sammanställningar',
      en: 'record the summary in Sammanställningar',
    },
  };
  let record: PublicationRecord;
  try {
    record = await store.record(summary, target.route);
  } catch (error) {
    throw explainFailure(error, recording);
  }
  t.line(
    `Införd i Sammanställningar / recorded in Sammanställningar: post / item ${record.id} (skickas / sending)`,
  );

  const sent: SentBytes = { bytes: null };
  const inner = routePoster(target, graphSignIn?.tokens, sent);
  let postError: { error: unknown } | undefined;
  let receipt: PostReceipt | undefined;
  const poster: ChannelPoster = {
    post: async (c, options) => {
      try {
        receipt = await inner.post(c, options);
        return receipt;
      } catch (error) {
        postError = { error };
        throw error;
      }
    },
  };
  let outcome: PublishOutcome;
  try {
    outcome = await publishRecorded({ store, poster, now: () => new Date() }, record, card);
  } catch (error) {
    if (postError !== undefined) {
      throw explainPostFailure(postError.error, {
        route: target.route,
        recordId: record.id,
        ...(error !== postError.error && { markFailed: errorText(error) }),
      });
    }
    if (receipt !== undefined) {
      throw new Error(
        `Inlägget publicerades (meddelande-id ${receipt.messageId ?? '–'}), men sammanställning ${record.id} kunde ` +
          `inte markeras som publicerad i Sammanställningar; kör inte igen för den, markera den för hand. / ` +
          `The card was posted (message id ${receipt.messageId ?? '–'}), but summary ${record.id} could not be ` +
          `marked posted in Sammanställningar; do not run again for it, mark it by hand.\n(${errorText(error)})`,
        { cause: error },
      );
    }
    throw explainFailure(error, recording);
  }
  printPosted(t, { outcome, key, route: target.route, bytes: sent.bytes });
  return 0;
}

runCommand(spec, main);
