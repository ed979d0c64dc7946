// Builds the test tab (teamsTestTab.entry.ts, the app's src/teams and src/auth with teams-js and msal-browser)
// with the project's webpack and swc, once per test file, and serves it on its own origin with a config.json
// the test can change between page loads.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import webpack from 'webpack';
import { serveStatic, type GeneratedFile } from '../../../scripts/lib/static-server';

/** A served test tab. */
export interface RunningTestTab {
  /** e.g. `http://127.0.0.1:40123/` */
  readonly url: string;
  readonly origin: string;
  /** What `/config.json` answers from now on. */
  setConfig(config: unknown): void;
  close(): Promise<void>;
}

const PAGE = `<!doctype html>
<html lang="sv">
<head><meta charset="utf-8"><title>Testflik</title></head>
<body><main><h1>Testflik</h1><p id="status">startar</p></main><script src="tab.js"></script></body>
</html>
`;

/** Builds the tab into a temporary folder and serves it on a free port. */
export async function startTestTab(): Promise<RunningTestTab> {
  const root = mkdtempSync(join(tmpdir(), 'teams-test-tab-'));
  await build(root);
  writeFileSync(join(root, 'index.html'), PAGE);
  const generated: Record<string, GeneratedFile> = {};
  const server = await serveStatic({ root, port: 0, generated });
  return {
    url: server.url,
    origin: new URL(server.url).origin,
    setConfig: (config) => {
      generated['/config.json'] = {
        contentType: 'application/json; charset=utf-8',
        body: JSON.stringify(config),
      };
    },
    close: async () => {
      await server.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

function build(outputPath: string): Promise<void> {
  const compiler = webpack({
    mode: 'development',
    devtool: false,
    target: 'web',
    entry: join(__dirname, 'teamsTestTab.entry.ts'),
    output: { path: outputPath, filename: 'tab.js' },
    resolve: { extensions: ['.ts', '.js', '.mjs'] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' } },
          },
        },
      ],
    },
    performance: { hints: false },
  });
  return new Promise((resolve, reject) => {
    compiler.run((error, stats) => {
      compiler.close(() => undefined);
      if (error) reject(error);
      else if (stats?.hasErrors()) reject(new Error(stats.toString({ all: false, errors: true })));
      else resolve();
    });
  });
}
