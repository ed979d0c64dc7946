// A card into the board's channel from a script, through src/graph's posters: the bytes each request carries are
// measured as they leave, and the same posters run against nothing (a dry run, and the size check before anything
// is recorded) give the exact payload the route would send.
import { type Queryable } from '@pnp/queryable';
import { staticTokenProvider } from '../../src/auth';
import {
  attachmentIdOf,
  type BoardSummary,
  type CardJson,
  type ChannelPoster,
  type PublicationRecord,
} from '../../src/domain';
import { type TokenProvider } from '../../src/domain/ports';
import { createGraphClient, graphChannelPoster, workflowsPoster } from '../../src/graph';
import { type ChannelTarget } from './channel';

/** What left for the channel: the request body's UTF-8 bytes (the last request's), `null` before any. */
export interface SentBytes {
  bytes: number | null;
}

const bytesOf = (body: unknown): number | null =>
  typeof body === 'string' ? Buffer.byteLength(body, 'utf8') : null;

/** A PnPjs behaviour that notes the size of each request's body. */
function measuring(sent: SentBytes): (instance: Queryable) => Queryable {
  return (instance) => {
    instance.on.pre(async function (url, init, result) {
      sent.bytes = bytesOf(init.body) ?? sent.bytes;
      return [url, init, result];
    });
    return instance;
  };
}

/**
 * The route's poster for a real post: Graph as the signed-in user (`tokens`), or the Workflows URL.
 * @throws Error when the target lacks what its route needs (`channelTarget` checks that first)
 */
export function routePoster(
  target: ChannelTarget,
  tokens: TokenProvider | undefined,
  sent: SentBytes,
): ChannelPoster {
  if (target.route === 'graph') {
    if (tokens === undefined || target.teamId === undefined || target.channelId === undefined)
      throw new Error('A Graph post needs tokens, a team and a channel.');
    const graph = createGraphClient({ graphUrl: target.graphUrl, tokens }).using(measuring(sent));
    return graphChannelPoster(graph, { teamId: target.teamId, channelId: target.channelId });
  }
  if (target.webhookUrl === undefined) throw new Error('A Workflows post needs the flow’s URL.');
  const measuredFetch: typeof fetch = (input, init) => {
    sent.bytes = bytesOf(init?.body) ?? sent.bytes;
    return fetch(input, init);
  };
  return workflowsPoster(target.webhookUrl, measuredFetch);
}

/** What a route would send for a card: the request body as it would leave, and its UTF-8 bytes. */
export interface RenderedPayload {
  readonly body: string;
  readonly bytes: number;
}

const placeholderTeam = '00000000-0000-0000-0000-000000000000';
const placeholderChannel = '19:provkorning@thread.tacv2';

/**
 * The payload `route` would send for `card`, made by the route's own poster with nothing sent: Graph's client
 * answers itself and the webhook's fetch is a stand-in. The attachment id is that of a record numbered `recordId`
 * (its digits change the size by a byte or two).
 * @throws AppError `invalid` when the payload is over the budget a Teams post may take (from src/domain/board)
 */
export async function renderedPayload(
  target: ChannelTarget,
  card: CardJson,
  summary: BoardSummary,
  recordId = 0,
): Promise<RenderedPayload> {
  let body: unknown;
  const record: Pick<PublicationRecord, 'id' | 'summary'> = { id: recordId, summary };
  const options = { attachmentId: attachmentIdOf(record), summary };
  if (target.route === 'graph') {
    const graph = createGraphClient({
      graphUrl: target.graphUrl,
      tokens: staticTokenProvider('provkorning'),
    }).using((instance: Queryable) => {
      instance.on.send.replace(async function (_url, init) {
        body = init.body;
        return new Response('{}', { status: 201, headers: { 'Content-Type': 'application/json' } });
      });
      return instance;
    });
    await graphChannelPoster(graph, {
      teamId: target.teamId ?? placeholderTeam,
      channelId: target.channelId ?? placeholderChannel,
    }).post(card, options);
  } else {
    const standIn: typeof fetch = (_input, init) => {
      body = init?.body;
      return Promise.resolve(new Response(null, { status: 202 }));
    };
    await workflowsPoster('https://provkorning.invalid/', standIn).post(card, options);
  }
  if (typeof body !== 'string') throw new Error('The poster sent no body.');
  return { body, bytes: Buffer.byteLength(body, 'utf8') };
}
