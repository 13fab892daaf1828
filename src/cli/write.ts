/**
 * The one writer: every output railnext prints or saves (the table, JSON,
 * NDJSON, CSV, iCalendar, the calendar, listings, a GTFS feed's files) is an
 * iterable of chunks that renderers produce, and this writes them to stdout or
 * a file, waiting for 'drain' whenever the destination says its buffer is full,
 * so a century never piles up in memory ahead of a slow reader.
 */
import { getSystemErrorMap } from 'node:util';

/** What the writer writes to: process.stdout, a file stream, or any Writable. */
export interface Destination {
  write(chunk: string | Uint8Array, callback: (error?: Error | null) => void): boolean;
  once(event: 'drain' | 'error' | 'close', listener: (error?: Error) => void): unknown;
  removeListener(event: 'drain' | 'error' | 'close', listener: (error?: Error) => void): unknown;
  readonly errored?: Error | null;
  readonly destroyed?: boolean;
}

export type Chunk = string | Uint8Array;
export type Chunks = Iterable<Chunk> | AsyncIterable<Chunk>;

/** The destination refused a write (the reader went away, the disk is full, …): `code` is the system's, such as EPIPE or ENOSPC. */
export class OutputError extends Error {
  override readonly name = 'OutputError';
  readonly code: string;

  /** `path`: the file that could not be written; none for stdout. */
  constructor(
    cause: Error,
    readonly path?: string,
  ) {
    const code = (cause as NodeJS.ErrnoException).code ?? 'EIO';
    super(describeCode(code), { cause });
    this.code = code;
  }

  /** The reader closed the pipe (`railnext | head`): the output is no longer wanted, which is not a failure. */
  get readerGone(): boolean {
    return this.code === 'EPIPE' || this.code === 'ERR_STREAM_DESTROYED';
  }
}

/** "no space left on device" for ENOSPC: the operating system's own words, as libuv gives them. */
export function describeCode(code: string): string {
  for (const [name, message] of getSystemErrorMap().values()) if (name === code) return message;
  return code;
}

/** A quarter of a pipe buffer: few writes, and little text held long enough to outlive a young-generation GC. */
const CHUNK = 16 * 1024;
const NONE: Chunk[] = [];

/** Writes every chunk to `destination`, with backpressure; resolves once the last one is accepted. Throws OutputError. */
export async function writeChunks(destination: Destination, chunks: Chunks): Promise<void> {
  let failure: Error | null = null;
  const fail = (error?: Error | null) => {
    if (error && !failure) failure = error;
  };
  destination.once('error', fail);
  let last: Promise<void> = Promise.resolve();

  const send = async (chunk: Chunk): Promise<void> => {
    if (failure) throw new OutputError(failure);
    let done!: () => void;
    last = new Promise<void>((resolve) => (done = resolve));
    const accepted = destination.write(chunk, (error) => {
      fail(error);
      done();
    });
    if (accepted) return;
    if (destination.errored) fail(destination.errored);
    if (failure) throw new OutputError(failure);
    await new Promise<void>((resolve) => {
      const settle = () => {
        destination.removeListener('drain', settle);
        destination.removeListener('error', settle);
        destination.removeListener('close', settle);
        resolve();
      };
      destination.once('drain', settle);
      destination.once('error', settle);
      destination.once('close', settle);
    });
    if (failure) throw new OutputError(failure);
  };

  try {
    let text = '';
    // Strings are gathered into chunks of about CHUNK characters; bytes go as they come.
    const ready = (chunk: Chunk): Chunk[] => {
      if (typeof chunk === 'string') {
        text += chunk;
        if (text.length < CHUNK) return NONE;
        chunk = text;
        text = '';
        return [chunk];
      }
      const out = text ? [text, chunk] : [chunk];
      text = '';
      return out;
    };
    if (Symbol.asyncIterator in chunks) {
      for await (const chunk of chunks) for (const c of ready(chunk)) await send(c);
    } else {
      for (const chunk of chunks) for (const c of ready(chunk)) await send(c);
    }
    if (text) await send(text);
    // The last write's outcome: an error then is as real as one before.
    await last;
    if (failure) throw new OutputError(failure);
  } finally {
    destination.removeListener('error', fail);
  }
}
