/**
 * The bin's V8 code cache holds what the runs that wrote it compiled
 * (src/start.ts): a run names the path it takes, and a path the cache has not
 * seen makes it write the cache again, with that path's code in it.
 * Nothing happens when the CLI runs without start.ts (tests, the library).
 */
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
