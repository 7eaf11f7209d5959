/**
 * One writer per workbook: `npm start -- --workbook roster.xlsx` holds
 * `.roster.xlsx.st-koll-lock` beside the file while it runs. A second start is
 * refused; a lock left by a process that no longer runs (a crash, a killed
 * terminal) is stale and taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { LocalFileError } from './errors';
import { LOCAL_TEXT as T } from './texts';

interface LockContent {
  pid: number;
  host: string;
  since: string;
}

export function lockPathFor(workbookPath: string): string {
  return join(dirname(workbookPath), `.${basename(workbookPath)}.st-koll-lock`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(path: string): LockContent | null {
  try {
    const content = JSON.parse(readFileSync(path, 'utf8')) as Partial<LockContent>;
    return typeof content.pid === 'number' && typeof content.host === 'string' ? (content as LockContent) : null;
  } catch {
    return null;
  }
}

/** A lock on another machine (a shared folder) cannot be checked: it counts as held. */
function isStale(lock: LockContent | null): boolean {
  if (!lock) return true;
  return lock.host === hostname() && lock.pid !== process.pid && !isRunning(lock.pid);
}

export interface HeldLock {
  path: string;
  release(): void;
}

export function acquireLock(workbookPath: string): HeldLock {
  const path = lockPathFor(workbookPath);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx', 0o644);
      const content: LockContent = { pid: process.pid, host: hostname(), since: new Date().toISOString() };
      writeSync(fd, JSON.stringify(content));
      closeSync(fd);
      let released = false;
      return {
        path,
        release() {
          if (released) return;
          released = true;
          try {
            if (readLock(path)?.pid === process.pid) unlinkSync(path);
          } catch {
            // already gone
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const lock = readLock(path);
      if (!isStale(lock)) throw new LocalFileError(T.locked(basename(workbookPath), lock!.pid), 'locked');
      try {
        unlinkSync(path);
      } catch {
        // another process took it over first: the next attempt sees its lock
      }
    }
  }
  throw new LocalFileError(T.locked(basename(workbookPath), readLock(path)?.pid ?? 0), 'locked');
}
