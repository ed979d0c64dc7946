// POST /v1.0/users/{id}/teamwork/sendActivityNotification over HTTP: the scope, the recipient (UPN or object id),
// the app's installation, no notes to oneself, declared activity types and their template parameters, the
// topic's rules, the rate per app, and what the recipient's feed then shows. A refused request adds nothing.
import { oidFromUpn } from '../../../emulators/identity';
import { ANNA, ERIK, graphError, PIA, useReceiver } from './harness';

const TEMPLATE = '{actor}: inventeringen för {unitName} ska vara klar {dueDate}';
// The receiver's clock stands still, so that the rate per second does not depend on how fast the machine is.
const frozen = Date.now();
const target = useReceiver({
  activityTypes: [{ type: 'reportDue', templateText: TEMPLATE }],
  notInstalledFor: [ERIK],
  activityNotificationLimit: { count: 5, perSeconds: 1 },
  now: () => frozen,
});

const WEB_URL = 'https://teams.microsoft.com/l/entity/4b2f6e8a-1c3d-4e5f-9a7b-2c8d0e6f1a3b/inventering';

function reminder(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    topic: { source: 'text', value: 'Stödinventering', webUrl: WEB_URL },
    activityType: 'reportDue',
    previewText: { content: 'Inventeringen för Hemtjänst Norr' },
    templateParameters: [
      { name: 'unitName', value: 'Hemtjänst Norr' },
      { name: 'dueDate', value: '31 mars' },
    ],
    ...overrides,
  };
}

const notify = (recipient: string, body: unknown, token?: string | null) =>
  target().post(`users/${encodeURIComponent(recipient)}/teamwork/sendActivityNotification`, body, {
    ...(token !== undefined && { token }),
  });

async function expectRefused(
  res: Response,
  expected: { status: number; code: string; message?: string | RegExp },
) {
  expect(res.status).toBe(expected.status);
  const error = await graphError(res);
  expect(error.code).toBe(expected.code);
  if (typeof expected.message === 'string') expect(error.message).toBe(expected.message);
  else if (expected.message) expect(error.message).toMatch(expected.message);
  expect(await target().feed(ANNA)).toEqual([]);
  expect(await target().feed(ERIK)).toEqual([]);
}

describe('a reminder to a manager', () => {
  it('answers 204 and shows the filled template in the recipient’s feed', async () => {
    const res = await notify(ANNA, reminder());
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    const feed = await target().feed(ANNA);
    expect(feed).toEqual([
      {
        id: expect.any(String),
        createdDateTime: new Date(frozen).toISOString(),
        activityType: 'reportDue',
        actor: { displayName: 'Pia Projektledare' },
        text: 'Pia Projektledare: inventeringen för Hemtjänst Norr ska vara klar 31 mars',
        previewText: 'Inventeringen för Hemtjänst Norr',
        topic: { source: 'text', value: 'Stödinventering', webUrl: WEB_URL },
      },
    ]);
    expect(await target().feed(PIA)).toEqual([]);
  });

  it('reaches a recipient named by object id', async () => {
    expect((await notify(oidFromUpn(ANNA), reminder())).status).toBe(204);
    expect(await target().feed(ANNA)).toHaveLength(1);
  });

  it('answers 404 for an object id of nobody it knows', async () => {
    await expectRefused(await notify('0f0f0f0f-1111-4222-8333-444444444444', reminder()), {
      status: 404,
      code: 'Request_ResourceNotFound',
    });
  });

  it('shows only the first 150 characters of the preview, as Teams does, without refusing a longer one', async () => {
    const long = `${'å'.repeat(149)}xyz`;
    expect((await notify(ANNA, reminder({ previewText: { content: long } }))).status).toBe(204);
    expect((await target().feed(ANNA))[0]!.previewText).toBe(`${'å'.repeat(149)}x`);
  });

  it('replaces an earlier notification with the same chainId', async () => {
    expect((await notify(ANNA, reminder({ chainId: 7 }))).status).toBe(204);
    expect((await notify(ANNA, reminder({ chainId: 8 }))).status).toBe(204);
    const again = reminder({
      chainId: 7,
      templateParameters: [
        { name: 'unitName', value: 'Hemtjänst Syd' },
        { name: 'dueDate', value: '1 april' },
      ],
    });
    expect((await notify(ANNA, again)).status).toBe(204);
    expect((await target().feed(ANNA)).map((entry) => entry.text)).toEqual([
      'Pia Projektledare: inventeringen för Hemtjänst Norr ska vara klar 31 mars',
      'Pia Projektledare: inventeringen för Hemtjänst Syd ska vara klar 1 april',
    ]);
  });

  it('takes the reserved systemDefault type with its free text', async () => {
    const body = reminder({
      activityType: 'systemDefault',
      templateParameters: [{ name: 'systemDefaultText', value: 'Svara senast fredag' }],
    });
    expect((await notify(ANNA, body)).status).toBe(204);
    expect((await target().feed(ANNA))[0]!.text).toBe('Svara senast fredag');
  });
});

