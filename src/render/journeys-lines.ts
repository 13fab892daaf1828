/**
 * Journeys in the line formats: NDJSON (a journey a line), CSV (a leg a row,
 * with its journey's id) and iCalendar (an event a leg, tied to its journey).
 * Every value comes from the journey's JSON object, so the formats agree.
 */
import type { Journey } from '../domain/journeys.js';
import type { Station } from '../domain/model.js';
import { english, type Locale } from '../i18n/locale.js';
import { CSV_HEADER, csvRecord, departureCells, type CsvOptions } from './csv.js';
import { escapeText, eventProperties, foldLine } from './ics.js';
import { jsonJourney, type JsonChange } from './journeys-json.js';
import { jsonSafe } from './text.js';
import { formatDuration } from '../present/words.js';

/** One line per journey: `JSON.stringify` of the document's `journeys[i]`. */
export function* journeyNdjsonLines(journeys: Journey[]): Generator<string> {
  for (const [i, j] of journeys.entries()) yield `${jsonSafe(JSON.stringify(jsonJourney(j, i + 1)))}\n`;
}

export const JOURNEY_CSV_HEADER = [
  'journey',
  'journey_status',
  'leg',
  ...CSV_HEADER,
  'change_status',
  'change_wait_min_minutes',
  'change_wait_max_minutes',
];

/** The header, then a row per leg; the change columns describe the change after the leg (empty after the last). */
export function* journeyCsvLines(journeys: Journey[], options: CsvOptions = {}): Generator<string> {
  yield csvRecord(JOURNEY_CSV_HEADER);
  for (const [i, j] of journeys.entries()) {
    const json = jsonJourney(j, i + 1);
    for (const [n, leg] of json.legs.entries()) {
      const change = json.changes[n];
      yield csvRecord([
        json.id,
        json.status,
        n + 1,
        ...departureCells(leg, options),
        change?.status ?? null,
        change?.minWaitMinutes ?? null,
        change?.maxWaitMinutes ?? null,
      ]);
    }
  }
}

function changeText(change: JsonChange, station: Station, locale: Locale): string {
  const { m } = locale;
  const wait =
    change.waitMinutes !== null
      ? formatDuration(change.waitMinutes, m)
      : m.ics.waitRange(
          formatDuration(change.minWaitMinutes, m),
          change.maxWaitMinutes === null ? null : formatDuration(change.maxWaitMinutes, m),
        );
  return m.ics.change(locale.station(station), m.journeys[change.status], change.arriveBy, wait);
}

/**
 * The calendar: each leg the event the lookup's calendar would give it, its
 * UID made the journey's own (the same leg in two journeys is two events),
 * its summary naming the journey, and every later leg RELATED-TO the first.
 */
export function* journeyIcsLines(
  journeys: Journey[],
  options: { stamp: number; version: string; locale?: Locale },
): Generator<string> {
  const locale = options.locale ?? english;
  for (const line of [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//railnext//railnext ${options.version}//EN`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ])
    yield foldLine(line);
  for (const [i, j] of journeys.entries()) {
    const json = jsonJourney(j, i + 1);
    const legs = j.legs.map((leg) => eventProperties(leg.departure, options.stamp, locale));
    const uids = legs.map((props) =>
      props
        .find((p) => p.startsWith('UID:'))!
        .slice('UID:'.length)
        .replace(/@railnext$/, ''),
    );
    const journeyUid = (n: number) => `${uids[n]}.in.${uids.join('+')}@railnext`;
    for (const [n, props] of legs.entries()) {
      yield foldLine('BEGIN:VEVENT');
      for (const prop of props) {
        if (prop.startsWith('UID:')) {
          yield foldLine(`UID:${journeyUid(n)}`);
          if (n > 0) yield foldLine(`RELATED-TO:${journeyUid(0)}`);
        } else if (prop.startsWith('SUMMARY:')) {
          yield foldLine(
            `SUMMARY:${escapeText(locale.m.ics.leg(json.id, locale.m.journeys[json.status], n + 1, legs.length))}${prop.slice('SUMMARY:'.length)}`,
          );
        } else if (prop.startsWith('DESCRIPTION:') && json.changes[n]) {
          yield foldLine(`${prop}\\n${escapeText(changeText(json.changes[n]!, j.changes[n]!.station, locale))}`);
        } else {
          yield foldLine(prop);
        }
      }
      yield foldLine('END:VEVENT');
    }
  }
  yield foldLine('END:VCALENDAR');
}
