/**
 * The bin's V8 code cache holds what the runs that wrote it compiled
 * (src/start.ts): a run names the path it takes, and a path the cache has not
 * seen makes it write the cache again, with that path's code in it.
 * Nothing happens when the CLI runs without start.ts (tests, the library).
 */
import { COMPLETE_COMMAND } from '../render/completion-scripts.js';

/**
 * The kind of run a command line asks for, as start.ts can tell before the bundle runs: a Tab (`__complete`), data
 * for a program (`--json`, `--format`), or text for a person. Each kind keeps a code cache of its own, so that a
 * run reads only the code its kind has run: a `--json` lookup no longer reads the table's code (a fifth of the
 * cache, 1-2 ms of a start on Node 20). A guess that is wrong (`--json` after `--`) costs time, never output.
 */
export function runKind(argv: readonly string[]): 'tab' | 'data' | 'text' {
  if (argv[0] === COMPLETE_COMMAND) return 'tab';
  return argv.some((a) => a === '--json' || a === '--format' || a.startsWith('--format=')) ? 'data' : 'text';
}

/** Where start.ts puts the set of paths taken, on globalThis. */
export const PATHS = Symbol.for('railnext.codePaths');

/** Notes that this run takes `path` ("table", "json", "complete", …). */
export function tookPath(path: string): void {
  ((globalThis as Record<symbol, unknown>)[PATHS] as Set<string> | undefined)?.add(path);
}

/** Set on globalThis when this run changed a V8 flag. */
export const FLAGS_CHANGED = Symbol.for('railnext.v8FlagsChanged');

/**
 * Notes that this run changed a V8 flag (cli/heap.ts): V8 stamps a cache with
 * the flags in force when it is made, and rejects it under others, so a cache
 * this run wrote would be rejected, and written again, by the next ordinary run.
 * start.ts writes none then.
 */
export function changedV8Flags(): void {
  (globalThis as Record<symbol, unknown>)[FLAGS_CHANGED] = true;
}
