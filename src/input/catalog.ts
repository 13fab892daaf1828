/**
 * Turns parsed schedule documents into the domain's Catalog.
 *
 * Every problem is collected as "file:/json/pointer: message" so that a user
 * sees all of them at once; nothing is used until the whole set is sound.
 * The meaning checks (checks.ts) run on what was read, in the same pass, so a
 * lookup and `railnext validate` report exactly the same problems.
 */
import { WEEKDAY_NAMES, type EpochDay } from '../domain/days.js';
import {
  type Catalog,
  type Citation,
  type Confidence,
  type DroppedServices,
  type Fare,
  type Location,
  type Mode,
  type Route,
  type RunRule,
  type Runs,
  type Service,
  type Status,
  type Station,
  type Stop,
  type StopEvent,
  type TravelFact,
  TRAVEL_FACT_KINDS,
} from '../domain/model.js';
import { closestOf } from '../domain/match.js';
import { DataError } from '../errors.js';
import { checkCatalog, type Definition, type Loose, type Places, type RunsPlace } from './checks.js';
import { describe, isObject, own, Reader, type Json } from './reader.js';
import type { RunsJson } from './format.js';
import { structuralFaults } from './structure.js';
import type { Problem } from './problems.js';
import { readNames, readNameSources, readTranslations } from './translations.js';
import { readDue, readTravelFacts } from './travel.js';

export interface ScheduleDocument {
  /** Shown in messages: a path as the user gave it, or "schedules/<name>" for bundled data. */
  file: string;
  data: unknown;
  /** The file's text, when it came from one: problems then carry line numbers. */
  text?: string;
  /** Problems of the text itself, found while reading it (a key given twice, bytes that are not UTF-8). */
  problems?: Problem[];
  /**
   * Documents of one layer are peers: an id defined twice among them is an
   * error. A later layer replaces the stations, routes and services of an
   * earlier one with the same id (a user's file over the bundled data).
   * Defaults to the file, so each document is its own layer.
   */
  layer?: string;
}

export interface ReadOptions {
  /** The instant taken as now (UTC ms), for the "last checked over a year ago" warning; no such warning without it. */
  now?: number;
  /**
   * Layers whose services' own rules and time order are taken as checked (the
   * bundled schedules, which validate and the tests check): ids and names are
   * still checked across every layer.
   */
  checkedLayers?: ReadonlySet<string>;
}

interface Context {
  r: Reader;
  layer: string;
  stations: Map<string, Station>;
  places: Places;
  /** Every `runsIn` read, checked once all services are known. */
  carriers: { id: string; pointer: string; r: Reader }[];
  /** The document's lastChecked, given to what it defines. */
  lastChecked?: EpochDay;
  /**
   * What was read but could not be kept (a bad field in it, or in the route
   * above it): its id still counts for duplicates; a station still answers to
   * its names and its stops are not at an "unknown station"; a service's
   * rules, and its time order when it could be built, are still checked, so
   * one bad value hides nothing else.
   */
  loose: Required<Loose> & { definitions: Definition[]; stationIds: Set<string> };
}

/** The id of a definition that could not be read whole, when it has one. */
function looseDefinition(c: Context, kind: Definition['kind'], value: unknown, pointer: string): void {
  const id = isObject(value) ? own(value, 'id') : undefined;
  if (typeof id === 'string' && id !== '')
    c.loose.definitions.push({ kind, id, place: { reader: c.r, pointer, layer: c.layer } });
}

