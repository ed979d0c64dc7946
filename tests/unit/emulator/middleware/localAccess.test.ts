import { corsHeaders } from '../../../../emulators/sharepoint/middleware/cors';
import {
  isAllowedHost,
  normaliseOrigin,
  originStanding,
  type LocalAccessPolicy,
} from '../../../../emulators/sharepoint/middleware/localAccess';
import { sideDoorRefusal } from '../../../../emulators/sharepoint/middleware/sideDoorGuard';

const policy: LocalAccessPolicy = {
  port: 7071,
  listenHost: '127.0.0.1',
  allowedOrigins: ['http://127.0.0.1:3000'],
};

describe('isAllowedHost', () => {
  it.each(['127.0.0.1:7071', 'localhost:7071', 'LOCALHOST:7071', '[::1]:7071'])('accepts %s', (host) => {
    expect(isAllowedHost(host, policy)).toBe(true);
  });

  it.each([
    'rebind.example:7071',
    'localhost.:7071',
    '127.0.0.1:7072',
    '127.0.0.1',
    '192.168.1.5:7071',
    'evil@127.0.0.1:7071',
    '127.0.0.1:7071/x',
    '',
    undefined,
  ])('refuses %p', (host) => {
    expect(isAllowedHost(host, policy)).toBe(false);
  });

  it('accepts the address it listens on, and any IP literal (never a name) when it listens on all of them', () => {
    expect(isAllowedHost('10.0.0.7:7071', { ...policy, listenHost: '10.0.0.7' })).toBe(true);
    expect(isAllowedHost('[fe80::1]:7071', { ...policy, listenHost: 'fe80::1' })).toBe(true);
    const everywhere = { ...policy, listenHost: '0.0.0.0' };
    expect(isAllowedHost('192.168.1.5:7071', everywhere)).toBe(true);
    expect(isAllowedHost('[fd00::5]:7071', { ...policy, listenHost: '::' })).toBe(true);
    expect(isAllowedHost('laptop.lan:7071', everywhere)).toBe(false);
    expect(isAllowedHost('localhost', { ...policy, port: 80 })).toBe(true);
  });
});

describe('originStanding', () => {
  const stand = (origin: string | undefined, hostHeader = '127.0.0.1:7071') =>
    originStanding(origin, { hostHeader, policy });

  it('tells no Origin, the emulator’s own pages, allowed origins and all others apart', () => {
    expect(stand(undefined)).toBe('none');
    expect(stand('http://127.0.0.1:7071')).toBe('same');
    expect(stand('http://localhost:7071', 'localhost:7071')).toBe('same');
    expect(stand('http://localhost:7071')).toBe('refused');
    expect(stand('http://127.0.0.1:3000')).toBe('allowed');
    expect(stand('http://localhost:3000')).toBe('refused');
    expect(stand('https://127.0.0.1:3000')).toBe('refused');
    expect(stand('null')).toBe('refused');
    expect(stand('http://127.0.0.1:3000/path')).toBe('refused');
  });

  it('normalises origins as browsers send them', () => {
    expect(normaliseOrigin('http://LOCALHOST:3000/')).toBe('http://localhost:3000');
    expect(normaliseOrigin('http://127.0.0.1:80')).toBe('http://127.0.0.1');
    expect(normaliseOrigin('http://u:p@127.0.0.1:3000')).toBeUndefined();
    expect(normaliseOrigin('file:///etc')).toBeUndefined();
    expect(normaliseOrigin('127.0.0.1:3000')).toBeUndefined();
  });
});

describe('corsHeaders', () => {
  it('names an allowed origin, never with credentials, and answers its preflight', () => {
    const headers = corsHeaders(
      { origin: 'http://127.0.0.1:3000', 'access-control-request-method': 'POST' },
      'allowed',
    );
    expect(headers).toMatchObject({
      Vary: 'Origin',
      'Access-Control-Allow-Origin': 'http://127.0.0.1:3000',
      'Access-Control-Max-Age': '600',
    });
    expect(headers['Access-Control-Allow-Headers']).toMatch(/Authorization/);
    expect(headers).not.toHaveProperty('Access-Control-Allow-Credentials');
  });

  it('gives any other origin nothing but Vary', () => {
    for (const standing of ['refused', 'same', 'none'] as const) {
      expect(corsHeaders({ origin: 'http://127.0.0.1:8081' }, standing)).toEqual({ Vary: 'Origin' });
    }
  });
});

describe('sideDoorRefusal', () => {
  const request = {
    method: 'POST',
    origin: undefined,
    secFetchSite: undefined,
    contentType: 'application/json',
  };

  it('lets Node clients, the emulator’s pages and allowed origins post JSON', () => {
    for (const standing of ['none', 'same', 'allowed'] as const) {
      expect(sideDoorRefusal({ ...request, standing })).toBeUndefined();
    }
    expect(
      sideDoorRefusal({ ...request, standing: 'none', contentType: 'application/json; charset=utf-8' }),
    ).toBeUndefined();
    expect(
      sideDoorRefusal({ ...request, method: 'GET', standing: 'none', contentType: undefined }),
    ).toBeUndefined();
  });

  it('refuses other origins with 403, cross-site requests without Origin too, and non-JSON posts with 415', () => {
    expect(sideDoorRefusal({ ...request, standing: 'refused', origin: 'http://x' })?.status).toBe(403);
    expect(sideDoorRefusal({ ...request, standing: 'none', secFetchSite: 'cross-site' })?.status).toBe(403);
    expect(
      sideDoorRefusal({ ...request, method: 'GET', standing: 'none', secFetchSite: 'same-site' })?.status,
    ).toBe(403);
    expect(sideDoorRefusal({ ...request, standing: 'none', contentType: 'text/plain' })?.status).toBe(415);
    expect(sideDoorRefusal({ ...request, standing: 'same', contentType: undefined })?.status).toBe(415);
  });
});
