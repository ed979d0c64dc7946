// Where the scripts' SharePoint tokens come from (docs/provisioning.md, "Signing in"):
//   1. SP_TOKEN in the environment: used as it is (a token you got elsewhere, e.g. from `m365 util accesstoken get`);
//   2. --client-id (and --tenant): Microsoft Entra ID device code sign-in with @azure/msal-node, as a person with
//      the rights the script needs (site owner for provisioning and imports);
//   3. a site on this machine (127.0.0.1, localhost): the emulator's development identity, as the site admin or
//      the user given with --as.
import { PublicClientApplication, type AccountInfo } from '@azure/msal-node';
import { devIdentityTokenProvider, staticTokenProvider } from '../../src/auth';
import { type TokenProvider } from '../../src/domain/ports';
import { UsageError } from './args';
import { SITE_ADMIN_UPN } from '../../emulators/identity';

/** The site collection administrator of the emulator (its default `--admin`). */
export const emulatorAdmin = SITE_ADMIN_UPN;

/** How to sign in. */
export interface SignInOptions {
  /** The site, e.g. `https://kommun.sharepoint.com/sites/stodinventering` or the emulator's. */
  readonly siteUrl: string;
  /** An app registration (public client) for device code sign-in. */
  readonly clientId?: string;
  /** The tenant (id or domain) for device code sign-in. @default 'organizations' */
  readonly tenant?: string;
  /** Against the emulator: whose dev token. @default the emulator's site admin */
  readonly as?: string;
  /** The environment (SP_TOKEN). @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Where the device code instructions go. @default stderr */
  readonly say?: (line: string) => void;
}

/** Whether a URL points at this machine (where only the emulator can be). */
export function isLoopback(siteUrl: string): boolean {
  const host = new URL(siteUrl).hostname;
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

function deviceCodeProvider(options: {
  clientId: string;
  tenant: string;
  say: (line: string) => void;
}): TokenProvider {
  const app = new PublicClientApplication({
    auth: { clientId: options.clientId, authority: `https://login.microsoftonline.com/${options.tenant}` },
  });
  let account: AccountInfo | null = null;
  return {
    getToken: async (resource) => {
      // SharePoint's delegated permissions (AllSites.FullControl, …) as consented for the app registration.
      const scopes = [`${resource.replace(/\/+$/, '')}/.default`];
      if (account !== null) {
        try {
          return (await app.acquireTokenSilent({ account, scopes })).accessToken;
        } catch {
          // expired refresh token or consent changed: sign in again below
        }
      }
      const result = await app.acquireTokenByDeviceCode({
        scopes,
        deviceCodeCallback: (response) => options.say(response.message),
      });
      if (result === null) throw new Error('Ingen token från inloggningen. / The sign-in gave no token.');
      account = result.account;
      return result.accessToken;
    },
  };
}

/**
 * The token provider for a script, and a line saying who it signs in as.
 * @throws UsageError when no way to sign in to a non-local site was given.
 */
export function scriptTokens(options: SignInOptions): { tokens: TokenProvider; description: string } {
  const env = options.env ?? process.env;
  const say = options.say ?? ((line: string) => process.stderr.write(`${line}\n`));
  const token = env.SP_TOKEN?.trim();
  if (token)
    return { tokens: staticTokenProvider(token), description: 'token från SP_TOKEN / token from SP_TOKEN' };
  if (options.clientId) {
    const tenant = options.tenant ?? 'organizations';
    return {
      tokens: deviceCodeProvider({ clientId: options.clientId, tenant, say }),
      description: `inloggning med enhetskod / device code sign-in (klient / client ${options.clientId}, ${tenant})`,
    };
  }
  if (isLoopback(options.siteUrl)) {
    const upn = options.as ?? emulatorAdmin;
    return {
      tokens: devIdentityTokenProvider({ emulatorUrl: new URL(options.siteUrl).origin, upn }),
      description: `emulatorns utvecklingsidentitet / the emulator's development identity (${upn})`,
    };
  }
  throw new UsageError(
    `Ingen inloggning för ${options.siteUrl}: sätt SP_TOKEN, eller ange --client-id (och --tenant) för inloggning med enhetskod.\n` +
      `No sign-in for ${options.siteUrl}: set SP_TOKEN, or give --client-id (and --tenant) for device code sign-in.`,
  );
}
