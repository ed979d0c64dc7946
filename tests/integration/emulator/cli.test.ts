import { ADMIN } from '../../support/emulator';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { childToken, runChildEmulatorToEnd, startChildEmulator } from './childEmulator';

jest.setTimeout(60_000);

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'sp-cli-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run emulator', () => {
  it('prints where it listens and serves the site named by --site to the admin named by --admin', async () => {
    const emulator = await startChildEmulator([
      '--port',
      '0',
      '--data',
      join(dir, 'data'),
      '--site',
      'provplats',
      '--admin',
      'chef@kommun.example',
    ]);
    try {
      expect(emulator.output()).toMatch(/^SharePoint emulator listening on http:\/\/127\.0\.0\.1:\d+$/m);
      expect(emulator.siteUrl).toBe(`${emulator.url}/sites/provplats`);
      const token = await childToken(emulator, 'chef@kommun.example');
      const res = await fetch(`${emulator.siteUrl}/_api/web/currentuser`, {
        headers: { Authorization: `Bearer ${token}`, Accept: 'application/json' },
      });
      expect(((await res.json()) as { IsSiteAdmin: boolean }).IsSiteAdmin).toBe(true);
    } finally {
      emulator.child.kill('SIGTERM');
      await emulator.exited;
    }
  });

  it('says in Swedish and English when the port is taken', async () => {
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as AddressInfo;
    try {
      const { code, output } = await runChildEmulatorToEnd(['--port', String(port), '--in-memory']);
      expect(code).toBe(1);
      expect(output).toContain(`Port ${port} på 127.0.0.1 används redan`);
      expect(output).toContain(`Port ${port} on 127.0.0.1 is already in use`);
    } finally {
      blocker.close();
    }
  });

  it('says in Swedish and English when the data directory cannot be written', async () => {
    const file = join(dir, 'a-file');
    writeFileSync(file, 'not a directory');
    const { code, output } = await runChildEmulatorToEnd(['--port', '0', '--data', join(file, 'data')]);
    expect(code).toBe(1);
    expect(output).toContain('Kan inte skriva i datakatalogen');
    expect(output).toContain('Cannot write to the data directory');
  });

  it('refuses a flag value that is not a number', async () => {
    const { code, output } = await runChildEmulatorToEnd(['--threshold', 'many', '--in-memory']);
    expect(code).toBe(1);
    expect(output).toContain('--threshold måste vara ett tal');
  });

  it('answers CORS for each --allowed-origin and refuses bodies above --max-body-mb', async () => {
    const emulator = await startChildEmulator([
      '--port',
      '0',
      '--in-memory',
      '--data',
      join(dir, 'origins'),
      '--allowed-origin',
      'http://127.0.0.1:3999',
      '--allowed-origin',
      'http://localhost:3999/',
      '--max-body-mb',
      '1',
    ]);
    try {
      for (const origin of ['http://127.0.0.1:3999', 'http://localhost:3999', 'http://127.0.0.1:4000']) {
        const res = await fetch(`${emulator.url}/_emulator/token`, {
          method: 'OPTIONS',
          headers: { Origin: origin, 'Access-Control-Request-Method': 'POST' },
        });
        expect(res.headers.get('access-control-allow-origin')).toBe(origin.endsWith('4000') ? null : origin);
      }
      const token = await childToken(emulator, ADMIN);
      const upload = (size: number) =>
        fetch(`${emulator.siteUrl}/_api/web/lists`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body: JSON.stringify({ Title: 'Stor', Description: 'x'.repeat(size) }),
        });
      expect((await upload(1024 * 1024 + 1)).status).toBe(413);
      expect((await upload(1000)).status).toBe(201);
    } finally {
      emulator.child.kill('SIGTERM');
      await emulator.exited;
    }
  });

  it('refuses an --allowed-origin that is not an origin', async () => {
    const { code, output } = await runChildEmulatorToEnd(['--allowed-origin', 'http://a/b', '--in-memory']);
    expect(code).toBe(1);
    expect(output).toContain('"http://a/b" is not an origin');
  });
});
