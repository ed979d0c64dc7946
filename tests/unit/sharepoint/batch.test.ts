// The one $batch runner, with only `send` replaced: at most 100 operations a request, a part's failure its own,
// and a batch that fails as a whole stops the run, failing its operations and the ones not yet sent.
import { type Queryable } from '@pnp/queryable';
import { type SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import { staticTokenProvider } from '../../../src/auth';
import { batchLimit, runInBatches, type BatchOperation } from '../../../src/sharepoint/batch';
import { createSharePointClient } from '../../../src/sharepoint/client';

const siteUrl = 'https://kommun.sharepoint.com/sites/stodinventering/';

/** A client whose `send` answers each `$batch` with `answer(the batch's part count)`; it records the counts. */
function client(answer: (parts: number, request: number) => Response): { sp: SPFI; batches: number[] } {
  const batches: number[] = [];
  // No retries: a failed request is the test's point, not something to wait out.
  const sp = createSharePointClient({ siteUrl, tokens: staticTokenProvider('t'), retries: 0 });
  sp.using((instance: Queryable) => {
    instance.on.send.replace(async (_url: URL, init: RequestInit) => {
      const parts = (String(init.body).match(/^Content-Type: application\/http/gm) ?? []).length;
      batches.push(parts);
      return answer(parts, batches.length);
    });
    return instance;
  });
  return { sp, batches };
}

/** A multipart answer with one part per operation: 200 JSON, or 404 for the parts `failing` names. */
function batchAnswer(parts: number, failing: (index: number) => boolean = () => false): Response {
  const boundary = 'batchresponse_1';
  const body = Array.from({ length: parts }, (_, i) =>
    [
      `--${boundary}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      failing(i) ? 'HTTP/1.1 404 Not Found' : 'HTTP/1.1 200 OK',
      'Content-Type: application/json;odata=nometadata',
      '',
      failing(i)
        ? '{"error":{"code":"-1, x","message":{"lang":"en-US","value":"nope"}}}'
        : `{"Title":"${i}"}`,
    ].join('\r\n'),
  ).join('\r\n');
  return new Response(`${body}\r\n--${boundary}--\r\n`, {
    status: 200,
    headers: { 'Content-Type': `multipart/mixed; boundary=${boundary}` },
  });
}

const reads = (n: number): BatchOperation<unknown>[] =>
  Array.from({ length: n }, () => (b: SPFI) => b.web.select('Title')());

describe('runInBatches', () => {
  it('sends at most 100 operations a $batch, and reports each part’s own outcome', async () => {
    const { sp, batches } = client((parts) => batchAnswer(parts, (i) => i === 1));
    const outcomes = await runInBatches(sp, reads(150));
    expect(batches).toEqual([batchLimit, 50]);
    expect(outcomes.filter((o) => !o.ok)).toHaveLength(2);
    expect(outcomes[0]).toMatchObject({ ok: true, value: { Title: '0' } });
    expect(outcomes[1]?.ok).toBe(false);
  });

  it('stops when a $batch fails as a whole: its operations and the unsent ones fail with that error', async () => {
    const { sp, batches } = client((parts, request) =>
      request === 2 ? new Response('Service Unavailable', { status: 503 }) : batchAnswer(parts),
    );
    const done: number[] = [];
    const outcomes = await runInBatches(sp, reads(250), { onBatch: (n) => done.push(n) });
    expect(batches).toEqual([100, 100]);
    expect(outcomes).toHaveLength(250);
    expect(outcomes.slice(0, 100).every((o) => o.ok)).toBe(true);
    expect(outcomes.slice(100).every((o) => !o.ok)).toBe(true);
    const [first] = outcomes.slice(100).map((o) => (o.ok ? undefined : o.error));
    expect(outcomes.slice(100).every((o) => !o.ok && o.error === first)).toBe(true);
    expect(done).toEqual([100, 250]);
  });
});
