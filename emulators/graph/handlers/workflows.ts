// The Teams Workflows template "Post to a channel when a webhook request is received": a Request trigger whose
// URL carries its secret (`sig`), and a "Post card in a chat or channel" action. The trigger answers 202 before
// the flow runs, so whether the card was posted shows only in the run history.
// https://learn.microsoft.com/azure/connectors/connectors-native-reqres, https://learn.microsoft.com/connectors/teams
import { timingSafeEqual } from 'node:crypto';
import { emptyAnswer, type Answer } from '../answer';
import { adaptiveCardProblem } from '../cards/adaptiveCard';
import { WorkflowErrors } from '../errors/workflowErrors';
import type { ReceiverStore, WorkflowRun } from '../store/ReceiverStore';
import { isObject } from './operation';

/** A flow the receiver runs: its trigger's id and secret, and the channel its action posts in. */
export interface SeededFlow {
  readonly id: string;
  readonly sig: string;
  readonly teamId: string;
  readonly channelId: string;
}

/** The trigger URL's path, old (Logic Apps) and new (Power Platform) shape; the trigger is `manual`. */
const INVOKE_PATH =
  /^\/(?:powerautomate\/automations\/direct\/)?workflows\/([^/]+)\/triggers\/([^/]+)\/paths\/invoke$/;

const CARD = 'application/vnd.microsoft.card.adaptive';
// The words the "Post card" action fails with when the body is not the card request it reads (observed), and
// our own account of why after them.
const FLOWBOT = 'The specified Teams flowbot adaptive card request is missing or invalid.';

/** The flow and the query a trigger URL names, checked as Logic Apps checks them, before the body. */
export function admitTrigger(
  flows: readonly SeededFlow[],
  request: { method: string; path: string; query: URLSearchParams },
): { flow: SeededFlow } | { answer: Answer } | undefined {
  const match = INVOKE_PATH.exec(request.path);
  if (!match) return undefined;
  const flow = flows.find((candidate) => candidate.id === match[1]!.toLowerCase());
  if (!flow || match[2] !== 'manual') return { answer: WorkflowErrors.workflowNotFound() };
  if (request.method !== 'POST') {
    return { answer: WorkflowErrors.notImplemented(`${request.method} on a flow's trigger (it takes POST)`) };
  }
  const { query } = request;
  if (!query.get('api-version')) return { answer: WorkflowErrors.missingApiVersion() };
  const [sp, sv, sig] = ['sp', 'sv', 'sig'].map((name) => query.get(name));
  if (!sp || !sv || !sig) return { answer: WorkflowErrors.authorizationRequired() };
  if (sp !== '/triggers/manual/run' || sv !== '1.0' || !sameSecret(sig, flow.sig)) {
    return { answer: WorkflowErrors.invalidSignature() };
  }
  return { flow };
}

/** What the receiver read of the body: the bytes, or that there were more than a message may hold. */
export type TriggerBody = { readonly kind: 'body'; readonly body: Buffer } | { readonly kind: 'tooLarge' };

/**
 * Runs the flow on a body: records the run, posts each card as the Flow bot when every card can be posted, and
 * answers 202 with no body either way (with the run id in `x-ms-workflow-run-id`, as Logic Apps does).
 */
export function runFlow(
  flow: SeededFlow,
  request: { body: TriggerBody; contentType: string | undefined; correlationId: string },
  parts: { store: ReceiverStore; now: () => number },
): { answer: Answer; run: WorkflowRun } {
  const nowMs = parts.now();
  const outcome = cardsOf(request.body, request.contentType);
  const run: WorkflowRun = {
    id: runId(nowMs, parts.store.nextId()),
    flowId: flow.id,
    startTime: new Date(nowMs).toISOString(),
    status: 'cards' in outcome ? 'Succeeded' : 'Failed',
    error: 'cards' in outcome ? null : outcome.error,
  };
  parts.store.addRun(run);
  if ('cards' in outcome) {
    for (const card of outcome.cards) {
      const messageId = parts.store.nextMessageId(nowMs);
      parts.store.addMessage(flow.teamId, flow.channelId, {
        id: messageId,
        createdDateTime: new Date(Number(messageId)).toISOString(),
        via: 'workflows',
        from: { displayName: 'Workflows' },
        subject: null,
        summary: null,
        text: '',
        cards: [card],
      });
    }
  }
  return {
    answer: emptyAnswer(202, {
      'x-ms-workflow-run-id': run.id,
      'x-ms-correlation-id': request.correlationId,
    }),
    run,
  };
}

function cardsOf(
  body: TriggerBody,
  contentType: string | undefined,
): { cards: object[] } | { error: string } {
  // "If the message size exceeds 28 KB, the action fails with the following error: 'Request Entity too large.'"
  if (body.kind === 'tooLarge') return { error: 'Request Entity too large.' };
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type !== 'application/json') {
    return {
      error: `${FLOWBOT} The trigger reads JSON only when Content-Type is application/json, not '${type}'.`,
    };
  }
  let request: unknown;
  try {
    request = JSON.parse(body.body.toString('utf8'));
  } catch {
    return { error: `${FLOWBOT} The request body is not JSON.` };
  }
  const wrapper =
    '{"type":"message","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{…}}]}';
  if (!isObject(request) || request.type !== 'message' || !Array.isArray(request.attachments)) {
    return { error: `${FLOWBOT} The body must be ${wrapper}.` };
  }
  if (request.attachments.length === 0) return { error: `${FLOWBOT} attachments is empty.` };
  const cards: object[] = [];
  for (const [index, attachment] of request.attachments.entries()) {
    const where = `attachments[${index}]`;
    if (!isObject(attachment) || attachment.contentType !== CARD) {
      return { error: `${FLOWBOT} ${where}.contentType must be '${CARD}'.` };
    }
    if (!isObject(attachment.content)) {
      return { error: `${FLOWBOT} ${where}.content must be the card as a JSON object (not a string).` };
    }
    const problem = adaptiveCardProblem(attachment.content, { maxVersion: '1.4' });
    if (problem !== undefined) return { error: `${FLOWBOT} ${where}.content: ${problem}` };
    cards.push(attachment.content);
  }
  return { cards };
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A run id shaped like Logic Apps' (29 characters: digits, then `CU` and two digits). */
function runId(nowMs: number, sequence: number): string {
  return `08584${String(nowMs).padStart(16, '0')}${String(sequence % 10_000).padStart(4, '0')}CU00`;
}
