import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

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

/** How to serve a folder. */
export interface StaticServerOptions {
  /** Folder to serve. */
  root: string;
  /** TCP port; 0 picks a free one. */
  port: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** Where errors while serving a request are reported. @default console.error */
  log?: (line: string) => void;
  /**
   * Files made at run time, answered at their paths before the folder is looked at: `npm start`'s `/config.json`,
   * written from the ports the stand-ins actually got. Never cached.
   */
  generated?: Readonly<Record<string, GeneratedFile>>;
}

/** A file the server makes rather than reads. */
export interface GeneratedFile {
  readonly contentType: string;
  readonly body: string;
}

/** A running static server. */
export interface RunningStaticServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built single-page app: files by path, index.html for everything else. A malformed URL gets 400 and
 * a failure while serving gets 500; neither ends the process, which also runs the SharePoint emulator.
 */
export async function serveStatic(options: StaticServerOptions): Promise<RunningStaticServer> {
  const { port, host = '127.0.0.1', log = (line: string) => console.error(line), generated = {} } = options;
  const root = resolve(options.root);
  const server: Server = createServer((req, res) => {
    try {
      serveRequest(req, res, { root, log, generated });
    } catch (error) {
      fail(res, { log, error });
    }
  });
  // reason: an 'error' without a listener would end the process; report it instead.
  server.on('error', (error) => log(`[static] ${error.message}`));
  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolvePromise();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    url: `http://${host}:${address.port}/`,
    close: () =>
      new Promise((resolvePromise) => {
        server.close(() => resolvePromise());
        server.closeAllConnections();
      }),
  };
}

function serveRequest(
  req: IncomingMessage,
  res: ServerResponse,
  {
    root,
    log,
    generated,
  }: { root: string; log: (line: string) => void; generated: Readonly<Record<string, GeneratedFile>> },
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Method Not Allowed\n');
    return;
  }
  const path = decodedPath(req.url);
  if (path === undefined) {
    res.writeHead(400, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Bad Request: the URL is not well-formed.\n');
    return;
  }
  const made = Object.prototype.hasOwnProperty.call(generated, path) ? generated[path] : undefined;
  if (made) {
    res.writeHead(200, {
      'Content-Type': made.contentType,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : made.body);
    return;
  }
  const candidate = normalize(join(root, path));
  // A path that climbs out of root (../) is answered like any unknown path, with the app itself.
  const inside = candidate.startsWith(root + sep);
  const file =
    inside && existsSync(candidate) && statSync(candidate).isFile() ? candidate : join(root, 'index.html');
  const hashed = /\.[0-9a-f]{8}\.js$/.test(file);
  const headers = {
    'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  };
  const stream = createReadStream(file);
  // The headers go out only once the file is open, so a file that cannot be read still gets a proper 500.
  stream.once('open', () => {
    res.writeHead(200, headers);
    if (req.method === 'HEAD') {
      stream.destroy();
      res.end();
    } else stream.pipe(res);
  });
  stream.once('error', (error) => fail(res, { log, error }));
}

/** The percent-decoded path of a request target, or `undefined` when it cannot be decoded (`/%ff`). */
function decodedPath(target: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(target ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

/** 500 for an error while serving (or a dropped connection once the answer has begun), logged. */
function fail(res: ServerResponse, { log, error }: { log: (line: string) => void; error: unknown }): void {
  log(`[static] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  if (res.headersSent) {
    res.destroy();
    return;
  }
  res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end('Internal Server Error\n');
}
