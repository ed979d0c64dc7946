import { HttpRequestError } from '@pnp/queryable';
import { AppError } from '../../../src/domain';
import {
  atEdge,
  errorCodeOf,
  isNetworkError,
  serverMessage,
  toAppError,
} from '../../../src/sharepoint/errors';
import { stepFailure } from '../../../src/sharepoint/provision/failures';

function httpError(status: number, body: unknown, headers: Record<string, string> = {}): HttpRequestError {
  const text = body === undefined ? '' : JSON.stringify(body);
  const response = new Response(text === '' ? null : text, { status, statusText: 'X', headers });
  return new HttpRequestError(
    `Error making HttpClient request in queryable [${status}] X ::> ${text}`,
    response,
  );
}

const spBody = (code: string, value = 'message') => ({
  'odata.error': { code, message: { lang: 'en-US', value } },
});

describe('toAppError', () => {
  it.each([
    [401, 'unauthenticated'],
    [403, 'forbidden'],
    [404, 'notFound'],
    [409, 'conflict'],
    [412, 'conflict'],
    [429, 'throttled'],
    [500, 'unavailable'],
    [502, 'unavailable'],
    [503, 'unavailable'],
    [504, 'unavailable'],
    [400, 'unexpected'],
    [405, 'unexpected'],
  ] as const)('maps HTTP %i to %s', async (status, code) => {
    const error = await toAppError(httpError(status, spBody('-1, System.Exception')));
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe(code);
    expect(error.cause).toBeInstanceOf(HttpRequestError);
  });

  it('keeps SharePoint’s code and message for the logs', async () => {
    const error = await toAppError(
      httpError(404, spBody('-2130575338, System.ArgumentException', 'Item does not exist.')),
    );
    expect(error.message).toContain('-2130575338, System.ArgumentException: Item does not exist.');
  });

  it('reads the verbose/nometadata error shape too', async () => {
    const error = await toAppError(
      httpError(403, {
        error: {
          code: '-2147024891, System.UnauthorizedAccessException',
          message: { value: 'Access denied.' },
        },
      }),
    );
    expect(error.code).toBe('forbidden');
    expect(error.message).toContain('Access denied.');
  });

  it('names the list view threshold and answers unavailable', async () => {
    const error = await toAppError(
      httpError(500, spBody('-2147024860, Microsoft.SharePoint.SPQueryThrottledException')),
    );
    expect(error.code).toBe('unavailable');
    expect(error.message).toContain('list view threshold');
  });

  it('carries Retry-After seconds of a 429, and of a 503 that sent one', async () => {
    expect((await toAppError(httpError(429, undefined, { 'Retry-After': '31' }))).retryAfterSeconds).toBe(31);
    expect((await toAppError(httpError(503, undefined, { 'Retry-After': '2' }))).retryAfterSeconds).toBe(2);
    expect((await toAppError(httpError(429, undefined))).retryAfterSeconds).toBeUndefined();
    expect(
      (await toAppError(httpError(429, undefined, { 'Retry-After': 'soon' }))).retryAfterSeconds,
    ).toBeUndefined();
  });

  it('copes with a body that is not JSON', async () => {
    const response = new Response('<html>Bad gateway</html>', { status: 502 });
    const error = await toAppError(new HttpRequestError('[502]', response));
    expect(error.code).toBe('unavailable');
  });

  it('maps a failed fetch (browser and Node wordings) to offline', async () => {
    for (const message of [
      'fetch failed',
      'Failed to fetch',
      'NetworkError when attempting to fetch resource.',
      'Load failed',
    ]) {
      expect((await toAppError(new TypeError(message))).code).toBe('offline');
    }
    expect(isNetworkError(new TypeError('x is not a function'))).toBe(false);
  });

  it('returns an AppError as it is and wraps anything else as unexpected', async () => {
    const conflict = new AppError('conflict');
    expect(await toAppError(conflict)).toBe(conflict);
    expect((await toAppError(new Error('boom'))).code).toBe('unexpected');
    expect((await toAppError('text')).code).toBe('unexpected');
  });
});

describe('atEdge', () => {
  it('passes results through and rethrows failures as AppError', async () => {
    await expect(atEdge(async () => 7)).resolves.toBe(7);
    await expect(atEdge(() => Promise.reject(httpError(404, spBody('-1, X'))))).rejects.toMatchObject({
      name: 'AppError',
      code: 'notFound',
    });
  });
});

describe('one table for every caller', () => {
  it.each([400, 401, 403, 404, 412, 429, 500, 503])(
    'gives provisioning’s step failures the same code as the repositories for HTTP %i',
    async (status) => {
      const error = httpError(status, spBody('-1, System.Exception'));
      const repository = (await toAppError(error)).code;
      expect(errorCodeOf(error)).toBe(repository);
      expect(stepFailure(error, { sv: 'Steget', en: 'The step' }).code).toBe(repository);
    },
  );

  it('maps the list view threshold alike everywhere, and says SharePoint’s own words in messages', async () => {
    const error = httpError(
      500,
      spBody('-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'Too many'),
    );
    expect((await toAppError(error)).code).toBe('unavailable');
    expect(stepFailure(error, { sv: 'Läsa', en: 'Reading' })).toMatchObject({
      code: 'unavailable',
      message: expect.stringContaining('Reading failed: Too many'),
    });
    expect(serverMessage(error)).toBe('Too many');
    expect(serverMessage(new Error('plain'))).toBe('plain');
  });
});
