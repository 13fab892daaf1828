/**
 * A static GTFS feed (https://gtfs.org/schedule/reference/) of the departures
 * in a window: pure, from departures to the text of each file.
 *
 * GTFS has one clock per feed (agency_timezone) and no day-of-month rule, so
 * every trip is written on dated service days (calendar_dates.txt) with its
 * times counted from "noon minus 12 h" of the service day in the agency zone,
 * past 24:00:00 for multi-day trips. Each stop keeps its own zone in stop_timezone.
 *
 * Nothing is invented. A stop whose time is not published keeps empty times
 * (allowed for stops that are not timepoints); a derived time is written with
 * timepoint=0 ("approximate"). A trip must have times at its first and last
 * stop, so it runs from the first to the last stop whose time is known, with
 * the service's real destination as its headsign; a service with fewer than
 * two known times has no trip and is reported as left out.
 *
 * A feed is CSV that people open in spreadsheets and `cat`: names and other
 * schedule text go through the same guard as the CSV output (guard.ts), ids
 * as they are (validate refuses an id the guard would change).
 */
import { formatIsoDate, MS_PER_MINUTE, type EpochDay } from '../domain/days.js';
import { resolveEvent, type Departure } from '../domain/expand.js';
import type { Mode, Route, Service, Station } from '../domain/model.js';
import { dayAt, instantAt } from '../present/clock.js';
import { csvRecord } from './csv.js';
import { agencyOf, type Agency } from './gtfs-agencies.js';
import { safe, spreadsheetCell } from '../text-guard.js';

export interface GtfsOptions {
  /** The feed's one agency_timezone. */
  agencyTimeZone: string;
  /** The window, for feed_info. */
  first: EpochDay;
  last: EpochDay;
  version: string;
  lastChecked: EpochDay | null;
}

export interface GtfsFeed {
  /** File name → its text (CSV with a header). */
  files: Record<string, string>;
  tripCount: number;
  serviceDays: number;
  /** Services with departures in the window but too few known times to make a trip. */
  leftOut: Service[];
}

export const GTFS_AGENCY_URL = 'https://www.npmjs.com/package/railnext';

/** The agency of a country no railway is known for here (a user's schedules): named as such, never guessed. */
function fallbackAgency(country: string): Agency {
  return {
    id: `railway-${country.toLowerCase()}`,
    name: `The railway of ${safe(country)} (not named in the schedules)`,
    url: GTFS_AGENCY_URL,
    lang: 'en',
  };
}

/** A cell of schedule text: escaped and kept from starting a formula, as in the CSV output. */
const textCell = (text: string | null): string | null => (text === null ? null : spreadsheetCell(safe(text)));

/**
 * The languages of a station's names by their script: the first alias in
 * Cyrillic is Russian, in Hangul Korean, in Han characters Chinese. The
 * schedules do not tag aliases with a language; the script is what they say.
 */
const SCRIPTS: readonly [string, RegExp][] = [
  ['ru', /\p{Script=Cyrillic}/u],
  ['ko', /\p{Script=Hangul}/u],
  ['zh', /\p{Script=Han}/u],
];

/** translations.txt rows of one stop: [language, name] per script found among its aliases. */
export function stopNameTranslations(station: Station): [string, string][] {
  const out: [string, string][] = [];
  for (const [lang, script] of SCRIPTS) {
    const name = station.aliases.find(
      (alias) => script.test(alias) && !SCRIPTS.some(([other, s]) => other !== lang && s.test(alias)),
    );
    if (name !== undefined) out.push([lang, name]);
  }
  return out;
}

/** GTFS route_type: 2 rail, 3 bus. */
const ROUTE_TYPE: Record<Mode, number> = { train: 2, bus: 3, road: 3, cableway: 6, river: 4 };

interface StopTime {
  stop: Station;
  sequence: number;
  /** Seconds after noon-minus-12h of the service day; null when not published. */
  arrival: number | null;
  departure: number | null;
  exact: boolean;
}

interface Trip {
  id: string;
  service: Service;
  stopTimes: StopTime[];
  days: EpochDay[];
}

