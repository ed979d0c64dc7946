import { randomUUID } from 'node:crypto';
import type { RequestContext } from '../context';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import {
  batchResponseContentType,
  parseBatchRequest,
  serializeBatchResponse,
  type BatchPart,
  type BatchPartResponse,
} from '../odata/batch';
import { reasonPhrase, type SpResponse } from '../response';

/** SharePoint's limit of operations in one `$batch`. */
export const MAX_BATCH_OPERATIONS = 100;

/**
 * `POST /_api/$batch`: every part goes through the same router as a plain request, in order, each in its own
 * savepoint inside the batch's transaction — SharePoint batches are not transactional, so a failing part
 * answers its error and the others still apply. The whole batch is committed (on disk) before the reply.
 * @throws SpError for a body that is not a batch or holds more than 100 operations.
 */
export function handleBatch(
  ctx: RequestContext,
  runPart: (part: BatchPart) => SpResponse,
  options: { onOperations: (count: number) => void },
): SpResponse {
  if (ctx.method !== 'POST') throw SpErrorFactory.methodNotAllowed({ type: '$batch', method: ctx.method });
  const parts = parseBatchRequest(ctx.body.toString('utf8'), ctx.headers['content-type'] ?? '');
  if (parts.length > MAX_BATCH_OPERATIONS) {
    throw SpErrorFactory.batchTooLarge({ operations: parts.length, maximum: MAX_BATCH_OPERATIONS });
  }
  options.onOperations(parts.length);
  const responses: BatchPartResponse[] = ctx.store.transaction(() =>
    parts.map((part) => {
      const response = runPart(part);
      return {
        status: response.status,
        statusText: response.statusText ?? reasonPhrase(response.status),
        headers: response.headers,
        body: typeof response.body === 'string' ? response.body : response.body.toString('utf8'),
      };
    }),
  );
  const boundary = `batchresponse_${randomUUID()}`;
  return {
    status: 200,
    headers: { 'Content-Type': batchResponseContentType(boundary) },
    body: serializeBatchResponse(responses, boundary),
  };
}
