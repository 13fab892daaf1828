/**
 * iCalendar (RFC 5545): one VEVENT per departure.
 *
 * Start and end are written in UTC (`…Z`, RFC 5545 §3.3.5 form 2). That pins
 * the exact instant without shipping a VTIMEZONE per station, which would have
 * to restate the tz database's history (Pyongyang's UTC+08:30 of 2015–2018);
 * calendar apps show the event in the reader's own zone, and the station's
 * local time and zone are spelled out in the description. A departure whose
 * time is not published becomes an all-day event on its local date.
 */
import { formatIsoDate, MS_PER_DAY, type EpochDay } from '../domain/days.js';
import type { Departure, ResolvedEvent } from '../domain/expand.js';
import type { Station, Status } from '../domain/model.js';
import { throughCarEnds } from '../domain/through.js';
import { english, type Locale } from '../i18n/locale.js';
import { fareInWords } from './fares.js';
import { jsonDeparture, type JsonDeparture, type JsonEvent } from './json.js';
import { safeLines } from './text.js';
import { formatDuration } from '../present/words.js';

export interface IcsOptions {
  /** DTSTAMP (UTC ms): when the calendar was made, the export's "now" (--now keeps output stable). */
  stamp: number;
  /** Goes into PRODID. */
  version: string;
  /** The language of the titles and descriptions, and the schedules' names and notes in it; English by default. */
  locale?: Locale;
}

/** How a service's status reads as an event's STATUS. */
const EVENT_STATUS: Record<Status, string> = {
  running: 'CONFIRMED',
  announced: 'TENTATIVE',
  planned: 'TENTATIVE',
  suspended: 'CANCELLED',
  seasonal: 'TENTATIVE',
  reported: 'TENTATIVE',
};

/**
 * Escapes a TEXT value (§3.3.11): backslash, semicolon, comma and line breaks;
 * other control characters and bidi overrides are shown as visible escapes
 * (`\u{1b}`), as in the table.
 */
export function escapeText(text: string): string {
  return safeLines(text)
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(/\n/g, '\\n');
}

/** Octets of one code point in UTF-8. */
const utf8Size = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/**
 * Folds a content line (§3.1) into lines of at most 75 octets of UTF-8, each
 * continuation starting with a space, never splitting a character.
 */
export function foldLine(line: string): string {
  // Most lines are short: one length check instead of a walk.
  if (line.length <= 25 || Buffer.byteLength(line, 'utf8') <= 75) return `${line}\r\n`;
  const out: string[] = [];
  let start = 0;
  let octets = 0;
  for (let i = 0; i < line.length; ) {
    const codePoint = line.codePointAt(i)!;
    const units = codePoint > 0xffff ? 2 : 1;
    const size = utf8Size(codePoint);
    if (octets + size > 75) {
      out.push(line.slice(start, i));
      start = i;
      octets = 1; // the leading space of the continuation
    }
    octets += size;
    i += units;
  }
  out.push(line.slice(start));
  return `${out.join('\r\n ')}\r\n`;
}

