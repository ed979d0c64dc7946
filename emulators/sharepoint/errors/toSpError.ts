import { ODataSyntaxError, ODataTooDeepError, ODataUnsupportedError } from '../odata/errors';
import { SpError } from './SpError';
import { SpErrorFactory } from './SpErrorFactory';

/**
 * Turns anything a handler threw into the error SharePoint would answer: SpErrors as they are, OData parse
 * errors (a query nested too deep among them) as 400 InvalidClientQueryException, unimplemented OData/CAML as 501 in strict mode (400 otherwise),
 * and anything else as a 500 that the caller logs.
 */
export function toSpError(
  error: unknown,
  options: { strict: boolean },
): { error: SpError; unexpected: boolean } {
  if (error instanceof SpError) return { error, unexpected: false };
  if (error instanceof ODataUnsupportedError && options.strict) {
    return { error: SpErrorFactory.notImplemented({ what: error.feature }), unexpected: false };
  }
  if (error instanceof ODataTooDeepError) return { error: SpErrorFactory.queryTooDeep(), unexpected: false };
  if (error instanceof ODataSyntaxError)
    return { error: SpErrorFactory.invalidClientQuery({ message: error.message }), unexpected: false };
  const detail = error instanceof Error ? error.message : String(error);
  return { error: SpErrorFactory.internal({ detail }), unexpected: true };
}