function readFares(r: Reader, obj: Json, pointer: string): Fare[] {
  if (own(obj, 'fares') === undefined) return [];
  return r.array(obj.fares, `${pointer}/fares`).flatMap((value, i) => {
    const at = `${pointer}/fares/${i}`;
    const fare = r.object(value, at);
    if (!fare) return [];
    r.unknownKeys(fare, at);
    const amount = own(fare, 'amount');
    const badAmount = r.refuses(`${at}/amount`, () => `expected a positive amount, got ${describe(amount)}`);
    const currency = r.shaped(fare, 'currency', at, 'an ISO 4217 code such as RUB');
    const qualifier = r.oneOf(fare, 'qualifier', at, 'exact');
    const covers = r.string(fare, 'covers', at);
    const provenance = readProvenance(r, fare, at);
    const translations = readTranslations(r, fare, at, ['covers']);
    if (badAmount || !currency || !qualifier || !covers) return [];
    return [
      {
        amount: amount as number,
        currency,
        qualifier,
        covers,
        ...provenance,
        ...(translations ? { translations } : {}),
      },
    ];
  });
}

function readCitations(r: Reader, obj: Json, pointer: string): Citation[] {
  if (own(obj, 'citations') === undefined) return [];
  return r.array(obj.citations, `${pointer}/citations`).flatMap((value, i) => {
    const at = `${pointer}/citations/${i}`;
    const cite = r.object(value, at);
    if (!cite) return [];
    r.unknownKeys(cite, at);
    const title = r.string(cite, 'title', at);
    const url = r.optionalString(cite, 'url', at);
    const date = own(cite, 'date') === null ? null : r.shaped(cite, 'date', at, 'YYYY, YYYY-MM or YYYY-MM-DD');
    if (!title || date === undefined) return [];
    return [{ title, url: url ?? null, date }];
  });
}

function readStation(c: Context, value: unknown, pointer: string): Station | undefined {
  const { r } = c;
  const obj = r.object(value, pointer);
  if (!obj) return undefined;
  r.unknownKeys(obj, pointer);
  const id = r.id(obj, 'id', pointer);
  const name = r.string(obj, 'name', pointer);
  const country = r.id(obj, 'country', pointer);
  const timeZone = r.zone(obj, 'timeZone', pointer);
  const aliases = r.strings(obj, 'aliases', pointer);
  const city = r.optionalString(obj, 'city', pointer);
  const notes = r.strings(obj, 'notes', pointer);
  const names = readNames(r, obj, pointer);
  const nameSources = readNameSources(r, obj, pointer, names);
  let location: Location | undefined;
  if (own(obj, 'location') !== undefined) {
    const loc = r.object(obj.location, `${pointer}/location`);
    if (loc) {
      const lat = own(loc, 'lat');
      const lon = own(loc, 'lon');
      const badLat = r.refuses(
        `${pointer}/location/lat`,
        () => `expected a latitude from -90 to 90, got ${describe(lat)}`,
      );
      const badLon = r.refuses(
        `${pointer}/location/lon`,
        () => `expected a longitude from -180 to 180, got ${describe(lon)}`,
      );
      r.unknownKeys(loc, `${pointer}/location`);
      const confidence = r.oneOf(loc, 'confidence', `${pointer}/location`, 'high');
      const note = r.optionalString(loc, 'note', `${pointer}/location`);
      if (!badLat && !badLon && confidence)
        location = { lat: lat as number, lon: lon as number, confidence, ...(note ? { note } : {}) };
    }
  }
  if (!id || !name || !country || !timeZone) {
    const rawId = own(obj, 'id');
    if (typeof rawId === 'string' && rawId !== '') {
      c.loose.stationIds.add(rawId);
      if (name !== undefined) {
        const names = { id: rawId, name, aliases };
        c.loose.stations.push(names);
        c.places.set(names, { reader: r, pointer, layer: c.layer });
      }
    }
    return undefined;
  }
  const station: Station = {
    id,
    name,
    aliases,
    ...(city ? { city } : {}),
    country,
    timeZone,
    ...(location ? { location } : {}),
    notes,
    ...(names ? { names } : {}),
    ...(nameSources ? { nameSources } : {}),
    origin: r.file,
    ...(c.lastChecked !== undefined ? { lastChecked: c.lastChecked } : {}),
  };
  c.places.set(station, { reader: r, pointer, layer: c.layer });
  return station;
}

