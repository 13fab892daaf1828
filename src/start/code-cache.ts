/**
 * A V8 code cache, on every Node (see src/start.ts): the bundle is compiled
 * with vm.Script and handed the code a run compiled before.
 *
 * V8 checks little of what it is given (the source's length, its own version
 * and flags) and trusts the rest: a flipped bit could crash it, and a cache
 * from another build of the same length would run that build's code. So the
 * file carries the CRC32 of the source it was made from and the CRC32 of the
 * rest (the paths it holds and V8's data), both checked against the bytes
 * this run read before V8 sees any of it; a file that fails is compiled over
 * and replaced. CRC32, as Node's own compile cache: node:zlib loads in about
 * a millisecond and sums the 1.1 MB in half of one, where node:crypto would
 * cost 40 ms to load on Node 20.
 *
 * The cache holds the functions the runs that wrote it compiled, and most of
 * the bundle is compiled lazily: a cache written by `--json` lacks the table's
 * code, which every table run would then compile from source (about 5 ms).
 * So the CLI names the paths a run takes (cli/code-paths.ts), the file's first
 * line lists the paths it holds, and a run that took another one writes it again.
 * Each kind of run (a Tab, data, text: runKind) has a file of its own, so that
 * a run does not read the code of the others.
 */
import { readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { debuglog } from 'node:util';
import { Script } from 'node:vm';
import zlib from 'node:zlib';
import { fnv1a, openRegularFile, readOpenFile, writeCacheFile } from '../cache-files.js';
import { FLAGS_CHANGED, PATHS, runKind } from '../cli/code-paths.js';

/** The bundle's sha256 at build time, set by scripts/bundle.mjs: names the file, so installs of two versions keep one each. */
declare const RAILNEXT_BUNDLE_HASH: string;

const debug = debuglog('railnext');

/**
 * The first line of a cache file: this, the CRC32 of the source, the CRC32 of
 * the rest of the file, then the paths its code was compiled on; V8's data follows.
 */
const HEADER = 'railnext code cache';

/** zlib.crc32 (Node 20.15 and later; not 22.0 and 22.1), as eight hex digits. */
const crc32 = (zlib as { crc32?: (data: Uint8Array | string, value?: number) => number }).crc32;
const hex = (crc: number) => crc.toString(16).padStart(8, '0');

/** The CRC32 of a cache file's paths and V8 data. */
const checksum = (paths: string, data: Uint8Array) => hex(crc32!(data, crc32!(paths)));

interface Cache {
  paths: string[];
  data: Buffer;
}

/** The paths and V8 data of `file` if it was made from the source whose CRC32 is `source` and is whole, else undefined. */
function verified(file: Buffer, source: string): Cache | undefined {
  const end = file.indexOf(10);
  if (end < 0) return undefined;
  const line = file.subarray(0, end).toString('latin1');
  const start = HEADER.length + 1;
  const paths = line.slice(start + 17);
  const data = file.subarray(end + 1);
  if (line.slice(0, start + 17) !== `${HEADER} ${source} ${checksum(paths, data)}`) return undefined;
  return { paths: paths.split(' ').filter(Boolean), data };
}

/** A temporary file older than this was left by a run killed mid-write (a write takes milliseconds), not one writing now. */
const ABANDONED_MS = 10 * 60 * 1000;

/**
 * Removes the caches of other bundles (earlier versions of railnext), which no run will read again, and the
 * temporary files of code caches whose runs were killed before renaming them; nothing else.
 */
function removeStale(folder: string, bundleKey: string): void {
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (name.endsWith('.v8cache') && !name.startsWith(`${bundleKey}-`)) rmSync(path, { force: true });
    else if (/\.v8cache\..*\.tmp$/.test(name) && Date.now() - statSync(path).mtimeMs > ABANDONED_MS)
      rmSync(path, { force: true });
  }
}

/**
 * Runs `bundle` compiled with the code cache in `folder`, or from source where there is no folder. `load` is the
 * bundle's require: the loader's own, since the bundle requires only built-in modules and files by their full
 * paths (node:module's createRequire costs 0.4 ms of a start on Node 20 to load).
 */
export function runWithCodeCache(bundle: string, folder: string | undefined, load: NodeJS.Require): void {
  const cached = folder !== undefined && crc32 !== undefined;
  const bundleKey = RAILNEXT_BUNDLE_HASH.slice(0, 16);
  const flags = fnv1a(JSON.stringify([process.execArgv, process.env.NODE_OPTIONS ?? '']));
  const name = `${bundleKey}-node${process.version}-${process.arch}-${flags}-${runKind(process.argv.slice(2))}.v8cache`;
  const cacheFile = cached ? openRegularFile(join(folder, name)) : undefined;
  // One buffer for the bundle and then, once the bundle is a string, for the cache: each is half a megabyte, and
  // fresh memory is paid for in page faults (about 1.5 ms of a start on Node 20 here).
  const bundleFile = openRegularFile(bundle);
  const buffer = Buffer.allocUnsafeSlow(Math.max(bundleFile?.size ?? 0, cacheFile?.size ?? 0));
  const bytes = (bundleFile && readOpenFile(bundleFile, buffer)) ?? readFileSync(bundle);
  // The build writes the bundle in ASCII, as the function expression a CommonJS module is wrapped in
  // (scripts/bundle.mjs): as Latin-1 it is copied, not decoded, into a one-byte string that is the source whole.
  const source = bytes.toString('latin1');
  let script: Script;
  if (!cached) script = new Script(source, { filename: bundle });
  else {
    const sum = hex(crc32!(bytes));
    // Over the bundle's bytes, which are not read again.
    const file = cacheFile && readOpenFile(cacheFile, buffer);
    const cache = file && verified(file, sum);
    script = new Script(source, { filename: bundle, ...(cache ? { cachedData: cache.data } : {}) });
    const rejected = cache === undefined || script.cachedDataRejected === true;
    debug(
      'code cache %s: %s',
      !file ? 'missing' : !cache ? 'damaged or foreign' : rejected ? 'rejected' : 'accepted',
      join(folder, name),
    );

    /** The paths this run takes, as the CLI names them (cli/code-paths.ts). */
    const taken = new Set<string>();
    (globalThis as Record<symbol, unknown>)[PATHS] = taken;

    // At exit, so the cache also holds the functions this run compiled lazily.
    process.once('exit', () => {
      const held = rejected || !cache ? [] : cache.paths;
      const paths = [...new Set([...held, ...taken])].sort();
      if (!rejected && paths.length === held.length) return;
      // V8 would stamp the cache with the flags this run changed (cli/code-paths.ts), and the next run reject it.
      if ((globalThis as Record<symbol, unknown>)[FLAGS_CHANGED]) {
        debug('code cache not written: this run changed V8 flags');
        return;
      }
      const list = paths.map((p) => ` ${p}`).join('');
      const data = script.createCachedData();
      const written = writeCacheFile(
        folder,
        name,
        Buffer.concat([Buffer.from(`${HEADER} ${sum} ${checksum(list, data)}${list}\n`, 'latin1'), data]),
      );
      debug('code cache %s: %s', !written ? 'not written' : rejected ? 'written' : 'extended', join(folder, name));
      try {
        if (written) removeStale(folder, bundleKey);
      } catch {
        // Another run removed them first.
      }
    });
  }
  const loaded = { exports: {} as { run(): Promise<void> } };
  (script.runInThisContext() as (...args: unknown[]) => void)(loaded.exports, load, loaded, bundle, join(bundle, '..'));
  void loaded.exports.run();
}
