/**
 * The bin's V8 code cache holds what the runs that wrote it compiled
 * (src/start.ts): a run names the path it takes, and a path the cache has not
 * seen makes it write the cache again, with that path's code in it.
 * Nothing happens when the CLI runs without start.ts (tests, the library).
 */
const PATHS = Symbol.for('railnext.codePaths');

/** Notes that this run takes `path` ("table", "json", "complete", …). */
export function tookPath(path: string): void {
  ((globalThis as Record<symbol, unknown>)[PATHS] as Set<string> | undefined)?.add(path);
}