function readProvenance(
  r: Reader,
  obj: Json,
  pointer: string,
): { confidence: Confidence; sources: string[]; note?: string } {
  const confidence = r.oneOf<Confidence>(obj, 'confidence', pointer) ?? 'low';
  const sources = r.strings(obj, 'sources', pointer);
  const note = r.optionalString(obj, 'note', pointer);
  return { confidence, sources, ...(note ? { note } : {}) };
}

function readEvent(c: Context, value: unknown, pointer: string, station: Station | undefined): StopEvent | undefined {
  const { r } = c;
  const obj = r.object(value, pointer);
  if (!obj) return undefined;
  r.unknownKeys(obj, pointer);
  const rawDay = own(obj, 'day');
  let day: number | null = 0;
  if (rawDay === null) day = null;
  else if (rawDay !== undefined) day = r.integer(obj, 'day', pointer) ?? null;

  const rawTime = own(obj, 'time');
  const time = rawTime === undefined || rawTime === null ? null : (r.time(obj, 'time', pointer) ?? null);
  const zone = own(obj, 'zone') === undefined ? station?.timeZone : r.zone(obj, 'zone', pointer);

  let journeyMinutes: number | null = null;
  if (own(obj, 'journeyMinutes') !== undefined) {
    journeyMinutes = r.integer(obj, 'journeyMinutes', pointer) ?? null;
    if (time !== null || rawDay !== undefined)
      r.problem(`${pointer}/journeyMinutes`, 'a derived time takes no "time" or "day" of its own');
  }
  if (time !== null && day === null) r.problem(`${pointer}/time`, 'a time needs a known day ("day" is null)');
  const rawDerived = own(obj, 'derived');
  r.refuses(`${pointer}/derived`, () => `expected true or false, got ${describe(rawDerived)}`);
  const provenance = readProvenance(r, obj, pointer);
  const translations = readTranslations(r, obj, pointer, ['note']);
  if (!zone) return undefined;
  const event: StopEvent = {
    day,
    time,
    zone,
    journeyMinutes,
    derived: journeyMinutes !== null || rawDerived === true,
    ...provenance,
    ...(translations ? { translations } : {}),
  };
  c.places.set(event, { reader: r, pointer, layer: c.layer });
  return event;
}

function readStop(c: Context, value: unknown, pointer: string): Stop | undefined {
  const { r } = c;
  const obj = r.object(value, pointer);
  if (!obj) return undefined;
  r.unknownKeys(obj, pointer);
  const id = r.reference(obj, 'station', pointer);
  const station = id === undefined ? undefined : c.stations.get(id);
  // A station defined with a bad field has had its problem told: its stops are not at an unknown station.
  if (id !== undefined && !station && !c.loose.stationIds.has(id)) {
    r.problem(
      `${pointer}/station`,
      `unknown station id ${describe(id)}`,
      'error',
      closestOf(id, [...c.stations.keys(), ...c.loose.stationIds]),
    );
  }
  const note = r.optionalString(obj, 'note', pointer);
  const translations = readTranslations(r, obj, pointer, ['note']);
  const number = own(obj, 'number') === null ? null : r.optionalString(obj, 'number', pointer);
  const runsIn =
    own(obj, 'runsIn') === null || own(obj, 'runsIn') === undefined
      ? (own(obj, 'runsIn') as null | undefined)
      : r.reference(obj, 'runsIn', pointer);
  const arrival =
    own(obj, 'arrival') === undefined ? undefined : readEvent(c, obj.arrival, `${pointer}/arrival`, station);
  const departure =
    own(obj, 'departure') === undefined ? undefined : readEvent(c, obj.departure, `${pointer}/departure`, station);
  if (!station) return undefined;
  const stop: Stop = { station, ...(arrival ? { arrival } : {}), ...(departure ? { departure } : {}) };
  if (number !== undefined) stop.number = number;
  if (runsIn !== undefined) {
    stop.runsIn = runsIn;
    if (runsIn !== null) c.carriers.push({ id: runsIn, pointer: `${pointer}/runsIn`, r });
  }
  if (note !== undefined) stop.note = note;
  if (translations) stop.translations = translations;
  return stop;
}

