// The host's own services for its page: answering MSAL's bridge and Teams single sign-on with tokens signed here,
// in Node, so the dev identity's key never reaches a browser. JSON in, JSON out.
import { DEV_TENANT_ID, displayNameFor, oidFromUpn } from '../identity';
import {
  answerBridgeRequest,
  bridgeFailure,
  readBridgeRequest,
  type BridgeTokenSigner,
  type BridgeUser,
  type DefaultScopes,
} from './protocol/naaEnvelope';

/** A door's answer. */
export interface DoorAnswer {
  readonly status: number;
  readonly body: unknown;
}

/** What the doors need. */
export interface DoorParts {
  readonly signer: BridgeTokenSigner & { ssoToken(request: { user: BridgeUser; audience: string }): string };
  /** What `<resource>/.default` grants, per resource (a list: the same for every resource). */
  readonly defaultScopes: DefaultScopes;
  /** The app registration's client id, for the default single sign-on audience. */
  readonly clientId: string;
  /** The tab's origin, for the default single sign-on audience `api://<host>/<clientId>`. */
  readonly tabOrigin: string;
}

const UPN = /^[^\s@]{1,128}@[^\s@]{1,128}$/;

/** The user a request names, with the object id and tenant the dev identity gives them. */
export function userOf(value: unknown): BridgeUser | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { upn, name } = value as { upn?: unknown; name?: unknown };
  if (typeof upn !== 'string' || !UPN.test(upn.trim())) return undefined;
  const lower = upn.trim().toLowerCase();
  const display =
    typeof name === 'string' && name.trim() !== '' ? name.trim().slice(0, 256) : displayNameFor(lower);
  return { upn: lower, name: display, oid: oidFromUpn(lower), tenantId: DEV_TENANT_ID };
}

const bad = (sv: string, en: string): DoorAnswer => ({ status: 400, body: { error: `${sv} / ${en}` } });

/** Answers `POST /_host/api/<door>` with a parsed JSON body; `undefined` for a door that does not exist. */
export function answerDoor(door: string, body: unknown, parts: DoorParts): DoorAnswer | undefined {
  const fields = (body ?? {}) as Record<string, unknown>;
  switch (door) {
    case 'persona': {
      const user = userOf(fields);
      return user ? { status: 200, body: user } : bad('Ange en giltig UPN.', 'Give a valid UPN.');
    }
    case 'naa': {
      const user = userOf(fields.user);
      if (!user) return bad('Användaren saknas.', 'The user is missing.');
      if (typeof fields.envelope !== 'string') return bad('Kuvertet saknas.', 'The envelope is missing.');
      const request = readBridgeRequest(fields.envelope);
      const envelope = request
        ? JSON.stringify(
            answerBridgeRequest(request, { user, signer: parts.signer, defaultScopes: parts.defaultScopes }),
          )
        : bridgeFailure(fields.envelope, {
            status: 'PERSISTENT_ERROR',
            code: 'invalid_request',
            description: 'Not a NestedAppAuthRequest envelope.',
          });
      return { status: 200, body: { envelope } };
    }
    case 'sso': {
      const user = userOf(fields.user);
      if (!user) return bad('Användaren saknas.', 'The user is missing.');
      const resources = Array.isArray(fields.resources)
        ? fields.resources.filter((r) => typeof r === 'string')
        : [];
      // Teams' SSO token is for the app's own API, named in the manifest's webApplicationInfo.resource.
      const audience = resources[0] ?? `api://${new URL(parts.tabOrigin).host}/${parts.clientId}`;
      return { status: 200, body: { token: parts.signer.ssoToken({ user, audience }) } };
    }
    default:
      return undefined;
  }
}
