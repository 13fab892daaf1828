/**
 * Reads schedule files from disk: the bundled folder, or paths a user names.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalog } from '../domain/model.js';
import { DataError } from '../errors.js';
import { buildCatalog, type ScheduleDocument } from './catalog.js';

/**
 * Where the bundled bin (one file, dist/railnext.*, built by scripts/bundle.mjs)
 * finds `schedules/` from itself; the build defines it. Undefined here, in
 * dist/input/load.js, two folders down from the package root.
 */
declare const RAILNEXT_SCHEDULES_FROM_MODULE: string | undefined;

/** The folder of schedules shipped with railnext: `schedules/` at the package root. */
export const BUNDLED_DIR = fileURLToPath(
  new URL(typeof RAILNEXT_SCHEDULES_FROM_MODULE === 'string' ? RAILNEXT_SCHEDULES_FROM_MODULE : '../../schedules/', import.meta.url),
);

/** The JSON files of a folder, in name order, leaving out the schema. */
function jsonFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== 'schema.json')
    .sort()
    .map((name) => join(dir, name));
}

/** Parses one schedule file; a syntax error becomes a DataError with line and column. */
export function readScheduleFile(path: string, label = path): ScheduleDocument {
  const text = readFileSync(path, 'utf8');
  try {
    return { file: label, data: JSON.parse(text) };
  } catch (error) {
    throw new DataError([`${label}: invalid JSON: ${(error as Error).message}`], { cause: error });
  }
}

/** Loads the bundled schedules into a Catalog. */
export function loadBundled(dir = BUNDLED_DIR): Catalog {
  return buildCatalog(jsonFilesIn(dir).map((path) => readScheduleFile(path, `schedules/${path.slice(dir.length).replace(/^\//, '')}`)));
}

/** Whether `path` is a folder. */
export function isDirectory(path: string): boolean {
  return statSync(path).isDirectory();
}