function readRuns(
  r: Reader,
  value: unknown,
  pointer: string,
): { runs: Omit<Runs, 'zone'>; place: Omit<RunsPlace, 'reader' | 'layer'> } | undefined {
  const obj = r.object(value, pointer);
  if (!obj) return undefined;
  r.unknownKeys(obj, pointer);
  const every = r.oneOf<RunsJson['every']>(obj, 'every', pointer);
  // A list the rule does not read is a contradiction: the service runs on other days than it seems to say.
  if (every !== undefined) {
    for (const [key, wants] of [
      ['weekdays', 'week'],
      ['days', 'month'],
    ] as const) {
      if (own(obj, key) !== undefined && every !== wants)
        r.problem(
          `${pointer}/${key}`,
          `"${key}" is ignored under "every": "${every}" (it belongs to "every": "${wants}")`,
          'warning',
        );
    }
  }
  let rule: RunRule | undefined;
  if (every === 'day') rule = { every };
  else if (every === 'week') {
    const names = r.strings(obj, 'weekdays', pointer);
    const weekdays = names.map((n) => WEEKDAY_NAMES.indexOf(n as never) + 1);
    names.forEach((n, i) => {
      if (weekdays[i] === 0)
        r.problem(`${pointer}/weekdays/${i}`, `expected a weekday (${WEEKDAY_NAMES.join(', ')}), got ${describe(n)}`);
    });
    if (names.length === 0) r.problem(`${pointer}/weekdays`, 'a weekly rule needs at least one weekday');
    rule = { every, weekdays: [...new Set(weekdays.filter((d) => d > 0))] };
  } else if (every === 'month') {
    const raw = r.array(own(obj, 'days'), `${pointer}/days`);
    const days = raw.filter(
      (d, i): d is number =>
        !r.refuses(`${pointer}/days/${i}`, () => `expected a day of the month from 1 to 31, got ${describe(d)}`),
    );
    if (raw.length === 0) r.problem(`${pointer}/days`, 'a monthly rule needs at least one day of the month');
    rule = { every, days: [...new Set(days)] };
  }
  const from = r.date(obj, 'from', pointer);
  const rawUntil = own(obj, 'until');
  const until = rawUntil === undefined || rawUntil === null ? null : (r.date(obj, 'until', pointer) ?? null);
  const added = r.dates(obj, 'added', pointer);
  const cancelled = r.dates(obj, 'cancelled', pointer);
  if (!rule || from === undefined) return undefined;
  return {
    runs: { rule, from, until, added: added.map((a) => a.day), cancelled: cancelled.map((a) => a.day) },
    place: { pointer, added: added.map((a) => a.index), cancelled: cancelled.map((a) => a.index) },
  };
}

