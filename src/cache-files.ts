/**
 * The user's cache folder, and reading and writing files in it so that a
 * cache can only ever cost the work it saves: a file that is missing, not a
 * regular file, unreadable or half-written reads as no file, and a write that
 * fails is dropped. Both caches of the bin use it: the V8 code cache
 * (src/start.ts) and the zone tables (src/domain/zone-tables.ts).
 */
import {
  closeSync,
  constants,
  existsSync,
  fstatSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join } from 'node:path';

/**
 * railnext's folder in the user's cache folder, or undefined where there is
 * none to be had. XDG_CACHE_HOME counts only as an absolute path (the XDG base
 * directory specification says a relative one is to be ignored), and an empty
 * or relative home is no home: a cache never lands in the current folder.
 */
export function cacheFolder(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const xdg = env.XDG_CACHE_HOME;
  if (xdg && isAbsolute(xdg)) return join(xdg, 'railnext');
  if (platform === 'win32') {
    const local = env.LOCALAPPDATA;
    return local && isAbsolute(local) ? join(local, 'railnext') : undefined;
  }
  // HOME as set, even empty (os.homedir() would make '' the current folder); the passwd entry only where it is unset.
  const home = env.HOME ?? passwdHome();
  if (!home || !isAbsolute(home)) return undefined;
  return platform === 'darwin' ? join(home, 'Library', 'Caches', 'railnext') : join(home, '.cache', 'railnext');
}

function passwdHome(): string | undefined {
  try {
    return homedir();
  } catch {
    return undefined;
  }
}

/** FNV-1a over UTF-16 code units, as 8 hex digits: enough to tell flag sets apart in a name, or a damaged text from a whole one. */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A regular file opened for reading, and its size. */
export interface OpenFile {
  fd: number;
  size: number;
}

/**
 * `path` opened for reading if it is a regular file, else undefined. Opened without blocking, so a FIFO or a
 * device put where a cache file goes is never read (a FIFO would wait for a writer forever).
 */
export function openRegularFile(path: string): OpenFile | undefined {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return undefined;
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isFile()) return { fd, size: stat.size };
  } catch {
    // Not even statable: as good as missing.
  }
  closeSync(fd);
  return undefined;
}

/**
 * The bytes of an open file, which is closed: read into `buffer` when they fit (memory already in use costs no
 * page faults, where a new buffer's does), else into a new one; undefined when it cannot be read.
 */
export function readOpenFile(file: OpenFile, buffer?: Buffer): Buffer | undefined {
  try {
    const into = buffer !== undefined && buffer.length >= file.size ? buffer : Buffer.allocUnsafeSlow(file.size);
    let read = 0;
    while (read < file.size) {
      const n = readSync(file.fd, into, read, file.size - read, read);
      if (n === 0) break;
      read += n;
    }
    return into.subarray(0, read);
  } catch {
    return undefined;
  } finally {
    closeSync(file.fd);
  }
}

/** The bytes of `path` if it is a regular file (openRegularFile), else undefined. */
export function readCacheFile(path: string): Buffer | undefined {
  const file = openRegularFile(path);
  return file && readOpenFile(file);
}

/** Makes `folder` and the folders above it that are missing, one level at a time (Node 20's recursive mkdir can spin on some file systems). */
function makeFolder(folder: string): void {
  const missing: string[] = [];
  for (let f = folder; !existsSync(f) && dirname(f) !== f; f = dirname(f)) missing.push(f);
  for (const f of missing.reverse()) {
    try {
      mkdirSync(f, { mode: 0o700 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Writes `data` to `name` in `folder` whole or not at all: into a file of this
 * process's own, then renamed over the old one, so a reader sees either file
 * entire and runs started together never mix their writes. Returns whether it
 * was written; a failure (read-only folder, full disk) is nobody's business.
 */
export function writeCacheFile(folder: string, name: string, data: Uint8Array | string): boolean {
  const path = join(folder, name);
  const temporary = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    makeFolder(folder);
    writeFileSync(temporary, data, { mode: 0o600 });
    renameSync(temporary, path);
    return true;
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Not even there to remove (the folder could not be made).
    }
    return false;
  }
}
