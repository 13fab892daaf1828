/**
 * Where to turn when nothing runs between two places: the stations nearest
 * the origin from which a service in the schedules reaches the destination,
 * the stations nearest the destination that a service from the origin
 * reaches, and the routes without a timetable that touch either place.
 * Distances are great-circle ones between the stations' coordinates; a
 * station without coordinates is left out, never placed.
 */
import { stationsOf } from './coverage.js';
import { departureDayOffset } from './expand.js';
import type { Catalog, Location, Route, Service, Station } from './model.js';
import { routeOverdue, serviceOverdue, type Overdue } from './overdue.js';

/**
 * At most this many stations on each side: the nearest few are the
 * suggestion, a longer list is the stations listing (`railnext stations`).
 */
export const NEAREST_LIMIT = 3;

/**
 * No station farther than this, in a straight line: about a day's domestic
 * journey by regional train or bus, far enough to reach from Vladivostok the
 * stations of the Tumen crossing (about 130 km) and from Khasan the crossing
 * at Grodekovo (229 km), while Khabarovsk (about 650 km from Vladivostok) is
 * no longer "near".
 */
export const NEAREST_MAX_KM = 300;

/** The mean radius of the Earth (IUGG), in kilometres. */
const EARTH_RADIUS_KM = 6371.0088;

/** The great-circle distance between two points, in kilometres (the haversine formula). */
export function greatCircleKm(a: Pick<Location, 'lat' | 'lon'>, b: Pick<Location, 'lat' | 'lon'>): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** A service between a nearby station and the other place. */
export interface NearbyService {
  service: Service;
  /** Whether its departures on this part are listed: false where its dates there are not published (Ussuriysk). */
  listed: boolean;
  /** How late it is, when announced and never reported running. */
  overdue: Overdue | null;
}

/** A station near one of the places, and what runs between it and the other. */
export interface NearbyStation {
  station: Station;
  /** Great-circle distance from the place, in kilometres. */
  km: number;
  services: NearbyService[];
}

/** A route with no timetable that touches the origin or the destination, and how late it is. */
export interface UntimedRoute {
  route: Route;
  overdue: Overdue | null;
}

export interface Nearest {
  /** Stations near the origin from which a service reaches the destination, nearest first; null when the origin has no coordinates. */
  nearOrigin: NearbyStation[] | null;
  /**
   * Stations near the destination that a service from the origin reaches, and nearer the destination than the
   * origin is, nearest first; null when the destination has no coordinates.
   */
  nearDestination: NearbyStation[] | null;
  /** Routes listed without a timetable whose name names either place, in catalogue order. */
  routes: UntimedRoute[];
  /** The limits the stations were chosen within. */
  limits: NearestLimits;
}

export interface NearestLimits {
  /** At most this many stations on each side. */
  limit: number;
  /** No station farther than this many kilometres. */
  maxKm: number;
}

/**
 * What is nearest when no service runs from `from` to `to`; plans are judged at `now`.
 * Pure: reads the catalogue only.
 */
export function nearest(
  catalog: Catalog,
  from: Station,
  to: Station,
  now: number,
  limits: NearestLimits = { limit: NEAREST_LIMIT, maxKm: NEAREST_MAX_KM },
): Nearest {
  const boarding = new Map<Station, NearbyService[]>();
  const alighting = new Map<Station, NearbyService[]>();
  const add = (map: Map<Station, NearbyService[]>, station: Station, entry: NearbyService) => {
    if (station.id === from.id || station.id === to.id) return;
    const list = map.get(station) ?? [];
    if (!list.some((e) => e.service === entry.service)) list.push(entry);
    map.set(station, list);
  };
  for (const service of catalog.services) {
    const { stops } = service;
    const overdue = serviceOverdue(service, now);
    // Its last call at the destination, and its first at the origin: the most stops on either side.
    let arrives = -1;
    for (let i = stops.length - 1; i > 0 && arrives < 0; i--) if (stops[i]!.station.id === to.id) arrives = i;
    for (let i = 0; i < arrives; i++)
      add(boarding, stops[i]!.station, { service, listed: listed(service, i, arrives), overdue });
    const leaves = stops.findIndex((stop, i) => i < stops.length - 1 && stop.station.id === from.id);
    if (leaves < 0) continue;
    for (let j = leaves + 1; j < stops.length; j++)
      add(alighting, stops[j]!.station, { service, listed: listed(service, leaves, j), overdue });
  }
  // The origin already has services: a station they reach is a way on only when it is nearer the destination than the origin is.
  const apart = from.location && to.location ? greatCircleKm(from.location, to.location) : Number.POSITIVE_INFINITY;
  return {
    nearOrigin: closest(from, boarding, limits, Number.POSITIVE_INFINITY),
    nearDestination: closest(to, alighting, limits, apart),
    routes: catalog.routes
      // By the route's name, not its notes: notes name places in passing ("08:00 Beijing time").
      .filter(
        (route) =>
          route.services.length === 0 &&
          stationsOf(catalog, route, [route.name]).some((s) => s.id === from.id || s.id === to.id),
      )
      .map((route) => ({ route, overdue: routeOverdue(route, now) })),
    limits,
  };
}

/** Whether a leg's departures can be listed: its departure date is published. */
const listed = (service: Service, fromIndex: number, toIndex: number): boolean =>
  departureDayOffset({ service, fromIndex, toIndex }) !== null;

/** The candidates nearest `place`, within the limits and closer than `under`, nearest first (ties by id); null when `place` has no coordinates. */
function closest(
  place: Station,
  candidates: Map<Station, NearbyService[]>,
  { limit, maxKm }: NearestLimits,
  under: number,
): NearbyStation[] | null {
  const here = place.location;
  if (!here) return null;
  const found: NearbyStation[] = [];
  for (const [station, services] of candidates) {
    // A station the schedules do not place is left out rather than guessed at.
    if (!station.location) continue;
    const km = greatCircleKm(here, station.location);
    if (km <= maxKm && km < under) found.push({ station, km, services });
  }
  found.sort((a, b) => a.km - b.km || (a.station.id < b.station.id ? -1 : a.station.id > b.station.id ? 1 : 0));
  return found.slice(0, limit);
}
