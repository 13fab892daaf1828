/**
 * Long output on a terminal goes through a pager, as git and gh do it: the
 * first of RAILNEXT_PAGER, PAGER and `less`, with LESS=FRX when LESS is not
 * set (quit when it fits, keep colours, leave the text on the screen). Output
 * that fits the terminal's height is written directly, and no pager starts:
 * the first screenful is held until it is known to overflow. A pipe, a file
 * and --no-pager never page; an empty pager variable, or `cat`, means none.
 *
 * A pager that cannot start (not installed, not executable) or that its shell
 * cannot run (exit 126 or 127) costs nothing: the output is written directly,
 * without a word. A user who quits the pager before the end has seen what they
 * wanted: the writer's EPIPE is a reader gone, exit 0 (cli.ts).
 *
 * node:child_process is required on first use only (scripts/bundle.mjs), so a
 * run that does not page never loads it.
 */
import childProcess, { type ChildProcess } from 'node:child_process';
import { print, type Io } from './io.js';
import { writeChunks, type Chunk, type Chunks } from './write.js';

/** What the pager is given when nothing names one: less, quitting if the text fits one screen. */
const DEFAULT_PAGER = 'less';

/** A command that needs a shell to run (a pipe, quotes, a variable); any other is run directly. */
const NEEDS_SHELL = /[|&;<>()$`\\"'*?[\]#~=%\n]/;

/** Most output kept to be written again should the pager turn out not to run: beyond it, a failed pager loses the rest. */
const REPLAY_LIMIT = 4 * 1024 * 1024;

/** The pager command the environment names, or null for none. */
export function pagerCommand(env: Io['env']): string | null {
  const named = env.RAILNEXT_PAGER ?? env.PAGER ?? DEFAULT_PAGER;
  const command = named.trim();
  // As git: an empty pager, or cat, is no pager at all.
  return command === '' || command === 'cat' ? null : command;
}

/** Whether output to `io` may go through a pager: a terminal of known height, and --no-pager not given. */
const mayPage = (io: Io, wanted: boolean): boolean =>
  wanted && io.stdout.isTTY === true && (io.stdout.rows ?? 0) > 0 && pagerCommand(io.env) !== null;

/** The number of line ends in `chunk`. */
function lineEnds(chunk: Chunk): number {
  let n = 0;
  if (typeof chunk === 'string') {
    for (let i = chunk.indexOf('\n'); i >= 0; i = chunk.indexOf('\n', i + 1)) n++;
  } else {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
  }
  return n;
}

/** Writes `chunks` to the terminal, through the pager when `wanted`, the output is on a terminal and taller than it. */
export async function printPaged(io: Io, chunks: Chunks, wanted: boolean): Promise<void> {
  if (!mayPage(io, wanted)) return print(io, chunks);
  const rows = io.stdout.rows!;
  const held: Chunk[] = [];
  let lines = 0;
  const iterator = toAsync(chunks)[Symbol.asyncIterator]();
  for (;;) {
    const next = await iterator.next();
    if (next.done) return print(io, held);
    held.push(next.value);
    lines += lineEnds(next.value);
    // Taller than the screen: the prompt's line is needed too, so a screenful of text is one line short of its rows.
    if (lines >= rows) break;
  }
  const rest = { [Symbol.asyncIterator]: () => iterator };
  const pager = await startPager(pagerCommand(io.env)!, io.env);
  if (pager === null) return print(io, concat(held, rest));
  await throughPager(pager, io, held, rest);
}

/** `first`, then what `rest` gives. */
async function* concat(first: readonly Chunk[], rest: AsyncIterable<Chunk>): AsyncGenerator<Chunk> {
  yield* first;
  yield* rest;
}

async function* fromSync(chunks: Iterable<Chunk>): AsyncGenerator<Chunk> {
  yield* chunks;
}

const toAsync = (chunks: Chunks): AsyncIterable<Chunk> =>
  Symbol.asyncIterator in chunks ? chunks : fromSync(chunks as Iterable<Chunk>);

/** The pager started, its standard input a pipe and its output the terminal; null when it cannot start. */
function startPager(command: string, env: Io['env']): Promise<ChildProcess | null> {
  // less reads its options from LESS: F quits when the text fits, R keeps colours, X leaves the text on the screen.
  const childEnv = { ...env, LESS: env.LESS ?? 'FRX', LV: env.LV ?? '-c' };
  const [file, ...args] = NEEDS_SHELL.test(command) ? ['sh', '-c', command] : command.split(/\s+/);
  return new Promise((resolve) => {
    const child = childProcess.spawn(file!, args, { stdio: ['pipe', 'inherit', 'inherit'], env: childEnv });
    child.once('error', () => resolve(null));
    child.once('spawn', () => resolve(child));
  });
}

/**
 * Sends the output to the pager and waits for it to end. If its shell could not run it (126, 127), what it was sent
 * is written directly, then the rest.
 */
async function throughPager(
  pager: ChildProcess,
  io: Io,
  held: readonly Chunk[],
  rest: AsyncIterable<Chunk>,
): Promise<void> {
  const stdin = pager.stdin!;
  // Its errors (EPIPE once the pager is quit) reach the writer through its write callbacks.
  stdin.on('error', () => {});
  const ended = new Promise<number | null>((resolve) => pager.once('close', (code) => resolve(code)));
  const sent: Chunk[] = [];
  let size = 0;
  // Read through an iterator without `return`: a write that fails part way (the pager's shell could not run it) ends
  // the loop below but must not close what is left, which is then written directly.
  const source = concat(held, rest);
  const left: AsyncIterable<Chunk> = { [Symbol.asyncIterator]: () => ({ next: () => source.next() }) };
  async function* kept(): AsyncGenerator<Chunk> {
    for await (const chunk of left) {
      if (size < REPLAY_LIMIT) {
        sent.push(chunk);
        size += chunk.length;
      }
      yield chunk;
    }
  }
  try {
    await writeChunks(stdin, kept());
    stdin.end();
  } catch (error) {
    const code = await ended;
    if ((code === 126 || code === 127) && size < REPLAY_LIMIT) return print(io, concat(sent, left));
    throw error;
  }
  const code = await ended;
  if ((code === 126 || code === 127) && size < REPLAY_LIMIT) await print(io, sent);
}
