import { Writable } from 'node:stream';
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
  // A real stream, so output goes through the writer's backpressure as it does on a pipe.
  const out = new Writable({
    decodeStrings: false,
    write(chunk: string | Buffer, _encoding, done) {
      stdout += typeof chunk === 'string' ? chunk : chunk.toString('utf8');
      done();
    },
  });
  const io: Io = {
    stdout: Object.assign(out, { isTTY: false }),
    stderr: { write: (text: string) => (stderr += text) },
    env,
    now: () => now,
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}
