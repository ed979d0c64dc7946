import { join } from 'node:path';
import { generateKeyPair, loadOrCreateKeyPair, type DevKeyPair } from './keyPair';
import { signJwt, verifyJwt, type AccessTokenClaims } from './jwt';
import { oidFromUpn } from './oid';
import { displayNameFor } from './personas';

/** SharePoint Online's resource application id, the other `aud` a SharePoint token may carry. */
export const SHAREPOINT_RESOURCE_APP_ID = '00000003-0000-0ff1-ce00-000000000000';

/** Microsoft Graph as a token audience. */
export const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/**
 * What the app's registration is consented to on Graph, and so what `https://graph.microsoft.com/.default`
 * grants: booking interviews and seminars in the user's calendar, posting to a channel and sending activity
 * notifications, as the user (docs/deploy.md).
 */
export const GRAPH_DELEGATED_SCOPES: readonly string[] = [
  'Calendars.ReadWrite',
  'ChannelMessage.Send',
  'TeamsActivity.Send',
  'User.Read',
];

/** The local development tenant's id (a fixed value, like a real tenant's). */
export const DEV_TENANT_ID = '6f1c0c8e-3d0b-4a57-9d7e-5e2f0a0b7c11';

/** Issuer written into dev tokens, in Entra ID v1 form. */
export const DEV_ISSUER = `https://sts.windows.net/${DEV_TENANT_ID}/`;

/** What `issueToken` needs. */
export interface IssueTokenOptions {
  upn: string;
  /** @default a name derived from the UPN */
  name?: string;
  audience: string;
  /** @default 3600 */
  lifetimeSeconds?: number;
  /** Seconds since the epoch. @default now */
  now?: number;
  /**
   * Delegated scopes granted, without the resource prefix (`AllSites.Manage`), as Entra ID writes them in `scp`.
   * @default ['AllSites.Manage']
   */
  scopes?: readonly string[];
  /** The client app the token was issued to (`appid` in a v1 token, which is what SharePoint gets); none when left out. */
  appId?: string;
}

/** The local development identity: one RS256 key pair in `<dataDir>/identity/`, shared by every stand-in. */
export class DevIdentity {
  private constructor(private readonly keys: DevKeyPair) {}

  /**
   * Opens (creating on first use) the identity kept under `dataDir`.
   * @throws Error when the directory cannot be created or written.
   */
  static open(options: { dataDir: string }): DevIdentity {
    return new DevIdentity(loadOrCreateKeyPair({ dir: join(options.dataDir, 'identity') }));
  }

  /** An identity whose key pair lives only in memory (tests that keep no data directory). */
  static ephemeral(): DevIdentity {
    return new DevIdentity(generateKeyPair());
  }

  /** PEM of the public key, for anyone who verifies dev tokens. */
  get publicKeyPem(): string {
    return this.keys.publicKeyPem;
  }

  /** Signs an access token for a user, with the claims Entra ID puts in a delegated SharePoint token. */
  issueToken(options: IssueTokenOptions): string {
    const now = options.now ?? Math.floor(Date.now() / 1000);
    const claims: AccessTokenClaims = {
      aud: options.audience,
      iss: DEV_ISSUER,
      iat: now,
      nbf: now,
      exp: now + (options.lifetimeSeconds ?? 3600),
      upn: options.upn,
      oid: oidFromUpn(options.upn),
      name: options.name ?? displayNameFor(options.upn),
      tid: DEV_TENANT_ID,
      scp: (options.scopes ?? ['AllSites.Manage']).join(' '),
      ...(options.appId !== undefined && { appid: options.appId }),
    };
    return signJwt(claims, { privateKey: this.keys.privateKey, kid: this.keys.kid });
  }

  /**
   * Signs any claims with this identity's key: the id tokens the Teams host hands to MSAL, whose claims differ
   * from an access token's (`aud` is the client id, `preferred_username` instead of `upn`).
   */
  signClaims(claims: Record<string, unknown>): string {
    return signJwt(claims, { privateKey: this.keys.privateKey, kid: this.keys.kid });
  }

  /**
   * Verifies a token signed by this identity.
   * @throws JwtError when the signature, lifetime, audience or claims are wrong.
   */
  verify(token: string, options: { audiences: readonly string[]; now?: number }): AccessTokenClaims {
    return verifyJwt(token, { publicKey: this.keys.publicKey, ...options });
  }
}
