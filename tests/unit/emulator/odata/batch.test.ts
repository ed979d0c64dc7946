import {
  batchResponseContentType,
  type BatchPart,
  type BatchPartResponse,
  parseBatchRequest,
  serializeBatchResponse,
} from '../../../../emulators/sharepoint/odata/batch';
import { ODataSyntaxError } from '../../../../emulators/sharepoint/odata/errors';
import { formatEntity, formatError } from '../../../../emulators/sharepoint/odata/format';
import { pnpWithSend, type SentRequest, SITE_URL } from './pnpHarness';

const API = `${SITE_URL}/_api`;
const LIST = "web/lists/getByTitle('Inventering%20%C3%85r')";

/** Queues the operations PnPjs v4 batches for one form save and returns the captured $batch request. */
async function captureBatch(): Promise<SentRequest> {
  let captured: SentRequest | undefined;
  const sp = pnpWithSend(async (request) => {
    captured = request;
    // An empty reply makes PnPjs reject the batch; only the request matters here.
    return new Response('', { status: 200 });
  });
  const [batched, execute] = sp.batched();
  // A fresh items object per call: PnPjs's top()/filter() mutate the instance they are called on.
  const list = batched.web.lists.getByTitle('Inventering År');
  void list.items
    .getById(1)
    .update({ Title: "Kök & bad #1 'x'" }, '"3"')
    .catch(() => undefined);
  void list.items.add({ Title: 'Ny', Arsarbetare: 1.5 }).catch(() => undefined);
  void list.items
    .top(5)
    .filter("Title eq 'a&b'")()
    .catch(() => undefined);
  void list.items
    .getById(2)
    .delete()
    .catch(() => undefined);
  await execute().catch(() => undefined);
  return captured!;
}

describe('parseBatchRequest: the body PnPjs v4 builds', () => {
  let sent: SentRequest;
  let parts: BatchPart[];

  beforeAll(async () => {
    sent = await captureBatch();
    parts = parseBatchRequest(sent.body, sent.headers['content-type']!);
  });

  it('is a POST to _api/$batch with an unquoted batch_ boundary and LF line ends', () => {
    expect(sent.method).toBe('POST');
    expect(sent.url).toBe(`${API}/$batch`);
    expect(sent.headers['content-type']).toMatch(/^multipart\/mixed; boundary=batch_[0-9a-f-]{36}$/);
    expect(sent.body).not.toContain('\r');
  });

  it('yields one operation per request, in order, with X-HTTP-Method turned into the verb', () => {
    expect(parts.map((p) => [p.method, p.url])).toEqual([
      ['MERGE', `${API}/${LIST}/items(1)`],
      ['POST', `${API}/${LIST}/items`],
      ['GET', `${API}/${LIST}/items?%24top=5&%24filter=Title+eq+%27a%26b%27`],
      ['DELETE', `${API}/${LIST}/items(2)`],
    ]);
  });

  it('keeps headers (lower-cased) and the JSON bodies exactly', () => {
    expect(parts[0]!.headers).toEqual({
      accept: 'application/json',
      'content-type': 'application/json;charset=utf-8',
      'if-match': '"3"',
    });
    expect(JSON.parse(parts[0]!.body)).toEqual({ Title: "Kök & bad #1 'x'" });
    expect(JSON.parse(parts[1]!.body)).toEqual({ Title: 'Ny', Arsarbetare: 1.5 });
    expect(parts[2]!.body).toBe('');
    expect(parts[3]!.headers['if-match']).toBe('*');
  });

  it('groups consecutive writes into one changeset, and a GET closes it', () => {
    const [merge, post, get, del] = parts;
    expect(merge!.changeset).toMatch(/^changeset_[0-9a-f-]{36}$/);
    expect(post!.changeset).toBe(merge!.changeset);
    expect(get!.changeset).toBeUndefined();
    expect(del!.changeset).toMatch(/^changeset_/);
    expect(del!.changeset).not.toBe(merge!.changeset);
  });

  it('the inner GET query decodes to the filter that was asked for', () => {
    expect(new URL(parts[2]!.url).searchParams.get('$filter')).toBe("Title eq 'a&b'");
  });

  it('parses the same body with CRLF line ends', () => {
    const crlf = sent.body.replace(/\n/g, '\r\n');
    expect(parseBatchRequest(crlf, sent.headers['content-type']!)).toEqual(parts);
  });
});

