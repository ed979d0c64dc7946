// Entra ID for MSAL in jsdom, through MSAL's own seams (`system.navigationClient`, `system.networkClient`): the
// browser "navigates" by recording the URL, and the token endpoint answers as Entra ID's v2 endpoint does
// (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-auth-code-flow).
import type { INavigationClient, INetworkModule, NetworkResponse } from '@azure/msal-browser';

export const CLIENT_ID = '9c1e4b7a-3f2d-4a6e-8b5c-7d0f2e9a1c64';
export const TENANT_ID = '6f1c0c8e-3d0b-4a57-9d7e-5e2f0a0b7c11';
export const USER_OID = 'bf1b4b35-9a19-5d82-b2d3-c518cfcf8bc4';
export const USER_UPN = 'anna.berg@kommun.example';

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** A token request MSAL sent, its form fields parsed. */
export interface TokenRequest {
  readonly url: string;
  readonly form: URLSearchParams;
}

/** What the token endpoint answers next. */
export type TokenAnswer =
  { status: 200; accessToken: string } | { status: 400; error: string } | { status: 500 };

/** A fake Entra ID and browser navigation for one test. */
export class FakeEntra {
  /** Every URL MSAL navigated the page to (the authorize requests). */
  readonly navigations: string[] = [];
  readonly tokenRequests: TokenRequest[] = [];
  /** The next answers of the token endpoint, in order; the last repeats. */
  answers: TokenAnswer[] = [{ status: 200, accessToken: 'access-token-1' }];

  readonly navigationClient: INavigationClient = {
    navigateExternal: (url) => {
      this.navigations.push(url);
      // A real browser is leaving the page now; MSAL resolves and waits.
      return Promise.resolve(false);
    },
    navigateInternal: () => Promise.resolve(false),
  };

  readonly networkClient: INetworkModule = {
    sendGetRequestAsync: <T>(url: string): Promise<NetworkResponse<T>> =>
      Promise.reject(new Error(`unexpected GET ${url}`)),
    sendPostRequestAsync: <T>(url: string, options?: { body?: string }): Promise<NetworkResponse<T>> => {
      const form = new URLSearchParams(options?.body ?? '');
      this.tokenRequests.push({ url, form });
      return Promise.resolve(this.answer(form) as NetworkResponse<T>);
    },
  };

  /** The last authorize request's query. */
  authorizeRequest(): URLSearchParams {
    const last = this.navigations.at(-1);
    if (!last) throw new Error('MSAL has not navigated');
    return new URL(last).searchParams;
  }

  /** The URL Entra ID sends the browser back to after sign-in (the code in the fragment, as MSAL asked). */
  redirectBack(): string {
    const request = this.authorizeRequest();
    const fragment = new URLSearchParams({
      code: 'authorization-code',
      client_info: b64({ uid: USER_OID, utid: TENANT_ID }),
      state: request.get('state')!,
      session_state: 'session-1',
    });
    return `${request.get('redirect_uri')}#${fragment.toString()}`;
  }

  private answer(form: URLSearchParams): NetworkResponse<unknown> {
    const next = this.answers.length > 1 ? this.answers.shift()! : this.answers[0]!;
    if (next.status === 500) return { status: 500, headers: {}, body: { error: 'server_error' } };
    if (next.status === 400) {
      return {
        status: 400,
        headers: {},
        body: { error: next.error, error_description: `AADSTS50076: ${next.error}`, error_codes: [50076] },
      };
    }
    const now = Math.floor(Date.now() / 1000);
    const nonce = this.navigations.length > 0 ? this.authorizeRequest().get('nonce') : undefined;
    return {
      status: 200,
      headers: {},
      body: {
        token_type: 'Bearer',
        scope: form.get('scope') ?? '',
        expires_in: 3599,
        ext_expires_in: 3599,
        access_token: next.accessToken,
        refresh_token: 'refresh-token-1',
        id_token: `${b64({ alg: 'RS256', typ: 'JWT' })}.${b64({
          aud: CLIENT_ID,
          iss: `https://login.microsoftonline.com/${TENANT_ID}/v2.0`,
          iat: now,
          nbf: now,
          exp: now + 3600,
          ...(nonce && { nonce }),
          oid: USER_OID,
          sub: 'pairwise-subject',
          tid: TENANT_ID,
          preferred_username: USER_UPN,
          name: 'Anna Berg',
          ver: '2.0',
        })}.signature`,
        client_info: b64({ uid: USER_OID, utid: TENANT_ID }),
      },
    };
  }
}
