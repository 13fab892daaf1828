/**
 * Reads schedule files from disk: the bundled folder, and the files and
 * folders a user names. Nothing here trusts a file: its size is checked before
 * it is read, and unreadable or non-JSON text becomes a problem with its line
 * and column, never an exception from deep inside.
 */
import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync, statSync, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { debuglog } from 'node:util';
import type { Catalog } from '../domain/model.js';
import { DataError, SchedulesEmptyFolderError, SchedulesNotFoundError, SchedulesUnreadableError } from '../errors.js';
import { readCatalog, type ReadOptions, type ScheduleDocument } from './catalog.js';
import { catalogFromSnapshot } from './catalog-snapshot.js';
import { duplicateKeys, findSyntaxError, loneCrLine, positionAt } from './json-text.js';
import type { Problem } from './problems.js';

/**
 * Where the bundled bin (one file, dist/bundle.js, built by scripts/bundle.mjs)
 * finds `schedules/` from its folder; the build defines it. Undefined here, in
 * dist/input/schedule-files.js, two folders down from the package root.
 */
declare const RAILNEXT_SCHEDULES_FROM_MODULE: string | undefined;

/**
 * The folder of schedules shipped with railnext: `schedules/` at the package root. The bundle, a CommonJS
 * function, has its folder as a path: a file URL made and read back cost 0.6 ms of its start on Node 20.
 */
export const BUNDLED_DIR =
  typeof RAILNEXT_SCHEDULES_FROM_MODULE === 'string'
    ? join(__dirname, RAILNEXT_SCHEDULES_FROM_MODULE)
    : fileURLToPath(new URL('../../schedules/', import.meta.url));

/** The bundled schedules as the build read them (input/catalog-snapshot.ts), in dist/ beside schedules/. */
const SNAPSHOT = join(BUNDLED_DIR, '..', 'dist', 'catalog.json');

/** The largest schedule file read. The bundled files are a few kilobytes; 5 MiB is room for thousands of services. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;

/** The schema sits beside the schedules and is not one. */
const SCHEMA_FILE = 'schema.json';

/** Which schedules to load: the bundled ones or not, then the user's paths, each a file or a folder. */
export interface ScheduleSources {
  bundled: boolean;
  /** Later groups replace earlier ones' ids; within a group an id defined twice is an error. `variable`: the environment variable the paths came from, named in errors. */
  groups: { layer: string; paths: string[]; variable?: string }[];
}

/** The JSON files of a folder, in name order, leaving out the schema. */
function jsonFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') && name !== SCHEMA_FILE)
    .sort()
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile());
}

/** The schedule files a path names: itself, or the *.json files of a folder. Throws a Schedules…Error (naming `variable` when the path came from one) when there is nothing there. */
export function filesAt(path: string, variable?: string): string[] {
  const from = variable === undefined ? { path } : { path, variable };
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch {
    throw new SchedulesNotFoundError(from);
  }
  if (!stats.isDirectory()) return [path];
  let files: string[];
  try {
    files = jsonFilesIn(path);
  } catch (error) {
    throw new SchedulesUnreadableError({ ...from, reason: (error as NodeJS.ErrnoException).code ?? 'error' });
  }
  if (files.length === 0) throw new SchedulesEmptyFolderError(from);
  return files;
}

function fileProblem(file: string, message: string): Problem {
  return { file, pointer: null, message, severity: 'error', line: null };
}

/**
 * Which files' text is scanned for keys given twice and lone CRs (a scan as long
 * as JSON.parse itself): every file's ("all", validate's report, the default), only
 * the user's ("user", a lookup: the bundled files are scanned by validate and the
 * tests, so a lookup need not pay for it at every start), or none ("none":
 * completion only reads names). With "user" and "none", the services of the
 * bundled folder are not checked for their rules and time order either, for
 * the same reason; a folder passed as `dir` instead of the bundled one is.
 */
