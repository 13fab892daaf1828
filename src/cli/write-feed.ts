/**
 * Writes an exported feed: a zip file when the path ends in `.zip`, a folder
 * otherwise. Nothing is ever written through a link or half-written: each
 * file is written under a new temporary name beside its place (opened with
 * 'wx', so never over something already there) and renamed into place only
 * when every file is complete; a rename replaces a link itself, never its
 * target. A folder that holds anything, or a zip that exists, is replaced only
 * with --force, and then only the feed's own files.
 */
import { createWriteStream, existsSync, lstatSync, mkdirSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { CliError } from './messages.js';
import { OutputError, writeChunks, type Chunks } from './write.js';

/**
 * The files of the GTFS Schedule reference that railnext does not write: in a
 * folder replaced with --force, an old one would be read as part of the new
 * feed (an old calendar.txt adding service days), so they go too.
 */
const OTHER_GTFS_FILES = [
  'calendar.txt', 'fare_attributes.txt', 'fare_rules.txt', 'timeframes.txt', 'fare_media.txt', 'fare_products.txt',
  'fare_leg_rules.txt', 'fare_leg_join_rules.txt', 'fare_transfer_rules.txt', 'areas.txt', 'stop_areas.txt', 'networks.txt',
  'route_networks.txt', 'shapes.txt', 'frequencies.txt', 'transfers.txt', 'pathways.txt', 'levels.txt', 'location_groups.txt',
  'location_group_stops.txt', 'locations.geojson', 'booking_rules.txt', 'attributions.txt', 'rider_categories.txt',
];

export interface FeedTarget {
  path: string;
  /** --force: replace a feed already there. */
  force: boolean;
  /** The files' modification time inside a zip (the export's now, so --now makes the zip byte for byte the same). */
  mtime: number;
}

/** Whether the target is a zip file rather than a folder. */
export const isZipPath = (path: string): boolean => /\.zip$/i.test(path);

/** Refuses a path that cannot be a feed's place, before anything is computed. */
export function checkFeedPath(path: string): void {
  if (path === '') throw new CliError((m) => m.errors.feedPathEmpty);
  if (path === '-') throw new CliError((m) => m.errors.feedPathDash);
}

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

/** Writes each file under a temporary name in `dir`, then renames them all into place: all or none. */
export async function writeFiles(dir: string, files: Record<string, Chunks>): Promise<void> {
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

/** Removes `path` itself when it is there (a link is removed, not followed). */
function removeEntry(path: string): void {
  try {
    lstatSync(path);
  } catch {
    return;
  }
  try {
    unlinkSync(path);
  } catch (error) {
    throw new OutputError(error as Error, path);
  }
}

/** Writes the feed's files into a folder: all or none; a folder with anything in it only with --force. */
async function writeFolder(target: FeedTarget, files: Record<string, string>): Promise<void> {
  const dir = target.path;
  if (existsSync(dir) && statSync(dir).isDirectory() && readdirSync(dir).length > 0 && !target.force) {
    throw new CliError((m) => m.errors.feedFolderNotEmpty(dir));
  }
  makeFolder(dir);
  await writeFiles(dir, Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [text]])));
  for (const name of OTHER_GTFS_FILES) removeEntry(join(dir, name));
}

/** Writes the feed as one zip file (zip.ts, loaded only here), under a temporary name, then renamed into place. */
async function writeZip(target: FeedTarget, files: Record<string, string>): Promise<void> {
  const path = target.path;
  let existing: ReturnType<typeof lstatSync> | undefined;
  try {
    existing = lstatSync(path);
  } catch {
    existing = undefined;
  }
  if (existing?.isDirectory()) throw new CliError((m) => m.errors.feedZipIsFolder(path));
  if (existing && !target.force) throw new CliError((m) => m.errors.feedZipExists(path));
  makeFolder(dirname(path) || '.');
  const { zipFiles } = await import('./zip.js');
  const zip = zipFiles(files, target.mtime);
  await writeFiles(dirname(path) || '.', { [basename(path)]: [zip] });
}

/** Writes the feed where the target says: a zip file or a folder. */
export async function writeFeed(target: FeedTarget, files: Record<string, string>): Promise<void> {
  checkFeedPath(target.path);
  await (isZipPath(target.path) ? writeZip(target, files) : writeFolder(target, files));
}
