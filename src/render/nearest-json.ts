/**
 * Where to turn when nothing runs between two places (domain/nearest.ts), as
 * the lookup's JSON carries it beside `reason`.
 */
import type { Mode, Route, Service, Status } from '../domain/model.js';
import type { NearbyStation, Nearest } from '../domain/nearest.js';
import type { Overdue } from '../domain/overdue.js';
import { roundKm } from '../present/sentences.js';
import { jsonStation, type JsonStation } from './station-json.js';

/** What a route or service is and how it stands. */
export interface JsonStanding {
  name: string;
  mode: Mode;
  status: Status;
  statusNote: string | null;
  /** Past its due date with no opening, or announced a year on with no run, reported. */
  overdue: boolean;
}

export interface JsonNearbyService extends JsonStanding {
  service: string;
  route: string;
  /** False where its dates at this station are not published, so no departure of it can be listed. */
  listed: boolean;
}

export interface JsonNearbyStation {
  station: JsonStation;
  /** Great-circle distance between the stations' coordinates, in whole kilometres. */
  distanceKm: number;
  services: JsonNearbyService[];
}

export interface JsonNearest {
  /** The limits the stations were chosen within. */
  maxKm: number;
  limit: number;
  /** Stations near the origin from which a service reaches the destination; null when the origin has no coordinates. */
  nearOrigin: JsonNearbyStation[] | null;
  /** Stations near the destination that a service from the origin reaches; null when it has no coordinates. */
  nearDestination: JsonNearbyStation[] | null;
  /** Routes listed without a timetable whose name names either place. */
  routes: (JsonStanding & { route: string })[];
}

function standing(owner: Route | Service, overdue: Overdue | null): JsonStanding {
  return {
    name: owner.name,
    mode: owner.mode,
    status: owner.status,
    statusNote: owner.statusNote ?? null,
    overdue: overdue !== null,
  };
}

function jsonNearby(found: NearbyStation[] | null): JsonNearbyStation[] | null {
  return (
    found?.map(({ station, km, services }) => ({
      station: jsonStation(station),
      distanceKm: roundKm(km),
      services: services.map(({ service, overdue, listed }) => ({
        service: service.id,
        route: service.route.id,
        ...standing(service, overdue),
        listed,
      })),
    })) ?? null
  );
}

/** The `nearest` object of a lookup's JSON. */
export function jsonNearest(nearest: Nearest): JsonNearest {
  return {
    maxKm: nearest.limits.maxKm,
    limit: nearest.limits.limit,
    nearOrigin: jsonNearby(nearest.nearOrigin),
    nearDestination: jsonNearby(nearest.nearDestination),
    routes: nearest.routes.map(({ route, overdue }) => ({ route: route.id, ...standing(route, overdue) })),
  };
}
