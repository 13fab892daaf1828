/**
 * The bundled schedules as the build read them. Reading and checking the
 * bundled files took about a third of a lookup's start (13 files of JSON read
 * field by field, on code not yet compiled), for a result that is the same at
 * every run. So scripts/bundle.mjs reads schedules/ with every check (a build
 * whose data has an error fails) and writes the catalog to dist/catalog.json;
 * a run that loads the bundled files alone takes it instead, but only when
 * schedules/ holds exactly the files it was made from: the same names, sizes
 * and CRC32s of their bytes. Anything else (a file edited, added or removed, no
 * snapshot, a damaged one, a Node without zlib.crc32) reads the files as before.
 *
 * The catalog is a graph (a stop points at its station, a service at its
 * route): stored with ids in those places, and linked again on reading.
 *
 * The schedules' own translations (a note, a route's name, a fare in Russian,
 * Chinese or Korean) were half of the file, escaped as ASCII, and a run reads
 * one language at most: each language's are a file of their own beside it
 * (catalog-ru.json, …), read only by a run that asks for that language. An
 * English lookup parsed 200 kB and now parses 75 kB (about 2 ms of a start
 * on Node 20).
 */
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import zlib from 'node:zlib';
import {
  TRANSLATED_LANGS,
  type Catalog,
  type Route,
  type Service,
  type Station,
  type Stop,
  type TranslatedLang,
} from '../domain/model.js';
import { foldedNames, rememberFolded } from '../domain/names.js';
import { openRegularFile, readOpenFile } from '../cache-files.js';

/** zlib.crc32: Node 20.15 and later, not 22.0 and 22.1. */
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

type StoredStop = Omit<Stop, 'station'> & { station: string };
type StoredService = Omit<Service, 'route' | 'stops'> & { route: string; stops: StoredStop[] };
type StoredRoute = Omit<Route, 'services'> & { services: StoredService[] };

/** dist/catalog.json. */
export interface CatalogSnapshot {
  /** Each schedule file's name, with its size and the CRC32 of its bytes. */
  files: Record<string, string>;
  /** The catalog, without its translations. */
  catalog: Omit<Catalog, 'routes' | 'services'> & { routes: StoredRoute[] };
  /** The catalog's names that are not ASCII, folded for matching (domain/names.ts), each by its name. */
  folded: Record<string, string>;
  /** The languages that have a file of translations beside this one. */
  translated: TranslatedLang[];
}

/** dist/catalog-ru.json and the others: one language's translations, by the place of their owner in the catalog. */
export interface TranslationsSnapshot {
  /** The same as the catalog's: the two were written together. */
  files: Record<string, string>;
  /** How many objects the catalog holds (see `objectsOf`): a file written for another catalog does not fit. */
  objects: number;
  /** [the owner's number in `objectsOf` order, its translation]. */
  translations: [number, unknown][];
}

/** The names, sizes and CRC32s of `files`, or undefined on a Node without zlib.crc32. */
export function fingerprint(files: string[]): Record<string, string> | undefined {
  if (!crc32) return undefined;
  const prints: Record<string, string> = {};
  // Each file read into the same buffer, grown when one does not fit: fresh memory costs page faults.
  let buffer: Buffer | undefined;
  for (const file of files) {
    const open = openRegularFile(file);
    // What cannot be opened as a file is read the ordinary way, to fail as it would.
    const bytes = (open && readOpenFile(open, buffer)) ?? readFileSync(file);
    if (buffer === undefined || bytes.length > buffer.length) buffer = bytes;
    prints[basename(file)] = `${bytes.length}:${crc32(bytes).toString(16)}`;
  }
  return prints;
}

/** JSON in ASCII, every other character escaped. */
const asciiJson = (value: unknown) =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The file of one language's translations beside the snapshot at `path`: catalog.json → catalog-ru.json. */
export const translationsPath = (path: string, lang: TranslatedLang) =>
  join(dirname(path), `${basename(path, '.json')}-${lang}.json`);

/**
 * The files of the snapshot of `catalog`, read from `files`, by name: `name` (the catalog) and a file of
 * translations per language that has any (`translationsPath`).
 */