/** 20261202T053000Z. */
export function formatUtc(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** 20261202. */
function formatBasicDate(day: EpochDay): string {
  return formatIsoDate(day).replace(/-/g, '');
}

/**
 * When a departure's data last changed: the newest lastChecked of the files
 * that define its route and its two stations (a file is checked, and its
 * date moved, whenever its content is revised), or null when none says.
 */
export function lastModifiedOf(departure: Departure): EpochDay | null {
  const days = [
    departure.service.route.lastChecked,
    departure.from.station.lastChecked,
    departure.to.station.lastChecked,
  ].filter((day): day is EpochDay => day !== undefined);
  return days.length === 0 ? null : Math.max(...days);
}

/**
 * LAST-MODIFIED and SEQUENCE (§3.8.7.3, §3.8.7.4) from that date: SEQUENCE is
 * the day's number since 1970-01-01, so it grows whenever the data is revised
 * and never goes back, with no state kept between exports; a calendar that
 * imported an older file sees the same UID with a higher SEQUENCE and updates
 * the event. Without a date, SEQUENCE is 0 (the first revision).
 */
function revisionProperties(departure: Departure): string[] {
  const day = lastModifiedOf(departure);
  return day === null ? ['SEQUENCE:0'] : [`LAST-MODIFIED:${formatUtc(day * MS_PER_DAY)}`, `SEQUENCE:${day}`];
}

/** One end of the departure in words: its station, and its date and time on the station's clock as far as published. */
function describeEvent(arrives: boolean, e: JsonEvent, event: ResolvedEvent, locale: Locale): string {
  const time =
    e.at === null
      ? null
      : {
          time: e.time!,
          offset: e.utcOffset!,
          zone: e.station.timeZone,
          derived: e.derived,
          published: e.published && !e.published.endsWith(e.station.timeZone) ? e.published : null,
        };
  return locale.m.ics.event(arrives, locale.station(event.station), e.date, time);
}

function summaryOf(d: JsonDeparture, departure: Departure, locale: Locale): string {
  const { m } = locale;
  const untimed = d.departure.at !== null ? null : d.timesPerDay;
  return m.ics.eventTitle(
    m.mode[d.mode],
    d.number,
    stationName(departure.from, locale),
    stationName(departure.to, locale),
    untimed,
  );
}

const stationName = (event: ResolvedEvent, locale: Locale): string => locale.station(event.station);

/**
 * The service's notes, the two stops' and the through cars', each once, in
 * the language where the schedules translate them (the JSON's `notes` in English).
 */
function notesOf(departure: Departure, locale: Locale): string[] {
  const notes = [...locale.notes(departure.service)];
  const ends = throughCarEnds(departure);
  const names = (stations: readonly Station[]) => [...new Set(stations.map((s) => locale.station(s)))];
  const cars = ends ? locale.m.ics.throughCars(names(ends.from), names(ends.to)) : undefined;
  for (const note of [locale.note(departure.from), locale.note(departure.to), cars])
    if (note && !notes.includes(note)) notes.push(note);
  return notes;
}

function descriptionOf(d: JsonDeparture, departure: Departure, locale: Locale): string {
  const { m } = locale;
  const s = departure.service;
  const lines = [m.ics.route(locale.name(s.route)), describeEvent(false, d.departure, departure.from, locale)];
  if (d.timesPerDay > 1) lines.push(m.ics.perDay(d.timesPerDay));
  lines.push(describeEvent(true, d.arrival, departure.to, locale));
  if (d.durationMinutes !== null) lines.push(m.ics.journey(formatDuration(d.durationMinutes, m)));
  lines.push(m.ics.status(m.status[d.status], locale.statusNote(s) ?? null, m.confidence[d.confidence]));
  if (d.numbers.length > 1) lines.push(m.ics.runsAs(d.numbers));
  lines.push(...notesOf(departure, locale));
  for (const fare of s.fares) lines.push(m.ics.fareLine(fareInWords(fare, m, locale.covers(fare))));
  if (d.sources.length) lines.push(m.ics.sources(d.sources));
  return lines.join('\n');
}

/** The content lines of one departure's VEVENT, unfolded; its words in `locale`'s language. */
export function eventProperties(departure: Departure, stamp: number, locale: Locale = english): string[] {
  const d = jsonDeparture(departure);
  const uid = `${d.service}.${d.departure.station.id}.${d.arrival.station.id}.${formatBasicDate(departure.serviceDate)}@railnext`;
  const props = [`UID:${uid}`, `DTSTAMP:${formatUtc(stamp)}`, ...revisionProperties(departure)];
  if (departure.from.instant !== null) {
    props.push(`DTSTART:${formatUtc(departure.from.instant)}`);
    // No DTEND when the arrival time is unknown: the event then has no length (§3.6.1), rather than an invented one.
    if (departure.to.instant !== null) props.push(`DTEND:${formatUtc(departure.to.instant)}`);
  } else {
    const day = departure.from.epochDay!;
    props.push(
      `DTSTART;VALUE=DATE:${formatBasicDate(day)}`,
      `DTEND;VALUE=DATE:${formatBasicDate(day + 1)}`,
      'TRANSP:TRANSPARENT',
    );
  }
  props.push(
    `SUMMARY:${escapeText(summaryOf(d, departure, locale))}`,
    `LOCATION:${escapeText(stationName(departure.from, locale))}`,
  );
  const location = departure.from.station.location;
  if (location) props.push(`GEO:${location.lat};${location.lon}`);
  props.push(`DESCRIPTION:${escapeText(descriptionOf(d, departure, locale))}`, `STATUS:${EVENT_STATUS[d.status]}`);
  return props;
}

/** The whole calendar, line by line (folded, CRLF), as the departures are yielded. */
export function* icsLines(departures: Iterable<Departure>, options: IcsOptions): Generator<string> {
  for (const line of [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//railnext//railnext ${options.version}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ])
    yield foldLine(line);
  for (const departure of departures) {
    yield foldLine('BEGIN:VEVENT');
    for (const prop of eventProperties(departure, options.stamp, options.locale)) yield foldLine(prop);
    yield foldLine('END:VEVENT');
  }
  yield foldLine('END:VCALENDAR');
}