/** HH:MM:SS, with hours past 24 for later days (198:00:00). */
export function formatGtfsTime(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}:${s < 10 ? '0' : ''}${s}`;
}

const basicDate = (day: EpochDay): string => formatIsoDate(day).replace(/-/g, '');

/** The stop times of one departure of a whole service, or undefined when fewer than two stops have a known time. */
function stopTimesOf(d: Departure, zone: string): { day: EpochDay; stopTimes: StopTime[] } | undefined {
  const s = d.service;
  const events = s.stops.map((stop, i) => {
    const arrival = resolveEvent(s, d.serviceDate, i, 'arrival');
    const departure = resolveEvent(s, d.serviceDate, i, 'departure');
    // One known time at a stop serves as both, as GTFS asks when the two are not told apart.
    const arr = arrival.instant ?? departure.instant;
    const dep = departure.instant ?? arrival.instant;
    const derived = (arrival.instant !== null && arrival.derived) || (departure.instant !== null && departure.derived);
    return { stop, index: i, arr, dep, exact: arr !== null && !derived };
  });
  const timed = events.filter((e) => e.arr !== null);
  if (timed.length < 2) return undefined;
  const firstTimed = timed[0]!;
  const lastTimed = timed[timed.length - 1]!;
  const day = dayAt(zone, firstTimed.dep!);
  const base = instantAt(zone, day, 12 * 60) - 12 * 60 * MS_PER_MINUTE;
  const seconds = (instant: number | null) => (instant === null ? null : Math.round((instant - base) / 1000));
  const stopTimes = events.slice(firstTimed.index, lastTimed.index + 1).map((e) => ({
    stop: e.stop.station,
    sequence: e.index + 1,
    arrival: seconds(e.arr),
    departure: seconds(e.dep),
    exact: e.exact,
  }));
  return { day, stopTimes };
}

const patternKey = (stopTimes: StopTime[]): string =>
  stopTimes.map((t) => `${t.stop.id}/${t.arrival}/${t.departure}/${t.exact}`).join(' ');

/** Builds the feed from every departure (whole services, origin to terminus) in the window. */
export function gtfsFeed(departures: Iterable<Departure>, options: GtfsOptions): GtfsFeed {
  const trips = new Map<string, Trip>();
  const perService = new Map<Service, number>();
  const leftOut = new Set<Service>();
  for (const d of departures) {
    const found = stopTimesOf(d, options.agencyTimeZone);
    if (!found) {
      leftOut.add(d.service);
      continue;
    }
    // A clock change (Pyongyang in 2015 and 2018) gives the same service other times: another trip.
    const key = `${d.service.id} ${patternKey(found.stopTimes)}`;
    let trip = trips.get(key);
    if (!trip) {
      const n = (perService.get(d.service) ?? 0) + 1;
      perService.set(d.service, n);
      trip = {
        id: n === 1 ? d.service.id : `${d.service.id}.${n}`,
        service: d.service,
        stopTimes: found.stopTimes,
        days: [],
      };
      trips.set(key, trip);
    }
    if (trip.days[trip.days.length - 1] !== found.day) trip.days.push(found.day);
  }
  // Readers such as gtfs-utils expect trips, stop_times and calendar_dates sorted by id.
  const sorted = [...trips.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  // One agency per route in GTFS: a route whose services start in two countries is a route per railway.
  // Counted over all of the route's services, not those in the window, so a route's ids do not change with the window.
  const agencyOfService = (s: Service) => agencyOf(s) ?? fallbackAgency(s.stops[0]!.station.country);
  const agencyOfTrip = (t: Trip) => agencyOfService(t.service);
  const split = (route: Route) => new Set(route.services.map((s) => agencyOfService(s).id)).size > 1;
  const routeIdOf = (t: Trip) =>
    split(t.service.route) ? `${t.service.route.id}.${agencyOfTrip(t).id}` : t.service.route.id;
  const routes = new Map<string, { route: Route; agency: Agency }>();
  const agencies = new Map<string, Agency>();
  const stops = new Map<string, Station>();
  for (const t of sorted) {
    const agency = agencyOfTrip(t);
    agencies.set(agency.id, agency);
    routes.set(routeIdOf(t), { route: t.service.route, agency });
    for (const st of t.stopTimes) stops.set(st.stop.id, st.stop);
  }
  // The window counts local dates at departure stations; a service day on the agency's clock may fall a day outside it.
  let feedFirst = options.first;
  let feedLast = options.last;
  for (const t of sorted) {
    feedFirst = Math.min(feedFirst, t.days[0]!);
    feedLast = Math.max(feedLast, t.days[t.days.length - 1]!);
  }
  const file = (header: readonly string[], rows: (string | number | null)[][]) =>
    [header, ...rows].map(csvRecord).join('');
  const lastStop = (s: Service) => s.stops[s.stops.length - 1]!.station;
  const files: Record<string, string> = {
    // GTFS asks every agency of a feed for the same agency_timezone: the feed's one clock.
    'agency.txt': file(
      ['agency_id', 'agency_name', 'agency_url', 'agency_timezone', 'agency_lang'],
      [...agencies.values()]
        .sort((a, b) => (a.id < b.id ? -1 : 1))
        .map((a) => [a.id, a.name, a.url, options.agencyTimeZone, a.lang]),
    ),
    'stops.txt': file(
      ['stop_id', 'stop_name', 'stop_lat', 'stop_lon', 'location_type', 'stop_timezone'],
      [...stops.values()].map((s) => [
        s.id,
        textCell(s.name),
        s.location?.lat ?? null,
        s.location?.lon ?? null,
        0,
        s.timeZone,
      ]),
    ),
    'routes.txt': file(
      ['route_id', 'agency_id', 'route_short_name', 'route_long_name', 'route_type'],
      [...routes.entries()].map(([id, { route, agency }]) => [
        id,
        agency.id,
        null,
        textCell(route.name),
        ROUTE_TYPE[route.mode],
      ]),
    ),
    'trips.txt': file(
      ['route_id', 'service_id', 'trip_id', 'trip_headsign', 'trip_short_name'],
      sorted.map((t) => [routeIdOf(t), t.id, t.id, textCell(lastStop(t.service).name), textCell(t.service.number)]),
    ),
    'stop_times.txt': file(
      ['trip_id', 'arrival_time', 'departure_time', 'stop_id', 'stop_sequence', 'timepoint'],
      sorted.flatMap((t) =>
        t.stopTimes.map((st) => [
          t.id,
          st.arrival === null ? null : formatGtfsTime(st.arrival),
          st.departure === null ? null : formatGtfsTime(st.departure),
          st.stop.id,
          st.sequence,
          st.exact ? 1 : 0,
        ]),
      ),
    ),
    'calendar_dates.txt': file(
      ['service_id', 'date', 'exception_type'],
      sorted.flatMap((t) => t.days.map((day) => [t.id, basicDate(day), 1])),
    ),
    'feed_info.txt': file(
      ['feed_publisher_name', 'feed_publisher_url', 'feed_lang', 'feed_start_date', 'feed_end_date', 'feed_version'],
      [
        [
          'railnext',
          GTFS_AGENCY_URL,
          'en',
          basicDate(feedFirst),
          basicDate(feedLast),
          `railnext ${options.version}${options.lastChecked === null ? '' : `, data checked ${formatIsoDate(options.lastChecked)}`}`,
        ],
      ],
    ),
    // The station names in their own scripts (GTFS translations.txt, keyed by record_id).
    'translations.txt': file(
      ['table_name', 'field_name', 'language', 'translation', 'record_id'],
      [...stops.values()].flatMap((s) =>
        stopNameTranslations(s).map(([lang, name]) => ['stops', 'stop_name', lang, textCell(name), s.id]),
      ),
    ),
  };
  return {
    files,
    tripCount: sorted.length,
    serviceDays: sorted.reduce((n, t) => n + t.days.length, 0),
    leftOut: [...leftOut],
  };
}
