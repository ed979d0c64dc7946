// POST /v1.0/teams/{team}/channels/{channel}/messages over HTTP: Graph's token, scope, URL and body checks with its
// error envelope, the 28 KB limit at its boundary, the per-channel rate, and the 201 chatMessage; a refused request
// leaves the channel as it was.
import { DEV_BOARD_CHANNEL_ID, DEV_TEAM_ID, MESSAGE_LIMIT_BYTES } from '../../../emulators/graph';
import { DevIdentity, oidFromUpn } from '../../../emulators/identity';
import { rawRequest } from '../emulator/rawHttp';
import { graphMessage, SUMMARY_CARD_1_4, TABLE_CARD_1_5 } from './cards';
import { BOARD_MESSAGES, CLIENT_ID, GRAPH, graphError, PIA, useReceiver } from './harness';

// The receiver's clock stands still unless a test moves it, so that rates do not depend on how fast the machine is.
const clock = { now: Date.now() };
const target = useReceiver({ channelMessageLimit: { count: 10, perSeconds: 10 }, now: () => clock.now });

async function expectRefused(
  res: Response,
  expected: { status: number; code: string; message?: string | RegExp },
) {
  expect(res.status).toBe(expected.status);
  const error = await graphError(res);
  expect(error.code).toBe(expected.code);
  if (typeof expected.message === 'string') expect(error.message).toBe(expected.message);
  else if (expected.message) expect(error.message).toMatch(expected.message);
  expect(await target().messages()).toEqual([]);
  return error;
}

