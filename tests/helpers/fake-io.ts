import { main, type Io } from '../../src/cli.js';

export interface FakeRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs main() in-process with captured output, no terminal, a fixed clock and only the given environment. */
export async function runMain(argv: string[], env: Record<string, string | undefined> = {}, now = Date.parse('2026-11-22T06:00:00Z')): Promise<FakeRun> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (text: string) => (stdout += text), isTTY: false },
    stderr: { write: (text: string) => (stderr += text) },
    env,
    now: () => now,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
