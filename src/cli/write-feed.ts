/**
 * Writes an exported feed's files into a folder, creating it when needed.
 * Other files already in the folder are left alone.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../errors.js';

/** Writes each file; a folder that cannot be made or written is a usage error naming it. */
export function writeFeed(dir: string, files: Record<string, string>): void {
  try {
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  } catch (error) {
    throw new UsageError(`cannot write the feed to ${dir}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`, { cause: error });
  }
}
