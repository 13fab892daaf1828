/**
 * The month calendar: a `cal`-style grid per month for each service leg,
 * with the local dates it departs on marked. The mark is a pair of brackets,
 * so it survives without colour; colour only adds to it.
 */
import { checkedInWords } from '../domain/age.js';
import { daysInMonth, formatClock, formatIsoDate, fromEpochDay, isoWeekday, toEpochDay, type EpochDay } from '../domain/days.js';
import type { Departure, Leg } from '../domain/expand.js';
import type { Lookup } from '../domain/lookup.js';
import type { Service, Station } from '../domain/model.js';
import { formatShortOffset, instantToWall } from '../domain/zones.js';
import { describeDeparture } from './table.js';
import { ruleInWords, safe, type Paint } from './text.js';

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
  sourcesUpTo?: string | null;
}

/** The date and the time of day (with its offset) a departure is marked at: on `zone`'s clock when given and the time is known. */
function clockOf(d: Departure, zone: string | undefined): { day: EpochDay | null; time: string | null } {
  if (zone !== undefined && d.from.instant !== null) {
    const wall = instantToWall(zone, d.from.instant);
    return { day: wall.epochDay, time: `${formatClock(wall.minuteOfDay)} ${formatShortOffset(wall.offsetMinutes)}` };
  }
  return { day: d.from.epochDay, time: d.from.minuteOfDay === null ? null : `${formatClock(d.from.minuteOfDay)} ${formatShortOffset(d.from.offsetMinutes!)}` };
}

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;
const WIDTH = 28;
const HEADER = ' Mo  Tu  We  Th  Fr  Sa  Su';

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
export function monthGrid(year: number, month: number, marked: ReadonlySet<EpochDay>, paint: Paint): string[] {
  const title = `${MONTH_NAMES[month - 1]} ${year}`;
  const lines = [`${' '.repeat(Math.floor((WIDTH - title.length) / 2))}${title}`, paint.dim(HEADER)];
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

/** The heading of one leg: stations, number, rule and the departure time when it is the same every time. */
function legHeading(leg: Leg, departures: Departure[], paint: Paint, zone: string | undefined): string {
  const s = leg.service;
  const from = s.stops[leg.fromIndex]!.station;
  const to = s.stops[leg.toIndex]!.station;
  const parts = [s.number ? `${s.mode} ${safe(s.number)}` : s.mode];
  // The rule counts service dates at the origin; from a later stop its dates may shift, so only the grid is said there.
  if (leg.fromIndex === 0) parts.push(ruleInWords(s.runs.rule) + (s.timesPerDay > 1 ? `, ${s.timesPerDay} a day` : ''));
  const times = new Set(departures.map((d) => clockOf(d, zone).time ?? (s.timesPerDay > 1 ? 'times not published' : 'time not published')));
  if (times.size === 1) parts.push([...times][0]!);
  if (s.status !== 'running') parts.push(s.status);
  return `${paint.heading(`${safe(from.name)} → ${safe(to.name)}`)}  ${paint.dim(parts.join(' · '))}`;
}

/** Renders the calendar of every leg of a lookup over whole months. */
export function renderCalendar(l: Lookup, departures: Departure[], options: CalendarOptions): string {
  const { paint, first, last, zone } = options;
  const checked = checkedInWords({ lastChecked: options.lastChecked, sourcesUpTo: options.sourcesUpTo ?? null });
  // No service at all: the reason, as the table gives it, rather than a legend for grids that are not there.
  if (l.legs.length === 0) return `${[safe(l.reason ?? ''), ...[...l.notes, ...(checked ? [checked] : [])].map((line) => paint.dim(safe(line)))].join('\n')}\n`;
  const blocks: string[] = [];
  // Grouped once: filtering every departure for every leg is quadratic in the services.
  const byLeg = new Map<string, Departure[]>();
  for (const d of departures) {
    const key = legKey(d.service, d.from.station, d.to.station);
    const list = byLeg.get(key);
    if (list) list.push(d);
    else byLeg.set(key, [d]);
  }
  for (const leg of l.legs) {
    const own = byLeg.get(legKey(leg.service, leg.service.stops[leg.fromIndex]!.station, leg.service.stops[leg.toIndex]!.station)) ?? [];
    const marked = new Set(own.map((d) => clockOf(d, zone).day!));
    const lines = [legHeading(leg, own, paint, zone)];
    if (own.length === 0) lines.push(paint.dim(`No departure from ${formatIsoDate(first)} to ${formatIsoDate(last)}.`));
    for (const { year, month } of monthsBetween(first, last)) lines.push('', ...monthGrid(year, month, marked, paint));
    blocks.push(lines.join('\n'));
  }
  const footer = [zone === undefined ? '[d] a departure on that date, local to the departing station' : `[d] a departure on that date in ${zone} (a date without a time is the station's own)`];
  if (options.next) footer.push(`The next one is ${describeDeparture(options.next, zone)}.`);
  else if (departures.length === 0) footer.push('None is scheduled in the ten years after it either.');
  for (const note of l.notes) footer.push(safe(note));
  if (checked) footer.push(checked);
  return `${blocks.join('\n\n')}\n\n${paint.dim(footer.join('\n'))}\n`;
}

