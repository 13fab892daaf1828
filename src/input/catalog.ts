/**
 * Turns parsed schedule documents into the domain's Catalog.
 *
 * Every problem is collected as "file:/json/pointer: message" so that a user
 * sees all of them at once; nothing is used until the whole set is sound.
 */
import { parseClock, parseIsoDate, WEEKDAY_NAMES, type EpochDay } from '../domain/days.js';
import {
  CONFIDENCES,
  MODES,
  STATUSES,
  type Catalog,
  type Confidence,
  type Location,
  type Route,
  type RunRule,
  type Runs,
  type Service,
  type Station,
  type Stop,
  type StopEvent,
} from '../domain/model.js';
import { canonicalZoneCase, isKnownZone } from '../domain/zones.js';
import { DataError } from '../errors.js';

export interface ScheduleDocument {
  /** Shown in messages: a path, or "bundled:<name>". */
  file: string;
  data: unknown;
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Collects problems while reading one document. */
class Reader {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {}

  problem(pointer: string, message: string): void {
    this.problems.push(`${this.file}:${pointer || '/'}: ${message}`);
  }

  object(value: unknown, pointer: string): Json | undefined {
    if (isObject(value)) return value;
    this.problem(pointer, `expected an object, got ${describe(value)}`);
    return undefined;
  }

  array(value: unknown, pointer: string): unknown[] {
    if (Array.isArray(value)) return value;
    this.problem(pointer, `expected an array, got ${describe(value)}`);
    return [];
  }

  string(obj: Json, key: string, pointer: string): string | undefined {
    const v = obj[key];
    if (typeof v === 'string' && v.trim() !== '') return v;
    this.problem(`${pointer}/${key}`, v === undefined ? 'is required' : `expected a non-empty string, got ${describe(v)}`);
    return undefined;
  }

  optionalString(obj: Json, key: string, pointer: string): string | undefined {
    return obj[key] === undefined ? undefined : this.string(obj, key, pointer);
  }

  strings(obj: Json, key: string, pointer: string): string[] {
    const v = obj[key];
    if (v === undefined) return [];
    const items = this.array(v, `${pointer}/${key}`);
    return items.filter((item, i): item is string => {
      if (typeof item === 'string') return true;
      this.problem(`${pointer}/${key}/${i}`, `expected a string, got ${describe(item)}`);
      return false;
    });
  }

  oneOf<T extends string>(obj: Json, key: string, pointer: string, choices: readonly T[], fallback?: T): T | undefined {
    const v = obj[key];
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v === 'string' && (choices as readonly string[]).includes(v)) return v as T;
    this.problem(`${pointer}/${key}`, v === undefined ? 'is required' : `expected one of ${choices.join(', ')}, got ${describe(v)}`);
    return undefined;
  }

  date(obj: Json, key: string, pointer: string): EpochDay | undefined {
    const v = obj[key];
    const day = typeof v === 'string' ? parseIsoDate(v) : undefined;
    if (day === undefined) this.problem(`${pointer}/${key}`, v === undefined ? 'is required' : `expected a date YYYY-MM-DD, got ${describe(v)}`);
    return day;
  }

  dates(obj: Json, key: string, pointer: string): EpochDay[] {
    const v = obj[key];
    if (v === undefined) return [];
    return this.array(v, `${pointer}/${key}`).flatMap((item, i) => {
      const day = typeof item === 'string' ? parseIsoDate(item) : undefined;
      if (day === undefined) this.problem(`${pointer}/${key}/${i}`, `expected a date YYYY-MM-DD, got ${describe(item)}`);
      return day === undefined ? [] : [day];
    });
  }

  zone(obj: Json, key: string, pointer: string): string | undefined {
    const name = this.string(obj, key, pointer);
    if (name === undefined) return undefined;
    if (isKnownZone(name)) return name;
    const canonical = canonicalZoneCase(name);
    this.problem(`${pointer}/${key}`, canonical ? `time zone "${name}" is spelled "${canonical}"` : `unknown time zone "${name}" (expected an IANA zone such as Asia/Vladivostok)`);
    return undefined;
  }