function readService(c: Context, value: unknown, pointer: string, route: Route): Service | undefined {
  const { r } = c;
  const obj = r.object(value, pointer);
  if (!obj) return undefined;
  r.unknownKeys(obj, pointer);
  const id = r.id(obj, 'id', pointer);
  const name = r.string(obj, 'name', pointer);
  const status = r.oneOf(obj, 'status', pointer, route.status);
  const provenance = readProvenance(r, obj, pointer);
  const notes = r.strings(obj, 'notes', pointer);
  const statusNote = r.optionalString(obj, 'statusNote', pointer);
  const fares = readFares(r, obj, pointer);
  const translations = readTranslations(r, obj, pointer, ['name', 'notes', 'statusNote'], notes.length);

  let number: string | null = null;
  let numberFact: Service['numberFact'];
  const rawNumber = own(obj, 'number');
  if (typeof rawNumber === 'string') number = r.string(obj, 'number', pointer) ?? null;
  else if (isObject(rawNumber)) {
    r.unknownKeys(rawNumber, `${pointer}/number`);
    number = r.string(rawNumber, 'value', `${pointer}/number`) ?? null;
    const translations = readTranslations(r, rawNumber, `${pointer}/number`, ['note']);
    numberFact = { ...readProvenance(r, rawNumber, `${pointer}/number`), ...(translations ? { translations } : {}) };
  } else if (rawNumber !== undefined && rawNumber !== null)
    r.problem(
      `${pointer}/number`,
      `expected a string or {"value", "confidence", "sources"}, got ${describe(rawNumber)}`,
    );

  const timesPerDay = own(obj, 'timesPerDay') === undefined ? 1 : (r.integer(obj, 'timesPerDay', pointer) ?? 1);
  const runs = readRuns(r, own(obj, 'runs'), `${pointer}/runs`);
  const stops = r.array(own(obj, 'stops'), `${pointer}/stops`).map((s, i) => readStop(c, s, `${pointer}/stops/${i}`));
  if (stops.length < 2) r.problem(`${pointer}/stops`, 'a service needs at least two stops');
  const origin = stops[0];
  // Only a first stop without any departure gets this complaint; a bad one has been reported already.
  const rawStops = own(obj, 'stops');
  const rawOrigin = Array.isArray(rawStops) ? rawStops[0] : undefined;
  if (isObject(rawOrigin) && own(rawOrigin, 'departure') === undefined)
    r.problem(`${pointer}/stops/0/departure`, 'the first stop needs a departure (its date may be all that is known)');
  if (origin?.departure && (origin.departure.day !== 0 || origin.departure.journeyMinutes !== null)) {
    r.problem(
      `${pointer}/stops/0/departure`,
      'the first departure is on the service date itself: no "day" or "journeyMinutes"',
    );
  }
  if (!id || !name || !status || !runs || !origin?.departure || stops.some((s) => !s)) {
    // Its rule needs none of the rest: checked all the same.
    if (runs) c.loose.runs.push({ runs: runs.runs, place: { reader: r, layer: c.layer, ...runs.place } });
    return undefined;
  }
  const service: Service = {
    id,
    name,
    route,
    mode: route.mode,
    number,
    ...(numberFact ? { numberFact } : {}),
    ...(translations ? { translations } : {}),
    status,
    ...provenance,
    runs: { ...runs.runs, zone: origin.departure.zone },
    timesPerDay,
    stops: stops as Stop[],
    notes,
    ...(statusNote ? { statusNote } : {}),
    fares,
  };
  c.places.set(service, { reader: r, pointer, layer: c.layer });
  c.places.set(service.runs, { reader: r, layer: c.layer, ...runs.place });
  return service;
}

function readRoute(c: Context, value: unknown, pointer: string): Route | undefined {
  const { r } = c;
  const obj = r.object(value, pointer);
  if (!obj) return undefined;
  r.unknownKeys(obj, pointer);
  const id = r.id(obj, 'id', pointer);
  const name = r.string(obj, 'name', pointer);
  const mode = r.oneOf<Mode>(obj, 'mode', pointer);
  const status = r.oneOf<Status>(obj, 'status', pointer);
  const confidence = r.oneOf<Confidence>(obj, 'confidence', pointer, 'high');
  const notes = r.strings(obj, 'notes', pointer);
  const sources = r.strings(obj, 'sources', pointer);
  const citations = readCitations(r, obj, pointer);
  const translations = readTranslations(r, obj, pointer, ['name', 'notes', 'statusNote'], notes.length);
  const statusNote = r.optionalString(obj, 'statusNote', pointer);
  const due = readDue(r, obj, pointer);
  const [tickets, entry] = TRAVEL_FACT_KINDS.map((kind) =>
    readTravelFacts(r, obj, pointer, kind, (fact, at) => readProvenance(r, fact, at)),
  ) as [TravelFact[], TravelFact[]];
  const services = r.array(own(obj, 'services'), `${pointer}/services`);
  const valid = Boolean(id && name && mode && status && confidence);
  // A route with a bad field still has its services read and checked, against a stand-in of it.
  const route: Route = {
    id: id ?? '',
    name: name ?? '',
    mode: mode ?? 'train',
    status: status ?? 'running',
    confidence: confidence ?? 'high',
    ...(translations ? { translations } : {}),
    notes,
    sources,
    citations,
    ...(statusNote ? { statusNote } : {}),
    tickets,
    entry,
    ...(due ? { due } : {}),
    services: [],
    origin: r.file,
    ...(c.lastChecked !== undefined ? { lastChecked: c.lastChecked } : {}),
  };
  c.places.set(route, { reader: r, pointer, layer: c.layer });
  for (const [i, s] of services.entries()) {
    const service = readService(c, s, `${pointer}/services/${i}`, route);
    if (service && valid) route.services.push(service);
    else if (service) {
      c.loose.services.push(service);
      looseDefinition(c, 'service', s, `${pointer}/services/${i}`);
    } else looseDefinition(c, 'service', s, `${pointer}/services/${i}`);
  }
  return valid ? route : undefined;
}

