/**
 * Writes an exported feed's files into a folder, creating it when needed.
 * Other files already in the folder are left alone.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { CliError } from './messages.js';

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
  for (const folder of missing) mkdirSync(folder);
}

/** Writes each file; a folder that cannot be made or written is a usage error naming it. */
export function writeFeed(dir: string, files: Record<string, string>): void {
  try {
    makeFolder(dir);
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  } catch (error) {
    if (error instanceof CliError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new CliError((m) => m.errors.cannotWriteFeed(dir, reason), { cause: error });
  }
}