export function snapshotTexts(catalog: Catalog, files: string[], name = 'catalog.json'): Record<string, string> {
  const prints = fingerprint(files);
  if (!prints) throw new Error('a catalog snapshot needs zlib.crc32 (Node 20.15 or later)');
  const routes = catalog.routes.map((route) => ({
    ...route,
    services: route.services.map((service) => ({
      ...service,
      route: route.id,
      stops: service.stops.map((stop) => ({ ...stop, station: stop.station.id })),
    })),
  }));
  // Copied, so that taking the translations out leaves `catalog` as it was.
  const stored = JSON.parse(JSON.stringify({ ...catalog, routes, services: undefined })) as CatalogSnapshot['catalog'];
  const byLang = new Map<TranslatedLang, [number, unknown][]>();
  const objects = objectsOf(stored);
  objects.forEach((owner, i) => {
    const translations = owner.translations as Partial<Record<TranslatedLang, unknown>> | undefined;
    // An empty one stays, as the files gave it.
    if (translations === undefined || Object.keys(translations).length === 0) return;
    delete owner.translations;
    for (const lang of TRANSLATED_LANGS) {
      if (translations[lang] === undefined) continue;
      if (!byLang.has(lang)) byLang.set(lang, []);
      byLang.get(lang)!.push([i, translations[lang]]);
    }
  });
  const translated = TRANSLATED_LANGS.filter((lang) => byLang.has(lang));
  const texts: Record<string, string> = {
    [name]: asciiJson({ files: prints, catalog: stored, folded: foldedNames(catalog), translated }),
  };
  for (const lang of translated)
    texts[basename(translationsPath(name, lang))] = asciiJson({
      files: prints,
      objects: objects.length,
      translations: byLang.get(lang),
    });
  return texts;
}

/**
 * Every object of the stored catalog, depth first in the order of their keys, without descending into
 * translations: the same list when the catalog is written and when it is read back, so a number names an object.
 */
function objectsOf(stored: unknown): Record<string, unknown>[] {
  const objects: Record<string, unknown>[] = [];
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) for (const item of value) visit(item);
    else if (typeof value === 'object' && value !== null) {
      const object = value as Record<string, unknown>;
      objects.push(object);
      for (const key of Object.keys(object)) if (key !== 'translations') visit(object[key]);
    }
  };
  visit(stored);
  return objects;
}

/** The parsed JSON of `path` (written in ASCII: decoded as Latin-1 it is read at memory speed), else undefined. */
function readJson(path: string): unknown {
  try {
    return JSON.parse(readFileSync(path, 'latin1'));
  } catch {
    return undefined;
  }
}

const samePrints = (a: Record<string, string>, b: unknown): boolean =>
  typeof b === 'object' &&
  b !== null &&
  Object.keys(a).length === Object.keys(b).length &&
  Object.keys(a).every((name) => (b as Record<string, unknown>)[name] === a[name]);

/**
 * The catalog of the snapshot at `path` when it was made from exactly `files`, else undefined. It carries the
 * translations of `languages` (every language when not given); those of others may be left out.
 */
export function catalogFromSnapshot(
  path: string,
  files: string[],
  languages: readonly string[] = TRANSLATED_LANGS,
): Catalog | undefined {
  const snapshot = readJson(path) as CatalogSnapshot | undefined;
  if (typeof snapshot !== 'object' || snapshot === null) return undefined;
  const prints = fingerprint(files);
  if (
    !prints ||
    !samePrints(prints, snapshot.files) ||
    typeof snapshot.catalog !== 'object' ||
    snapshot.catalog === null
  )
    return undefined;
  const wanted = TRANSLATED_LANGS.filter(
    (lang) => languages.includes(lang) && Array.isArray(snapshot.translated) && snapshot.translated.includes(lang),
  );
  if (wanted.length > 0 && !withTranslations(snapshot, path, wanted)) return undefined;
  const catalog = linked(snapshot.catalog);
  if (catalog && typeof snapshot.folded === 'object' && snapshot.folded !== null) rememberFolded(snapshot.folded);
  return catalog;
}

/** Puts back the translations of `languages` into the snapshot's catalog; false when a file of them does not fit. */
function withTranslations(snapshot: CatalogSnapshot, path: string, languages: TranslatedLang[]): boolean {
  const objects = objectsOf(snapshot.catalog);
  for (const lang of languages) {
    const kept = readJson(translationsPath(path, lang)) as TranslationsSnapshot | undefined;
    if (
      typeof kept !== 'object' ||
      kept === null ||
      kept.objects !== objects.length ||
      !samePrints(snapshot.files, kept.files) ||
      !Array.isArray(kept.translations)
    )
      return false;
    for (const entry of kept.translations) {
      const owner = Array.isArray(entry) && typeof entry[0] === 'number' ? objects[entry[0]] : undefined;
      if (owner === undefined) return false;
      owner.translations ??= {};
      (owner.translations as Record<string, unknown>)[lang] = entry[1];
    }
  }
  return true;
}

/** The stored catalog with its stations and routes in place of their ids. */
function linked(stored: CatalogSnapshot['catalog']): Catalog | undefined {
  const stations = new Map<string, Station>(stored.stations.map((s) => [s.id, s]));
  const routes = stored.routes as unknown as Route[];
  for (const route of routes) {
    for (const service of route.services) {
      if ((service.route as unknown as string) !== route.id) return undefined;
      service.route = route;
      for (const stop of service.stops) {
        const station = stations.get(stop.station as unknown as string);
        if (!station) return undefined;
        stop.station = station;
      }
    }
  }
  return { ...stored, routes, services: routes.flatMap((route) => route.services) };
}
