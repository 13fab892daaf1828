/**
 * Writes an exported feed: a zip file when the path ends in `.zip`, a folder
 * otherwise. Nothing is ever written through a link or half-written: the new
 * feed is written whole beside the old one under a new temporary name
 * (opened with 'wx', or made with mkdir, so never over something already
 * there), and only then swapped in: a zip with one rename over the old one; a
 * folder by renaming the old one aside and the new one into its place, the
 * old one put back if that fails. A rename replaces a link itself, never its
 * target. A folder that holds anything, or a zip that exists, is replaced
 * only with --force, and then only the feed's own files: the folder's other
 * entries are carried into the new one.
 */
import {
  createWriteStream,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  copyFileSync,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { CliError } from './error-messages.js';
import { OutputError, writeChunks, type Chunks } from './write.js';

/**
 * The files of the GTFS Schedule reference that railnext does not write: in a
 * folder replaced with --force, an old one would be read as part of the new
 * feed (an old calendar.txt adding service days), so they go too.
 */
const OTHER_GTFS_FILES = [
  'calendar.txt',
  'fare_attributes.txt',
  'fare_rules.txt',
  'timeframes.txt',
  'fare_media.txt',
  'fare_products.txt',
  'fare_leg_rules.txt',
  'fare_leg_join_rules.txt',
  'fare_transfer_rules.txt',
  'areas.txt',
  'stop_areas.txt',
  'networks.txt',
  'route_networks.txt',
  'shapes.txt',
  'frequencies.txt',
  'transfers.txt',
  'pathways.txt',
  'levels.txt',
  'location_groups.txt',
  'location_group_stops.txt',
  'locations.geojson',
  'booking_rules.txt',
  'attributions.txt',
  'rider_categories.txt',
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
function makeFolder(dir: string, shownAs = dir): void {
  const missing: string[] = [];
  let path = resolve(dir);
  while (!existsSync(path)) {
    missing.unshift(path);
    const parent = dirname(path);
    if (parent === path) break;
    path = parent;
  }
  if (existsSync(path) && !statSync(path).isDirectory())
    throw new CliError((m) => m.errors.feedPathIsFile(shownAs, path));
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

/** Writes each file under a temporary name in `dir`, then renames them all into place: all or none. Errors name the files in `shownDir`. */
export async function writeFiles(dir: string, files: Record<string, Chunks>, shownDir = dir): Promise<void> {
  const temporary = (name: string) => join(dir, `.${name}.${process.pid}.tmp`);
  const written: string[] = [];
  try {
    for (const [name, chunks] of Object.entries(files)) {
      written.push(name);
      await writeFile(temporary(name), chunks, join(shownDir, name));
    }
    for (const name of written) {
      try {
        renameSync(temporary(name), join(dir, name));
      } catch (error) {
        throw new OutputError(error as Error, join(shownDir, name));
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

/** A name beside `path` for this run's copy of it: hidden, and this process's own. */
const besideName = (path: string, what: 'new' | 'old'): string =>
  join(dirname(path), `.${basename(path)}.${process.pid}.${what}`);

/** Runs `step`; a failure is an OutputError naming `path`. */
function io<T>(path: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    throw new OutputError(error as Error, path);
  }
}

/**
 * Carries the entries of the old folder that are not GTFS files into the new
 * one without touching them: a file by a hard link (a copy where links are not
 * allowed), a link by a link to the same target. Folders cannot be linked:
 * they are listed, to be moved once the new feed is in place.
 */
function carryOver(from: string, to: string, feedNames: ReadonlySet<string>): string[] {
  const folders: string[] = [];
  for (const name of io(from, () => readdirSync(from))) {
    if (feedNames.has(name)) continue;
    const source = join(from, name);
    const target = join(to, name);
    const entry = io(source, () => lstatSync(source));
    if (entry.isDirectory()) folders.push(name);
    else if (entry.isSymbolicLink()) io(target, () => symlinkSync(readlinkSync(source), target));
    else {
      io(target, () => {
        try {
          linkSync(source, target);
        } catch {
          copyFileSync(source, target);
        }
      });
    }
  }
  return folders;
}

/**
 * Writes the feed's files into a folder: all or none; a folder with anything
 * in it only with --force. The new feed is made whole in a folder beside the
 * old one, then swapped in; any failure before the swap leaves the old one as
 * it was, and a failed swap puts it back.
 */
async function writeFolder(target: FeedTarget, files: Record<string, string>): Promise<void> {
  const dir = resolve(target.path);
  const exists = existsSync(dir) && statSync(dir).isDirectory();
  if (exists && readdirSync(dir).length > 0 && !target.force) {
    throw new CliError((m) => m.errors.feedFolderNotEmpty(target.path));
  }
  const cwd = process.cwd();
  if (exists && (cwd === dir || cwd.startsWith(`${dir}${sep}`)))
    throw new CliError((m) => m.errors.feedFolderIsCurrent(target.path));
  makeFolder(dirname(dir), target.path);
  if (existsSync(dir) && !exists) throw new CliError((m) => m.errors.feedPathIsFile(target.path, dir));
  const next = besideName(dir, 'new');
  io(target.path, () => mkdirSync(next));
  let folders: string[] = [];
  try {
    await writeFiles(
      next,
      Object.fromEntries(Object.entries(files).map(([name, text]) => [name, [text]])),
      target.path,
    );
    if (exists) folders = carryOver(dir, next, new Set([...Object.keys(files), ...OTHER_GTFS_FILES]));
  } catch (error) {
    rmSync(next, { recursive: true, force: true });
    throw error;
  }
  if (!exists || readdirSync(dir).length === 0) {
    // Nothing to keep: one rename (over an empty folder too) puts the feed in place.
    try {
      renameSync(next, dir);
    } catch (error) {
      rmSync(next, { recursive: true, force: true });
      throw new OutputError(error as Error, target.path);
    }
    return;
  }
  const old = besideName(dir, 'old');
  io(target.path, () => renameSync(dir, old));
  try {
    renameSync(next, dir);
  } catch (error) {
    renameSync(old, dir);
    rmSync(next, { recursive: true, force: true });
    throw new OutputError(error as Error, target.path);
  }
  for (const name of folders) io(join(dir, name), () => renameSync(join(old, name), join(dir, name)));
  // What is left of the old folder is the old feed, and links to files now in the new one.
  rmSync(old, { recursive: true, force: true });
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
