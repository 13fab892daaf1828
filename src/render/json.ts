/**
 * The JSON contract (documented in the README): pure functions from the
 * domain's departures to plain objects.
 */
import { formatClock, formatIsoDate } from '../domain/days.js';
import type { Departure, ResolvedEvent } from '../domain/expand.js';
import type { Lookup } from '../domain/lookup.js';
import type { Confidence, Mode, Station, Status } from '../domain/model.js';
import { formatOffset } from '../domain/zones.js';

export interface JsonStation {
  id: string;
  name: string;
  country: string;
  timeZone: string;
}

export interface JsonEvent {
  station: JsonStation;
  /** Local date at the station, or null when not published. */
  date: string | null;
  /** Local time HH:MM, or null when not published. */
  time: string | null;
  /** ISO 8601 local date-time with offset, or null when the time is not published. */
  at: string | null;
  utcOffset: string | null;
  /** The time as published with the zone whose clock it was given in ("08:30 Europe/Moscow"). */
  published: string | null;
  derived: boolean;
  confidence: Confidence;
  sources: string[];
}

export interface JsonDeparture {
  service: string;
  route: string;
  name: string;
  mode: Mode;
  number: string | null;
  departure: JsonEvent;
  arrival: JsonEvent;
  durationMinutes: number | null;
  timesPerDay: number;
  status: Status;
  confidence: Confidence;
  notes: string[];
  sources: string[];
}

export interface JsonLookup {
  query: string | null;
  destination: string | null;
  from: string;
  until: string;
  departures: JsonDeparture[];
  /** Only when `departures` is empty: the first departure after the window, if any. */
  next?: JsonDeparture | null;
  /** Why no departure can be listed at all (no such service, or only unpublished dates); null otherwise. */
  reason: string | null;
  notes: string[];
  lastChecked: string | null;
}

/** The station as the JSON shows it. */
export function jsonStation(station: Station): JsonStation {
  return { id: station.id, name: station.name, country: station.country, timeZone: station.timeZone };
}

function jsonEvent(event: ResolvedEvent): JsonEvent {
  const known = event.instant !== null && event.minuteOfDay !== null && event.offsetMinutes !== null && event.epochDay !== null;
  const date = event.epochDay === null ? null : formatIsoDate(event.epochDay);
  const time = known ? formatClock(event.minuteOfDay!) : null;
  const utcOffset = known ? formatOffset(event.offsetMinutes!) : null;
  return {
    station: jsonStation(event.station),
    date,
    time,
    at: known ? `${date}T${time}:00${utcOffset}` : null,
    utcOffset,
    published: event.published ? `${formatClock(event.published.time)} ${event.published.zone}` : null,
    derived: event.derived,
    confidence: event.confidence,
    sources: event.sources,
  };
}

/** One departure as the JSON shows it. */
export function jsonDeparture(d: Departure): JsonDeparture {
  const s = d.service;
  const notes = [...s.notes];
  for (const note of [d.from.note, d.to.note]) if (note && !notes.includes(note)) notes.push(note);
  const sources = [...new Set([...s.sources, ...d.from.sources, ...d.to.sources, ...(s.numberFact?.sources ?? [])])];
  return {
    service: s.id,
    route: s.route.id,
    name: s.name,
    mode: s.mode,
    number: s.number,
    departure: jsonEvent(d.from),
    arrival: jsonEvent(d.to),
    durationMinutes: d.durationMinutes,
    timesPerDay: s.timesPerDay,
    status: s.status,
    confidence: s.confidence,
    notes,
    sources,
  };
}

/** The whole `--json` document for a lookup. */
export function jsonLookup(l: Lookup, departures: Departure[], next: Departure | undefined, lastChecked: number | null): JsonLookup {
  return {
    query: l.query,
    destination: l.destination?.id ?? null,
    from: formatIsoDate(l.from),
    until: formatIsoDate(l.until),
    departures: departures.map(jsonDeparture),
    ...(departures.length === 0 ? { next: next ? jsonDeparture(next) : null } : {}),
    reason: l.reason,
    notes: l.notes,
    lastChecked: lastChecked === null ? null : formatIsoDate(lastChecked),
  };
}