describe('a card posted to the board channel', () => {
  it('answers 201 with the chatMessage and shows the card in the channel', async () => {
    const before = clock.now;
    const res = await target().post(
      BOARD_MESSAGES,
      graphMessage(TABLE_CARD_1_5, { text: 'Ny sammanfattning ' }),
    );
    expect(res.status).toBe(201);
    expect(res.headers.get('content-type')).toMatch(/^application\/json;odata\.metadata=minimal/);
    expect(res.headers.get('request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const message = (await res.json()) as Record<string, unknown>;
    const id = message.id as string;
    expect(Number(id)).toBeGreaterThanOrEqual(before);
    expect(message).toEqual({
      '@odata.context': `${target().receiver.graphUrl}/$metadata#teams('${DEV_TEAM_ID}')/channels('${encodeURIComponent(DEV_BOARD_CHANNEL_ID)}')/messages/$entity`,
      id,
      replyToId: null,
      etag: id,
      messageType: 'message',
      createdDateTime: new Date(Number(id)).toISOString(),
      lastModifiedDateTime: new Date(Number(id)).toISOString(),
      lastEditedDateTime: null,
      deletedDateTime: null,
      subject: 'Sammanfattning Vård och omsorg',
      summary: '12 av 14 enheter klara',
      chatId: null,
      importance: 'normal',
      locale: 'en-us',
      webUrl: expect.stringMatching(
        new RegExp(
          `^https://teams\\.microsoft\\.com/l/message/19%3Akommunstyrelsen0+%40thread\\.tacv2/${id}\\?groupId=${DEV_TEAM_ID}&tenantId=[0-9a-f-]{36}&createdTime=${id}&parentMessageId=${id}$`,
        ),
      ),
      policyViolation: null,
      eventDetail: null,
      from: {
        application: null,
        device: null,
        user: { id: oidFromUpn(PIA), displayName: 'Pia Projektledare', userIdentityType: 'aadUser' },
      },
      body: graphMessage(TABLE_CARD_1_5, { text: 'Ny sammanfattning ' }).body,
      channelIdentity: { teamId: DEV_TEAM_ID, channelId: DEV_BOARD_CHANNEL_ID },
      attachments: [
        {
          id: '7c1d2e3f4a5b6c7d8e9f0a1b2c3d4e5f',
          contentType: 'application/vnd.microsoft.card.adaptive',
          contentUrl: null,
          content: JSON.stringify(TABLE_CARD_1_5),
          name: null,
          thumbnailUrl: null,
          teamsAppId: null,
        },
      ],
      mentions: [],
      reactions: [],
    });
    expect(await target().messages()).toEqual([
      {
        id,
        createdDateTime: new Date(Number(id)).toISOString(),
        via: 'graph',
        from: { displayName: 'Pia Projektledare' },
        subject: 'Sammanfattning Vård och omsorg',
        summary: '12 av 14 enheter klara',
        text: 'Ny sammanfattning',
        cards: [TABLE_CARD_1_5],
      },
    ]);
  });

  it('takes a 1.4 card, a plain text message, and gives every message its own increasing id', async () => {
    const ids: string[] = [];
    for (const body of [graphMessage(SUMMARY_CARD_1_4), { body: { content: 'Hej &amp; <b>välkomna</b>' } }]) {
      const res = await target().post(BOARD_MESSAGES, body);
      expect(res.status).toBe(201);
      ids.push(((await res.json()) as { id: string }).id);
    }
    expect(Number(ids[1])).toBeGreaterThan(Number(ids[0]));
    const messages = await target().messages();
    expect(messages.map((m) => m.id)).toEqual(ids);
    // A text body is shown as it is; only HTML is stripped.
    expect(messages[1]!.text).toBe('Hej &amp; <b>välkomna</b>');
  });

  it('strips HTML and markers from the text it shows', async () => {
    const res = await target().post(
      BOARD_MESSAGES,
      graphMessage(SUMMARY_CARD_1_4, { text: '<p>Rapport <b>klar</b> &amp; skickad</p>' }),
    );
    expect(res.status).toBe(201);
    expect((await target().messages())[0]!.text).toBe('Rapport klar & skickad');
  });
});

describe('the token', () => {
  const body = () => graphMessage(SUMMARY_CARD_1_4);

  it('must be there: 401 "Access token is empty."', async () => {
    await expectRefused(await target().post(BOARD_MESSAGES, body(), { token: null }), {
      status: 401,
      code: 'InvalidAuthenticationToken',
      message: 'Access token is empty.',
    });
    await expectRefused(await target().post(BOARD_MESSAGES, body(), { token: '' }), {
      status: 401,
      code: 'InvalidAuthenticationToken',
      message: 'Access token is empty.',
    });
  });

  it('must be signed by the dev identity and meant for Graph: 401 "Access token validation failure."', async () => {
    const stranger = DevIdentity.ephemeral().issueToken({
      upn: PIA,
      audience: GRAPH,
      scopes: ['ChannelMessage.Send'],
    });
    const forSharePoint = target().token(PIA, { audience: 'http://127.0.0.1:7071' });
    for (const token of [stranger, forSharePoint]) {
      await expectRefused(await target().post(BOARD_MESSAGES, body(), { token }), {
        status: 401,
        code: 'InvalidAuthenticationToken',
        message: 'Access token validation failure.',
      });
    }
    await expectRefused(await target().post(BOARD_MESSAGES, body(), { token: 'not-a-jwt' }), {
      status: 401,
      code: 'InvalidAuthenticationToken',
      message: /^CompactToken parsing failed/,
    });
  });

  it('takes Graph’s resource app id as the audience too', async () => {
    const token = target().token(PIA, { audience: '00000003-0000-0000-c000-000000000000' });
    expect((await target().post(BOARD_MESSAGES, body(), { token })).status).toBe(201);
  });

  it('must not have expired', async () => {
    const token = target().token(PIA, { now: Math.floor(Date.now() / 1000) - 7200 });
    await expectRefused(await target().post(BOARD_MESSAGES, body(), { token }), {
      status: 401,
      code: 'InvalidAuthenticationToken',
      message: 'Access token has expired or is not yet valid.',
    });
  });

  it('must be delegated: an app-only token gets the import-only 401', async () => {
    const now = Math.floor(Date.now() / 1000);
    const appOnly = target().identity.signClaims({
      aud: GRAPH,
      iss: 'https://sts.windows.net/x/',
      iat: now,
      nbf: now,
      exp: now + 3600,
      appid: CLIENT_ID,
      roles: ['Teamwork.Migrate.All'],
      tid: 'x',
    });
    const error = await expectRefused(await target().post(BOARD_MESSAGES, body(), { token: appOnly }), {
      status: 401,
      code: 'Unauthorized',
    });
    expect(error.message).toMatch(
      /^Message POST is allowed in application-only context only for import purposes\./,
    );
  });

  it('must carry ChannelMessage.Send or Group.ReadWrite.All: 403 naming the scopes it has', async () => {
    const token = target().token(PIA, { scopes: ['User.Read', 'TeamsActivity.Send'] });
    await expectRefused(await target().post(BOARD_MESSAGES, body(), { token }), {
      status: 403,
      code: 'Forbidden',
      message:
        "Missing scope permissions on the request. API requires one of 'ChannelMessage.Send, Group.ReadWrite.All'. " +
        "Scopes on the request 'User.Read TeamsActivity.Send'",
    });
    const legacy = target().token(PIA, { scopes: ['Group.ReadWrite.All'] });
    expect((await target().post(BOARD_MESSAGES, body(), { token: legacy })).status).toBe(201);
  });
});

describe('the URL', () => {
  const body = () => graphMessage(SUMMARY_CARD_1_4);

  it('needs a GUID team id, a known team and a known channel', async () => {
    const channel = encodeURIComponent(DEV_BOARD_CHANNEL_ID);
    await expectRefused(await target().post(`teams/kommunstyrelsen/channels/${channel}/messages`, body()), {
      status: 400,
      code: 'BadRequest',
      message: 'teamId needs to be a valid GUID.',
    });
    const otherTeam = '00000000-1111-2222-3333-444444444444';
    await expectRefused(await target().post(`teams/${otherTeam}/channels/${channel}/messages`, body()), {
      status: 404,
      code: 'ItemNotFound',
      message: `No team found with Group Id ${otherTeam}`,
    });
    await expectRefused(
      await target().post(
        `teams/${DEV_TEAM_ID}/channels/${encodeURIComponent('19:other@thread.tacv2')}/messages`,
        body(),
      ),
      { status: 404, code: 'NotFound' },
    );
  });

  it('takes the channel id unencoded as well', async () => {
    const res = await target().post(`teams/${DEV_TEAM_ID}/channels/${DEV_BOARD_CHANNEL_ID}/messages`, body());
    expect(res.status).toBe(201);
  });
});

describe('the body', () => {
  it('must be JSON by its Content-Type: 415', async () => {
    await expectRefused(
      await target().post(BOARD_MESSAGES, JSON.stringify(graphMessage(SUMMARY_CARD_1_4)), {
        headers: { 'Content-Type': 'text/plain' },
      }),
      { status: 415, code: 'UnsupportedMediaType' },
    );
  });

  it('must be a chatMessage with a body: 400 "Invalid request body was sent."', async () => {
    for (const body of [
      '{"body":',
      '[]',
      '{}',
      { body: { content: 3 } },
      { body: { content: 'x' }, colour: 'red' },
    ]) {
      await expectRefused(await target().post(BOARD_MESSAGES, body), {
        status: 400,
        code: 'BadRequest',
        message: 'Invalid request body was sent.',
      });
    }
  });

  it('must carry the card as a JSON string, not an object', async () => {
    await expectRefused(
      await target().post(BOARD_MESSAGES, graphMessage(null, { content: SUMMARY_CARD_1_4 })),
      {
        status: 400,
        code: 'BadRequest',
        message: 'Invalid request body was sent.',
      },
    );
  });

  it('must reference every attachment with its marker, and no marker may point nowhere', async () => {
    const message = graphMessage(SUMMARY_CARD_1_4, { id: 'a1' });
    await expectRefused(
      await target().post(BOARD_MESSAGES, { ...message, body: { contentType: 'html', content: 'x' } }),
      {
        status: 400,
        code: 'BadRequest',
        message:
          /^Body does not contain marker for attachment with Id 'a1'\. Add '<attachment id="a1"><\/attachment>'/,
      },
    );
    const extra = {
      ...message,
      body: {
        contentType: 'html',
        content: '<attachment id="a1"></attachment><attachment id="b2"></attachment>',
      },
    };
    await expectRefused(await target().post(BOARD_MESSAGES, extra), {
      status: 400,
      code: 'BadRequest',
      message: /attachment with Id 'b2'/,
    });
  });

  it('needs an HTML body for attachments (the markers are HTML)', async () => {
    const message = graphMessage(SUMMARY_CARD_1_4, { id: 'a1' });
    await expectRefused(
      await target().post(BOARD_MESSAGES, {
        ...message,
        body: { contentType: 'text', content: '<attachment id="a1"></attachment>' },
      }),
      { status: 400, code: 'BadRequest', message: /contentType 'html'/ },
    );
  });

  it('must carry card content that parses: 400 "Failed to process content in attachment…"', async () => {
    await expectRefused(
      await target().post(BOARD_MESSAGES, graphMessage(null, { id: '1', content: '{"type":' })),
      {
        status: 400,
        code: 'BadRequest',
        message: "Failed to process content in attachment with Id '1'.",
      },
    );
  });

  it('must carry a card valid against its schema, and names the first fault', async () => {
    const cases: [unknown, RegExp][] = [
      [
        { ...SUMMARY_CARD_1_4, body: [{ type: 'FactSet', facts: [{ title: 'a' }] }] },
        /\/body\/0\/facts\/0: must have required property 'value'/,
      ],
      [{ ...SUMMARY_CARD_1_4, body: [{ type: 'Fancy' }] }, /\/body\/0\/type: must be one of "ActionSet"/],
      [{ ...TABLE_CARD_1_5, version: '1.6' }, /\/version: 1\.6 is above 1\.5/],
      [{ ...SUMMARY_CARD_1_4, version: undefined }, /\/version: must be a version/],
      [{ ...SUMMARY_CARD_1_4, type: 'MessageCard' }, /\/type: must be "AdaptiveCard"/],
      [{ ...SUMMARY_CARD_1_4, msteams: { width: 'Wide' } }, /\/msteams\/width: must be "Full"/],
      [{ ...SUMMARY_CARD_1_4, msteams: { colour: 'red' } }, /\/msteams: property "colour"/],
      // A card that says 1.4 is checked against 1.4, where Table does not exist.
      [{ ...TABLE_CARD_1_5, version: '1.4' }, /\/body\/0: property "style" is not allowed/],
    ];
    for (const [card, problem] of cases) {
      const error = await expectRefused(
        await target().post(BOARD_MESSAGES, graphMessage(card, { id: '1' })),
        {
          status: 400,
          code: 'BadRequest',
        },
      );
      expect(error.message).toMatch(
        /^Failed to process content in attachment with Id '1'\. The Adaptive Card is not valid: /,
      );
      expect(error.message).toMatch(problem);
    }
  });

  it('answers 501 for what it does not model, naming it', async () => {
    const mention = { ...graphMessage(SUMMARY_CARD_1_4), mentions: [{ id: 0, mentionText: 'Anna' }] };
    const thumbnail = graphMessage(null, { id: '1', content: '{}' });
    (thumbnail.attachments as Record<string, unknown>[])[0]!.contentType =
      'application/vnd.microsoft.card.thumbnail';
    const imported = { ...graphMessage(SUMMARY_CARD_1_4), createdDateTime: '2020-01-01T00:00:00Z' };
    for (const [body, named] of [
      [mention, /chatMessage\.mentions/],
      [thumbnail, /application\/vnd\.microsoft\.card\.thumbnail/],
      [imported, /chatMessage\.createdDateTime/],
    ] as const) {
      const error = await expectRefused(await target().post(BOARD_MESSAGES, body), {
        status: 501,
        code: 'NotImplemented',
      });
      expect(error.message).toMatch(named);
    }
  });
});

describe('the size limit', () => {
  /** A message whose JSON is exactly `bytes` long (UTF-8), padded in its summary with 'å' (2 bytes) and 'a'. */
  function messageOf(bytes: number): string {
    const base = JSON.stringify(graphMessage(SUMMARY_CARD_1_4, { summary: '' }));
    const missing = bytes - Buffer.byteLength(base);
    const pad = 'å'.repeat(Math.floor(missing / 2)) + 'a'.repeat(missing % 2);
    const text = JSON.stringify(graphMessage(SUMMARY_CARD_1_4, { summary: pad }));
    expect(Buffer.byteLength(text)).toBe(bytes);
    return text;
  }

  it('takes a body of exactly 28 × 1024 bytes of UTF-8 and refuses one byte more with 413', async () => {
    expect(MESSAGE_LIMIT_BYTES).toBe(28 * 1024);
    expect((await target().post(BOARD_MESSAGES, messageOf(MESSAGE_LIMIT_BYTES))).status).toBe(201);
    await target().door('reset');
    await expectRefused(await target().post(BOARD_MESSAGES, messageOf(MESSAGE_LIMIT_BYTES + 1)), {
      status: 413,
      code: 'RequestEntityTooLarge',
    });
  });

  it('does not read a huge body: 413 at once, and the connection closes', async () => {
    const url = new URL(target().receiver.graphUrl);
    const res = await rawRequest(target().receiver.url, {
      method: 'POST',
      path: `${url.pathname}/${BOARD_MESSAGES}`,
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${target().token(PIA)}`,
        'Content-Length': String(500 * 1024 * 1024),
      },
      body: '{"body":',
    });
    expect(res.status).toBe(413);
    expect(res.headers.connection).toBe('close');
    expect(await target().messages()).toEqual([]);
  });
});

describe('the rate', () => {
  it('takes 10 messages in 10 seconds per channel and answers the 11th 429 with Retry-After', async () => {
    for (let i = 0; i < 10; i++) {
      expect((await target().post(BOARD_MESSAGES, { body: { content: `${i}` } })).status).toBe(201);
    }
    const res = await target().post(BOARD_MESSAGES, { body: { content: 'en för mycket' } });
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(9);
    expect(retryAfter).toBeLessThanOrEqual(10);
    expect((await graphError(res)).code).toBe('TooManyRequests');
    expect((await target().messages()).map((m) => m.text)).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
  });
});
