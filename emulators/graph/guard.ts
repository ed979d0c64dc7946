// Who may use the receiver's doors. They need no token and can switch faults on or read what was posted, so they
// answer only local processes and the allowed origins, by the same rules as the SharePoint emulator's side doors
// and the Teams host's (docs/security.md): no foreign Origin, no cross-site browser request without one, JSON
// bodies only (which no page can send across origins without a preflight).
import type { OriginStanding } from '../sharepoint/middleware/localAccess';
import { jsonAnswer, type Answer } from './answer';

/** What the guard reads from a request to `/_receiver/…`. */
export interface DoorRequest {
  readonly method: string;
  readonly standing: OriginStanding;
  readonly origin: string | undefined;
  /** Sent by browsers even where they leave Origin out. */
  readonly secFetchSite: string | undefined;
  readonly contentType: string | undefined;
}

/** The refusal for a door request, or `undefined` when it may go on. */
export function doorRefusal(request: DoorRequest): Answer | undefined {
  const { standing, secFetchSite } = request;
  const crossSite =
    standing === 'none' && secFetchSite !== undefined && !['same-origin', 'none'].includes(secFetchSite);
  if (standing === 'refused' || crossSite) {
    const who = request.origin ?? `Sec-Fetch-Site: ${secFetchSite ?? ''}`;
    return jsonAnswer(403, {
      error:
        `${who} får inte använda mottagarens dörrar; starta den med allowedOrigins för sidor som ska få det. / ` +
        `${who} may not use the receiver's doors; start it with allowedOrigins for pages that may.`,
    });
  }
  if (request.method === 'POST' && !isJson(request.contentType)) {
    return jsonAnswer(415, {
      error: 'Skicka JSON (Content-Type: application/json). / Send JSON (Content-Type: application/json).',
    });
  }
  return undefined;
}

/** Whether a Content-Type names JSON. */
export function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';')[0]!.trim().toLowerCase() === 'application/json';
}
