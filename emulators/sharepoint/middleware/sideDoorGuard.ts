import type { SpError } from '../errors/SpError';
import { SpErrorFactory } from '../errors/SpErrorFactory';
import type { OriginStanding } from './localAccess';

/** What the guard looks at in a request to `/_emulator/…`. */
export interface SideDoorRequest {
  method: string;
  /** How its Origin stands (see `originStanding`). */
  standing: OriginStanding;
  /** The `Origin` header as sent, for the error message. */
  origin: string | undefined;
  /** `Sec-Fetch-Site`, which browsers send even where they leave Origin out (a GET, a navigation). */
  secFetchSite: string | undefined;
  contentType: string | undefined;
}

/**
 * Why a request may not use a side door, or `undefined` when it may. The side doors mint tokens and switch on
 * faults without a token, so a browser may use them only from the emulator's own pages and the allowed
 * origins; a request from any other page is refused before anything happens, even one the browser sends
 * without a preflight (a form post, `fetch` with `text/plain`), whose answer that page could not read anyway.
 * A POST must be JSON, which no request without a preflight can be.
 * https://developer.mozilla.org/docs/Web/HTTP/Headers/Sec-Fetch-Site
 */
export function sideDoorRefusal(request: SideDoorRequest): SpError | undefined {
  const { standing, secFetchSite } = request;
  if (standing === 'refused') return SpErrorFactory.crossOriginRefused({ origin: request.origin ?? '' });
  if (standing === 'none' && secFetchSite !== undefined && !['same-origin', 'none'].includes(secFetchSite)) {
    return SpErrorFactory.crossOriginRefused({ origin: `(Sec-Fetch-Site: ${secFetchSite})` });
  }
  if (request.method.toUpperCase() === 'POST' && !isJson(request.contentType)) {
    return SpErrorFactory.sideDoorNeedsJson({ contentType: request.contentType ?? '' });
  }
  return undefined;
}

function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}
