// A fake `window.nestedAppAuthBridge` as MSAL's NAA code expects it (msal-browser `src/naa/AuthBridge.ts`):
// MSAL posts request envelopes as JSON text and listens for response envelopes. It answers from the recorded
// wire fixture (the envelopes the local Teams host gave MSAL in Chromium), echoing each request's id.
import { wireFixture } from '../../fixtures/teams-wire/wire';

/** A bridge request as MSAL sends it. */
export interface BridgeRequest {
  readonly method: 'GetInitContext' | 'GetToken' | 'GetTokenPopup';
  readonly requestId: string;
  readonly tokenParams?: { clientId: string; scope: string; correlationId: string; claims?: string };
}

/** The recorded answers by method, as parsed envelopes. */
export function recordedAnswers(): Record<'GetInitContext' | 'GetToken', Record<string, unknown>> {
  const exchanges = wireFixture('naa').exchanges;
  const answerTo = (method: string) => {
    const exchange = exchanges.find((e) => JSON.parse(String(e.request.data)).method === method)!;
    return JSON.parse((exchange.response!.args as string[])[1]!) as Record<string, unknown>;
  };
  return { GetInitContext: answerTo('GetInitContext'), GetToken: answerTo('GetToken') };
}

type Answer = (request: BridgeRequest) => Record<string, unknown>;

/** Installs the bridge on `window`; `answer` decides each response (by default the recorded ones). */
export function installBridge(answer?: Answer): { requests: BridgeRequest[]; uninstall(): void } {
  const recorded = recordedAnswers();
  const respond: Answer =
    answer ??
    ((request) => ({ ...recorded[request.method === 'GetInitContext' ? 'GetInitContext' : 'GetToken'] }));
  const listeners: ((response: string) => void)[] = [];
  const requests: BridgeRequest[] = [];
  (window as unknown as { nestedAppAuthBridge: unknown }).nestedAppAuthBridge = {
    addEventListener: (_event: string, listener: (response: string) => void) => listeners.push(listener),
    removeEventListener: () => undefined,
    postMessage: (message: string) => {
      const request = JSON.parse(message) as BridgeRequest;
      requests.push(request);
      const response = JSON.stringify({ ...respond(request), requestId: request.requestId });
      // Asynchronously, as a host answers through postMessage.
      setTimeout(() => listeners.forEach((listener) => listener(response)));
    },
  };
  return {
    requests,
    uninstall: () => {
      delete (window as unknown as { nestedAppAuthBridge?: unknown }).nestedAppAuthBridge;
    },
  };
}
