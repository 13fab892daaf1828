/**
 * The departure table: a pure function from departures to the text printed.
 */
import Table from 'cli-table3';
import { formatClock, formatDayLabel, formatIsoDate } from '../domain/days.js';
import type { Departure, ResolvedEvent } from '../domain/expand.js';
import { describeWindow, type Lookup } from '../domain/lookup.js';
import { instantToWall } from '../domain/zones.js';
import { formatDuration, formatShortOffset, safe, type Paint } from './text.js';

export interface TableOptions {
  paint: Paint;
  /** Show every time in this zone instead of each station's own. */
  zone?: string;
  lastChecked: number | null;
}

const MARKS = {
  unknown: ['?', 'not published'],
  derived: ['~', 'derived from the journey time'],
  low: ['*', 'low confidence'],
} as const;

type MarkName = keyof typeof MARKS;

interface Clock {
  day: number | null;
  text: string;
  marks: MarkName[];
}

/** The date, time and offset of one end of a departure, in its own zone or in `zone`. */
function clockOf(event: ResolvedEvent, zone: string | undefined): Clock {
  const marks: MarkName[] = [];
  if (event.derived) marks.push('derived');
  if (event.confidence === 'low' && !event.derived && event.epochDay !== null) marks.push('low');
  if (event.instant === null) {
    marks.unshift('unknown');
    return { day: zone ? null : event.epochDay, text: '', marks };
  }
  if (zone) {
    const wall = instantToWall(zone, event.instant);
    return { day: wall.epochDay, text: formatClock(wall.minuteOfDay), marks };
  }
  return { day: event.epochDay, text: `${formatClock(event.minuteOfDay!)} ${formatShortOffset(event.offsetMinutes!)}`, marks };
}

function withMarks(text: string, marks: MarkName[], used: Set<MarkName>, paint: Paint): string {
  for (const m of marks) used.add(m);
  const symbols = marks.map((m) => MARKS[m][0]).join('');
  if (!symbols) return text;
  return text ? `${text} ${paint.mark(symbols)}` : paint.mark(symbols);
}

/** Drops the offset from both ends when they share it: the zone is shown only where the two ends differ. */
function stripSharedOffset(from: Clock, to: Clock, d: Departure): void {
  if (d.from.offsetMinutes !== null && d.from.offsetMinutes === d.to.offsetMinutes) {
    from.text = from.text.replace(/ [+-][\d:]+$/, '');
    to.text = to.text.replace(/ [+-][\d:]+$/, '');
  }
}

/** Renders a lookup as the table printed in a terminal. */
export function renderTable(l: Lookup, departures: Departure[], next: Departure | undefined, options: TableOptions): string {
  const { paint, zone } = options;
  const used = new Set<MarkName>();
  const lines: string[] = [];
  lines.push(paint.heading(title(l)) + paint.dim(zone ? `  (times in ${zone})` : '  (times local to each station)'));

  if (l.legs.length === 0) {
    lines.push(safe(l.reason ?? ''));
  } else if (departures.length === 0) {
    lines.push(`No departures ${describeWindowPhrase(l)}.`);
    lines.push(next ? `The next one is ${describeDeparture(next, zone)}.` : 'None is scheduled in the ten years after it either.');
  } else {
    const table = new Table({
      head: ['Date', 'Departs', 'From → To', 'Arrives', 'Journey', 'Service'].map((h) => paint.bold(h)),
      style: { head: [], border: [], compact: true },
    });
    for (const d of departures) table.push(row(d, zone, used, paint));
    lines.push(table.toString());
  }

  const footer: string[] = [];
  const legend = (Object.keys(MARKS) as MarkName[]).filter((m) => used.has(m)).map((m) => `${MARKS[m][0]} ${MARKS[m][1]}`);
  if (legend.length) footer.push(legend.join(' · '));
  for (const note of l.notes) footer.push(safe(note));
  const sources = [...new Set(departures.flatMap((d) => [...d.service.sources, ...d.from.sources, ...d.to.sources, ...(d.service.numberFact?.sources ?? [])]))];
  if (sources.length) footer.push(`Sources: ${sources.map(safe).join('; ')}.`);
  if (options.lastChecked !== null) footer.push(`Data last checked ${formatIsoDate(options.lastChecked)}.`);
  if (footer.length) lines.push(paint.dim(footer.join('\n')));
  return `${lines.join('\n')}\n`;
}

function row(d: Departure, zone: string | undefined, used: Set<MarkName>, paint: Paint): string[] {
  const from = clockOf(d.from, zone);
  const to = clockOf(d.to, zone);
  if (!zone) stripSharedOffset(from, to, d);
  let departs = withMarks(from.text, from.marks, used, paint);
  if (d.service.timesPerDay > 1) departs = `${departs} (${d.service.timesPerDay} a day)`;
  let arrives = withMarks(to.text, to.marks, used, paint);
  if (from.day !== null && to.day !== null && to.day > from.day) arrives = `${arrives} +${to.day - from.day} d`;
  const journey = d.durationMinutes === null ? withMarks('', ['unknown'], used, paint) : formatDuration(d.durationMinutes);
  const number = d.service.number ? `${d.service.mode} ${safe(d.service.number)}` : d.service.mode;
  const day = from.day ?? d.from.epochDay;
  return [day === null ? '?' : formatDayLabel(day), departs, `${safe(d.from.station.name)} → ${safe(d.to.station.name)}`, arrives, journey, number];
}

function title(l: Lookup): string {
  switch (l.match.kind) {
    case 'all':
      return 'All services';
    case 'station':
      return l.destination ? `${safe(l.match.station.name)} → ${safe(l.destination.name)}` : `Departures from ${safe(l.match.station.name)}`;
    case 'route':
      return safe(l.match.route.name);
    case 'service':
      return safe(l.match.service.name);
  }
}

function describeWindowPhrase(l: Lookup): string {
  return l.from === l.until ? `on ${describeWindow(l)}` : `from ${describeWindow(l)}`;
}

/** "Wed 16 Dec 2026 at 15:30 (+10), Khasan → Tumangang". */
export function describeDeparture(d: Departure, zone?: string): string {
  const clock = clockOf(d.from, zone);
  const day = clock.day ?? d.from.epochDay;
  const when = day === null ? 'on a date not published' : formatDayLabel(day);
  const time = d.from.instant === null ? ' (time not published)' : ` at ${clock.text}`;
  return `${when}${time}, ${safe(d.service.name)}`;
}
