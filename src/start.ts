/**
 * Starts the bundled bin (dist/railnext.cjs) with a V8 code cache: the
 * bundle's compiled code is kept in the user's cache directory after the first
 * run and handed back to V8 on the next, so a start skips most of parsing and
 * compiling. scripts/bundle.mjs builds this file as dist/start.cjs, the one
 * file bin/railnext.cjs requires.
 *
 * V8 accepts a cache only from the same V8 build and flags, so the cache file
 * is named for the Node version, the flags and the bundle's hash. Whatever
 * goes wrong (no cache yet, a cache V8 rejects, a directory that cannot be
 * written) the bundle still runs, compiled from source.
 *
 * The cache holds the functions the runs that wrote it compiled, and most of
 * the bundle is compiled lazily: a cache written by `--json` lacks the table's
 * code, which every table run then compiles from source (about 5 ms). So the
 * CLI names the paths a run takes (cli/code-paths.ts), the cache file starts
 * with the paths it holds, and a run that took another one writes it again.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { debuglog } from 'node:util';
import { Script } from 'node:vm';
import { FLAGS_CHANGED, PATHS } from './cli/code-paths.js';

/** The bundle's sha256, set by scripts/bundle.mjs. */
declare const RAILNEXT_BUNDLE_HASH: string;

const debug = debuglog('railnext');

/** The user's cache directory: XDG_CACHE_HOME, or the platform's usual place. */
function cacheRoot(): string {
  const xdg = process.env.XDG_CACHE_HOME;
  if (xdg) return xdg;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Caches');
  if (process.platform === 'win32') return process.env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local');
  return join(homedir(), '.cache');
}

/** FNV-1a, enough to tell flag sets apart in a file name. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Makes `dir` one level at a time (Node 20's recursive mkdir can spin on some file systems). */
function makeDir(dir: string, parent: string): void {
  for (const d of [parent, dir]) {
    try {
      mkdirSync(d);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

const bundle = join(__dirname, 'railnext.cjs');
const root = cacheRoot();
const dir = join(root, 'railnext');
const flags = fnv1a(JSON.stringify([process.execArgv, process.env.NODE_OPTIONS ?? '']));
const bundleKey = RAILNEXT_BUNDLE_HASH.slice(0, 16);
const cacheFile = join(dir, `${bundleKey}-node${process.version}-${process.arch}-${flags}.v8cache`);

/** Removes the caches of other bundles (earlier versions of railnext), which no run will read again. */
function removeStale(): void {
  for (const name of readdirSync(dir)) {
    if (name.endsWith('.v8cache') && !name.startsWith(`${bundleKey}-`)) rmSync(join(dir, name), { force: true });
  }
}

/** The first line of a cache file: the paths its code was compiled on, then V8's data. */
const HEADER = 'railnext code paths:';

let cachedData: Buffer | undefined;
let cachedPaths: string[] = [];
try {
  const file = readFileSync(cacheFile);
  const end = file.indexOf(10);
  const header = end < 0 ? '' : file.subarray(0, end).toString('latin1');
  if (header.startsWith(HEADER)) {
    cachedPaths = header.slice(HEADER.length).split(' ').filter(Boolean);
    cachedData = file.subarray(end + 1);
  } else cachedData = file;
} catch {
  // No cache yet: compile from source and write one at exit.
}

const wrapper = `(function (exports, require, module, __filename, __dirname) {${readFileSync(bundle, 'utf8')}\n})`;
const script = new Script(wrapper, { filename: bundle, ...(cachedData ? { cachedData } : {}) });
const rejected = cachedData === undefined || script.cachedDataRejected === true;
debug('code cache %s: %s', cachedData === undefined ? 'missing' : rejected ? 'rejected' : 'accepted', cacheFile);

/** The paths this run takes, as the CLI names them (cli/code-paths.ts). */
const taken = new Set<string>();
(globalThis as Record<symbol, unknown>)[PATHS] = taken;

// At exit, so the cache also holds the functions this run compiled lazily.
process.once('exit', () => {
  const paths = rejected ? [...taken] : [...new Set([...cachedPaths, ...taken])];
  if (!rejected && paths.length === cachedPaths.length) return;
  // V8 would stamp the cache with the flags this run changed (cli/code-paths.ts), and the next run reject it.
  if ((globalThis as Record<symbol, unknown>)[FLAGS_CHANGED]) {
    debug('code cache not written: this run changed V8 flags');
    return;
  }
  try {
    makeDir(dir, root);
    const temporary = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temporary, Buffer.concat([Buffer.from(`${HEADER} ${paths.sort().join(' ')}\n`, 'latin1'), script.createCachedData()]));
    renameSync(temporary, cacheFile);
    debug('code cache %s: %s', rejected ? 'written' : 'extended', cacheFile);
    removeStale();
  } catch (error) {
    debug('code cache not written: %s', (error as Error).message);
  }
});

const loaded = { exports: {} as { run(): Promise<void> } };
(script.runInThisContext() as (...args: unknown[]) => void)(loaded.exports, createRequire(bundle), loaded, bundle, __dirname);
void loaded.exports.run();
