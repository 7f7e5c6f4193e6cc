import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { AppError } from '../shared/errors.js';

const LOCK_FILE = 'caliper.lock';

/** True when a process with this pid is alive (signal 0 only checks). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM means it exists but belongs to someone else: still alive.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Take the embedded database's data directory for this process. PGlite has no
 * cross-process locking, and two writers would corrupt it, so a second opener gets a
 * clear error instead. A lock left by a dead process is taken over.
 * @returns a function that releases the lock.
 */
export function lockDataDir(dataDir: string): () => void {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const path = join(dir, LOCK_FILE);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        rmSync(path, { force: true });
      };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number.parseInt(readFileSync(path, 'utf8').trim(), 10);
      if (Number.isInteger(pid) && pid > 0 && isAlive(pid) && pid !== process.pid) {
        throw new AppError(
          'data_dir_locked',
          `data directory ${dir} is in use by another Caliper process (pid ${pid}); stop it first, or set DATABASE_URL to share a PostgreSQL server`,
        );
      }
      if (pid === process.pid) {
        throw new AppError('data_dir_locked', `data directory ${dir} is already open in this process`);
      }
      // Stale lock from a process that died: remove it and try once more.
      rmSync(path, { force: true });
    }
  }
  throw new AppError('data_dir_locked', `could not lock data directory ${dir}`);
}
