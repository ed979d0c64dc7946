// `npm run seed [-- --scale 10] [--site <url>]`: provisions a site and fills it with the demo municipality
// (docs/provisioning.md, "Demo municipality"). Without --site it seeds the local emulator: the one running at the
// default address, or one it starts itself on the durable store in .data/sharepoint (served later by
// `npm run emulator`, or kept running here with --keep-running).
import '../src/domain/i18n/english';
import { startSharePointEmulator, type RunningSharePointEmulator } from '../emulators/sharepoint/index';
import { inventoryStatuses } from '../src/domain';
import { type CommandLine, type CommandSpec, positiveInteger, runCommand, UsageError } from './lib/args';
import { seedDemoSite, type SeedEvent, type SeedStage } from './lib/demoSite';
import { provisionPrinter, terminal, unitAccessPrinter, type Terminal } from './lib/progress';
import { connect, defaultSiteUrl, siteOptions } from './lib/site';

const spec = {
  usage: 'npm run seed -- [--scale <n>] [--site <url>] [--seed <n>] [--today <YYYY-MM-DD>] [--keep-running]',
  summary:
    'Skapar demokommunen: 350 enheter gånger --scale, med chefer, granskare, inventeringar i alla lägen och personerna i personväljaren. / ' +
    'Creates the demo municipality: 350 units times --scale, with managers, reviewers, inventories in every status and the personas of the persona switch.',
  options: {
    ...siteOptions,
    scale: {
      type: 'string',
      value: 'n',
      help: 'gånger Gävles storlek / times the size of Gävle (standard / default 1)',
    },
    seed: { type: 'string', value: 'n', help: 'slumpfrö / random seed (standard / default 2018)' },
    today: {
      type: 'string',
      value: 'datum',
      help: 'dagen då perioden är öppen / the day the period is open (standard / default i dag / today)',
    },
    data: {
      type: 'string',
      value: 'katalog',
      help: 'emulatorns data när skriptet startar den / the emulator’s data when the script starts it (.data/sharepoint)',
    },
    'keep-running': {
      type: 'boolean',
      help: 'låt den startade emulatorn köra vidare / keep the emulator it started running',
    },
  },
} satisfies CommandSpec<
  typeof siteOptions & {
    scale: { type: 'string'; value: string; help: string };
    seed: { type: 'string'; value: string; help: string };
    today: { type: 'string'; value: string; help: string };
    data: { type: 'string'; value: string; help: string };
    'keep-running': { type: 'boolean'; help: string };
  }
>;

const stageNames: Readonly<Record<SeedStage, string>> = {
  provision: 'Provisionering / provisioning',
  settings: 'Inställningar och period / settings and period',
  units: 'Organisationen / the organisation',
  access: 'Grupper, mappar och behörigheter / groups, folders and permissions',
  inventories: 'Inventeringar och rader / inventories and lines',
  answers: 'Svar och status / answers and statuses',
  projectTeam: 'Projektgruppen / the project team',
};

function seedPrinter(t: Terminal): (event: SeedEvent) => void {
  const provision = provisionPrinter({ line: () => undefined, status: t.status });
  const access = unitAccessPrinter(t);
  return (event) => {
    if (event.kind === 'stage') t.line(stageNames[event.stage]);
    else if (event.kind === 'progress') t.status(`  ${event.done}/${event.total}`, event);
    else if (event.kind === 'provision') provision(event.event);
    else access(event.event);
  };
}

async function emulatorRunning(siteUrl: string): Promise<boolean> {
  try {
    return (await fetch(`${new URL(siteUrl).origin}/_emulator/stats`)).ok;
  } catch {
    return false;
  }
}

async function main({ values }: CommandLine<typeof spec.options>): Promise<number> {
  const t = terminal();
  const scale = positiveInteger(values.scale, { name: 'scale', fallback: 1 });
  const seed = positiveInteger(values.seed, { name: 'seed', fallback: 2018 });
  if (values.today !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.today))
    throw new UsageError(`--today ska vara ett datum ÅÅÅÅ-MM-DD. / --today must be a date YYYY-MM-DD.`);
  let emulator: RunningSharePointEmulator | undefined;
  let site = values.site;
  if (
    site === undefined &&
    process.env.SP_SITE_URL === undefined &&
    !(await emulatorRunning(defaultSiteUrl))
  ) {
    const dataDir = values.data ?? '.data/sharepoint';
    emulator = await startSharePointEmulator({ port: Number(new URL(defaultSiteUrl).port), dataDir });
    site = emulator.siteUrl;
    t.line(`Startade emulatorn / started the emulator: ${emulator.siteUrl} (data: ${dataDir})`);
  }
  try {
    const { sp, siteUrl, signIn } = connect({ ...values, site });
    t.line(`Webbplats / site: ${siteUrl}\nInloggning / sign-in: ${signIn}`);
    const started = performance.now();
    const { demo, timings } = await seedDemoSite(sp, {
      units: 350 * scale,
      seed,
      today: values.today,
      log: seedPrinter(t),
    });
    const total = performance.now() - started;
    const count = (kind: string) => demo.units.filter((u) => u.kind === kind).length;
    const employees = demo.units.reduce((sum, u) => sum + u.headcount, 0);
    // Units that have not started have no generated inventory, only the empty one the writers create.
    const notStarted = demo.units.filter((u) => u.manager).length - demo.inventories.length;
    const statuses = inventoryStatuses
      .map(
        (s) =>
          `${s} ${demo.inventories.filter((i) => i.status === s).length + (s === 'notStarted' ? notStarted : 0)}`,
      )
      .join(', ');
    t.line(
      `\nDemokommunen / the demo municipality: ${count('sektor')} sektorer, ${count('kontor')} kontor, ${count('enhet')} enheter (${demo.units.length} i allt / in all), ` +
        `${employees} medarbetare / employees; period ${demo.period.id} (${demo.period.opensOn} – ${demo.period.closesOn}); ${statuses}.`,
    );
    t.line('\nVem är vem / who is who:');
    for (const { persona, place } of demo.personas)
      t.line(`  ${persona.name.padEnd(20)} ${persona.upn.padEnd(30)} ${place.sv} / ${place.en}`);
    t.line(
      `\nTid / time: ${(total / 1000).toFixed(1)} s (` +
        Object.entries(timings)
          .map(([stage, ms]) => `${stage} ${(ms / 1000).toFixed(1)} s`)
          .join(', ') +
        ')',
    );
    if (emulator && values['keep-running']) {
      t.line(
        `\nEmulatorn kör på / the emulator runs at ${emulator.siteUrl}. Avsluta med Ctrl+C. / Stop with Ctrl+C.`,
      );
      const running = emulator;
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await running.close();
    }
    return 0;
  } finally {
    if (emulator && !values['keep-running']) await emulator.close();
  }
}

runCommand(spec, main);
