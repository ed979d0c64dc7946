import type { Answer } from '../answer';
import type { Fault } from '../store/faults';
import type { GraphError } from './GraphError';
import { GraphErrors } from './graphErrors';
import { WorkflowErrors } from './workflowErrors';

/** What Graph answers for a fault set on `channelMessage`, `activity` or `events`. */
export function graphFault(fault: Fault): GraphError {
  switch (fault.status) {
    case 400:
      return GraphErrors.invalidBody();
    case 401:
      return GraphErrors.invalidToken();
    case 403:
      // Calendars answer in Exchange's words, Teams in its own.
      return fault.route === 'events' ? GraphErrors.mailboxAccessDenied() : GraphErrors.accessDenied();
    case 429:
      return GraphErrors.throttled(fault.retryAfterSeconds);
    case 500:
      return GraphErrors.internal();
    case 503:
      return GraphErrors.unavailable(fault.retryAfterSeconds);
  }
}

/** What the flow's trigger answers for a fault set on `workflows`. */
export function workflowFault(fault: Fault): Answer {
  switch (fault.status) {
    case 400:
      return WorkflowErrors.schemaMismatch();
    case 401:
      return WorkflowErrors.invalidSignature();
    case 403:
      return WorkflowErrors.forbidden();
    case 429:
      return WorkflowErrors.throttled(fault.retryAfterSeconds);
    case 500:
      return WorkflowErrors.internal();
    case 503:
      return WorkflowErrors.unavailable(fault.retryAfterSeconds);
  }
}
