/**
 * Starts the bundled bin (dist/bundle.js) with its compiled code cached in
 * the user's cache folder, so a start skips most of parsing and compiling.
 * scripts/bundle.mjs builds this file as the bin itself, bin/railnext.cjs.
 *
 * A cache can only ever cost a compile: whatever is wrong with it (missing,
 * damaged, written by another build, unreadable, not a file, in a folder that
 * cannot be written) the bundle runs compiled from source, with the same
 * output. Where there is no cache folder (HOME empty or relative) there is no
 * cache, never one in the current folder.
 *
 * The cache is railnext's own on every Node (start/code-cache.ts): Node's
 * module.enableCompileCache (22 and later) keeps only what is compiled before
 * the bundle runs, none of the functions compiled lazily after, and measured
 * on Node 22, 24 and 26 saved 0-4 ms of a start where this one saves 8-20 ms.
 */
import { join } from 'node:path';
import { cacheFolder } from './cache-files.js';
import { runWithCodeCache } from './start/code-cache.js';

// The bundle requires its chunks by their paths (scripts/bundle.mjs), so this file's require serves it.
runWithCodeCache(join(__dirname, '..', 'dist', 'bundle.js'), cacheFolder(), require);
