// The tab's side of the dashboard's worker: starts it on first use, answers its requests for tokens, and turns its
// answers back into promises. The tab loads this module only when a dashboard is opened.
import {
  AppError,
  type CountedDashboard,
  type DashboardLoadOptions,
  type DashboardQuery,
  type TokenProvider,
} from '../domain';
import { errorData, fromErrorData, type FromWorker, type ToWorker } from './dashboardProtocol';

/** Reads and counts a period's figures on a thread of its own. */
export interface DashboardThread {
  loadView(query: DashboardQuery, options?: DashboardLoadOptions): Promise<CountedDashboard>;
}

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
      const load = loads.get(message.id);
      if (message.kind === 'shown' && !message.dashboard.current) {
        load?.onEarlier?.(message.dashboard);
        return;
      }
      loads.delete(message.id);
      if (message.kind === 'shown') load?.resolve(message.dashboard);
      else load?.reject(fromErrorData(message.error));
    });
    // A worker that cannot start or fails outside a load fails every load still waiting, rather than leaving it
    // spinning; the next load starts a new one.
    started.addEventListener('error', () => {
      started.terminate();
      for (const load of loads.values())
        load.reject(new AppError('unexpected', { message: 'The dashboard worker stopped.' }));
      loads.clear();
      worker = undefined;
    });
    return started;
  };

  return {
    loadView: (query, options = {}) =>
      new Promise((resolve, reject) => {
        worker ??= start();
        const id = nextId++;
        loads.set(id, { resolve, reject, onEarlier: options.onEarlier });
        send({ kind: 'load', id, siteUrl, query, useStore: options.useStore ?? false });
      }),
  };
}
