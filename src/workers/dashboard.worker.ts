// The dashboard's worker: reads a period's figures from SharePoint and counts them off the tab's main thread, so
// that parsing thousands of summaries never holds up typing, scrolling or a screen reader; for the project team it
// begins with the overview their tab stored (`loadOverview`). The scenarios page's figures are read and indexed
// here too, and each scenario counted from that index, which stays here: a count is ~45 ms at a region's scale,
// run again with every change of a choice. Only counted figures go back to the tab. Started by
// `dashboardThread.ts`.
import {
  AppError,
  buildScenarioBase,
  scenarioOutcome,
  type ScenarioBase,
  type TokenProvider,
} from '../domain';
import { createSharePointClient } from '../sharepoint/client';
import { SharePointDashboardRepository } from '../sharepoint/repositories/dashboardRepository';
import { loadOverview } from '../sharepoint/repositories/storedOverview';
import {
  errorData,
  fromErrorData,
  outcomeData,
  outcomeKeys,
  scenarioUnits,
  type FromWorker,
  type OutcomeKeys,
  type ToWorker,
} from './dashboardProtocol';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = self as unknown as WorkerScope;
const tokenWaits = new Map<number, { resolve: (token: string) => void; reject: (error: Error) => void }>();
let nextTokenId = 0;
/** The scenarios' indexes, by the id of the message that asked for each, until the tab releases them. */
const scenarioIndexes = new Map<number, { readonly base: ScenarioBase; readonly keys: OutcomeKeys }>();

/** Tokens from the tab, which alone can sign in (MSAL and Teams live there). */
const tokens: TokenProvider = {
  getToken: (resource) =>
    new Promise((resolve, reject) => {
      const id = nextTokenId++;
      tokenWaits.set(id, { resolve, reject });
      scope.postMessage({ kind: 'needToken', id, resource });
    }),
};

const failed = (id: number) => (error: unknown) =>
  scope.postMessage({ kind: 'failed', id, error: errorData(error) });

scope.addEventListener('message', (event) => {
  const message = event.data;
  switch (message.kind) {
    case 'load': {
      const { id, siteUrl, query, useStore } = message;
      loadOverview(createSharePointClient({ siteUrl, tokens }), query, {
        useStore,
        show: (dashboard) => scope.postMessage({ kind: 'shown', id, dashboard }),
      }).catch(failed(id));
      return;
    }
    case 'indexScenarios': {
      const { id, siteUrl, query } = message;
      new SharePointDashboardRepository(createSharePointClient({ siteUrl, tokens }))
        .loadFigures(query)
        .then(({ config, units, inventories }) => {
          const base = buildScenarioBase({ config, units, inventories, periodId: query.periodId });
          const indexed = scenarioUnits(base);
          scenarioIndexes.set(id, { base, keys: outcomeKeys(indexed, config) });
          scope.postMessage({ kind: 'scenariosIndexed', id, config, units: indexed });
        })
        .catch(failed(id));
      return;
    }
    case 'countScenarios': {
      const { id, index, scenarios } = message;
      try {
        const held = scenarioIndexes.get(index);
        if (held === undefined)
          throw new AppError('unexpected', {
            message: 'The worker holds no such scenario index: read it again',
          });
        const outcomes = scenarios.map((s) => outcomeData(scenarioOutcome(held.base, s), held.keys));
        scope.postMessage({ kind: 'scenariosCounted', id, outcomes });
      } catch (error) {
        failed(id)(error);
      }
      return;
    }
    case 'releaseScenarios':
      scenarioIndexes.delete(message.index);
      return;
    case 'token':
    case 'tokenFailed': {
      const wait = tokenWaits.get(message.id);
      tokenWaits.delete(message.id);
      if (message.kind === 'token') wait?.resolve(message.token);
      else wait?.reject(fromErrorData(message.error));
    }
  }
});