describe('refused notifications', () => {
  it('need TeamsActivity.Send', async () => {
    await expectRefused(
      await notify(ANNA, reminder(), target().token(PIA, { scopes: ['ChannelMessage.Send'] })),
      {
        status: 403,
        code: 'Forbidden',
        message:
          "Missing scope permissions on the request. API requires one of 'TeamsActivity.Send'. Scopes on the request 'ChannelMessage.Send'",
      },
    );
  });

  it('need a token', async () => {
    await expectRefused(await notify(ANNA, reminder(), null), {
      status: 401,
      code: 'InvalidAuthenticationToken',
      message: 'Access token is empty.',
    });
  });

  it('need the app installed for the recipient', async () => {
    await expectRefused(await notify(ERIK, reminder()), {
      status: 403,
      code: 'Forbidden',
      message: new RegExp(
        "^Application with AAD App Id '[0-9a-f-]{36}' is not authorized to generate custom text notifications about " +
          "'.+sendActivityNotification' to the recipient\\. Ensure that the expected Teams app is installed in the " +
          'target scope \\(user, team, or chat\\)\\.$',
      ),
    });
  });

  it('may not go to oneself with a delegated token, by UPN or object id', async () => {
    for (const self of [PIA, oidFromUpn(PIA)]) {
      await expectRefused(await notify(self, reminder()), {
        status: 403,
        code: 'Forbidden',
        message: /themselves/,
      });
    }
    expect(await target().feed(PIA)).toEqual([]);
  });

  it('need a declared activity type and every template parameter but {actor}', async () => {
    await expectRefused(await notify(ANNA, reminder({ activityType: 'taskCreated' })), {
      status: 400,
      code: 'BadRequest',
      message: /'taskCreated' is not declared/,
    });
    await expectRefused(
      await notify(ANNA, reminder({ templateParameters: [{ name: 'unitName', value: 'x' }] })),
      {
        status: 400,
        code: 'BadRequest',
        message: /'dueDate'/,
      },
    );
    await expectRefused(
      await notify(ANNA, reminder({ activityType: 'systemDefault', templateParameters: [] })),
      {
        status: 400,
        code: 'BadRequest',
        message: /systemDefaultText/,
      },
    );
  });

  it('need a text topic with a Teams webUrl; an entityUrl topic is not modelled', async () => {
    for (const [topic, message] of [
      [undefined, /topic is required/],
      [{ source: 'text', value: 'x' }, /webUrl is required when using topic source as text/],
      [
        { source: 'text', value: 'x', webUrl: 'https://example.com/l/entity/1' },
        /must start with the Microsoft Teams domain/,
      ],
      [{ source: 'web', value: 'x' }, /topic\.source/],
    ] as const) {
      await expectRefused(await notify(ANNA, reminder({ topic })), {
        status: 400,
        code: 'BadRequest',
        message,
      });
    }
    await expectRefused(
      await notify(
        ANNA,
        reminder({
          topic: {
            source: 'entityUrl',
            value: 'https://graph.microsoft.com/v1.0/users/x/teamwork/installedApps/y',
          },
        }),
      ),
      { status: 501, code: 'NotImplemented', message: /entityUrl/ },
    );
  });

  it('need a body of the documented parameters', async () => {
    for (const body of [
      '{',
      '[]',
      reminder({ recipient: { userId: 'x' } }),
      reminder({ templateParameters: 'x' }),
    ]) {
      await expectRefused(await notify(ANNA, body), {
        status: 400,
        code: 'BadRequest',
        message: 'Invalid request body was sent.',
      });
    }
  });

  it('are limited to 5 a second per app: the 6th gets 429 with Retry-After', async () => {
    for (let i = 0; i < 5; i++) expect((await notify(ANNA, reminder())).status).toBe(204);
    const res = await notify(ANNA, reminder());
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('1');
    expect((await graphError(res)).code).toBe('TooManyRequests');
    expect(await target().feed(ANNA)).toHaveLength(5);
  });
});
