/**
 * The CLI in this process, as the bin would run it: main(argv, io) with
 * captured stdout and stderr, the given environment only, no terminal, and
 * TEST_NOW as the clock unless `now` is given. Most CLI tests use this; a handful spawn
 * the real bin (run-bin.ts) for what only a process shows: its bundle, exit
 * status, TZ, pipes, memory.
 */
import { Writable } from 'node:stream';
import { main, type Io } from '../../src/cli.js';
import { FROZEN, TEST_NOW } from './run-bin.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs railnext in-process; `env` is all the environment it sees; `now` fixes the clock. */
export async function runCli(
  args: string[],
  options: { env?: Record<string, string | undefined>; now?: number } = {},
): Promise<CliResult> {
  // The streamed JSON writes UTF-8 bytes: decoded as they come, as a pipe reader would.
  const decoder = new TextDecoder();
  let stdout = '';
  let stderr = '';
  const io: Io = {
    // A real stream, so output goes through the writer's backpressure as it does on a pipe.
    stdout: Object.assign(
      new Writable({
        decodeStrings: false,
        write(chunk: string | Uint8Array, _encoding, done) {
          stdout += typeof chunk === 'string' ? chunk : decoder.decode(chunk, { stream: true });
          done();
        },
      }),
      { isTTY: false },
    ),
    stderr: { write: (text: string) => (stderr += text) },
    env: { ...options.env },
    now: () => options.now ?? Date.parse(TEST_NOW),
  };
  const code = await main(args, io);
  return { code, stdout: stdout + decoder.decode(), stderr };
}

/** Runs railnext in-process with --json and parses what it prints. */
export async function runCliJson<T = any>(
  args: string[],
  options?: { env?: Record<string, string> },
): Promise<{ code: number; json: T; stderr: string }> {
  const r = await runCli([...args, '--json'], options);
  return { code: r.code, json: JSON.parse(r.stdout) as T, stderr: r.stderr };
}

/** The frozen schedules put before the arguments (see FROZEN in run-bin.ts). */
export const runCliFrozen = (args: string[], options?: Parameters<typeof runCli>[1]): Promise<CliResult> =>
  runCli([...FROZEN, ...args], options);
export const runCliFrozenJson = <T = any>(args: string[], options?: { env?: Record<string, string> }) =>
  runCliJson<T>([...FROZEN, ...args], options);
