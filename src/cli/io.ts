/**
 * What a command works with besides its request and the catalog: the
 * streams, the environment and the clock (fake in tests), and the exit codes.
 */
import { plain, type Paint } from '../render/text.js';
import { writeChunks, type Chunks, type Destination } from './write.js';

/** 74 is sysexits' EX_IOERR: output could not be written. */
export const EXIT = { ok: 0, empty: 1, usage: 2, data: 3, output: 74 } as const;

export const VERSION = '1.0.0';

export interface Io {
  /** Where all output goes, through the one writer (write.ts): process.stdout or any Writable. */
  stdout: Destination & { isTTY?: boolean; columns?: number; rows?: number };
  stderr: { write(text: string): unknown };
  env: Record<string, string | undefined>;
  /** Standard input, for `validate -`; process.stdin when not given. */
  stdin?: AsyncIterable<Buffer | string>;
  /** The instant taken as now when --now is not given. */
  now(): number;
}

/** Writes output through the one writer, with backpressure; throws OutputError. */
export const print = (io: Io, chunks: Chunks): Promise<void> => writeChunks(io.stdout, chunks);

/**
 * Chooses colour: --no-color and NO_COLOR turn it off, FORCE_COLOR turns it on, otherwise only on a terminal.
 * chalk is loaded only when colour is on: piped output and --json never pay for it.
 */
export async function paintFor(io: Io, colorFlag: boolean | undefined): Promise<Paint> {
  const force = io.env.FORCE_COLOR;
  let level: 0 | 1 | 2 | 3 = io.stdout.isTTY && io.env.TERM !== 'dumb' ? 1 : 0;
  if (force !== undefined)
    level = force === '0' || force === 'false' ? 0 : (Math.min(3, Math.max(1, Number(force) || 1)) as 1 | 2 | 3);
  if (io.env.NO_COLOR) level = 0;
  if (colorFlag === false) level = 0;
  if (level === 0) return plain;
  const { Chalk } = await import('chalk');
  const chalk = new Chalk({ level });
  return { bold: chalk.bold, dim: chalk.dim, mark: chalk.yellow, heading: chalk.bold.cyan };
}

/** The terminal's width: the terminal's own when output goes to one, else COLUMNS, else 80. */
export function columnsOf(io: Io): number {
  if (io.stdout.isTTY && io.stdout.columns) return io.stdout.columns;
  const columns = Number(io.env.COLUMNS);
  return Number.isInteger(columns) && columns > 0 ? columns : 80;
}

/**
 * ASCII output: --ascii, or a locale whose charset is not UTF-8 (LANG=C, LC_ALL=POSIX, ru_RU.KOI8-R).
 * The first of LC_ALL, LC_CTYPE and LANG that is set decides, as for the C library; with none set, UTF-8 is assumed.
 */
export function asciiOf(io: Io, flag: boolean | undefined): boolean {
  if (flag) return true;
  const locale = io.env.LC_ALL || io.env.LC_CTYPE || io.env.LANG;
  if (!locale) return false;
  if (locale === 'C' || locale === 'POSIX') return true;
  const charset = /\.([^@]+)/.exec(locale)?.[1];
  return charset !== undefined && !/^utf-?8$/i.test(charset);
}
