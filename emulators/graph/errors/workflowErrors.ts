import { jsonAnswer, type Answer } from '../answer';

// Logic Apps' error body is `{"error":{"code","message"}}` (no innerError). Where the words were seen is in
// docs/graph-receiver.md; "ours" marks the ones nobody has published.
function workflowError(
  status: number,
  code: string,
  message: string,
  headers: Record<string, string> = {},
): Answer {
  return jsonAnswer(status, { error: { code, message } }, headers);
}

/** Every error the Workflows side of the receiver answers (before a run starts; after that it is always 202). */
export const WorkflowErrors = {
  /** 400: no `api-version` in the query. */
  missingApiVersion: () =>
    workflowError(
      400,
      'MissingApiVersionParameter',
      'The api-version query parameter (?api-version=) is required for all requests.',
    ),

  /** 401: the URL lacks its shared access parameters (`sp`, `sv`, `sig`). */
  authorizationRequired: () =>
    workflowError(
      401,
      'DirectApiAuthorizationRequired',
      'The request must be authenticated only by Shared Access scheme.',
    ),

  /** 401: a signature (or `sp`/`sv`) that is not the flow's. */
  invalidSignature: () =>
    workflowError(
      401,
      'DirectApiInvalidAuthorizationSignature',
      'The provided authorization signature is not valid.',
    ),

  /** 404: no flow has that id. */
  workflowNotFound: () => workflowError(404, 'WorkflowNotFound', 'The workflow could not be found.'),

  /** 400: what a fault answers for 400 (the trigger's schema check). */
  schemaMismatch: () =>
    workflowError(
      400,
      'TriggerInputSchemaMismatch',
      "The input body for trigger 'manual' of type 'Request' did not match its schema definition.",
    ),

  /** 403 (ours): what a fault answers for 403. */
  forbidden: () =>
    workflowError(403, 'AuthorizationFailed', 'The client is not authorized to trigger this flow.'),

  /** 429 (ours), with `Retry-After`. */
  throttled: (retryAfterSeconds: number) =>
    workflowError(429, 'TooManyRequests', 'The flow is being throttled. Please try again later.', {
      'Retry-After': String(retryAfterSeconds),
    }),

  /** 500 (ours). */
  internal: () => workflowError(500, 'InternalServerError', 'An internal server error occurred.'),

  /** 503 (ours), with `Retry-After`. */
  unavailable: (retryAfterSeconds: number) =>
    workflowError(
      503,
      'ServiceUnavailable',
      'The service is temporarily unavailable. Please try again later.',
      {
        'Retry-After': String(retryAfterSeconds),
      },
    ),

  /** 501: what the receiver does not model, in Swedish and English. */
  notImplemented: (what: string) =>
    workflowError(
      501,
      'NotImplemented',
      `Den lokala Workflows-mottagaren modellerar inte ${what} (docs/graph-receiver.md). / ` +
        `The local Workflows receiver does not model ${what} (docs/graph-receiver.md).`,
    ),
};
