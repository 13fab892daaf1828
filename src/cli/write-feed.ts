/**
 * Writes an exported feed's files into a folder, creating it when needed.
 * Other files already in the folder are left alone. Each file is written
 * under a temporary name beside it and renamed into place only when every
 * file is complete, so a full disk never leaves a half-written feed.
 */
import { createWriteStream, existsSync, mkdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError } from './messages.js';
import { OutputError, writeChunks, type Chunks } from './write.js';

/**
 * Makes `dir` and any missing parents, one level at a time: Node 20's
 * `mkdirSync(…, { recursive: true })` spins forever under /proc.
 */
function makeFolder(dir: string): void {
  const missing: string[] = [];
  let path = resolve(dir);
  while (!existsSync(path)) {
    missing.unshift(path);
    const parent = dirname(path);
    if (parent === path) break;
    path = parent;
  }
  if (existsSync(path) && !statSync(path).isDirectory()) throw new CliError((m) => m.errors.feedPathIsFile(dir, path));
  for (const folder of missing) {
    try {
      mkdirSync(folder);
    } catch (error) {
      throw new OutputError(error as Error, folder);
    }
  }
}

/** Writes one file's chunks to `path` through the one writer; an open or write failure is an OutputError naming `shownAs`. */
async function writeFile(path: string, chunks: Chunks, shownAs: string): Promise<void> {
  // 'wx': never through a link or over a file someone else put there.
  const stream = createWriteStream(path, { flags: 'wx' });
  try {
    await new Promise<void>((done, fail) => {
      stream.once('open', () => done());
      stream.once('error', fail);
    });
    await writeChunks(stream, chunks);
    await new Promise<void>((done, fail) => {
      stream.once('error', fail);
      stream.end(done);
    });
  } catch (error) {
    stream.destroy();
    throw new OutputError(error instanceof OutputError ? (error.cause as Error) : (error as Error), shownAs);
  }
}

/** Writes each file, all or none: a folder that cannot be made or written is an OutputError naming the path. */
export async function writeFeed(dir: string, files: Record<string, Chunks>): Promise<void> {
  makeFolder(dir);
  const temporary = (name: string) => join(dir, `.${name}.${process.pid}.tmp`);
  const written: string[] = [];
  try {
    for (const [name, chunks] of Object.entries(files)) {
      written.push(name);
      await writeFile(temporary(name), chunks, join(dir, name));
    }
    for (const name of written) {
      try {
        renameSync(temporary(name), join(dir, name));
      } catch (error) {
        throw new OutputError(error as Error, join(dir, name));
      }
    }
  } catch (error) {
    for (const name of written) {
      try {
        unlinkSync(temporary(name));
      } catch {
        // Already renamed, or never created.
      }
    }
    throw error;
  }
}
