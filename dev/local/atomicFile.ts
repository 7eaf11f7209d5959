/**
 * Saving without ever leaving half a file: the bytes go to a temporary file in
 * the same folder (same file system, so the rename is atomic), are flushed to
 * the disk (fsync), and only then renamed over the original. A failure at any
 * point before the rename leaves the original untouched and the temporary file
 * removed.
 */
import { closeSync, copyFileSync, existsSync, fsyncSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteHooks {
  /** Writes one chunk (tests inject a failure here). Default fs.writeSync. */
  write?: (fd: number, bytes: Uint8Array, offset: number, length: number) => number;
}

const CHUNK = 1 << 20;

export function temporaryPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
}

export function writeFileAtomically(path: string, bytes: Uint8Array, hooks: AtomicWriteHooks = {}): void {
  const write = hooks.write ?? ((fd, b, offset, length) => writeSync(fd, b, offset, length));
  const tmp = temporaryPathFor(path);
  const mode = existsSync(path) ? statSync(path).mode & 0o777 : 0o644;
  const fd = openSync(tmp, 'wx', mode);
  try {
    try {
      for (let offset = 0; offset < bytes.length; ) offset += write(fd, bytes, offset, Math.min(CHUNK, bytes.length - offset));
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (error) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw error;
  }
  syncFolder(dirname(path));
}

/** The rename itself is durable only once the folder is flushed (not possible everywhere: best effort). */
function syncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some systems cannot open or fsync a folder; the rename is still atomic.
  }
}

/** `<file>.bak`: the version first opened, kept once (an existing backup is never replaced). */
export function keepBackupOnce(path: string): string {
  const backup = `${path}.bak`;
  if (!existsSync(backup)) {
    const tmp = temporaryPathFor(backup);
    copyFileSync(path, tmp);
    renameSync(tmp, backup);
  }
  return backup;
}
