// The teams-js v2 wire format, as @microsoft/teams-js 2.58.0 sends and reads it (`internal/messageObjects.ts`,
// `internal/communication.ts`): plain objects through `postMessage`, never JSON text. Runs in the host page
// (browser) and in Node tests, so it uses no DOM and no Node built-ins.

/** A request from the app (teams-js `SerializedMessageRequest`). */
export interface HostRequest {
  /** A per-page counter from 0; every response echoes it. */
  readonly id: number;
  /** teams-js matches responses by this UUID when present (`uuidAsString` on the wire, never `uuid`). */
  readonly uuidAsString?: string;
  /** What is asked: `getContext`, `settings.setSettings`, `nestedAppAuth.execute`, … */
  readonly func: string;
  /** Positional arguments. */
  readonly args: readonly unknown[];
  /** `v<N>_<api>`, telemetry only. */
  readonly apiVersionTag?: string;
  /** Only on `nestedAppAuth.execute`: MSAL's bridge request envelope as a JSON string (`args` is empty). */
  readonly data?: string;
}

/** A response to a request (teams-js `SerializedMessageResponse`): the request's `id` and UUID, and results. */
export interface HostResponse {
  readonly id: number;
  readonly uuidAsString?: string;
  readonly args: readonly unknown[];
  /** `true` keeps a callback registered for more answers; we never send partial answers. */
  readonly isPartialResponse?: boolean;
}

/** An event from the host (`themeChange`, `settings.save`, …): a `func` and arguments, and no `id`. */
export interface HostEvent {
  readonly func: string;
  readonly args: readonly unknown[];
}

/**
 * The request in a message's data, or `undefined` when it is none: teams-js counts a message as a request
 * when `func` is a string, and needs a numeric `id` to match the answer.
 */
export function readRequest(data: unknown): HostRequest | undefined {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return undefined;
  const candidate = data as Record<string, unknown>;
  if (typeof candidate.func !== 'string' || typeof candidate.id !== 'number') return undefined;
  if (candidate.args !== undefined && !Array.isArray(candidate.args)) return undefined;
  return {
    id: candidate.id,
    func: candidate.func,
    args: (candidate.args as unknown[] | undefined) ?? [],
    ...(typeof candidate.uuidAsString === 'string' && { uuidAsString: candidate.uuidAsString }),
    ...(typeof candidate.apiVersionTag === 'string' && { apiVersionTag: candidate.apiVersionTag }),
    ...(typeof candidate.data === 'string' && { data: candidate.data }),
  };
}

/** The response to `request` with `args`, echoing its `id` and `uuidAsString` as teams-js matches on both. */
export function responseTo(request: HostRequest, args: readonly unknown[]): HostResponse {
  return {
    id: request.id,
    ...(request.uuidAsString !== undefined && { uuidAsString: request.uuidAsString }),
    args,
  };
}

/** An event message: no `id`, so teams-js dispatches it to the handler registered for `func`. */
export function hostEvent(func: string, args: readonly unknown[]): HostEvent {
  return { func, args };
}
