/**
 * The month calendar: a `cal`-style grid per month for each service leg,
 * with the local dates it departs on marked. The mark is a pair of brackets,
 * so it survives without colour; colour only adds to it.
 */
import { daysInMonth, fromEpochDay, isoWeekday, toEpochDay, type EpochDay } from '../domain/days.js';
import type { Departure, Leg } from '../domain/expand.js';
import type { Lookup } from '../domain/lookup.js';
import type { Service, Station } from '../domain/model.js';
import { english, type Locale } from '../i18n/locale.js';
import { checkedInWords, nearestLines, reasonText, remarkText } from '../present/sentences.js';
import type { Messages } from '../i18n/messages.js';
import { en } from '../i18n/en.js';
import { displayWidth } from './layout.js';
import { clockOf, timeWithOffset } from '../present/clock.js';
import { departureInWords } from '../present/departure.js';
import { stationPair } from '../present/labels.js';
import { numberAt } from '../domain/through.js';
import { wrapLines } from './wrap.js';
import { toAscii } from './ascii.js';
import { safe, type Paint } from './text.js';
import { ruleInWords } from '../present/words.js';

export interface CalendarOptions {
  paint: Paint;
  /** First and last day shown: whole months. */
  first: EpochDay;
  last: EpochDay;
  /** Dates and times on this zone's clock (--tz) instead of each departing station's own. */
  zone?: string;
  /** When nothing is marked: the first departure after the window, said as the table says it. */
  next?: Departure | undefined;
  lastChecked: number | null;
  /** The language, and the schedules' names in it; English by default. */
  locale?: Locale;
  sourcesUpTo?: string | null;
  /** The terminal's width: headings and footer lines wrap to it. */
  width?: number;
  /** ASCII only; `keep` are the names as typed, kept in their script. */
  ascii?: boolean;
  keep?: readonly string[];
}

const WIDTH = 28;

/** " Mo  Tu  We …": each head right-aligned in its four columns, under the day numbers. */
function weekdayHeader(m: Messages): string {
  return m.dates
    .weekdayHeads()
    .map((h) => `${' '.repeat(Math.max(0, 3 - displayWidth(h)))}${h} `)
    .join('')
    .trimEnd();
}

/** The first and last day of the months that hold `first` and `last`. */
export function wholeMonths(first: EpochDay, last: EpochDay): { first: EpochDay; last: EpochDay } {
  const a = fromEpochDay(first);
  const b = fromEpochDay(last);
  return { first: toEpochDay(a.year, a.month, 1), last: toEpochDay(b.year, b.month, daysInMonth(b.year, b.month)) };
}

/** The months from the one holding `first` to the one holding `last`. */
function* monthsBetween(first: EpochDay, last: EpochDay): Generator<{ year: number; month: number }> {
  let { year, month } = fromEpochDay(first);
  while (toEpochDay(year, month, 1) <= last) {
    yield { year, month };
    if (month === 12) {
      month = 1;
      year++;
    } else month++;
  }
}

/** One month's grid, lines without trailing spaces: a title, the weekdays, then the weeks. */
export function monthGrid(
  year: number,
  month: number,
  marked: ReadonlySet<EpochDay>,
  paint: Paint,
  m: Messages = en,
): string[] {
  const title = m.dates.monthTitle(year, month);
  const lines = [
    `${' '.repeat(Math.max(0, Math.floor((WIDTH - displayWidth(title)) / 2)))}${title}`,
    paint.dim(weekdayHeader(m)),
  ];
  const start = toEpochDay(year, month, 1);
  const length = daysInMonth(year, month);
  // Cells are four columns wide; a marked day's brackets take the spaces around it, so digits stay aligned.
  let cells = '    '.repeat(isoWeekday(start) - 1);
  for (let day = 1; day <= length; day++) {
    cells += marked.has(start + day - 1) ? paint.mark(`[${day}]`.padStart(4)) : `${day} `.padStart(4);
    if (isoWeekday(start + day - 1) === 7 || day === length) {
      lines.push(cells.trimEnd());
      cells = '';
    }
  }
  return lines;
}

/** Departures of the same service between the same two stations share a grid. */
const legKey = (service: Service, from: Station, to: Station): string => `${service.id}\u0000${from.id}\u0000${to.id}`;

/**
 * The departures of each leg, by legKey. A through car leaves folded into
 * its train's departure: where it runs on beyond the train (the Beijing car
 * of the Pyongyang → Dandong train), the day is its own leg's; where it ends
 * with the train, the day is the train's, and its leg is only noted as carried.
 */
