// The tab's side of the dashboard's worker: starts it on first use, answers its requests for tokens, and turns its
// answers back into promises. The tab loads this module only when a dashboard or the scenarios page is opened.
import {
  AppError,
  type CountedDashboard,
  type DashboardLoadOptions,
  type DashboardQuery,
  type ScenarioDefinition,
  type TokenProvider,
} from '../domain';
import { type ScenarioCounting } from '../ui/scenarios/scenarioServices';
import {
  errorData,
  fromErrorData,
  fromOutcomeData,
  type FromWorker,
  type ToWorker,
} from './dashboardProtocol';

/** Reads and counts a period's figures on a thread of its own. */
export interface DashboardThread {
  loadView(query: DashboardQuery, options?: DashboardLoadOptions): Promise<CountedDashboard>;
  /**
   * Reads the period's figures and indexes them for scenarios on the worker, which keeps the index and counts
   * scenarios from it until it is released. @throws AppError
   */
  indexScenarios(query: DashboardQuery): Promise<ScenarioCounting>;
}

/** The worker's answers to the scenarios' requests. */
type ScenarioAnswer = Extract<FromWorker, { kind: 'scenariosIndexed' | 'scenariosCounted' }>;
type ScenarioRequest = Extract<ToWorker, { kind: 'indexScenarios' | 'countScenarios' }>;

/** The dashboard's worker for a site, signing in with `tokens`. */
export function dashboardThread(options: { siteUrl: string; tokens: TokenProvider }): DashboardThread {
  const { siteUrl, tokens } = options;
  let worker: Worker | undefined;
  const loads = new Map<
    number,
    {
      resolve: (dashboard: CountedDashboard) => void;
      reject: (error: Error) => void;
      onEarlier?: (dashboard: CountedDashboard) => void;
    }
  >();
  const asks = new Map<
    number,
    { answer: (message: ScenarioAnswer) => void; reject: (error: Error) => void }
  >();
  let nextId = 0;

  const send = (message: ToWorker) => worker?.postMessage(message);
  const start = (): Worker => {
    // webpack makes the worker's own chunk from this expression (https://webpack.js.org/guides/web-workers/).
    const started = new Worker(
      /* webpackChunkName: "dashboard-worker" */ new URL('./dashboard.worker.ts', import.meta.url),
    );
    started.addEventListener('message', (event: MessageEvent<FromWorker>) => {
      const message = event.data;
      if (message.kind === 'needToken') {
        tokens.getToken(message.resource).then(
          (token) => send({ kind: 'token', id: message.id, token }),
          (error: unknown) => send({ kind: 'tokenFailed', id: message.id, error: errorData(error) }),
        );
        return;
      }
      if (message.kind === 'scenariosIndexed' || message.kind === 'scenariosCounted') {
        const ask = asks.get(message.id);
        asks.delete(message.id);
        ask?.answer(message);
        return;
      }
      if (message.kind === 'failed' && asks.has(message.id)) {
        asks.get(message.id)?.reject(fromErrorData(message.error));
        asks.delete(message.id);
        return;
      }
      const load = loads.get(message.id);
      if (message.kind === 'shown' && !message.dashboard.current) {
        load?.onEarlier?.(message.dashboard);
        return;
      }
      loads.delete(message.id);
      if (message.kind === 'shown') load?.resolve(message.dashboard);
      else load?.reject(fromErrorData(message.error));
    });
    // A worker that cannot start or fails outside a load fails every load and count still waiting, rather than
    // leaving it spinning; the next one starts a new worker (which holds none of the old one's indexes).
    started.addEventListener('error', () => {
      started.terminate();
      const stopped = () => new AppError('unexpected', { message: 'The dashboard worker stopped.' });
      for (const waiting of [...loads.values(), ...asks.values()]) waiting.reject(stopped());
      loads.clear();
      asks.clear();
      worker = undefined;
    });
    return started;
  };

  const ask = (request: ScenarioRequest): Promise<ScenarioAnswer> =>
    new Promise((resolve, reject) => {
      worker ??= start();
      asks.set(request.id, { answer: resolve, reject });
      send(request);
    });
  const mismatch = (answer: ScenarioAnswer) =>
    new AppError('unexpected', { message: `The dashboard worker answered ${answer.kind} out of turn` });

  return {
    loadView: (query, options = {}) =>
      new Promise((resolve, reject) => {
        worker ??= start();
        const id = nextId++;
        loads.set(id, { resolve, reject, onEarlier: options.onEarlier });
        send({ kind: 'load', id, siteUrl, query, useStore: options.useStore ?? false });
      }),
    indexScenarios: async (query) => {
      const indexed = await ask({ kind: 'indexScenarios', id: nextId++, siteUrl, query });
      if (indexed.kind !== 'scenariosIndexed') throw mismatch(indexed);
      const { id: index, config, units } = indexed;
      const functionIds = config.taxonomy.functions.map((f) => f.id);
      return {
        config,
        count: async (scenarios: readonly ScenarioDefinition[]) => {
          const counted = await ask({ kind: 'countScenarios', id: nextId++, index, scenarios });
          if (counted.kind !== 'scenariosCounted') throw mismatch(counted);
          return counted.outcomes.map((data) => fromOutcomeData(data, { units, functionIds }));
        },
        release: () => send({ kind: 'releaseScenarios', index }),
      };
    },
  };
}
