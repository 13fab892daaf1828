import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../bin/railnext.cjs', import.meta.url));

/** The Node that runs the bin: RAILNEXT_TEST_NODE names another one (the bin is tested under each supported Node), else this one. */
export const NODE = process.env.RAILNEXT_TEST_NODE || process.execPath;

/** Where the bin keeps its V8 code cache in tests (XDG_CACHE_HOME): never the real home. */
export const CACHE_HOME = join(tmpdir(), 'railnext-tests-cache');

/** The environment a spawned bin gets: PATH and a cache directory of the tests' own, plus `extra` (undefined unsets). */
export function binEnv(extra: Record<string, string | undefined> = {}): Record<string, string> {
  const env: Record<string, string | undefined> = {
    PATH: process.env.PATH ?? '',
    XDG_CACHE_HOME: CACHE_HOME,
    ...extra,
  };
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined));
}

/**
 * The instant every test takes as now unless it says otherwise: output never depends on the day the suite runs.
 * A test that means the real clock says so in its name and passes its own `--now` or none (see withNow).
 */
export const TEST_NOW = '2026-11-27T00:00:00Z';

/** The commands that take no --now: they read no clock. */
const CLOCKLESS = new Set(['completion', 'help']);

/**
 * `args` with `--now TEST_NOW` added where the command reads the clock and the test gave none: lookups, routes,
 * stations, validate and export. Help and version requests, and arguments after `--`, are left as they are.
 */
export function withNow(args: string[]): string[] {
  if (
    args.some((a) => a === '--now' || a.startsWith('--now=') || a === '--' || /^(-h|--help|-V|-v|--version)$/.test(a))
  )
    return args;
  if (args.some((a) => CLOCKLESS.has(a))) return args;
  return [...args, '--now', TEST_NOW];
}

export interface BinResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface BinOptions {
  env?: Record<string, string | undefined>;
  input?: string;
  realClock?: boolean;
  /** Another copy of the bin to run. */
  bin?: string;
  cwd?: string;
  /** Milliseconds after which the run is killed (its code is then null). */
  timeout?: number;
}

/** The command line of a run of the bin, and how it is spawned. */
function binCommand(args: string[], options: BinOptions) {
  const argv = [options.bin ?? BIN, ...(options.realClock ? args : withNow(args))];
  return {
    argv,
    spawn: { env: binEnv({ TZ: 'America/Los_Angeles', ...options.env }), cwd: options.cwd, timeout: options.timeout },
  };
}

/**
 * Runs the real bin as a user would, with a clean environment (no colour forcing, a fixed TZ unless given) and
 * TEST_NOW as now unless the arguments name one (`realClock` leaves the clock alone).
 */
export function runBin(args: string[], options: BinOptions = {}): BinResult {
  const command = binCommand(args, options);
  const result = spawnSync(NODE, command.argv, {
    ...command.spawn,
    encoding: 'utf8',
    input: options.input ?? '',
    maxBuffer: 1 << 30,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** runBin without waiting: for runs that must overlap. */
export function startBin(args: string[], options: BinOptions = {}): Promise<BinResult> {
  const command = binCommand(args, options);
  return new Promise((resolve, reject) => {
    const child = spawn(NODE, command.argv, { ...command.spawn, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Runs the bin and parses its stdout as JSON. */
export function runJson<T = any>(
  args: string[],
  options?: BinOptions,
): { code: number | null; json: T; stderr: string } {
  const r = runBin([...args, '--json'], options);
  return { code: r.code, json: JSON.parse(r.stdout) as T, stderr: r.stderr };
}

/**
 * The frozen schedules of tests/fixtures/frozen (the bundled data as it was on
 * 2026-11-22), put before the arguments: behaviour tests that must not change
 * when the bundled data is refreshed.
 */
export const FROZEN = ['--no-bundled', '--schedules', 'tests/fixtures/frozen'];

export const runFrozen = (args: string[], options?: Parameters<typeof runBin>[1]): BinResult =>
  runBin([...FROZEN, ...args], options);
export const runFrozenJson = <T = any>(args: string[], options?: BinOptions) =>
  runJson<T>([...FROZEN, ...args], options);
