/**
 * `railnext routes` and `railnext stations`: the catalogue as text or JSON.
 */
import { formatClock, formatIsoDate, WEEKDAY_NAMES } from '../domain/days.js';
import type { Catalog, Route, Service, Station, StopEvent } from '../domain/model.js';
import { serviceDates } from '../domain/rules.js';
import { english, type Locale } from '../i18n/locale.js';
import { checkedInWords, statusInWords } from '../present/sentences.js';
import { citationInWords, fareInWords, jsonFare } from './fares.js';
import { safe, type Paint } from './text.js';
import { serviceRuleInWords } from '../present/words.js';
import { wrapIndented, wrapLines } from './wrap.js';
import { toAscii } from './ascii.js';
import { routeOverdue, serviceOverdue } from '../domain/overdue.js';
import { jsonTravelFact, travelLines } from './travel-facts.js';
import { schemaPath } from './schema-ids.js';

export function jsonStationEntry(s: Station) {
  return {
    id: s.id,
    name: s.name,
    ...(s.names ? { names: s.names } : {}),
    ...(s.nameSources ? { nameSources: s.nameSources } : {}),
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

function jsonService(s: Service, now: number) {
  const { rule } = s.runs;
  return {
    id: s.id,
    name: s.name,
    mode: s.mode,
    number: s.number,
    numberFact: s.numberFact
      ? { confidence: s.numberFact.confidence, sources: s.numberFact.sources, note: s.numberFact.note ?? null }
      : null,
    status: s.status,
    statusNote: s.statusNote ?? null,
    overdue: serviceOverdue(s, now) !== null,
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

/** Every route as `routes --json` prints it, plans and rules judged at `now`. */
export function jsonRoutes(catalog: Catalog, now: number) {
  return {
    $schema: schemaPath('routes'),
    lastChecked: catalog.lastChecked === null ? null : formatIsoDate(catalog.lastChecked),
    sourcesUpTo: catalog.sourcesUpTo,
    routes: catalog.routes.map((r: Route) => ({
      id: r.id,
      name: r.name,
      mode: r.mode,
      status: r.status,
      statusNote: r.statusNote ?? null,
      due: r.due?.text ?? null,
      overdue:
        routeOverdue(r, now) !== null ||
        (r.services.length > 0 && r.services.every((s) => serviceOverdue(s, now) !== null)),
      confidence: r.confidence,
      origin: r.origin,
      tickets: r.tickets.map((f) => jsonTravelFact(f, now)),
      entry: r.entry.map((f) => jsonTravelFact(f, now)),
      notes: r.notes,
      sources: r.sources,
      citations: r.citations,
      services: r.services.map((s) => jsonService(s, now)),
    })),
  };
}

/** Every station as `stations --json` prints it. */
export function jsonStations(catalog: Catalog) {
  return { $schema: schemaPath('stations'), stations: catalog.stations.map(jsonStationEntry) };
}

/** The first service date on or after the first date (the 21st for a monthly rule on the 21st starting on the 19th). */
function firstRun(s: Service): number | undefined {
  return serviceDates(s.runs, s.runs.from, s.runs.from + 3660).next().value ?? undefined;
}

/** `railnext routes` as text, wrapped to the terminal's width; plans and rules judged at `now`. */
export function renderRoutes(
  catalog: Catalog,
  paint: Paint,
  now: number,
  locale: Locale = english,
  layout: { width?: number; ascii?: boolean } = {},
): string {
  // No routes (--no-bundled and no files of one's own): nothing to list, not an empty line.
  if (catalog.routes.length === 0) return '';
  const { m } = locale;
  const width = layout.width ?? 80;
  const ascii = layout.ascii === true;
  const blocks = catalog.routes.map((r) => {
    const lines = [
      `${paint.heading(safe(locale.name(r)))}  ${paint.dim(m.routes.header(safe(r.id), m.mode[r.mode], safe(statusInWords(r, routeOverdue(r, now), locale))))}`,
    ];
    for (const s of r.services) {
      const until = s.runs.until === null ? null : m.dates.date(s.runs.until);
      const first = firstRun(s);
      const from =
        first === undefined ? m.routes.neverFrom(m.dates.date(s.runs.from)) : m.routes.firstFrom(m.dates.date(first));
      const number = s.number ? `${m.mode[s.mode]} ${safe(s.number)}` : null;
      const status = safe(statusInWords(s, serviceOverdue(s, now), locale));
      lines.push(
        `  ${m.routes.service(safe(locale.name(s)), number, serviceRuleInWords(s, m), from, until, status, m.confidence[s.confidence])}`,
      );
      for (const fare of s.fares) lines.push(`    ${m.fares.line(safe(fareInWords(fare, m, locale.covers(fare))))}`);
    }
    for (const line of travelLines(r, now, locale)) lines.push(`  ${safe(line)}`);
    const notes = locale.notes(r);
    if (r.services.length === 0 && notes.length === 0) lines.push(`  ${m.routes.noService}`);
    for (const note of notes) lines.push(paint.dim(`  ${safe(note)}`));
    if (r.citations.length)
      lines.push(
        paint.dim(
          `  ${m.fares.sourcesHeading}\n${r.citations.map((c) => `    ${safe(citationInWords(c, m))}`).join('\n')}`,
        ),
      );
    else if (r.sources.length) lines.push(paint.dim(`  ${m.footer.sources(r.sources.map(safe))}`));
    if (r.origin !== 'bundled' && !r.origin.startsWith('schedules/'))
      lines.push(paint.dim(`  ${m.routes.fromFile(safe(r.origin))}`));
    return lines.join('\n');
  });
  const words = checkedInWords(m, catalog.lastChecked, catalog.sourcesUpTo);
  const checked = words === null ? '' : `\n${paint.dim(words)}`;
  const text = `${blocks.join('\n\n')}\n${checked ? `${checked}\n` : ''}`;
  // ASCII before wrapping: "⇄" spelled "<->" takes three columns.
  return wrapIndented(ascii ? toAscii(text, [], m.lang) : text, width, locale.stationNames);
}

/** `railnext stations` as text, wrapped to the terminal's width: the names beside the ids, or under them when it is narrow. */
export function renderStations(
  catalog: Catalog,
  paint: Paint,
  locale: Locale = english,
  layout: { width?: number; ascii?: boolean } = {},
): string {
  // No stations (--no-bundled and no files of one's own): nothing to list.
  if (catalog.stations.length === 0) return '';
  const columns = layout.width ?? 80;
  const ascii = layout.ascii === true;
  const idWidth = Math.max(...catalog.stations.map((s) => safe(s.id).length));
  // Beside the ids while that leaves room for a name and its zone, else under them.
  const inset = idWidth + 2 <= columns / 3 ? idWidth + 2 : 4;
  const pad = ' '.repeat(inset);
  const lines = catalog.stations.map((s) => {
    const name = locale.m.stations.line(safe(locale.station(s)), safe(s.country), s.timeZone);
    const about = wrapLines(
      ascii ? toAscii(name, [], locale.m.lang) : name,
      columns - inset,
      '',
      locale.stationNames,
    ).split('\n');
    // In another language the English name joins the other names, in place of the one shown.
    const shownName = locale.station(s);
    const others = shownName === s.name ? s.aliases : [s.name, ...s.aliases.filter((a) => a !== shownName)];
    // ASCII output lists the names written in Latin letters: the others would be question marks.
    const shown = ascii ? others.filter((a) => !/\?/.test(toAscii(a, [], locale.m.lang))) : others;
    const aliases = shown.length
      ? wrapLines(shown.map(safe).join(', '), columns - inset)
          .split('\n')
          .map((line) => paint.dim(line))
      : [];
    const id = paint.bold(safe(s.id).padEnd(inset - 2));
    const rest = [...about, ...aliases];
    return inset === 4
      ? [paint.bold(safe(s.id)), ...rest.map((line) => pad + line)].join('\n')
      : [`${id}  ${rest[0]}`, ...rest.slice(1).map((line) => pad + line)].join('\n');
  });
  return `${lines.join('\n')}\n`;
}
