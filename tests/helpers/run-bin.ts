import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/railnext.cjs', import.meta.url));

/** Where the bin keeps its V8 code cache in tests (XDG_CACHE_HOME): never the real home. */
export const CACHE_HOME = join(tmpdir(), 'railnext-tests-cache');

/** The environment a spawned bin gets: PATH and a cache directory of the tests' own, plus `extra`. */
export function binEnv(extra: Record<string, string> = {}): Record<string, string> {
  return { PATH: process.env.PATH ?? '', XDG_CACHE_HOME: CACHE_HOME, ...extra };
}

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real bin as a user would, with a clean environment (no colour forcing, a fixed TZ unless given). */
export function runBin(args: string[], options: { env?: Record<string, string>; input?: string } = {}): BinResult {
  const env = binEnv({ TZ: 'America/Los_Angeles', ...options.env });
  const result = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', input: options.input ?? '', maxBuffer: 1 << 30 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Runs the bin and parses its stdout as JSON. */
export function runJson<T = any>(args: string[], options?: { env?: Record<string, string> }): { code: number | null; json: T; stderr: string } {
  const r = runBin([...args, '--json'], options);
  return { code: r.code, json: JSON.parse(r.stdout) as T, stderr: r.stderr };
}

/**
 * The frozen schedules of tests/fixtures/frozen (the bundled data as it was on
 * 2026-11-22), put before the arguments: behaviour tests that must not change
 * when the bundled data is refreshed.
 */
export const FROZEN = ['--no-bundled', '--schedules', 'tests/fixtures/frozen'];

export const runFrozen = (args: string[], options?: Parameters<typeof runBin>[1]): BinResult => runBin([...FROZEN, ...args], options);
export const runFrozenJson = <T = any>(args: string[], options?: { env?: Record<string, string> }) => runJson<T>([...FROZEN, ...args], options);
