// Where the scripts' SharePoint tokens come from (docs/provisioning.md, "Signing in"):
//   1. SP_TOKEN in the environment: used as it is (a token you got elsewhere, e.g. from `m365 util accesstoken get`);
//   2. --client-id (and --tenant): Microsoft Entra ID device code sign-in with @azure/msal-node, as a person with
//      the rights the script needs (site owner for provisioning and imports);
//   3. a site on this machine (127.0.0.1, localhost): the emulator's development identity, as the site admin or
//      the user given with --as.
// Microsoft Graph (`scriptGraphTokens`, for posts in a Teams channel) the same way: GRAPH_TOKEN, else the same
// device code sign-in (one sign-in for both: Entra ID gives the Graph token from the same account), else, for the
// local Graph receiver beside a local site, the development identity's Graph token.
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
  /** The environment (SP_TOKEN, GRAPH_TOKEN). @default process.env */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Where the device code instructions go. @default stderr */
  readonly say?: (line: string) => void;
}

/** Whether a URL points at this machine (where only the emulator can be). */
export function isLoopback(siteUrl: string): boolean {
  const host = new URL(siteUrl).hostname;
  return host === 'localhost' || host === '[::1]' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

// One device code sign-in per app registration and tenant in a process: a script that calls SharePoint and Graph
// signs in once, and MSAL gives the second resource's token from the same account without asking again.
const deviceCodeProviders = new Map<string, TokenProvider>();

function deviceCodeProvider(options: {
  clientId: string;
  tenant: string;
  say: (line: string) => void;
}): TokenProvider {
  const key = `${options.clientId}|${options.tenant}`;
  const known = deviceCodeProviders.get(key);
  if (known !== undefined) return known;
  const provider = newDeviceCodeProvider(options);
  deviceCodeProviders.set(key, provider);
  return provider;
}

function newDeviceCodeProvider(options: {
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
      // The resource's delegated permissions as consented for the app registration: SharePoint's
      // (AllSites.FullControl, …), or Graph's (ChannelMessage.Send) for `scriptGraphTokens`.
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

/**
 * Microsoft Graph as a token's resource: src/graph's GRAPH_RESOURCE, not imported from there, so that the scripts
 * that never call Graph do not load PnPjs's Graph client.
 */
const GRAPH_RESOURCE = 'https://graph.microsoft.com';

/** Whether a token for `graphUrl` can come from the development identity: the local receiver beside a local site. */
function localGraph(options: { siteUrl: string; graphUrl: string }): boolean {
  return isLoopback(options.siteUrl) && isLoopback(options.graphUrl);
}

/**
 * The token provider for Microsoft Graph (asked for {@link GRAPH_RESOURCE}), and a line saying who it signs in as:
 * GRAPH_TOKEN in the environment; else the device code sign-in of `--client-id` (the same one as SharePoint's);
 * else, when both the site and `graphUrl` are on this machine, the development identity of the site's emulator,
 * as the site admin or `--as`. A channel post needs a delegated token: Graph refuses it app-only.
 * @throws UsageError when no way to sign in to Graph at `graphUrl` was given.
 */
export function scriptGraphTokens(options: SignInOptions & { readonly graphUrl: string }): {
  tokens: TokenProvider;
  description: string;
} {
  const env = options.env ?? process.env;
  const say = options.say ?? ((line: string) => process.stderr.write(`${line}\n`));
  const token = env.GRAPH_TOKEN?.trim();
  if (token)
    return {
      tokens: staticTokenProvider(token),
      description: 'token från GRAPH_TOKEN / token from GRAPH_TOKEN',
    };
  if (options.clientId) {
    const tenant = options.tenant ?? 'organizations';
    return {
      tokens: deviceCodeProvider({ clientId: options.clientId, tenant, say }),
      description: `inloggning med enhetskod / device code sign-in (klient / client ${options.clientId}, ${tenant}; ${GRAPH_RESOURCE})`,
    };
  }
  if (localGraph(options)) {
    const upn = options.as ?? emulatorAdmin;
    return {
      tokens: devIdentityTokenProvider({ emulatorUrl: new URL(options.siteUrl).origin, upn }),
      description: `emulatorns utvecklingsidentitet / the emulator's development identity (${upn})`,
    };
  }
  throw new UsageError(
    `Ingen inloggning för Microsoft Graph (${options.graphUrl}): sätt GRAPH_TOKEN (en delegerad token med ChannelMessage.Send; ` +
      `Graph tar inte emot kanalinlägg med en apptoken), eller ange --client-id (och --tenant) för inloggning med enhetskod.` +
      (isLoopback(options.siteUrl)
        ? ` Mot den lokala mottagaren: ange dess adress med --graph-url (t.ex. http://127.0.0.1:7072/v1.0).`
        : '') +
      `\nNo sign-in for Microsoft Graph (${options.graphUrl}): set GRAPH_TOKEN (a delegated token with ChannelMessage.Send; ` +
      `Graph refuses channel posts with an app-only token), or give --client-id (and --tenant) for device code sign-in.` +
      (isLoopback(options.siteUrl)
        ? ` Against the local receiver: give its address with --graph-url (e.g. http://127.0.0.1:7072/v1.0).`
        : ''),
  );
}