function departuresByLeg(departures: readonly Departure[]): { byLeg: Map<string, Departure[]>; carried: Set<string> } {
  const byLeg = new Map<string, Departure[]>();
  const carried = new Set<string>();
  const add = (d: Departure) => {
    const key = legKey(d.service, d.from.station, d.to.station);
    const list = byLeg.get(key);
    if (list) list.push(d);
    else byLeg.set(key, [d]);
  };
  for (const d of departures) {
    add(d);
    for (const car of d.throughCars ?? []) {
      if (car.to.station.id === d.to.station.id) carried.add(legKey(car.service, car.from.station, car.to.station));
      else add(car);
    }
  }
  return { byLeg, carried };
}

/** The heading of one leg: stations, number, rule and the departure time when it is the same every time. */
function legHeading(leg: Leg, departures: Departure[], paint: Paint, locale: Locale, zone: string | undefined): string {
  const { m } = locale;
  const s = leg.service;
  const from = s.stops[leg.fromIndex]!.station;
  const to = s.stops[leg.toIndex]!.station;
  // The number it leaves here under, as the table gives it: the Chita car leaves Zabaikalsk as 354, not 328.
  const number = numberAt(s, leg.fromIndex);
  const parts = [number ? `${m.mode[s.mode]} ${safe(number)}` : m.mode[s.mode]];
  // The rule counts service dates at the origin; from a later stop its dates may shift, so only the grid is said there.
  if (leg.fromIndex === 0)
    parts.push(
      s.timesPerDay > 1 ? m.rules.withCount(ruleInWords(s.runs.rule, m), s.timesPerDay) : ruleInWords(s.runs.rule, m),
    );
  const unpublished = s.timesPerDay > 1 ? m.calendar.timesNotPublished : m.calendar.timeNotPublished;
  const times = new Set(departures.map((d) => timeWithOffset(clockOf(d.from, zone), 'utc') ?? unpublished));
  if (times.size === 1) parts.push([...times][0]!);
  if (s.status !== 'running') parts.push(m.status[s.status]);
  return `${paint.heading(stationPair(from, to, locale))}  ${paint.dim(parts.join(' · '))}`;
}

/** Renders the calendar of every leg of a lookup over whole months. */
export function renderCalendar(l: Lookup, departures: Departure[], options: CalendarOptions): string {
  const { paint, first, last, zone } = options;
  const locale = options.locale ?? english;
  const { m } = locale;
  const width = options.width ?? 80;
  // ASCII before wrapping: "→" spelled "->" takes two columns.
  const text = (t: string) => (options.ascii ? toAscii(t, options.keep, m.lang) : t);
  const fit = (t: string, indent = '  ') => wrapLines(text(t), width, indent, locale.stationNames);
  const checked = checkedInWords(m, options.lastChecked, options.sourcesUpTo ?? null);
  // No service at all: the reason, as the table gives it, rather than a legend for grids that are not there.
  if (l.legs.length === 0) {
    const after = [...l.remarks.map((remark) => remarkText(remark, locale)), ...(checked ? [checked] : [])];
    const answer = l.reason ? [reasonText(l.reason, locale), ...nearestLines(l.reason, locale)] : [''];
    return `${[...answer.map((line) => fit(safe(line))), ...after.map((line) => paint.dim(fit(safe(line))))].join('\n')}\n`;
  }
  // Grouped once: filtering every departure for every leg is quadratic in the services.
  const { byLeg, carried } = departuresByLeg(departures);
  const blocks = new Set<string>();
  for (const leg of l.legs) {
    const key = legKey(leg.service, leg.service.stops[leg.fromIndex]!.station, leg.service.stops[leg.toIndex]!.station);
    const own = byLeg.get(key) ?? [];
    // A car that only ever leaves here in its train, to where the train goes, is that train here: its days are the train's.
    if (own.length === 0 && carried.has(key)) continue;
    const marked = new Set(own.map((d) => clockOf(d.from, zone).day!));
    const lines = [fit(legHeading(leg, own, paint, locale, zone))];
    if (own.length === 0)
      lines.push(paint.dim(fit(m.calendar.noDeparture(m.dates.date(first), m.dates.date(last)), '')));
    for (const { year, month } of monthsBetween(first, last))
      lines.push('', ...monthGrid(year, month, marked, paint, m));
    // Two legs with the same heading and the same days draw the same block: it is said once.
    blocks.add(lines.join('\n'));
  }
  const footer = [zone === undefined ? m.calendar.legend : m.calendar.legendIn(zone)];
  if (options.next) footer.push(m.table.nextOne(departureInWords(options.next, zone, locale)));
  else if (departures.length === 0) footer.push(m.table.noneInTenYears);
  for (const remark of l.remarks) footer.push(safe(remarkText(remark, locale)));
  if (checked) footer.push(checked);
  return `${[...blocks].join('\n\n')}\n\n${paint.dim(footer.map((line) => fit(line)).join('\n'))}\n`;
}