export type TextChecks = 'all' | 'user' | 'none';

/** How files are read. */
export interface LoadOptions extends ReadOptions {
  textChecks?: TextChecks;
  /** Standard input as read (readStdin), taken for the path "-" of the command line: `validate -`. */
  stdin?: ScheduleDocument | Problem;
}

/** What problems call standard input. */
export const STDIN_LABEL = '<stdin>';

/** Reads and parses one schedule file; what cannot be parsed comes back as a Problem. */
export function readDocument(path: string, label = path, textChecks = true): ScheduleDocument | Problem {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    return fileProblem(label, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (!stats.isFile()) return fileProblem(label, 'is not a regular file');
  if (stats.size > MAX_FILE_BYTES) {
    return fileProblem(
      label,
      `is ${(stats.size / 1024 / 1024).toFixed(1)} MiB; schedule files are limited to ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
    );
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    return fileProblem(label, `cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  return documentOf(bytes, label, textChecks);
}

/**
 * Reads a schedule from standard input, as readDocument reads a file. Only
 * the limit and one byte more are read: a stream has no size to check first,
 * and may never end.
 */
export async function readStdin(
  stream: AsyncIterable<Buffer | string>,
  textChecks = true,
): Promise<ScheduleDocument | Problem> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    chunks.push(bytes);
    size += bytes.length;
    if (size > MAX_FILE_BYTES)
      return fileProblem(
        STDIN_LABEL,
        `is over ${MAX_FILE_BYTES / 1024 / 1024} MiB; schedule files are limited to ${MAX_FILE_BYTES / 1024 / 1024} MiB`,
      );
  }
  return documentOf(Buffer.concat(chunks), STDIN_LABEL, textChecks);
}

/** Parses the bytes of a schedule read whole; what cannot be parsed comes back as a Problem. */
function documentOf(bytes: Buffer, label: string, textChecks: boolean): ScheduleDocument | Problem {
  // Read as UTF-8, a UTF-16 file is a NUL or U+FFFD at its first character: name its encoding instead.
  const utf16 = utf16Of(bytes);
  if (utf16 !== null) return fileProblem(label, utf16);
  let text = bytes.toString('utf8');
  const problems: Problem[] = [];
  const utf8 = isUtf8(bytes);
  if (!utf8) problems.push(fileProblem(label, invalidUtf8(bytes, text)));
  // Editors on Windows may start a UTF-8 file with a byte-order mark, which JSON.parse rejects.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fileProblem(label, 'is empty (expected a JSON schedule with "stations" or "routes")');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    // Node 20's JSON.parse messages do not always give a position: find it ourselves.
    // Bytes that are not UTF-8 are the likelier cause (a file cut inside a character): said alone.
    if (!utf8) return problems[0]!;
    const at = findSyntaxError(text);
    return fileProblem(
      label,
      at ? `invalid JSON at line ${at.line}, column ${at.column}: ${at.message}` : 'invalid JSON',
    );
  }
  for (const d of textChecks ? duplicateKeys(text) : []) {
    const key = d.pointer
      .slice(d.pointer.lastIndexOf('/') + 1)
      .replace(/~1/g, '/')
      .replace(/~0/g, '~');
    problems.push({
      file: label,
      pointer: d.pointer,
      severity: 'error',
      line: d.line,
      message: `the key "${key}" is given twice in one object (first at line ${d.firstLine}); only the last would count`,
    });
  }
  const cr = textChecks ? loneCrLine(text) : null;
  if (cr !== null)
    problems.push({
      ...fileProblem(
        label,
        `line ${cr} ends with a carriage return alone (old Mac line endings); lines are counted at each one, but save the file with LF or CRLF`,
      ),
      severity: 'warning',
    });
  return { file: label, data, text, ...(problems.length > 0 ? { problems } : {}) };
}

