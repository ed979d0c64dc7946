// Starting the receiver: on the SharePoint emulator's data directory it trusts the tokens that directory's
// identity signs; a taken port or a bad option stops it with a message in Swedish and English; and the command
// line starts it, prints its addresses and stops on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GraphReceiverStartError, startGraphReceiver } from '../../../emulators/graph';
import { DevIdentity } from '../../../emulators/identity';
import { graphMessage, SUMMARY_CARD_1_4 } from './cards';
import { BOARD_MESSAGES, GRAPH, JSON_TYPE, PIA } from './harness';

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'graph-receiver-'));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('starting the receiver', () => {
  it('trusts the tokens of the identity in its data directory', async () => {
    const lines: string[] = [];
    const receiver = await startGraphReceiver({ port: 0, dataDir: dir, log: (line) => lines.push(line) });
    try {
      const token = DevIdentity.open({ dataDir: dir }).issueToken({
        upn: PIA,
        audience: GRAPH,
        scopes: ['ChannelMessage.Send'],
      });
      const res = await fetch(`${receiver.graphUrl}/${BOARD_MESSAGES}`, {
        method: 'POST',
        headers: { ...JSON_TYPE, Authorization: `Bearer ${token}` },
        body: JSON.stringify(graphMessage(SUMMARY_CARD_1_4)),
      });
      expect(res.status).toBe(201);
      expect(receiver.graphUrl).toBe(`${receiver.url}/v1.0`);
      expect(lines).toContain(`Graph receiver listening on ${receiver.url}`);
    } finally {
      await receiver.close();
    }
  });

  it('stops with a message in Swedish and English when the port is taken', async () => {
    const identity = DevIdentity.ephemeral();
    const first = await startGraphReceiver({ port: 0, identity });
    try {
      const port = Number(new URL(first.url).port);
      const second = startGraphReceiver({ port, identity });
      await expect(second).rejects.toThrow(GraphReceiverStartError);
      await expect(second).rejects.toThrow(/används redan.* \/ Port \d+ on 127\.0\.0\.1 is already in use/);
    } finally {
      await first.close();
    }
  });

  it('refuses bad options before it listens', async () => {
    const identity = DevIdentity.ephemeral();
    for (const options of [
      { activityTypes: [{ type: 'systemDefault', templateText: 'x' }] },
      {
        activityTypes: [
          { type: 'a', templateText: 'x' },
          { type: 'a', templateText: 'y' },
        ],
      },
      { activityTypes: [{ type: 'a', templateText: 'x'.repeat(129) }] },
      { channelMessageLimit: { count: 0, perSeconds: 10 } },
      { allowedOrigins: ['127.0.0.1:3000'] },
    ]) {
      const start = startGraphReceiver({ port: 0, identity, ...options });
      await expect(start).rejects.toMatchObject({ name: 'GraphReceiverStartError', reason: 'invalidOption' });
      await expect(start).rejects.toThrow(/ \/ /);
    }
  });
});

describe('the command line', () => {
  const cli = join(__dirname, '..', '..', '..', 'emulators', 'graph', 'cli.ts');
  const tsx = require.resolve('tsx/cli');

  it('prints Graph’s and the flow’s addresses, answers, and stops on SIGTERM', async () => {
    const child = spawn(process.execPath, [tsx, cli, '--port', '0', '--data', dir], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const graphUrl = await new Promise<string>((resolve, reject) => {
        const look = () => {
          const match = /Graph: (\S+)/.exec(output);
          if (match && /Workflows: \S+sig=/.test(output)) resolve(match[1]!);
        };
        child.stdout.on('data', look);
        void exited.then(() => reject(new Error(`exited: ${output}`)));
      });
      const res = await fetch(`${graphUrl}/me`);
      expect(res.status).toBe(501);
    } finally {
      child.kill('SIGTERM');
    }
    expect(await exited).toBe(0);
  });
});
