/**
 * `railnext routes` and `railnext stations`: the catalogue as text or JSON.
 */
import { formatClock, formatIsoDate, WEEKDAY_NAMES } from '../domain/days.js';
import type { Catalog, Route, Service, Station, StopEvent } from '../domain/model.js';
import { serviceDates } from '../domain/rules.js';
import { english, type Locale } from '../i18n/locale.js';
import { checkedInWords } from '../i18n/remarks.js';
import { citationInWords, fareInWords, jsonFare } from './fares.js';
import { safe, serviceRuleInWords, type Paint } from './text.js';

export function jsonStationEntry(s: Station) {
  return {
    id: s.id,
    name: s.name,
    ...(s.names ? { names: s.names } : {}),
    aliases: s.aliases,
    ...(s.city ? { city: s.city } : {}),
    country: s.country,
    timeZone: s.timeZone,
    location: s.location ?? null,
    origin: s.origin,
  };
}

function jsonStopEvent(e: StopEvent | undefined) {
  if (!e) return null;
  return {
    day: e.day,
    time: e.time === null ? null : formatClock(e.time),
    zone: e.zone,
    journeyMinutes: e.journeyMinutes,
    derived: e.derived,
    confidence: e.confidence,
    sources: e.sources,
    ...(e.note ? { note: e.note } : {}),
  };
}

function jsonService(s: Service) {
  const { rule } = s.runs;
  return {
    id: s.id,
    name: s.name,
    mode: s.mode,
    number: s.number,
    status: s.status,
    statusNote: s.statusNote ?? null,
    confidence: s.confidence,
    runs: {
      every: rule.every,
      ...(rule.every === 'week' ? { weekdays: rule.weekdays.map((d) => WEEKDAY_NAMES[d - 1]) } : {}),
      ...(rule.every === 'month' ? { days: rule.days } : {}),
      from: formatIsoDate(s.runs.from),
      until: s.runs.until === null ? null : formatIsoDate(s.runs.until),
      added: s.runs.added.map(formatIsoDate),
      cancelled: s.runs.cancelled.map(formatIsoDate),
      zone: s.runs.zone,
      inWords: serviceRuleInWords(s),
    },
    timesPerDay: s.timesPerDay,
    stops: s.stops.map((stop) => ({
      station: stop.station.id,
      arrival: jsonStopEvent(stop.arrival),
      departure: jsonStopEvent(stop.departure),
      ...(stop.number !== undefined ? { number: stop.number } : {}),
      ...(stop.runsIn !== undefined ? { runsIn: stop.runsIn } : {}),
      ...(stop.note ? { note: stop.note } : {}),
    })),
    notes: s.notes,
    sources: s.sources,
    fares: s.fares.map(jsonFare),
  };
}

/** Every route as `routes --json` prints it. */
export function jsonRoutes(catalog: Catalog) {
  return {
    lastChecked: catalog.lastChecked === null ? null : formatIsoDate(catalog.lastChecked),
    sourcesUpTo: catalog.sourcesUpTo,
    routes: catalog.routes.map((r: Route) => ({
      id: r.id,
      name: r.name,
      mode: r.mode,
      status: r.status,
      confidence: r.confidence,
      origin: r.origin,
      notes: r.notes,
      sources: r.sources,
      citations: r.citations,
      services: r.services.map(jsonService),
    })),
  };
}

/** Every station as `stations --json` prints it. */
export function jsonStations(catalog: Catalog) {
  return { stations: catalog.stations.map(jsonStationEntry) };
}

/** The first service date on or after the first date (the 21st for a monthly rule on the 21st starting on the 19th). */
function firstRun(s: Service): number | undefined {
  return serviceDates(s.runs, s.runs.from, s.runs.from + 3660).next().value ?? undefined;
}

/** `railnext routes` as text. */
export function renderRoutes(catalog: Catalog, paint: Paint, locale: Locale = english): string {
  const { m } = locale;
  const blocks = catalog.routes.map((r) => {
    const lines = [`${paint.heading(safe(locale.name(r)))}  ${paint.dim(m.routes.header(safe(r.id), m.mode[r.mode], m.status[r.status]))}`];
    for (const s of r.services) {
      const until = s.runs.until === null ? null : m.dates.date(s.runs.until);
      const first = firstRun(s);
      const from = first === undefined ? m.routes.neverFrom(m.dates.date(s.runs.from)) : m.routes.firstFrom(m.dates.date(first));
      const number = s.number ? `${m.mode[s.mode]} ${safe(s.number)}` : null;
      const statusNote = locale.statusNote(s);
      const status = statusNote ? m.statusWithNote(m.status[s.status], safe(statusNote)) : m.status[s.status];
      lines.push(`  ${m.routes.service(safe(locale.name(s)), number, serviceRuleInWords(s, m), from, until, status, m.confidence[s.confidence])}`);
      for (const fare of s.fares) lines.push(`    ${m.fares.line(safe(fareInWords(fare, m)))}`);
    }
    const notes = locale.notes(r);
    if (r.services.length === 0 && notes.length === 0) lines.push(`  ${m.routes.noService}`);
    for (const note of notes) lines.push(paint.dim(`  ${safe(note)}`));
    if (r.citations.length) lines.push(paint.dim(`  ${m.fares.sourcesHeading}\n${r.citations.map((c) => `    ${safe(citationInWords(c, m))}`).join('\n')}`));
    else if (r.sources.length) lines.push(paint.dim(`  ${m.footer.sources(r.sources.map(safe))}`));
    if (r.origin !== 'bundled' && !r.origin.startsWith('schedules/')) lines.push(paint.dim(`  ${m.routes.fromFile(safe(r.origin))}`));
    return lines.join('\n');
  });
  const words = checkedInWords(m, catalog.lastChecked, catalog.sourcesUpTo);
  const checked = words === null ? '' : `\n${paint.dim(words)}`;
  return `${blocks.join('\n\n')}\n${checked ? `${checked}\n` : ''}`;
}

/** `railnext stations` as text. */
export function renderStations(catalog: Catalog, paint: Paint, locale: Locale = english): string {
  const width = Math.max(...catalog.stations.map((s) => safe(s.id).length));
  const lines = catalog.stations.map((s) => {
    const head = `${paint.bold(safe(s.id).padEnd(width))}  ${locale.m.stations.line(safe(locale.station(s)), safe(s.country), s.timeZone)}`;
    // In another language the English name joins the other names, in place of the one shown.
    const shown = locale.station(s);
    const others = shown === s.name ? s.aliases : [s.name, ...s.aliases.filter((a) => a !== shown)];
    return others.length ? `${head}\n${' '.repeat(width + 2)}${paint.dim(others.map(safe).join(', '))}` : head;
  });
  return `${lines.join('\n')}\n`;
}
