import type { Answer } from '../answer';
import type { GraphError } from '../errors/GraphError';
import type { FaultRoute } from '../store/faults';
import type { GraphCaller } from '../token';

/**
 * One Graph operation the receiver models, in the two steps Graph takes: what the URL and the token decide
 * (before a byte of the body is read), then the body. Handlers throw a `GraphError` for what Graph refuses.
 */
export interface GraphOperation {
  readonly route: FaultRoute;
  /** Whether the request carries a JSON body (Content-Type checked, then read and parsed) or none (GET, DELETE). */
  readonly body: 'json' | 'none';
  /** Largest body read; a larger one gets 413 unread. */
  readonly maxBodyBytes: number;
  /** The error for this caller, or what answers the parsed JSON body (`undefined` without one). */
  admit(caller: GraphCaller): GraphError | ((body: unknown) => Answer);
}

/** What of a request besides its method and path an operation may read. */
export interface GraphRequestDetails {
  readonly query: URLSearchParams;
  /** The `Prefer` header, if any. */
  readonly prefer: string | undefined;
}

/** Whether a value is a JSON object (not an array, not null). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** A GUID, as Graph spells team ids and object ids. */
export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Graph's content type for an entity it returns. */
export const ODATA_JSON =
  'application/json;odata.metadata=minimal;odata.streaming=true;IEEE754Compatible=false;charset=utf-8';
