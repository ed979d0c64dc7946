// The composition root's part for the project team (about a handful of the tab's users) and for the work after the
// inventory (organisationWork.ts): their services' wiring, loaded with the first of them used, so that none of it
// weighs on the manager's start. Each feature's code still loads in a chunk of its own when first called.
import { type RuntimeConfig } from '../auth';
import { type TokenProvider } from '../domain';
import { type createSharePointClient } from '../sharepoint/client';
import { personalTabEntityId, unitDeepLink } from '../teams';
import { routeHash } from '../ui/app/route';
import { type ManagerServices } from '../ui/services';
import { organisationWorkServices, type OrganisationWorkServices } from './organisationWork';

/** What the project team's services are wired from. */
export interface ProjectTeamParts {
  readonly sp: ReturnType<typeof createSharePointClient>;
  readonly config: RuntimeConfig;
  readonly tokens: TokenProvider;
  readonly upn: string;
  /** The deep link a summary card's button opens: the board's tab of the scope in its channel. */
  readonly boardLink: (scopeKey: string, label: string) => string;
  /** The tab's own address with a query, as Teams opens it. */
  readonly tabAddress: (query: Record<string, string>) => string;
}

/** The project team's services, and those of the work after the inventory. */
export type ProjectTeamServices = Pick<
  ManagerServices,
  'exports' | 'settings' | 'scenarios' | 'board' | 'reminders'
> &
  OrganisationWorkServices;

/** The project team's services on a signed-in user's SharePoint client. */
export function projectTeamServices(parts: ProjectTeamParts): ProjectTeamServices {
  const { sp, config, tokens, upn } = parts;
  /** The link a reminder opens: the unit's form in the app's personal tab, in Teams or (webUrl) a browser. */
  const unitLink = (appId: string, unitId: string): string => {
    const webUrl = `${parts.tabAddress({})}${routeHash({ page: 'form', unitId })}`;
    return unitDeepLink({ appId, entityId: personalTabEntityId, unitId, webUrl });
  };
  return {
    ...organisationWorkServices(parts),
    // Their code, the library Exporter's and ExcelJS load when first used.
    exports: async () => {
      const [{ tabExports }, { exportLibrary }] = await Promise.all([
        import(/* webpackChunkName: "exports" */ '../exports/tabExports'),
        import(/* webpackChunkName: "exports" */ '../sharepoint/repositories/exportLibrary'),
      ]);
      return tabExports({ ...exportLibrary(sp), upn, now: () => new Date() });
    },
    settings: async () => {
      const [{ settingsServices }, { SharePointSettingsRepository }, { SharePointDashboardRepository }] =
        await Promise.all([
          import(/* webpackChunkName: "settings" */ '../ui/settings/settingsServices'),
          import(/* webpackChunkName: "settings" */ '../sharepoint/repositories/settingsRepository'),
          import(/* webpackChunkName: "settings" */ '../sharepoint/repositories/dashboardRepository'),
        ]);
      return settingsServices({
        store: new SharePointSettingsRepository(sp),
        loadFigures: (query) => new SharePointDashboardRepository(sp).loadFigures(query),
      });
    },
    // Scenarier and the period's figures load when the page opens, ExcelJS with the first export. The figures are
    // read, indexed and counted on the dashboard's worker: one for every visit to the page, started with the first.
    scenarios: (() => {
      const startThread = () =>
        import('../workers/dashboardThread').then(({ dashboardThread }) =>
          dashboardThread({ siteUrl: config.siteUrl, tokens }),
        );
      let thread: ReturnType<typeof startThread> | undefined;
      return async () => {
        const [
          { scenarioServices },
          { SharePointScenarioStore },
          { SharePointDashboardRepository },
          exports,
        ] = await Promise.all([
          import(/* webpackChunkName: "scenarios" */ '../ui/scenarios/scenarioServices'),
          import(/* webpackChunkName: "scenarios" */ '../sharepoint/repositories/scenarioStore'),
          import(/* webpackChunkName: "scenarios" */ '../sharepoint/repositories/dashboardRepository'),
          import(/* webpackChunkName: "scenarios" */ '../exports'),
        ]);
        return scenarioServices({
          store: new SharePointScenarioStore(sp),
          loadFigures: (query) => new SharePointDashboardRepository(sp).loadFigures(query),
          // Without workers the page counts on this thread, from `loadFigures`.
          ...(typeof Worker === 'function' && {
            indexElsewhere: async (query) => (await (thread ??= startThread())).indexScenarios(query),
          }),
          workbookBytes: async (input) => (await exports.loadWorkbook()).scenarioWorkbookBytes(input),
          upn,
          now: () => new Date(),
          randomId: () => crypto.randomUUID(),
        });
      };
    })(),
    // Sammanställningar and the ways into the channel load when the panel opens.
    board: async () => {
      const [{ boardServices }, { SharePointPublicationStore }, graph] = await Promise.all([
        import(/* webpackChunkName: "board" */ '../ui/board/boardServices'),
        import(/* webpackChunkName: "board" */ '../sharepoint/repositories/publicationStore'),
        import(/* webpackChunkName: "board" */ '../graph'),
      ]);
      const { channel } = config;
      return boardServices({
        store: new SharePointPublicationStore(sp),
        graph:
          channel === undefined
            ? null
            : graph.graphChannelPoster(
                graph.createGraphClient({ graphUrl: channel.graphUrl, tokens }),
                channel,
              ),
        workflows: (url) => graph.workflowsPoster(url),
        link: parts.boardLink,
        now: () => new Date(),
      });
    },
    // Påminnelser and the activity feed load when the not-submitted list opens.
    reminders: async () => {
      const [{ reminderServices }, { SharePointReminderStore }, graph] = await Promise.all([
        import(/* webpackChunkName: "reminders" */ '../ui/review/reminderServices'),
        import(/* webpackChunkName: "reminders" */ '../sharepoint/repositories/reminderStore'),
        import(/* webpackChunkName: "reminders" */ '../graph'),
      ]);
      const { channel } = config;
      const client =
        channel === undefined ? null : graph.createGraphClient({ graphUrl: channel.graphUrl, tokens });
      return reminderServices({
        store: new SharePointReminderStore(sp),
        notifier:
          channel === undefined || client === null
            ? null
            : (dueDate) =>
                graph.graphActivityNotifier(client, {
                  dueDate,
                  link: (unitId) => unitLink(channel.appId, unitId),
                }),
        now: () => new Date(),
      });
    },
  };
}
