// The dashboard's worker: reads a period's figures from SharePoint and counts them off the tab's main thread, so
// that parsing thousands of summaries never holds up typing, scrolling or a screen reader; for the project team it
// begins with the overview their tab stored (`loadOverview`). Only counted figures go back to the tab. Started by
// `dashboardThread.ts`.
import { type TokenProvider } from '../domain';
import { createSharePointClient } from '../sharepoint/client';
import { loadOverview } from '../sharepoint/repositories/storedOverview';
import { errorData, fromErrorData, type FromWorker, type ToWorker } from './dashboardProtocol';

interface WorkerScope {
  postMessage(message: FromWorker): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ToWorker>) => void): void;
}

const scope = self as unknown as WorkerScope;
const tokenWaits = new Map<number, { resolve: (token: string) => void; reject: (error: Error) => void }>();
let nextTokenId = 0;

/** Tokens from the tab, which alone can sign in (MSAL and Teams live there). */
const tokens: TokenProvider = {
  getToken: (resource) =>
    new Promise((resolve, reject) => {
      const id = nextTokenId++;
      tokenWaits.set(id, { resolve, reject });
      scope.postMessage({ kind: 'needToken', id, resource });
    }),
};

scope.addEventListener('message', (event) => {
  const message = event.data;
  if (message.kind === 'load') {
    const { id, siteUrl, query, useStore } = message;
    loadOverview(createSharePointClient({ siteUrl, tokens }), query, {
      useStore,
      show: (dashboard) => scope.postMessage({ kind: 'shown', id, dashboard }),
    }).catch((error: unknown) => scope.postMessage({ kind: 'failed', id, error: errorData(error) }));
    return;
  }
  const wait = tokenWaits.get(message.id);
  tokenWaits.delete(message.id);
  if (message.kind === 'token') wait?.resolve(message.token);
  else wait?.reject(fromErrorData(message.error));
});