  integer(obj: Json, key: string, pointer: string, min: number, max: number): number | undefined {
    const v = obj[key];
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
    this.problem(`${pointer}/${key}`, v === undefined ? 'is required' : `expected a whole number from ${min} to ${max}, got ${describe(v)}`);
    return undefined;
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}

const STATION_KEYS = new Set(['id', 'name', 'aliases', 'city', 'country', 'timeZone', 'location', 'notes']);

function readStation(r: Reader, value: unknown, pointer: string): Station | undefined {
  const obj = r.object(value, pointer);
  if (!obj) return undefined;
  warnUnknownKeys(r, obj, pointer, STATION_KEYS);
  const id = r.string(obj, 'id', pointer);
  const name = r.string(obj, 'name', pointer);
  const country = r.string(obj, 'country', pointer);
  const timeZone = r.zone(obj, 'timeZone', pointer);
  const aliases = r.strings(obj, 'aliases', pointer);
  const city = r.optionalString(obj, 'city', pointer);
  const notes = r.strings(obj, 'notes', pointer);
  let location: Location | undefined;
  if (obj.location !== undefined) {
    const loc = r.object(obj.location, `${pointer}/location`);
    if (loc) {
      const lat = loc.lat;
      const lon = loc.lon;
      if (typeof lat !== 'number' || lat < -90 || lat > 90) r.problem(`${pointer}/location/lat`, `expected a latitude from -90 to 90, got ${describe(lat)}`);
      if (typeof lon !== 'number' || lon < -180 || lon > 180) r.problem(`${pointer}/location/lon`, `expected a longitude from -180 to 180, got ${describe(lon)}`);
      const confidence = r.oneOf(loc, 'confidence', `${pointer}/location`, CONFIDENCES, 'high');
      const note = r.optionalString(loc, 'note', `${pointer}/location`);
      if (typeof lat === 'number' && typeof lon === 'number' && confidence) location = { lat, lon, confidence, ...(note ? { note } : {}) };
    }
  }
  if (!id || !name || !country || !timeZone) return undefined;
  return { id, name, aliases, ...(city ? { city } : {}), country, timeZone, ...(location ? { location } : {}), notes, origin: r.file };
}

function warnUnknownKeys(r: Reader, obj: Json, pointer: string, known: Set<string>): void {
  for (const key of Object.keys(obj)) {
    if (!known.has(key)) r.problem(`${pointer}/${escapePointer(key)}`, `unknown field "${key}"`);
  }
}

/** Escapes a key for a JSON pointer (RFC 6901). */
function escapePointer(key: string): string {
  return key.replace(/~/g, '~0').replace(/\//g, '~1');
}

function readProvenance(r: Reader, obj: Json, pointer: string): { confidence: Confidence; sources: string[]; note?: string } {
  const confidence = r.oneOf(obj, 'confidence', pointer, CONFIDENCES) ?? 'low';
  const sources = r.strings(obj, 'sources', pointer);
  const note = r.optionalString(obj, 'note', pointer);
  return { confidence, sources, ...(note ? { note } : {}) };
}

const EVENT_KEYS = new Set(['day', 'time', 'zone', 'journeyMinutes', 'confidence', 'sources', 'note']);

function readEvent(r: Reader, value: unknown, pointer: string, station: Station | undefined): StopEvent | undefined {
  const obj = r.object(value, pointer);
  if (!obj) return undefined;
  warnUnknownKeys(r, obj, pointer, EVENT_KEYS);
  let day: number | null = 0;
  if (obj.day === null) day = null;
  else if (obj.day !== undefined) day = r.integer(obj, 'day', pointer, 0, 366) ?? null;

  let time: number | null = null;
  if (obj.time !== undefined && obj.time !== null) {
    const parsed = typeof obj.time === 'string' ? parseClock(obj.time) : undefined;
    if (parsed === undefined) r.problem(`${pointer}/time`, `expected a time HH:MM from 00:00 to 23:59, got ${describe(obj.time)}`);
    else time = parsed;
  }
  const zone = obj.zone === undefined ? station?.timeZone : r.zone(obj, 'zone', pointer);

  let journeyMinutes: number | null = null;
  if (obj.journeyMinutes !== undefined) {
    journeyMinutes = r.integer(obj, 'journeyMinutes', pointer, 0, 60 * 24 * 366) ?? null;
    if (time !== null || obj.day !== undefined) r.problem(`${pointer}/journeyMinutes`, 'a derived time takes no "time" or "day" of its own');
  }
  if (time !== null && day === null) r.problem(`${pointer}/time`, 'a time needs a known day ("day" is null)');
  const provenance = readProvenance(r, obj, pointer);
  if (!zone) return undefined;
  return { day, time, zone, journeyMinutes, ...provenance };
}

const STOP_KEYS = new Set(['station', 'arrival', 'departure', 'note']);

function readStop(r: Reader, value: unknown, pointer: string, stations: Map<string, Station>): Stop | undefined {
  const obj = r.object(value, pointer);
  if (!obj) return undefined;
  warnUnknownKeys(r, obj, pointer, STOP_KEYS);
  const id = r.string(obj, 'station', pointer);
  const station = id === undefined ? undefined : stations.get(id);
  if (id !== undefined && !station) r.problem(`${pointer}/station`, `unknown station id "${id}"`);
  const arrival = obj.arrival === undefined ? undefined : readEvent(r, obj.arrival, `${pointer}/arrival`, station);
  const departure = obj.departure === undefined ? undefined : readEvent(r, obj.departure, `${pointer}/departure`, station);
  if (!station) return undefined;
  return { station, ...(arrival ? { arrival } : {}), ...(departure ? { departure } : {}) };
}

const RUNS_KEYS = new Set(['every', 'weekdays', 'days', 'from', 'until', 'added', 'cancelled']);

function readRuns(r: Reader, value: unknown, pointer: string): Omit<Runs, 'zone'> | undefined {
  const obj = r.object(value, pointer);
  if (!obj) return undefined;
  warnUnknownKeys(r, obj, pointer, RUNS_KEYS);
  const every = r.oneOf(obj, 'every', pointer, ['day', 'week', 'month'] as const);
  let rule: RunRule | undefined;
  if (every === 'day') rule = { every };
  else if (every === 'week') {
    const names = r.strings(obj, 'weekdays', pointer);
    const weekdays = names.map((n) => WEEKDAY_NAMES.indexOf(n.toLowerCase() as never) + 1);
    names.forEach((n, i) => {
      if (weekdays[i] === 0) r.problem(`${pointer}/weekdays/${i}`, `expected a weekday (${WEEKDAY_NAMES.join(', ')}), got ${describe(n)}`);
    });
    if (names.length === 0) r.problem(`${pointer}/weekdays`, 'a weekly rule needs at least one weekday');
    rule = { every, weekdays: weekdays.filter((d) => d > 0) };
  } else if (every === 'month') {
    const raw = r.array(obj.days ?? [], `${pointer}/days`);
    const days = raw.filter((d, i): d is number => {
      if (typeof d === 'number' && Number.isInteger(d) && d >= 1 && d <= 31) return true;
      r.problem(`${pointer}/days/${i}`, `expected a day of the month from 1 to 31, got ${describe(d)}`);
      return false;
    });
    if (raw.length === 0) r.problem(`${pointer}/days`, 'a monthly rule needs at least one day of the month');
    rule = { every, days };
  }
  const from = r.date(obj, 'from', pointer);
  const until = obj.until === undefined || obj.until === null ? null : (r.date(obj, 'until', pointer) ?? null);
  const added = r.dates(obj, 'added', pointer);
  const cancelled = r.dates(obj, 'cancelled', pointer);
  if (!rule || from === undefined) return undefined;
  return { rule, from, until, added, cancelled };
}

const SERVICE_KEYS = new Set(['id', 'name', 'number', 'status', 'confidence', 'sources', 'note', 'notes', 'runs', 'timesPerDay', 'stops']);

function readService(r: Reader, value: unknown, pointer: string, route: Route, stations: Map<string, Station>): Service | undefined {
  const obj = r.object(value, pointer);
  if (!obj) return undefined;
  warnUnknownKeys(r, obj, pointer, SERVICE_KEYS);
  const id = r.string(obj, 'id', pointer);
  const name = r.string(obj, 'name', pointer);
  const status = r.oneOf(obj, 'status', pointer, STATUSES, route.status);
  const provenance = readProvenance(r, obj, pointer);
  const notes = r.strings(obj, 'notes', pointer);

  let number: string | null = null;
  let numberFact: Service['numberFact'];
  if (typeof obj.number === 'string') number = obj.number;
  else if (isObject(obj.number)) {
    number = r.string(obj.number, 'value', `${pointer}/number`) ?? null;
    numberFact = readProvenance(r, obj.number, `${pointer}/number`);
  } else if (obj.number !== undefined && obj.number !== null) r.problem(`${pointer}/number`, `expected a string or {"value", "confidence", "sources"}, got ${describe(obj.number)}`);

  const timesPerDay = obj.timesPerDay === undefined ? 1 : (r.integer(obj, 'timesPerDay', pointer, 1, 1440) ?? 1);
  const runs = readRuns(r, obj.runs, `${pointer}/runs`);
  const stops = r.array(obj.stops, `${pointer}/stops`).map((s, i) => readStop(r, s, `${pointer}/stops/${i}`, stations));
  if (stops.length < 2) r.problem(`${pointer}/stops`, 'a service needs at least two stops');
  const origin = stops[0];
  const rawOrigin = Array.isArray(obj.stops) ? obj.stops[0] : undefined;
  if (isObject(rawOrigin) && rawOrigin.departure === undefined) r.problem(`${pointer}/stops/0/departure`, 'the first stop needs a departure (its date may be all that is known)');
  if (origin?.departure && (origin.departure.day !== 0 || origin.departure.journeyMinutes !== null)) {
    r.problem(`${pointer}/stops/0/departure`, 'the first departure is on the service date itself: no "day" or "journeyMinutes"');
  }
  if (!id || !name || !status || !runs || !origin?.departure || stops.some((s) => !s)) return undefined;
  return {
    id,
    name,
    route,
    mode: route.mode,
    number,
    ...(numberFact ? { numberFact } : {}),
    status,
    ...provenance,
    runs: { ...runs, zone: origin.departure.zone },
    timesPerDay,
    stops: stops as Stop[],
    notes,
  };
}

const ROUTE_KEYS = new Set(['id', 'name', 'mode', 'status', 'confidence', 'notes', 'sources', 'services']);

function readRoute(r: Reader, value: unknown, pointer: string, stations: Map<string, Station>): Route | undefined {
  const obj = r.object(value, pointer);
  if (!obj) return undefined;
  warnUnknownKeys(r, obj, pointer, ROUTE_KEYS);
  const id = r.string(obj, 'id', pointer);
  const name = r.string(obj, 'name', pointer);
  const mode = r.oneOf(obj, 'mode', pointer, MODES);
  const status = r.oneOf(obj, 'status', pointer, STATUSES);
  const confidence = r.oneOf(obj, 'confidence', pointer, CONFIDENCES, 'high');
  if (!id || !name || !mode || !status || !confidence) return undefined;
  const route: Route = { id, name, mode, status, confidence, notes: r.strings(obj, 'notes', pointer), sources: r.strings(obj, 'sources', pointer), services: [], origin: r.file };
  const services = r.array(obj.services ?? [], `${pointer}/services`);
  for (const [i, s] of services.entries()) {
    const service = readService(r, s, `${pointer}/services/${i}`, route, stations);
    if (service) route.services.push(service);
  }
  return route;
}

const DOCUMENT_KEYS = new Set(['$schema', 'lastChecked', 'stations', 'routes']);

/** Reads schedule documents into one Catalog; later documents replace earlier stations and routes of the same id. Throws DataError listing every problem. */
export function buildCatalog(documents: ScheduleDocument[]): Catalog {
  const problems: string[] = [];
  const stations = new Map<string, Station>();
  const roots: { r: Reader; obj: Json }[] = [];
  let lastChecked: EpochDay | null = null;

  for (const doc of documents) {
    const r = new Reader(doc.file, problems);
    const obj = r.object(doc.data, '');
    if (!obj) continue;
    warnUnknownKeys(r, obj, '', DOCUMENT_KEYS);
    if (obj.stations === undefined && obj.routes === undefined) r.problem('', 'not a railnext schedule: it has neither "stations" nor "routes"');
    if (obj.lastChecked !== undefined) {
      const checked = r.date(obj, 'lastChecked', '');
      if (checked !== undefined && (lastChecked === null || checked < lastChecked)) lastChecked = checked;
    }
    for (const [i, s] of r.array(obj.stations ?? [], '/stations').entries()) {
      const station = readStation(r, s, `/stations/${i}`);
      if (station) stations.set(station.id, station);
    }
    roots.push({ r, obj });
  }

  const routes = new Map<string, Route>();
  for (const { r, obj } of roots) {
    for (const [i, value] of r.array(obj.routes ?? [], '/routes').entries()) {
      const route = readRoute(r, value, `/routes/${i}`, stations);
      if (route) routes.set(route.id, route);
    }
  }
  if (problems.length > 0) throw new DataError(problems);

  const routeList = [...routes.values()];
  return { stations: [...stations.values()], routes: routeList, services: routeList.flatMap((route) => route.services), lastChecked };
}
