// The tokens the host hands out, signed in its own Node process with the development identity the SharePoint
// emulator trusts (the key in `<dataDir>/identity`), shaped as Entra ID shapes them: a v1 access token for
// SharePoint (what SharePoint Online receives: `upn`, `scp`, `appid`, `iss` sts.windows.net), a v2 id token for
// MSAL, and a v2 token for the app's own API for `getAuthToken` (Teams single sign-on).
// https://learn.microsoft.com/entra/identity-platform/access-token-claims-reference
// https://learn.microsoft.com/entra/identity-platform/id-token-claims-reference
import { createHash } from 'node:crypto';
import { DEV_TENANT_ID, type DevIdentity } from '../identity';
import type { BridgeTokenSigner, BridgeUser } from './protocol/naaEnvelope';

/** Microsoft Teams' web client, which Teams single sign-on tokens name as `azp` (documented as a client to pre-authorise). */
export const TEAMS_WEB_CLIENT_ID = '5e3ce6c0-2b1f-4285-8d4b-75ee78787346';

const LIFETIME_SECONDS = 3600;

/** Signs the host's tokens with `identity`. */
export function tokenSigner(
  identity: DevIdentity,
  options: { now?: () => number } = {},
): BridgeTokenSigner & {
  ssoToken(request: { user: BridgeUser; audience: string }): string;
} {
  const now = () => Math.floor((options.now ?? Date.now)() / 1000);
  const v2Issuer = `https://login.microsoftonline.com/${DEV_TENANT_ID}/v2.0`;
  const times = () => {
    const iat = now();
    return { iat, nbf: iat, exp: iat + LIFETIME_SECONDS };
  };
  return {
    accessToken: ({ user, audience, scopes, clientId }) =>
      identity.issueToken({
        upn: user.upn,
        name: user.name,
        audience,
        scopes,
        appId: clientId,
        lifetimeSeconds: LIFETIME_SECONDS,
        now: now(),
      }),
    idToken: ({ user, clientId }) =>
      identity.signClaims({
        aud: clientId,
        iss: v2Issuer,
        ...times(),
        name: user.name,
        oid: user.oid,
        preferred_username: user.upn,
        login_hint: user.upn,
        // `sub` is pairwise: one value per user and app, unlike `oid`.
        sub: createHash('sha256').update(`${user.oid}:${clientId}`).digest('base64url').slice(0, 43),
        tid: user.tenantId,
        ver: '2.0',
      }),
    ssoToken: ({ user, audience }) =>
      identity.signClaims({
        aud: audience,
        iss: v2Issuer,
        ...times(),
        azp: TEAMS_WEB_CLIENT_ID,
        name: user.name,
        oid: user.oid,
        preferred_username: user.upn,
        scp: 'access_as_user',
        sub: createHash('sha256').update(`${user.oid}:${audience}`).digest('base64url').slice(0, 43),
        tid: user.tenantId,
        ver: '2.0',
      }),
  };
}
