import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DevIdentity,
  type JwtError,
  SHAREPOINT_RESOURCE_APP_ID,
  decodeJwtClaims,
  displayNameFor,
  oidFromUpn,
  signJwt,
} from '../../../../emulators/identity';
import { generateKeyPairSync } from 'node:crypto';

const AUDIENCE = 'http://127.0.0.1:7071';

describe('the dev identity', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dev-identity-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('keeps one key pair in the data directory and reuses it on the next start', () => {
    const first = DevIdentity.open({ dataDir: dir });
    const token = first.issueToken({ upn: 'anna.berg@kommun.example', audience: AUDIENCE });
    const second = DevIdentity.open({ dataDir: dir });
    expect(second.publicKeyPem).toBe(first.publicKeyPem);
    expect(second.verify(token, { audiences: [AUDIENCE] }).upn).toBe('anna.berg@kommun.example');
    const privateKey = join(dir, 'identity', 'dev-identity.key.pem');
    expect(readFileSync(privateKey, 'utf8')).toMatch(/BEGIN PRIVATE KEY/);
    expect(statSync(privateKey).mode & 0o077).toBe(0);
  });

  it('signs the claims SharePoint reads: upn, a stable oid, name, tid, iss, scp and a one-hour lifetime', () => {
    const identity = DevIdentity.open({ dataDir: dir });
    const token = identity.issueToken({
      upn: 'anna.berg@kommun.example',
      audience: AUDIENCE,
      now: 1_700_000_000,
    });
    const claims = decodeJwtClaims(token);
    expect(claims).toMatchObject({
      aud: AUDIENCE,
      upn: 'anna.berg@kommun.example',
      oid: oidFromUpn('anna.berg@kommun.example'),
      name: 'Anna Berg',
      iat: 1_700_000_000,
      nbf: 1_700_000_000,
      exp: 1_700_003_600,
      scp: 'AllSites.Manage',
    });
    expect(claims.iss).toBe(`https://sts.windows.net/${String(claims.tid)}/`);
  });

  it('accepts SharePoint’s resource app id as audience and refuses any other', () => {
    const identity = DevIdentity.ephemeral();
    const ok = identity.issueToken({ upn: 'a@kommun.example', audience: SHAREPOINT_RESOURCE_APP_ID });
    expect(identity.verify(ok, { audiences: [AUDIENCE, SHAREPOINT_RESOURCE_APP_ID] }).upn).toBe(
      'a@kommun.example',
    );
    const other = identity.issueToken({ upn: 'a@kommun.example', audience: 'https://graph.microsoft.com' });
    expect(() => identity.verify(other, { audiences: [AUDIENCE] })).toThrow(
      expect.objectContaining({ reason: 'audience' }) as JwtError,
    );
  });

  it('refuses expired and not-yet-valid tokens beyond five minutes of clock skew', () => {
    const identity = DevIdentity.ephemeral();
    const now = 1_700_000_000;
    const expired = identity.issueToken({
      upn: 'a@kommun.example',
      audience: AUDIENCE,
      now: now - 3600 - 301,
    });
    const early = identity.issueToken({ upn: 'a@kommun.example', audience: AUDIENCE, now: now + 301 });
    const borderline = identity.issueToken({
      upn: 'a@kommun.example',
      audience: AUDIENCE,
      now: now - 3600 - 299,
    });
    expect(() => identity.verify(expired, { audiences: [AUDIENCE], now })).toThrow(
      expect.objectContaining({ reason: 'expired' }) as JwtError,
    );
    expect(() => identity.verify(early, { audiences: [AUDIENCE], now })).toThrow(
      expect.objectContaining({ reason: 'notYetValid' }) as JwtError,
    );
    expect(identity.verify(borderline, { audiences: [AUDIENCE], now }).upn).toBe('a@kommun.example');
  });

  it('refuses a token signed by another key, a tampered payload, another algorithm and non-JWTs', () => {
    const identity = DevIdentity.ephemeral();
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const claims = decodeJwtClaims(identity.issueToken({ upn: 'a@kommun.example', audience: AUDIENCE }));
    const forged = signJwt(claims, { privateKey: stranger, kid: 'x' });
    expect(() => identity.verify(forged, { audiences: [AUDIENCE] })).toThrow('Invalid issuer or signature.');

    const [header, , signature] = identity
      .issueToken({ upn: 'a@kommun.example', audience: AUDIENCE })
      .split('.');
    const payload = Buffer.from(JSON.stringify({ ...claims, upn: 'admin@kommun.example' })).toString(
      'base64url',
    );
    expect(() => identity.verify(`${header}.${payload}.${signature}`, { audiences: [AUDIENCE] })).toThrow(
      expect.objectContaining({ reason: 'signature' }) as JwtError,
    );

    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    expect(() => identity.verify(none, { audiences: [AUDIENCE] })).toThrow(
      expect.objectContaining({ reason: 'algorithm' }) as JwtError,
    );
    expect(() => identity.verify('not-a-token', { audiences: [AUDIENCE] })).toThrow(
      expect.objectContaining({ reason: 'malformed' }) as JwtError,
    );
  });
});

describe('object ids and names', () => {
  it('derives the same version 5 UUID for a UPN in any case, and different ones for different UPNs', () => {
    const oid = oidFromUpn('Anna.Berg@kommun.example');
    expect(oid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(oidFromUpn('anna.berg@kommun.example')).toBe(oid);
    expect(oidFromUpn('erik.lund@kommun.example')).not.toBe(oid);
  });

  it('names personas by their configured name and others from the UPN', () => {
    expect(displayNameFor('admin@kommun.example')).toBe('Admin Adminsson');
    expect(displayNameFor('lisa-maria.ek@kommun.example')).toBe('Lisa Maria Ek');
  });
});