/**
 * Reads schedule documents into one Catalog and runs every check on it.
 * Never throws for bad data: the problems (errors and warnings) come back with
 * the catalog, which is sound only when none of them is an error.
 */
export function readCatalog(
  documents: ScheduleDocument[],
  options: ReadOptions = {},
): { catalog: Catalog; problems: Problem[] } {
  const problems: Problem[] = [];
  const places: Places = new WeakMap();
  const stations = new Map<string, Station>();
  const roots: { c: Context; obj: Json }[] = [];
  const definitions: Definition[] = [];
  const checked: { r: Reader; day: EpochDay }[] = [];
  const carriers: Context['carriers'] = [];
  const sourcesUpTo: string[] = [];
  const fileOrder = new Map<Reader, number>();
  const loose: Context['loose'] = { definitions: [], services: [], stations: [], runs: [], stationIds: new Set() };

  for (const doc of documents) {
    const layer = doc.layer ?? doc.file;
    // The bundled files too, at every start: an installed copy may have been edited, and must not print wrong times.
    const c: Context = {
      r: new Reader(doc.file, problems, doc.text, structuralFaults(doc.data)),
      layer,
      stations,
      places,
      carriers,
      loose,
    };
    fileOrder.set(c.r, fileOrder.size);
    const obj = c.r.object(doc.data, '');
    if (!obj) continue;
    if (own(obj, 'stations') === undefined && own(obj, 'routes') === undefined) {
      c.r.problem('', 'not a railnext schedule: it has neither "stations" nor "routes"');
      continue;
    }
    c.r.unknownKeys(obj, '');
    if (own(obj, 'lastChecked') !== undefined) {
      const day = c.r.date(obj, 'lastChecked', '');
      if (day !== undefined) {
        checked.push({ r: c.r, day });
        c.lastChecked = day;
      }
    }
    if (own(obj, 'sourcesUpTo') !== undefined) {
      const month = c.r.shaped(obj, 'sourcesUpTo', '', 'a month YYYY-MM');
      if (month !== undefined) sourcesUpTo.push(month);
    }
    for (const [i, s] of c.r.array(own(obj, 'stations'), '/stations').entries()) {
      const station = readStation(c, s, `/stations/${i}`);
      if (!station) {
        looseDefinition(c, 'station', s, `/stations/${i}`);
        continue;
      }
      definitions.push({ kind: 'station', id: station.id, place: places.get(station)! });
      stations.set(station.id, station);
    }
    roots.push({ c, obj });
  }

  const routes = new Map<string, Route>();
  const replacedRoutes: { earlier: Route; c: Context; pointer: string }[] = [];
  for (const { c, obj } of roots) {
    for (const [i, value] of c.r.array(own(obj, 'routes'), '/routes').entries()) {
      const route = readRoute(c, value, `/routes/${i}`);
      if (!route) {
        looseDefinition(c, 'route', value, `/routes/${i}`);
        continue;
      }
      definitions.push({ kind: 'route', id: route.id, place: places.get(route)! });
      const earlier = routes.get(route.id);
      if (earlier && places.get(earlier)?.layer !== c.layer)
        replacedRoutes.push({ earlier, c, pointer: `/routes/${i}` });
      routes.set(route.id, route);
    }
  }

  // A service is replaced by a later layer's service of the same id, whichever route holds it.
  const services = new Map<string, Service>();
  const replaced = new Set<Service>();
  for (const route of routes.values()) {
    for (const service of route.services) {
      definitions.push({ kind: 'service', id: service.id, place: places.get(service)! });
      const earlier = services.get(service.id);
      if (earlier && earlier.route !== route) replaced.add(earlier);
      services.set(service.id, service);
    }
  }
  // Once per route, not once per replaced service: a layer may replace thousands.
  if (replaced.size > 0)
    for (const route of routes.values()) route.services = route.services.filter((s) => !replaced.has(s));

  const dropped = droppedServices(replacedRoutes, services, places);

  // A service defined with a bad field has had its problem told: a car running in it is not in an unknown service.
  const looseServices = new Set(loose.definitions.filter((d) => d.kind === 'service').map((d) => d.id));
  for (const carrier of carriers)
    if (!services.has(carrier.id) && !looseServices.has(carrier.id))
      carrier.r.problem(carrier.pointer, `unknown service id ${describe(carrier.id)}`);

  const routeList = [...routes.values()];
  const lastChecked = checked.length === 0 ? null : Math.min(...checked.map((c) => c.day));
  // The newest source of all the files: YYYY-MM strings sort as dates.
  // biome-ignore lint/complexity/useMathMinMax: the months are strings; Math.max would make them NaN.
  const newest = sourcesUpTo.length === 0 ? null : sourcesUpTo.reduce((a, b) => (a > b ? a : b));
  const catalog: Catalog = {
    stations: [...stations.values()],
    routes: routeList,
    services: routeList.flatMap((route) => route.services),
    lastChecked,
    sourcesUpTo: newest,
    ...(dropped.length ? { dropped } : {}),
  };
  checkCatalog(
    catalog,
    places,
    [...definitions, ...loose.definitions],
    checked,
    options.now,
    loose,
    options.checkedLayers,
    fileOrder,
  );
  return { catalog, problems };
}

