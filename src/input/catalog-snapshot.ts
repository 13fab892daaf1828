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
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import zlib from 'node:zlib';
import type { Catalog, Route, Service, Station, Stop } from '../domain/model.js';
import { foldedNames, rememberFolded } from '../domain/names.js';

/** zlib.crc32: Node 20.15 and later, not 22.0 and 22.1. */
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

type StoredStop = Omit<Stop, 'station'> & { station: string };
type StoredService = Omit<Service, 'route' | 'stops'> & { route: string; stops: StoredStop[] };
type StoredRoute = Omit<Route, 'services'> & { services: StoredService[] };

/** dist/catalog.json. */
export interface CatalogSnapshot {
  /** Each schedule file's name, with its size and the CRC32 of its bytes. */
  files: Record<string, string>;
  catalog: Omit<Catalog, 'routes' | 'services'> & { routes: StoredRoute[] };
  /** The catalog's names that are not ASCII, folded for matching (domain/names.ts), each by its name. */
  folded: Record<string, string>;
}

/** The names, sizes and CRC32s of `files`, or undefined on a Node without zlib.crc32. */
export function fingerprint(files: string[]): Record<string, string> | undefined {
  if (!crc32) return undefined;
  const prints: Record<string, string> = {};
  for (const file of files) {
    const bytes = readFileSync(file);
    prints[basename(file)] = `${bytes.length}:${crc32(bytes).toString(16)}`;
  }
  return prints;
}

/** The text of dist/catalog.json for `catalog`, read from `files`: JSON in ASCII, every other character escaped. */
export function snapshotText(catalog: Catalog, files: string[]): string {
  return JSON.stringify(snapshotOf(catalog, files)).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** The snapshot of `catalog`, read from `files`. */
export function snapshotOf(catalog: Catalog, files: string[]): CatalogSnapshot {
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
  return {
    files: prints,
    catalog: { ...catalog, routes, services: undefined } as CatalogSnapshot['catalog'],
    folded: foldedNames(catalog),
  };
}

/** The catalog of the snapshot at `path` when it was made from exactly `files`, else undefined. */
export function catalogFromSnapshot(path: string, files: string[]): Catalog | undefined {
  let snapshot: CatalogSnapshot;
  try {
    // The build writes it in ASCII, every other character escaped: decoded as Latin-1 it is read at memory speed.
    snapshot = JSON.parse(readFileSync(path, 'latin1')) as CatalogSnapshot;
  } catch {
    return undefined;
  }
  const prints = fingerprint(files);
  const kept = snapshot?.files;
  if (
    !prints ||
    typeof kept !== 'object' ||
    kept === null ||
    typeof snapshot.catalog !== 'object' ||
    snapshot.catalog === null
  )
    return undefined;
  const names = Object.keys(prints);
  if (names.length !== Object.keys(kept).length || names.some((name) => kept[name] !== prints[name])) return undefined;
  const catalog = linked(snapshot.catalog);
  if (catalog && typeof snapshot.folded === 'object' && snapshot.folded !== null) rememberFolded(snapshot.folded);
  return catalog;
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
