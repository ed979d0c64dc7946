// Writing a file so that nobody ever sees half of it: the bytes go to a temporary file beside the target, are
// flushed to disk, and then take the target's name in one step. Without `overwrite` that step is a hard link, which
// fails if the name exists (so a file that appeared meanwhile is never replaced); with it, a rename.
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, linkSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The target exists and `overwrite` was not asked for. */
export class FileExistsError extends Error {
  override readonly name = 'FileExistsError';
  constructor(readonly path: string) {
    super(
      `Filen ${path} finns redan; ange --force för att skriva över den. / The file ${path} already exists; give --force to overwrite it.`,
    );
  }
}

function errno(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/**
 * Writes `bytes` to `path` atomically.
 * @throws FileExistsError when `path` exists and `overwrite` is false; the file system's error otherwise (a folder
 * that does not exist, no right to write).
 */
export function writeFileAtomically(path: string, bytes: Uint8Array, options: { overwrite: boolean }): void {
  const temporary = join(dirname(path), `.${basename(path)}.${randomUUID()}.tmp`);
  const fd = openSync(temporary, 'wx', 0o644);
  try {
    try {
      for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (options.overwrite) {
      renameSync(temporary, path);
      return;
    }
    try {
      linkSync(temporary, path);
    } catch (error) {
      if (errno(error) === 'EEXIST') throw new FileExistsError(path);
      // A file system without hard links (some network shares): check, then rename.
      if (existsSync(path)) throw new FileExistsError(path);
      renameSync(temporary, path);
    }
  } finally {
    rmSync(temporary, { force: true });
  }
}
