/**
 * What railnext covers, said to someone who asked for a place it does not
 * know: the border crossings of the running services, or, when the place is
 * named in a route's notes (a reported call, a bus not listed), that route and
 * the stations it does have. No gazetteer: only what the schedules say.
 */
import type { Catalog, Route, Station } from './model.js';
import { bareName as bare, normalizeName } from './names.js';
import type { Coverage } from '../errors.js';

/** "Khasan–Tumangang, Suifenhe–Grodekovo, …": consecutive stops in two countries, on services that run. */
export function borderCrossings(catalog: Catalog): string[] {
  const pairs = new Map<string, string>();
  for (const service of catalog.services) {
    if (service.status !== 'running') continue;
    for (let i = 1; i < service.stops.length; i++) {
      const a = service.stops[i - 1]!.station;
      const b = service.stops[i]!.station;
      if (a.country === b.country) continue;
      // Named in the direction first met, so each crossing reads once whichever way it is run.
      if (!pairs.has(`${b.id}|${a.id}`)) pairs.set(`${a.id}|${b.id}`, `${bare(a)}–${bare(b)}`);
    }
  }
  return [...pairs.values()];
}

/** The routes whose name or notes name `query` as a word. */
function routesNaming(catalog: Catalog, key: string): Route[] {
  return catalog.routes.filter((route) =>
    [route.name, ...route.notes].some((text) =>
      text.split(/[^\p{L}\p{N}'-]+/u).some((word) => word !== '' && normalizeName(word) === key),
    ),
  );
}

/** The stations a route runs to or names in `texts` (its name and notes unless told). */
export function stationsOf(
  catalog: Catalog,
  route: Route,
  texts: readonly string[] = [route.name, ...route.notes],
): Station[] {
  const found = new Set<Station>(route.services.flatMap((s) => s.stops.map((stop) => stop.station)));
  const words = new Set(texts.flatMap((text) => text.split(/[^\p{L}\p{N}'-]+/u)).map(normalizeName));
  for (const station of catalog.stations) if (words.has(normalizeName(bare(station)))) found.add(station);
  return [...found];
}

/** Where an unknown place is mentioned, or what railnext covers. */
export function coverage(catalog: Catalog, query: string): Coverage {
  const key = normalizeName(query);
  const naming = key === '' ? [] : routesNaming(catalog, key);
  if (naming.length > 0) {
    return {
      kind: 'mentioned',
      routes: naming.map((route) => ({
        name: route.name,
        status: route.status,
        departuresListed: route.services.length > 0,
        stations: stationsOf(catalog, route).map(bare),
      })),
    };
  }
  return { kind: 'crossings', crossings: borderCrossings(catalog) };
}
