// What every stand-in does to start: open the development identity in the shared data directory, and listen on
// a port, each failure told in the stand-in's own start error (its option names differ).
import { mkdirSync } from 'node:fs';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { DevIdentity } from './identity';

/**
 * The identity kept under `dataDir`, created on first use.
 * @throws what `failed` makes of the directory and the reason, when it cannot be created or read.
 */
export function openIdentityIn(dataDir: string, failed: (dir: string, detail: string) => Error): DevIdentity {
  const dir = resolve(dataDir);
  try {
    mkdirSync(dir, { recursive: true });
    return DevIdentity.open({ dataDir: dir });
  } catch (error) {
    throw failed(dir, (error as Error).message);
  }
}

/**
 * Listens on `host:port`.
 * @throws `portInUse()` when the port is taken, else the server's error.
 */
export function listenOn(
  server: Server,
  { port, host }: { port: number; host: string },
  portInUse: () => Error,
): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => {
      server.off('listening', onListening);
      reject(error.code === 'EADDRINUSE' ? portInUse() : error);
    };
    const onListening = (): void => {
      server.off('error', onError);
      resolvePromise();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}
