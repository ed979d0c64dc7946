import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export interface StaticServerOptions {
  /** Folder to serve. */
  root: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** @default '127.0.0.1' */
  host?: string;
}

export interface RunningStaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves a built single-page app: files by path, index.html for everything else. */
export async function serveStatic(options: StaticServerOptions): Promise<RunningStaticServer> {
  const { root, port, host = '127.0.0.1' } = options;
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const candidate = normalize(join(root, path));
    // A path that climbs out of root (../) is answered like any unknown path, with the app itself.
    const inside = candidate.startsWith(root + sep);
    const file =
      inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : join(root, 'index.html');
    const hashed = /\.[0-9a-f]{8}\.js$/.test(file);
    res.writeHead(200, {
      'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      'X-Content-Type-Options': 'nosniff',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
