// The scripts' shared start: which site, how to sign in, the PnPjs client.
import { createSharePointClient } from '../../src/sharepoint/client';
import { type SPFI } from '@pnp/sp';
import { type OptionSpec } from './args';
import { scriptTokens } from './auth';

/** The emulator's site when no --site is given (`npm run emulator` with its defaults). */
export const defaultSiteUrl = 'http://127.0.0.1:7071/sites/stodinventering';

/** The options every script that talks to a site takes. */
export const siteOptions = {
  site: {
    type: 'string',
    value: 'url',
    help: `webbplatsen / the site (standard / default ${defaultSiteUrl}, eller / or SP_SITE_URL)`,
  },
  'client-id': {
    type: 'string',
    value: 'id',
    help: 'appregistrering för inloggning med enhetskod / app registration for device code sign-in',
  },
  tenant: {
    type: 'string',
    value: 'id|domän',
    help: 'klientorganisation / tenant (standard / default organizations)',
  },
  as: {
    type: 'string',
    value: 'upn',
    help: 'mot emulatorn: vem / against the emulator: who (standard / default admin@kommun.example)',
  },
} as const satisfies OptionSpec;

/** A signed-in client for the site a script was given. */
export function connect(values: { site?: string; 'client-id'?: string; tenant?: string; as?: string }): {
  sp: SPFI;
  siteUrl: string;
  signIn: string;
} {
  const siteUrl = (values.site ?? process.env.SP_SITE_URL ?? defaultSiteUrl).replace(/\/+$/, '');
  const { tokens, description } = scriptTokens({
    siteUrl,
    clientId: values['client-id'],
    tenant: values.tenant,
    as: values.as,
  });
  return { sp: createSharePointClient({ siteUrl, tokens }), siteUrl, signIn: description };
}
