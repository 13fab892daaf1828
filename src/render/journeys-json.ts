/**
 * The JSON contract of journeys (documented in the README): legs are the
 * departure objects of the lookup's JSON, changes say how sure they are.
 */
import { MS_PER_MINUTE, formatIsoDate } from '../domain/days.js';
import type { ChangeStatus, Span } from '../domain/bounds.js';
import type { Journey, JourneyChange, JourneyPlan } from '../domain/journeys.js';
import { localIso } from '../present/clock.js';
import type { DataAge } from '../domain/age.js';
import type { Departure } from '../domain/expand.js';
import { schemaPath } from './schema-ids.js';
import { jsonDataAge, jsonDeparture, type JsonDeparture, type JsonLookup } from './json.js';
import { jsonStation, type JsonStation } from './station-json.js';

export interface JsonChange {
  /** Where one leg arrives and the next leaves. */
  station: JsonStation;
  status: ChangeStatus;
  /** The wait when both times are known, else null. */
  waitMinutes: number | null;
  /** The least and most the wait can be, given what is published; max is null when unbounded. */
  minWaitMinutes: number;
  maxWaitMinutes: number | null;
  /** A possible change whose departure time is known: the latest arrival that leaves the change time, local to the station. */
  arriveBy: string | null;
}

export interface JsonJourney {
  /** 1, 2, …: the journey's place in this answer (CSV rows and calendar events carry it). */
  id: number;
  status: ChangeStatus;
  /** From the first departure to the last arrival, when both times are known; else null. */
  durationMinutes: number | null;
  /** The least and most the journey can take; max is null when unbounded. */
  minDurationMinutes: number | null;
  maxDurationMinutes: number | null;
  legs: JsonDeparture[];
  /** changes[i] is between legs[i] and legs[i + 1]. */
  changes: JsonChange[];
}

export interface JsonJourneys {
  /** The document's schema in the installed package: "railnext/schemas/journeys.json". */
  $schema: string;
  /** The first station as typed. */
  query: string | null;
  /** Station id of the last station. */
  destination: string;
  /** The first leg's local dates (the dates searched for --arrive-by). */
  from: string;
  until: string;
  /** The arrival date of --arrive-by, else null. */
  arriveBy: string | null;
  changeMinutes: number;
  maxChanges: number;
  maxWaitDays: number;
  journeys: JsonJourney[];
  /**
   * Only when `journeys` is empty (not for --arrive-by): the journeys of the first date in the
   * three months after the window that has any, numbered from 1; empty when none has.
   */
  next?: JsonJourney[];
  notes: string[];
  lastChecked: string | null;
  /** As in the lookup's document. */
  sourcesUpTo: string | null;
  dataAge: JsonLookup['dataAge'];
}

/** Arrivals at a station from anywhere (--to): each ride as a departure of the lookup's document. */
export interface JsonArrivals {
  /** The document's schema in the installed package: "railnext/schemas/arrivals.json". */
  $schema: string;
  /** Station id of the station arrived at. */
  destination: string;
  /** The local dates at that station the arrivals fall on. */
  from: string;
  until: string;
  /** By arrival; each exactly a `departures` object of the lookup's document, from the first stop it can be boarded at. */
  arrivals: JsonDeparture[];
  notes: string[];
  lastChecked: string | null;
  sourcesUpTo: string | null;
  dataAge: JsonLookup['dataAge'];
}

export interface JourneyQuery {
  query: string | null;
  changeMinutes: number;
  maxChanges: number;
  maxWaitDays: number;
}

const minutes = (ms: number): number | null => (Number.isFinite(ms) ? Math.round(ms / MS_PER_MINUTE) : null);

export function jsonChange(change: JourneyChange): JsonChange {
  return {
    station: jsonStation(change.station),
    status: change.status,
    waitMinutes:
      change.maxWaitMinutes !== null && change.minWaitMinutes === change.maxWaitMinutes ? change.minWaitMinutes : null,
    minWaitMinutes: change.minWaitMinutes,
    maxWaitMinutes: change.maxWaitMinutes,
    arriveBy: change.arriveBy === null ? null : localIso(change.station.timeZone, change.arriveBy),
  };
}

/** The least and most time from `leaves` to `arrives`, in minutes (null when unbounded). */
export function spanMinutes(leaves: Span, arrives: Span): { min: number | null; max: number | null } {
  return {
    min: minutes(Math.max(0, arrives.earliest - leaves.latest)),
    max: minutes(arrives.latest - leaves.earliest),
  };
}

export function jsonJourney(journey: Journey, id: number): JsonJourney {
  const { min, max } = spanMinutes(journey.leaves, journey.arrives);
  return {
    id,
    status: journey.status,
    durationMinutes: min !== null && min === max ? min : null,
    minDurationMinutes: min,
    maxDurationMinutes: max,
    legs: journey.legs.map((leg) => jsonDeparture(leg.departure)),
    changes: journey.changes.map(jsonChange),
  };
}

/** The whole document. */
export function jsonJourneys(plan: JourneyPlan, query: JourneyQuery, notes: string[], age: DataAge): JsonJourneys {
  return {
    $schema: schemaPath('journeys'),
    query: query.query,
    destination: plan.to.id,
    from: formatIsoDate(plan.first),
    until: formatIsoDate(plan.last),
    arriveBy: plan.arriveBy === null ? null : formatIsoDate(plan.arriveBy),
    changeMinutes: query.changeMinutes,
    maxChanges: query.maxChanges,
    maxWaitDays: query.maxWaitDays,
    journeys: plan.journeys.map((j, i) => jsonJourney(j, i + 1)),
    ...(plan.next !== undefined ? { next: plan.next.map((j, i) => jsonJourney(j, i + 1)) } : {}),
    notes,
    lastChecked: age.lastChecked === null ? null : formatIsoDate(age.lastChecked),
    sourcesUpTo: age.sourcesUpTo,
    dataAge: jsonDataAge(age),
  };
}

/** The rides of an arrivals plan (--to), each a plan's one-leg journey, as the departures they are. */
export const arrivalRides = (plan: JourneyPlan): Departure[] => plan.journeys.map((j) => j.legs[0]!.departure);

/** The whole arrivals document. */
export function jsonArrivals(plan: JourneyPlan, notes: string[], age: DataAge): JsonArrivals {
  return {
    $schema: schemaPath('arrivals'),
    destination: plan.to.id,
    from: formatIsoDate(plan.first),
    until: formatIsoDate(plan.last),
    arrivals: arrivalRides(plan).map(jsonDeparture),
    notes,
    lastChecked: age.lastChecked === null ? null : formatIsoDate(age.lastChecked),
    sourcesUpTo: age.sourcesUpTo,
    dataAge: jsonDataAge(age),
  };
}
