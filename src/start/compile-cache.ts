/**
 * Node's own compile cache (Node 22.1 and later), in railnext's cache folder.
 * Node names each cache file for the source's path, and rejects it unless the
 * source's size and CRC32 and the cache's own CRC32 match what the file says,
 * so a damaged or foreign cache is compiled over and written again.
 *
 * Node opens its cache files for reading without asking what they are, and a
 * FIFO there would hold the start until something wrote to it; so a folder of
 * this Node's holding anything but files leaves the cache off for the run.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { debuglog } from 'node:util';

/** node:module where it has a compile cache (@types/node 20 does not know it). */
export interface NodeCompileCache {
  enableCompileCache(directory: string): { status: number; message?: string; directory?: string };
}

export const hasCompileCache = (node: object): node is NodeCompileCache => typeof (node as Partial<NodeCompileCache>).enableCompileCache === 'function';

const debug = debuglog('railnext');

/** The compile cache's folder within railnext's cache folder. */
export const COMPILE_CACHE_FOLDER = 'node-compile-cache';

/**
 * Whether every entry of this Node's cache folders is a regular file. Node
 * keeps one folder per version, architecture, V8 flags and user
 * (`v24.1.0-x64-1a2b3c4d-1000`).
 */
function onlyFiles(root: string): boolean {
  let folders: string[];
  try {
    folders = readdirSync(root).filter((name) => name.startsWith(`${process.version}-${process.arch}-`));
  } catch {
    return true; // None yet: Node makes it.
  }
  for (const folder of folders) {
    try {
      for (const entry of readdirSync(join(root, folder), { withFileTypes: true })) {
        if (entry.isFile()) continue;
        if (!entry.isSymbolicLink() || !statSync(join(root, folder, entry.name), { throwIfNoEntry: false })?.isFile()) {
          debug('code cache off: %s is not a file', join(root, folder, entry.name));
          return false;
        }
      }
    } catch {
      return false; // Not a folder, or unreadable: Node would fail there too.
    }
  }
  return true;
}

/** Turns on Node's compile cache in `folder` (railnext's cache folder) for what is required from now on. */
export function enableNodeCompileCache(node: NodeCompileCache, folder: string): void {
  const root = join(folder, COMPILE_CACHE_FOLDER);
  if (!onlyFiles(root)) return;
  const result = node.enableCompileCache(root);
  // module.constants.compileCacheStatus: FAILED, ENABLED, ALREADY_ENABLED (NODE_COMPILE_CACHE), DISABLED (NODE_DISABLE_COMPILE_CACHE).
  debug('code cache %s: %s', ['off', 'on', 'as set', 'disabled'][result.status] ?? result.status, result.message ?? result.directory ?? root);
}