/**
 * The services a replacing route leaves out (a user file giving one direction
 * of a bundled route drops the other), each a warning: replacing is allowed,
 * losing a service without a word is not.
 */
function droppedServices(
  replaced: { earlier: Route; c: Context; pointer: string }[],
  services: Map<string, Service>,
  places: Places,
): DroppedServices[] {
  const dropped: DroppedServices[] = [];
  for (const { earlier, c, pointer } of replaced) {
    const ids = earlier.services.map((s) => s.id).filter((id) => !services.has(id));
    if (ids.length === 0) continue;
    const was = places.get(earlier)?.reader.file ?? '';
    const them = ids.length === 1 ? 'it' : 'them';
    c.r.problem(
      pointer,
      `replaces the route "${earlier.id}" of ${was} without its ${ids.length === 1 ? 'service' : 'services'} ${ids.join(', ')}, no longer listed; copy ${them} into this route to keep ${them}`,
      'warning',
    );
    dropped.push({ route: earlier.id, services: ids, file: c.r.file, replaced: was });
  }
  return dropped;
}

/** Reads schedule documents into one Catalog; throws DataError listing every error (warnings are left to `railnext validate`). */
export function buildCatalog(documents: ScheduleDocument[], options: ReadOptions = {}): Catalog {
  const { catalog, problems } = readCatalog(documents, options);
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) throw new DataError(errors);
  return catalog;
}
