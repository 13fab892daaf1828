import { runCli, type CliResult } from './run-cli.js';

export type FakeRun = CliResult;

/** Runs main() in-process with captured output, no terminal, a fixed clock and only the given environment. */
export function runMain(
  argv: string[],
  env: Record<string, string | undefined> = {},
  now = Date.parse('2026-11-22T06:00:00Z'),
): Promise<FakeRun> {
  return runCli(argv, { env, now });
}
