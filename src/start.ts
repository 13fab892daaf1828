/**
 * Starts the bundled bin (dist/railnext.cjs) with its compiled code cached in
 * the user's cache folder, so a start skips most of parsing and compiling.
 * scripts/bundle.mjs builds this file as dist/start.cjs, the one file
 * bin/railnext.cjs requires.
 *
 * A cache can only ever cost a compile: whatever is wrong with it (missing,
 * damaged, written by another build, unreadable, not a file, in a folder that
 * cannot be written) the bundle runs compiled from source, with the same
 * output. Where there is no cache folder (HOME empty or relative) there is no
 * cache, never one in the current folder.
 *
 * Node 22 and later keep the cache themselves (module.enableCompileCache,
 * which checks the source and the cache's own checksum before V8 sees it).
 * Node 20 has no such thing, and gets start/code-cache.ts.
 */
import module from 'node:module';
import { join } from 'node:path';
import { cacheFolder } from './cache-files.js';
import { enableNodeCompileCache, hasCompileCache } from './start/compile-cache.js';
import { runWithCodeCache } from './start/code-cache.js';

const bundle = join(__dirname, 'railnext.cjs');
const folder = cacheFolder();

if (hasCompileCache(module)) {
  if (folder) enableNodeCompileCache(module, folder);
  void (require(bundle) as { run(): Promise<void> }).run();
} else runWithCodeCache(bundle, folder);