describe('parseBatchRequest: SharePoint docs’ examples (CRLF)', () => {
  const crlf = (lines: string[]): string => lines.join('\r\n');

  it('two GETs', () => {
    const b = 'batch_e3b6819b-13c3-43bb-85b2-24b14122fed1';
    const body = crlf([
      `--${b}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      "GET https://fabrikam.sharepoint.com/_api/Web/lists/getbytitle('Composed%20Looks')/items?$select=Title HTTP/1.1",
      '',
      `--${b}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      "GET https://fabrikam.sharepoint.com/_api/Web/lists/getbytitle('User%20Information%20List')/items?$select=Title HTTP/1.1",
      '',
      `--${b}--`,
      '',
    ]);
    expect(parseBatchRequest(body, `multipart/mixed; boundary=${b}`)).toEqual([
      {
        method: 'GET',
        url: "https://fabrikam.sharepoint.com/_api/Web/lists/getbytitle('Composed%20Looks')/items?$select=Title",
        headers: {},
        body: '',
      },
      {
        method: 'GET',
        url: "https://fabrikam.sharepoint.com/_api/Web/lists/getbytitle('User%20Information%20List')/items?$select=Title",
        headers: {},
        body: '',
      },
    ]);
  });

  it('a DELETE in a changeset closed directly before the next part, with a quoted boundary', () => {
    const b = 'batch_7ba8d60b-efce-4a2f-b719-60c27cc0e70e';
    const c = 'changeset_efb6b37c-a5cd-45cb-8f5f-4d648006e65d';
    const body = crlf([
      `--${b}`,
      `Content-Type: multipart/mixed; boundary=${c}`,
      '',
      `--${c}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      "DELETE https://fabrikam.sharepoint.com/_api/Web/lists/getbytitle('OldList') HTTP/1.1",
      'If-Match: "1"',
      '',
      `--${c}--`,
      `--${b}`,
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      'GET https://fabrikam.sharepoint.com/_api/Web/lists HTTP/1.1',
      '',
      `--${b}--`,
    ]);
    expect(parseBatchRequest(body, `multipart/mixed; boundary="${b}"`)).toEqual([
      {
        method: 'DELETE',
        url: "https://fabrikam.sharepoint.com/_api/Web/lists/getbytitle('OldList')",
        headers: { 'if-match': '"1"' },
        body: '',
        changeset: c,
      },
      { method: 'GET', url: 'https://fabrikam.sharepoint.com/_api/Web/lists', headers: {}, body: '' },
    ]);
  });
});

describe('parseBatchRequest: malformed batches', () => {
  const type = 'multipart/mixed; boundary=batch_x';
  const part = (request: string): string =>
    `--batch_x\nContent-Type: application/http\nContent-Transfer-Encoding: binary\n\n${request}\n\n`;

  it.each([
    [
      'no boundary in the Content-Type',
      part('GET https://h/_api/web HTTP/1.1') + '--batch_x--\n',
      'multipart/mixed',
    ],
    ['not multipart', part('GET https://h/_api/web HTTP/1.1') + '--batch_x--\n', 'application/json'],
    ['no closing delimiter', part('GET https://h/_api/web HTTP/1.1'), type],
    ['no request line', part('this is not a request') + '--batch_x--\n', type],
    [
      'a header line without a colon',
      part('GET https://h/_api/web HTTP/1.1\nAccept application/json') + '--batch_x--\n',
      type,
    ],
    [
      'a changeset inside a changeset',
      '--batch_x\nContent-Type: multipart/mixed; boundary=changeset_a\n\n--changeset_a\n' +
        'Content-Type: multipart/mixed; boundary=changeset_b\n\n--changeset_b--\n--changeset_a--\n--batch_x--\n',
      type,
    ],
  ])('%s', (_name, body, contentType) => {
    expect(() => parseBatchRequest(body, contentType)).toThrow(ODataSyntaxError);
  });
});

describe('serializeBatchResponse', () => {
  const boundary = 'batchresponse_0b1f9a4e-2d6b-4c34-9f2c-7e9b4a0c1d2e';
  const parts: BatchPartResponse[] = [
    { status: 200, statusText: '', headers: { 'CONTENT-TYPE': 'application/json' }, body: '{"value":[]}' },
    { status: 204, statusText: 'No Content', headers: { ETag: '"a1,2"' }, body: '' },
  ];

  it('writes flat CRLF parts, status lines and the closing delimiter followed by one line break', () => {
    expect(serializeBatchResponse(parts, boundary)).toBe(
      [
        `--${boundary}`,
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        '',
        'HTTP/1.1 200 OK',
        'CONTENT-TYPE: application/json',
        '',
        '{"value":[]}',
        `--${boundary}`,
        'Content-Type: application/http',
        'Content-Transfer-Encoding: binary',
        '',
        'HTTP/1.1 204 No Content',
        'ETag: "a1,2"',
        '',
        '',
        `--${boundary}--`,
        '',
      ].join('\r\n'),
    );
  });

  it('refuses a boundary PnPjs would not recognise', () => {
    expect(() => serializeBatchResponse(parts, 'batch_1')).toThrow(/batchresponse_/);
  });

  it('keeps header values on one line', () => {
    const text = serializeBatchResponse(
      [{ status: 400, statusText: 'Bad\r\nRequest', headers: { X: 'a\nb' }, body: '' }],
      boundary,
    );
    expect(text).toContain('HTTP/1.1 400 Bad Request\r\nX: a b\r\n');
  });

  it('the outer Content-Type names the boundary', () => {
    expect(batchResponseContentType(boundary)).toBe(`multipart/mixed; boundary=${boundary}`);
  });
});

describe('round trip: our batch response read by PnPjs’s own parser', () => {
  const META = "Web/Lists(guid'5325476d-0000-4000-8000-000000000001')";
  const itemMeta = (id: number, version: number) => ({
    type: 'SP.Data.InventeringListItem',
    id: `5325476d-0000-4000-8000-0000000000${String(id).padStart(2, '0')}`,
    uri: `${API}/${META}/Items(${id})`,
    editLink: `${META}/Items(${id})`,
    etag: `"${version}"`,
  });
  const json = (body: unknown): string => JSON.stringify(body);
  const minimal = { 'CONTENT-TYPE': 'application/json;odata=minimalmetadata;streaming=true;charset=utf-8' };

  /** Answers each parsed operation like SharePoint would; item 9 has moved on to version 5. */
  function answer(part: BatchPart): BatchPartResponse {
    const url = new URL(part.url);
    const id = /items\((\d+)\)$/.exec(url.pathname)?.[1];
    if (part.method === 'MERGE' && id === '9') {
      const body = formatError(
        'minimal',
        '-1, Microsoft.SharePoint.Client.ClientServiceException',
        `The request ETag value '${part.headers['if-match']}' does not match the object's ETag value '"5325476d,5"'.`,
      );
      return { status: 412, statusText: 'Precondition Failed', headers: minimal, body: json(body) };
    }
    if (part.method === 'MERGE')
      return { status: 204, statusText: 'No Content', headers: { ETAG: `"5325476d,4"` }, body: '' };
    if (part.method === 'POST') {
      const props = { Id: 10, ...(JSON.parse(part.body) as object) };
      const body = formatEntity('minimal', props, itemMeta(10, 1), SITE_URL);
      return {
        status: 201,
        statusText: 'Created',
        headers: { ...minimal, ETAG: '"5325476d,1"', LOCATION: `${API}/${META}/Items(10)` },
        body: json(body),
      };
    }
    if (part.method === 'DELETE') return { status: 200, statusText: 'OK', headers: {}, body: '' };
    const top = Number(url.searchParams.get('$top'));
    const value = [1, 2, 3].slice(0, top).map((n) => ({ Id: n, Title: `T${n}` }));
    return { status: 200, statusText: 'OK', headers: minimal, body: json({ value }) };
  }

  it('each request gets its own result, and the failing one alone rejects', async () => {
    const outer: Response[] = [];
    const sp = pnpWithSend(async (request) => {
      const parts = parseBatchRequest(request.body, request.headers['content-type']!);
      const boundary = 'batchresponse_1d9b0c7e-4a5f-4e3b-8c2d-6f7a8b9c0d1e';
      const response = new Response(serializeBatchResponse(parts.map(answer), boundary), {
        status: 200,
        headers: { 'Content-Type': batchResponseContentType(boundary) },
      });
      outer.push(response);
      return response;
    });
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Inventering');
    const settled = Promise.allSettled([
      list.items.getById(1).update({ Title: 'a' }, '"3"'),
      list.items.getById(9).update({ Title: 'b' }, '"4"'),
      list.items.add({ Title: 'Ny' }),
      list.items.top(2)(),
      list.items.getById(3).delete(),
    ]);
    await execute();
    const [updated, conflict, added, listed, deleted] = await settled;

    expect(outer).toHaveLength(1);
    expect(updated).toEqual({ status: 'fulfilled', value: { etag: '"5325476d,4"' } });
    expect(added).toMatchObject({ status: 'fulfilled', value: { 'odata.etag': '"1"', Id: 10, Title: 'Ny' } });
    expect(listed).toEqual({
      status: 'fulfilled',
      value: [
        { Id: 1, Title: 'T1' },
        { Id: 2, Title: 'T2' },
      ],
    });
    expect(deleted).toEqual({ status: 'fulfilled', value: {} });
    expect(conflict?.status).toBe('rejected');
    const error = (conflict as PromiseRejectedResult).reason as {
      status: number;
      statusText: string;
      message: string;
    };
    expect(error.status).toBe(412);
    expect(error.statusText).toBe('Precondition Failed');
    expect(error.message).toContain('ClientServiceException');
  });

  it('PnPjs rejects a response whose closing delimiter lacks the final line break, so ours must have it', async () => {
    const sp = pnpWithSend(async (request) => {
      const parts = parseBatchRequest(request.body, request.headers['content-type']!);
      const text = serializeBatchResponse(parts.map(answer), 'batchresponse_x').replace(/\r\n$/, '');
      return new Response(text, { status: 200 });
    });
    const [batched, execute] = sp.batched();
    void batched.web.lists
      .getByTitle('L')
      .items.top(1)()
      .catch(() => undefined);
    await expect(execute()).rejects.toThrow('Unexpected end of input');
  });
});
