/**
 * What a query names: a station (by any name, alias or city, in any script),
 * a route, a service, or the services that run under one number. Matching
 * ignores case, accents, spaces and punctuation.
 */
import { coverage } from './coverage.js';
import type { Catalog, Route, Service, Station } from './model.js';
import { normalizeName, stationNames } from './names.js';
import { carrierAt } from './through.js';
import {
  AmbiguousPlaceError,
  InvalidPlaceNameError,
  NotAStationError,
  QueryTooLongError,
  UnknownPlaceError,
  type PlaceKind,
  type PlaceWanted,
} from '../errors.js';

export type Match =
  | { kind: 'all' }
  | { kind: 'station'; station: Station }
  | { kind: 'route'; route: Route }
  | { kind: 'service'; service: Service }
  /** A number several services run under: the Irkutsk and Chita cars both run in train 328. */
  | { kind: 'services'; number: string; services: Service[] };

interface Candidate {
  key: string;
  label: string;
  match: Match;
  /** For a train number: the number, and whether it is the service's own (1) or one taken on the way (2). */
  number?: { text: string; tier: 1 | 2 };
}

function candidates(catalog: Catalog): Candidate[] {
  const list: Candidate[] = [];
  for (const station of catalog.stations) {
    for (const name of stationNames(station))
      list.push({ key: normalizeName(name), label: station.name, match: { kind: 'station', station } });
  }
  for (const route of catalog.routes) {
    for (const name of [route.id, route.name])
      list.push({ key: normalizeName(name), label: route.id, match: { kind: 'route', route } });
  }
  for (const service of catalog.services) {
    for (const name of [service.id, service.name])
      list.push({ key: normalizeName(name), label: service.id, match: { kind: 'service', service } });
    if (service.number)
      list.push({
        key: normalizeName(service.number),
        label: service.id,
        match: { kind: 'service', service },
        number: { text: service.number, tier: 1 },
      });
  }
  // Numbers a car takes on the way (95 from Dandong) come after every service's own, so 95 is train 95 first.
  for (const service of catalog.services) {
    service.stops.forEach((stop, i) => {
      // A car inside another train (the Beijing cars in 52) does not own that train's number.
      if (stop.number && carrierAt(service, i) === null)
        list.push({
          key: normalizeName(stop.number),
          label: service.id,
          match: { kind: 'service', service },
          number: { text: stop.number, tier: 2 },
        });
    });
  }
  return list;
}

/**
 * The longest query compared with the names: the longest name a schedule may
 * hold (MAX_LENGTH.name in input/reader.ts; a test keeps them equal). A longer
 * query names nothing, and would cost only the suggestions' edit distances,
 * which grow with its length times every name's (seconds and hundreds of
 * megabytes for 100,000 characters).
 */
export const MAX_QUERY_LENGTH = 200;

const matchId = (m: Match): string =>
  m.kind === 'all'
    ? '*'
    : m.kind === 'station'
      ? `s:${m.station.id}`
      : m.kind === 'route'
        ? `r:${m.route.id}`
        : m.kind === 'service'
          ? `v:${m.service.id}`
          : `n:${m.number}`;

/**
 * Finds what `query` names. Exact names win, stations first, then routes, then
 * services; otherwise a unique prefix of at least three letters. Throws
 * UnknownPlaceError (with suggestions) or AmbiguousPlaceError when nothing or
 * several things match.
 */
export function matchQuery(catalog: Catalog, query: string, wanted: PlaceWanted = 'station or route'): Match {
  if (query.length > MAX_QUERY_LENGTH)
    throw new QueryTooLongError({ length: query.length, max: MAX_QUERY_LENGTH, wanted });
  const key = normalizeName(query);
  if (key === '') throw new InvalidPlaceNameError({ query, wanted });
  const all = candidates(catalog);

  const exact = all.filter((c) => c.key === key);
  if (exact.length > 0) {
    const [first] = exact;
    // A number that several services run under (both Zabaikalsk cars in 328) names them all, not the first one read.
    if (first!.number) {
      const same = unique(exact.filter((c) => c.number?.tier === first!.number!.tier));
      if (same.length > 1)
        return {
          kind: 'services',
          number: first!.number.text,
          services: same.map((c) => (c.match as { service: Service }).service),
        };
    }
    return first!.match;
  }

  if (key.length >= 3) {
    const prefixed = unique(all.filter((c) => c.key.startsWith(key)));
    // "khab" is Khabarovsk the station before the khabarovsk-pyongyang service.
    const stations = prefixed.filter((c) => c.match.kind === 'station');
    if (stations.length === 1) return stations[0]!.match;
    if (prefixed.length === 1) return prefixed[0]!.match;
    if (prefixed.length > 1) {
      const named = stations.length > 1 ? stations : prefixed;
      throw new AmbiguousPlaceError({ query, candidates: [...new Set(named.map((c) => c.label))] });
    }
  }
  const near = suggestions(all, key);
  throw new UnknownPlaceError({
    query,
    wanted,
    suggestions: near,
    coverage: near.length ? null : coverage(catalog, query),
  });
}

/**
 * Two words that do not name two stations may be one name typed without
 * quotes (`railnext Tumen river`): the name they make together, when it names
 * a place; undefined when the words stand as they are.
 */
export function oneNameOf(catalog: Catalog, query: string, destination: string): string | undefined {
  const names = (text: string, find: (text: string) => unknown): boolean => {
    try {
      find(text);
      return true;
    } catch {
      return false;
    }
  };
  if (names(query, (q) => matchStation(catalog, q)) && names(destination, (d) => matchStation(catalog, d)))
    return undefined;
  const joined = `${query} ${destination}`;
  return names(joined, (j) => matchQuery(catalog, j)) ? joined : undefined;
}

/** What a match is, in the words of the errors: a number's services are services. */
export function placeKind(match: Exclude<Match, { kind: 'station' }>): PlaceKind {
  return match.kind === 'services' ? 'service' : match.kind;
}

/** Finds a station by any of its names; throws NotAStationError when the query names something else. */
export function matchStation(catalog: Catalog, query: string): Station {
  const match = matchQuery(catalog, query, 'station');
  if (match.kind !== 'station') throw new NotAStationError({ query, kind: placeKind(match) });
  return match.station;
}

function unique(list: Candidate[]): Candidate[] {
  const seen = new Map<string, Candidate>();
  for (const c of list) if (!seen.has(matchId(c.match))) seen.set(matchId(c.match), c);
  return [...seen.values()];
}

function suggestions(all: Candidate[], key: string): string[] {
  const limit = Math.max(1, Math.floor(key.length / 3));
  const scored = all
    .map((c) => ({ label: c.label, d: distance(key, c.key) }))
    .filter((s) => s.d <= limit)
    .sort((a, b) => a.d - b.d);
  return [...new Set(scored.map((s) => s.label))].slice(0, 3);
}

/** The one of `known` closest to a misspelt `typed` ("khasn" → "khasan"), within a third of its length; ties go to the first. */
export function closestOf(typed: string, known: Iterable<string>): string | undefined {
  const limit = Math.max(1, Math.floor(typed.length / 3));
  let best: { value: string; d: number } | undefined;
  for (const value of known) {
    // The distance is at least the difference in length: a far longer or shorter id is not compared at all.
    if (Math.abs(value.length - typed.length) > limit) continue;
    const d = distance(typed.toLowerCase(), value.toLowerCase());
    if (d <= limit && (!best || d < best.d)) best = { value, d };
  }
  return best?.value;
}

/** Optimal string alignment distance (Levenshtein plus adjacent swaps). */
export function distance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}
