// The seeded Workflows flow over HTTP: both trigger URL shapes, the signature checked as Logic Apps checks it,
// 202 with no body for every request it accepts, and the run history saying whether the card reached the
// channel (only 1.4 cards in the message wrapper do).
import { DEV_WORKFLOW_ID, DEV_WORKFLOW_SIG } from '../../../emulators/graph';
import { SUMMARY_CARD_1_4, TABLE_CARD_1_5, workflowMessage } from './cards';
import { JSON_TYPE, useReceiver } from './harness';

const target = useReceiver();

const QUERY = `sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${DEV_WORKFLOW_SIG}`;
const OLD_SHAPE = () => target().receiver.workflowUrl;
const NEW_SHAPE = () =>
  `${target().receiver.url}/powerautomate/automations/direct/workflows/${DEV_WORKFLOW_ID}/triggers/manual/paths/invoke?api-version=1&${QUERY}`;

function invoke(url: string, body: unknown, headers: Record<string, string> = JSON_TYPE): Promise<Response> {
  return fetch(url, {
    method: 'POST',
    headers,
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Posts, expects 202 with no body and the run id in its header, and returns that run. */
async function accepted(url: string, body: unknown, headers?: Record<string, string>) {
  const res = await invoke(url, body, headers);
  expect(res.status).toBe(202);
  expect(await res.text()).toBe('');
  const runs = await target().runs();
  expect(runs.at(-1)!.id).toBe(res.headers.get('x-ms-workflow-run-id'));
  return runs.at(-1)!;
}

async function logicAppsError(res: Response): Promise<{ code: string; message: string }> {
  const body = (await res.json()) as { error: { code: string; message: string } };
  expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
  return body.error;
}

describe('a card posted through the flow', () => {
  it('posts a 1.4 card as the Flow bot, through the old and the new URL shape', async () => {
    for (const url of [OLD_SHAPE(), NEW_SHAPE()]) {
      const run = await accepted(url, workflowMessage(SUMMARY_CARD_1_4));
      expect(run).toEqual({
        id: expect.stringMatching(/^\d{25}CU\d\d$/),
        flowId: DEV_WORKFLOW_ID,
        startTime: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
        status: 'Succeeded',
        error: null,
      });
    }
    const messages = await target().messages();
    expect(messages).toHaveLength(2);
    expect(messages[0]).toEqual({
      id: expect.stringMatching(/^\d{13}$/),
      createdDateTime: expect.stringMatching(/^\d{4}-/),
      via: 'workflows',
      from: { displayName: 'Workflows' },
      subject: null,
      summary: null,
      text: '',
      cards: [SUMMARY_CARD_1_4],
    });
  });

  it('answers 202 for a card it cannot post, and the run says why', async () => {
    const cases: [unknown, Record<string, string> | undefined, RegExp][] = [
      // The 1.5 card Graph takes: Workflows renders 1.4 at most.
      [
        workflowMessage(TABLE_CARD_1_5),
        undefined,
        /attachments\[0\]\.content: \/version: 1\.5 is above 1\.4/,
      ],
      // A 1.5-only element in a card that says 1.4.
      [
        workflowMessage({ ...TABLE_CARD_1_5, version: '1.4' }),
        undefined,
        /\/body\/0: property "style" is not allowed/,
      ],
      [SUMMARY_CARD_1_4, undefined, /The body must be \{"type":"message"/],
      [{ type: 'message', attachments: [] }, undefined, /attachments is empty/],
      [
        {
          type: 'message',
          attachments: [
            {
              contentType: 'application/vnd.microsoft.card.adaptive',
              content: JSON.stringify(SUMMARY_CARD_1_4),
            },
          ],
        },
        undefined,
        /content must be the card as a JSON object/,
      ],
      [
        {
          type: 'message',
          attachments: [{ contentType: 'application/vnd.microsoft.card.hero', content: {} }],
        },
        undefined,
        /contentType must be/,
      ],
      ['{"type":', undefined, /not JSON/],
      [
        workflowMessage(SUMMARY_CARD_1_4),
        { 'Content-Type': 'text/plain' },
        /Content-Type is application\/json/,
      ],
    ];
    for (const [body, headers, reason] of cases) {
      const run = await accepted(OLD_SHAPE(), body, headers);
      expect(run.status).toBe('Failed');
      expect(run.error).toMatch(/^The specified Teams flowbot adaptive card request is missing or invalid\./);
      expect(run.error).toMatch(reason);
    }
    expect(await target().messages()).toEqual([]);
  });

  it('fails the run of a message above 28 KB with "Request Entity too large." and posts nothing', async () => {
    const big = workflowMessage({ ...SUMMARY_CARD_1_4, fallbackText: 'x'.repeat(28 * 1024) });
    const run = await accepted(OLD_SHAPE(), big);
    expect(run).toMatchObject({ status: 'Failed', error: 'Request Entity too large.' });
    expect(await target().messages()).toEqual([]);
  });
});

describe('the trigger URL', () => {
  const url = (query: string, flow = DEV_WORKFLOW_ID) =>
    `${target().receiver.url}/workflows/${flow}/triggers/manual/paths/invoke?${query}`;

  it('must carry the flow’s signature: 401 and no run otherwise', async () => {
    const wrong = url(`api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=${'A'.repeat(43)}`);
    const otherPermission = url(
      `api-version=2016-06-01&sp=%2Ftriggers%2Fother%2Frun&sv=1.0&sig=${DEV_WORKFLOW_SIG}`,
    );
    for (const address of [wrong, otherPermission]) {
      const res = await invoke(address, workflowMessage(SUMMARY_CARD_1_4));
      expect(res.status).toBe(401);
      expect(await logicAppsError(res)).toEqual({
        code: 'DirectApiInvalidAuthorizationSignature',
        message: 'The provided authorization signature is not valid.',
      });
    }
    const unsigned = await invoke(url('api-version=2016-06-01'), workflowMessage(SUMMARY_CARD_1_4));
    expect(unsigned.status).toBe(401);
    expect((await logicAppsError(unsigned)).code).toBe('DirectApiAuthorizationRequired');
    expect(await target().runs()).toEqual([]);
    expect(await target().messages()).toEqual([]);
  });

  it('needs api-version (400) and a flow that exists (404)', async () => {
    const noVersion = await invoke(url(QUERY), workflowMessage(SUMMARY_CARD_1_4));
    expect(noVersion.status).toBe(400);
    expect((await logicAppsError(noVersion)).code).toBe('MissingApiVersionParameter');
    const unknown = await invoke(
      url(`api-version=1&${QUERY}`, 'f'.repeat(32)),
      workflowMessage(SUMMARY_CARD_1_4),
    );
    expect(unknown.status).toBe(404);
    expect((await logicAppsError(unknown)).code).toBe('WorkflowNotFound');
    expect(await target().runs()).toEqual([]);
  });

  it('answers 501 for another method or another path under the flow', async () => {
    const get = await fetch(OLD_SHAPE());
    expect(get.status).toBe(501);
    expect((await logicAppsError(get)).message).toMatch(/GET on a flow's trigger/);
    const runs = await fetch(`${target().receiver.url}/workflows/${DEV_WORKFLOW_ID}/runs`, {
      method: 'POST',
    });
    expect(runs.status).toBe(501);
    expect(await target().runs()).toEqual([]);
  });
});
