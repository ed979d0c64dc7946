import { jsonAnswer, type Answer } from '../answer';

/** The ids one Graph request is known by, in its error body and in its `request-id`/`client-request-id` headers. */
export interface RequestIds {
  readonly requestId: string;
  readonly clientRequestId: string;
  /** When the request arrived (ms since the epoch). */
  readonly at: number;
}

/**
 * An error Microsoft Graph would answer, thrown by the handlers and rendered once, in Graph's envelope:
 * `{"error":{"code","message","innerError":{"date","request-id","client-request-id"}}}`, `date` without zone or
 * milliseconds. https://learn.microsoft.com/graph/errors
 */
export class GraphError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'GraphError';
  }

  render(ids: RequestIds): Answer {
    return jsonAnswer(
      this.status,
      {
        error: {
          code: this.code,
          message: this.message,
          innerError: {
            date: new Date(ids.at).toISOString().slice(0, 19),
            'request-id': ids.requestId,
            'client-request-id': ids.clientRequestId,
          },
        },
      },
      { ...this.headers },
    );
  }
}
