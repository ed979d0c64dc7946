// The client's pipeline with only `send` replaced (PnPjs's own testing seam): the token behaviour asks the provider on every
// request, a `$batch` is authorised once, and a provider's failure reaches the caller as its AppError.
import { type Queryable } from '@pnp/queryable';
import { type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { type TokenProvider } from '../../../src/domain/ports';
import { staticTokenProvider } from '../../../src/auth';
import { createSharePointClient } from '../../../src/sharepoint/client';

interface Sent {
  readonly url: string;
  readonly authorization: string | undefined;
}

function recording(sp: SPFI, answer: (url: string) => Response): Sent[] {
  const sent: Sent[] = [];
  sp.using((instance: Queryable) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) => {
      const headers = new Headers(init.headers);
      sent.push({ url: url.toString(), authorization: headers.get('Authorization') ?? undefined });
      return answer(url.toString());
    });
    return instance;
  });
  return sent;
}

const json = (body: unknown): Response =>
  new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });

function countingProvider(): TokenProvider & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    getToken: (resource) => {
      calls.push(resource);
      return Promise.resolve(`token-${calls.length}`);
    },
  };
}

const siteUrl = 'https://kommun.sharepoint.com/sites/stodinventering/';

it('asks the token provider on every request, for the site’s origin', async () => {
  const tokens = countingProvider();
  const sp = createSharePointClient({ siteUrl, tokens });
  const sent = recording(sp, () => json({ Title: 'Stödinventering' }));
  await sp.web();
  await sp.web.lists();
  expect(tokens.calls).toEqual(['https://kommun.sharepoint.com', 'https://kommun.sharepoint.com']);
  expect(sent.map((s) => s.authorization)).toEqual(['Bearer token-1', 'Bearer token-2']);
  expect(sent[0]!.url).toBe('https://kommun.sharepoint.com/sites/stodinventering/_api/web');
});

it('authorises a $batch once, not each request in it', async () => {
  const tokens = countingProvider();
  const sp = createSharePointClient({ siteUrl, tokens });
  const sent = recording(sp, () => {
    const part = (title: string) =>
      `--batchresponse_1\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\nHTTP/1.1 200 OK\nContent-Type: application/json\n\n{"Title":"${title}"}\n`;
    return new Response(`${part('a')}${part('b')}--batchresponse_1--\n`, { status: 200 });
  });
  const [batched, execute] = sp.batched({ maxRequests: 100 });
  const results = Promise.all([batched.web(), batched.web.lists.getByTitle('x')()]);
  await execute();
  expect(await results).toEqual([{ Title: 'a' }, { Title: 'b' }]);
  expect(sent).toHaveLength(1);
  expect(sent[0]!.url).toMatch(/\/_api\/\$batch$/);
  expect(tokens.calls).toHaveLength(1);
});

it('lets the provider’s AppError reach the caller, without sending anything', async () => {
  const sp = createSharePointClient({ siteUrl, tokens: staticTokenProvider('  ') });
  const sent = recording(sp, () => json({}));
  await expect(sp.web()).rejects.toMatchObject({ name: 'AppError', code: 'unauthenticated' });
  expect(sent).toEqual([]);
  await expect(staticTokenProvider('abc').getToken('x')).resolves.toBe('abc');
});
