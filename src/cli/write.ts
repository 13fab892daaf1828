/**
 * Writes a stream of lines to stdout in chunks, waiting when the reader is
 * slower than we are, so a century of NDJSON never piles up in memory.
 */

export interface Sink {
  write(text: string): unknown;
  once?(event: 'drain', listener: () => void): unknown;
}

/** About one pipe buffer: fewer writes than one per line, little held at once. */
const CHUNK = 64 * 1024;

/** Writes every line; resolves when all have been handed to the sink. */
export async function writeLines(sink: Sink, lines: Iterable<string>): Promise<void> {
  let chunk = '';
  const flush = async (): Promise<void> => {
    const accepted = sink.write(chunk);
    chunk = '';
    if (accepted === false && sink.once) await new Promise<void>((resolve) => sink.once!('drain', resolve));
  };
  for (const line of lines) {
    chunk += line;
    if (chunk.length >= CHUNK) await flush();
  }
  if (chunk) await flush();
}
