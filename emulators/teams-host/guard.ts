// Who may use the host's doors. The host signs tokens for anyone who asks (as the SharePoint emulator's
// `/_emulator/token` does), so its doors answer only its own page and local processes, by the same rules as the
// emulator's side doors (docs/security.md): a Host header naming this machine (against DNS rebinding), no
// foreign Origin, and JSON bodies, which no page can send across origins without a preflight.
import { isAllowedHost, originStanding, type LocalAccessPolicy } from '../sharepoint/middleware/localAccess';

/** Why a request is refused, or `undefined` when it may go on. */
export interface Refusal {
  readonly status: 400 | 403 | 415;
  readonly message: string;
}

/** What the guard reads from a request. */
export interface GuardedRequest {
  readonly method: string;
  readonly path: string;
  readonly host: string | undefined;
  readonly origin: string | undefined;
  readonly secFetchSite: string | undefined;
  readonly contentType: string | undefined;
}

/** The refusal for `request`, if any: every request needs a local Host; the doors under `/_host/api/` more. */
export function refusalOf(request: GuardedRequest, policy: LocalAccessPolicy): Refusal | undefined {
  if (!isAllowedHost(request.host, policy)) {
    return { status: 400, message: 'Bad Request - Invalid Hostname' };
  }
  if (!request.path.startsWith('/_host/api/')) return undefined;
  const standing = originStanding(request.origin, { hostHeader: request.host!, policy });
  if (standing === 'refused' || standing === 'allowed') {
    return {
      status: 403,
      message: `Ursprunget ${request.origin ?? ''} får inte använda värdens tjänster. / The origin ${request.origin ?? ''} may not use the host's services.`,
    };
  }
  // Browsers leave Origin out of some requests but always say where they come from in Sec-Fetch-Site.
  if (
    standing === 'none' &&
    request.secFetchSite !== undefined &&
    !['same-origin', 'none'].includes(request.secFetchSite)
  ) {
    return {
      status: 403,
      message: `En annan webbplats (Sec-Fetch-Site: ${request.secFetchSite}) får inte använda värdens tjänster. / Another site may not use the host's services.`,
    };
  }
  if (
    request.method === 'POST' &&
    (request.contentType ?? '').split(';')[0]!.trim().toLowerCase() !== 'application/json'
  ) {
    return {
      status: 415,
      message: 'Skicka JSON (Content-Type: application/json). / Send JSON (Content-Type: application/json).',
    };
  }
  return undefined;
}