/**
 * Why a file is UTF-16 rather than UTF-8, or null when it is not: a
 * byte-order mark, or (JSON starting with an ASCII character) a zero byte
 * beside the first one.
 */
function utf16Of(bytes: Buffer): string | null {
  const [a, b] = [bytes[0], bytes[1]];
  if (a === undefined || b === undefined) return null;
  const hex = `${a.toString(16).toUpperCase().padStart(2, '0')} ${b.toString(16).toUpperCase().padStart(2, '0')}`;
  const bom = (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
  const order = a === 0xff || b === 0 ? 'little-endian' : 'big-endian';
  if (bom)
    return `is UTF-16 (${order}, with a byte-order mark: bytes 0-1 are ${hex}), not UTF-8; save the file as UTF-8`;
  if ((a === 0) !== (b === 0) && Math.max(a, b) < 0x80)
    return `is UTF-16 (${order}, without a byte-order mark: bytes 0-1 are ${hex}), not UTF-8; save the file as UTF-8`;
  return null;
}

/** The length of the UTF-8 sequence a lead byte starts (1 for a byte that starts none). */
const sequenceLength = (byte: number): number =>
  byte >= 0xf0 && byte <= 0xf4 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc2 && byte < 0xe0 ? 2 : 1;

/**
 * Where a file stops being UTF-8. `text` is `bytes` decoded with U+FFFD for each bad
 * sequence; the first U+FFFD that the file did not spell as EF BF BD is the place.
 * A character begun at the very end and not finished is a file cut short.
 */
function invalidUtf8(bytes: Buffer, text: string): string {
  for (let k = text.indexOf('\uFFFD'); k >= 0; k = text.indexOf('\uFFFD', k + 1)) {
    const offset = Buffer.byteLength(text.slice(0, k));
    if (bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd) continue;
    const { line, column } = positionAt(text, k);
    const lead = bytes[offset]!;
    const byte = lead.toString(16).toUpperCase().padStart(2, '0');
    const wanted = sequenceLength(lead);
    const rest = bytes.subarray(offset + 1);
    if (wanted > 1 && offset + wanted > bytes.length && rest.every((b) => b >= 0x80 && b < 0xc0)) {
      return `ends inside a UTF-8 character at line ${line}, column ${column} (byte offset ${offset}: 0x${byte} begins a ${wanted}-byte character, the file ends ${rest.length + 1} ${rest.length === 0 ? 'byte' : 'bytes'} into it); the file was cut short`;
    }
    return `invalid UTF-8 at line ${line}, column ${column} (byte offset ${offset}: 0x${byte}); save the file as UTF-8`;
  }
  return 'invalid UTF-8; save the file as UTF-8';
}

/** Parses one schedule file; throws DataError (with line and column for a syntax error) when it cannot be parsed. */
export function readScheduleFile(path: string, label = path): ScheduleDocument {
  const doc = readDocument(path, label);
  if ('data' in doc) return doc;
  throw new DataError([doc]);
}

function bundledDocuments(dir: string, textChecks: boolean): (ScheduleDocument | Problem)[] {
  let files: string[];
  try {
    files = jsonFilesIn(dir);
  } catch (error) {
    // An install without its schedules folder: said as for a user's folder, not as an internal error.
    throw new SchedulesUnreadableError({ path: dir, reason: (error as NodeJS.ErrnoException).code ?? 'error' });
  }
  return files.map((path) => {
    const doc = readDocument(path, `schedules/${path.slice(dir.length).replace(/^\//, '')}`, textChecks);
    return 'data' in doc ? { ...doc, layer: 'bundled' } : doc;
  });
}

/** Reads every schedule the sources name and checks them together. Throws a Schedules…Error for a path that is not there. */
export function readSchedules(
  sources: ScheduleSources,
  options: LoadOptions = {},
  dir = BUNDLED_DIR,
): { catalog: Catalog; problems: Problem[]; files: string[] } {
  const { textChecks = 'all', stdin, ...readOptions } = options;
  const read: (ScheduleDocument | Problem)[] = sources.bundled ? bundledDocuments(dir, textChecks === 'all') : [];
  // A file named twice (in the variable and on the command line) is read once, not reported as its own duplicate.
  const seen = new Set<string>();
  for (const group of sources.groups) {
    for (const path of group.paths) {
      if (stdin !== undefined && path === '-' && group.variable === undefined) {
        if (!seen.has(STDIN_LABEL)) read.push('data' in stdin ? { ...stdin, layer: group.layer } : stdin);
        seen.add(STDIN_LABEL);
        continue;
      }
      for (const file of filesAt(path, group.variable)) {
        if (seen.has(resolve(file))) continue;
        seen.add(resolve(file));
        const doc = readDocument(file, file, textChecks !== 'none');
        read.push('data' in doc ? { ...doc, layer: group.layer } : doc);
      }
    }
  }
  const documents = read.filter((d): d is ScheduleDocument => 'data' in d);
  const unreadable = read.filter((d): d is Problem => !('data' in d));
  const inText = documents.flatMap((d) => d.problems ?? []);
  const checkedLayers = new Set(textChecks !== 'all' && dir === BUNDLED_DIR ? ['bundled'] : []);
  const { catalog, problems } = readCatalog(documents, { ...readOptions, checkedLayers });
  return { catalog, problems: [...unreadable, ...inText, ...problems], files: read.map((d) => d.file) };
}

const debug = debuglog('railnext');

/**
 * The bundled catalog from the build's snapshot, when `dir` is the bundled folder and its files are the ones the build
 * read, with the translations of `languages` (all when not given).
 */
function bundledSnapshot(dir: string, languages?: readonly string[]): Catalog | undefined {
  if (dir !== BUNDLED_DIR) return undefined;
  let catalog: Catalog | undefined;
  try {
    catalog = catalogFromSnapshot(SNAPSHOT, jsonFilesIn(dir), languages);
  } catch {
    // A folder that cannot be listed: the full read says why.
  }
  debug('bundled schedules: %s', catalog ? `as the build read them (${SNAPSHOT})` : 'read from the files');
  return catalog;
}

/**
 * The catalog the build read, when the sources name the bundled files alone and they are unchanged since the build
 * checked them (nothing to read or check again); else undefined. It carries the schedules' translations into
 * `languages` (all when not given); those into other languages may be left out.
 */
export function keptCatalog(sources: ScheduleSources, languages?: readonly string[]): Catalog | undefined {
  const alone = sources.bundled && sources.groups.every((group) => group.paths.length === 0);
  return alone ? bundledSnapshot(BUNDLED_DIR, languages) : undefined;
}

/**
 * Loads the schedules the sources name into a Catalog; throws DataError listing every error. `options.languages`
 * names the languages whose translations (a note, a route's name in Russian, …) the caller will use: those into
 * others may be left out, which spares reading them from the bundled catalog. All when not given.
 */
export function loadSchedules(
  sources: ScheduleSources,
  options: ReadOptions & { languages?: readonly string[] } = {},
): Catalog {
  const { languages, ...readOptions } = options;
  const kept = keptCatalog(sources, languages);
  if (kept) return kept;
  const { catalog, problems } = readSchedules(sources, { textChecks: 'user', ...readOptions });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new DataError(errors);
  return catalog;
}

/** Loads the bundled schedules into a Catalog. */
export function loadBundled(dir = BUNDLED_DIR): Catalog {
  const kept = bundledSnapshot(dir);
  if (kept) return kept;
  const { catalog, problems } = readSchedules({ bundled: true, groups: [] }, { textChecks: 'user' }, dir);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new DataError(errors);
  return catalog;
}

/** Whether `path` is a folder. */
export function isDirectory(path: string): boolean {
  return statSync(path).isDirectory();
}
