/**
 * The departure table: a pure function from departures to the text printed,
 * drawn by cli-table3 (grid.ts) in blocks.
 */
import { formatClock } from '../domain/days.js';
import type { Departure, ResolvedEvent } from '../domain/expand.js';
import type { Lookup } from '../domain/lookup.js';
import { formatShortOffset, instantToWall } from '../domain/zones.js';
import { numberAt, throughCarEnds } from '../domain/through.js';
import { english, type Locale } from '../i18n/locale.js';
import { checkedInWords, reasonText, remarkText } from '../i18n/remarks.js';
import { fareInWords } from './fares.js';
import { BLOCK_ROWS, cellWidth, Grid } from './grid.js';
import { formatDuration, plain, safe, type Paint } from './text.js';

export interface TableOptions {
  paint: Paint;
  /** Show every time in this zone instead of each station's own. */
  zone?: string;
  lastChecked: number | null;
  /** The month of the newest source, shown beside the check date. */
  sourcesUpTo?: string | null;
  /** Show every note, not only those explaining low-confidence values. */
  verbose?: boolean;
  /** The language, and the schedules' names and notes in it; English by default. */
  locale?: Locale;
}

/** Each mark's sign; the catalogue says what it means. */
const MARKS = { unknown: '?', derived: '~', low: '*' } as const;

type MarkName = keyof typeof MARKS;

interface Clock {
  /** The date on the clock shown: the --tz zone's when the time is known, else the station's own. */
  day: number | null;
  /** True when `day` is on the --tz clock. */
  inZone: boolean;
  text: string;
  marks: MarkName[];
}

/** The date, time and offset of one end of a departure, in its own zone or in `zone`. */
function clockOf(event: ResolvedEvent, zone: string | undefined): Clock {
  const marks: MarkName[] = [];
  if (event.instant === null) marks.push('unknown');
  if (event.derived) marks.push('derived');
  if (event.confidence === 'low' && !event.derived && event.epochDay !== null) marks.push('low');
  if (event.instant === null) return { day: event.epochDay, inZone: false, text: '', marks };
  if (zone) {
    const wall = instantToWall(zone, event.instant);
    return { day: wall.epochDay, inZone: true, text: formatClock(wall.minuteOfDay), marks };
  }
  return { day: event.epochDay, inZone: false, text: `${formatClock(event.minuteOfDay!)} ${formatShortOffset(event.offsetMinutes!)}`, marks };
}

/** "14:47 +09 ~", "? +8 d", "09:30 +07 +6 d *": the time (or ?), a later-day mark, then the other marks. */
function cell(clock: Clock, laterDays: number, used: Set<MarkName>, paint: Paint, locale: Locale): string {
  for (const m of clock.marks) used.add(m);
  const parts = [clock.marks.includes('unknown') ? paint.mark(MARKS.unknown) : clock.text];
  if (laterDays > 0) parts.push(locale.m.table.laterDays(laterDays));
  const others = clock.marks.filter((m) => m !== 'unknown').map((m) => MARKS[m]).join('');
  if (others) parts.push(paint.mark(others));
  return parts.join(' ');
}

/** Drops the offset from both ends when they share it: the zone is shown only where the two ends differ. */
function stripSharedOffset(from: Clock, to: Clock, d: Departure): void {
  if (d.from.offsetMinutes !== null && d.from.offsetMinutes === d.to.offsetMinutes) {
    from.text = from.text.replace(/ [+-][\d:]+$/, '');
    to.text = to.text.replace(/ [+-][\d:]+$/, '');
  }
}


/**
 * The table printed in a terminal, as chunks of text: the title at once, then
 * the table block by block, then the footer. `departures` is called twice:
 * a first pass fixes the column widths and gathers the footer (keeping no
 * row text), the second draws the rows; so a century streams in flat memory.
 */
export function* tableChunks(l: Lookup, departures: () => Iterable<Departure>, options: TableOptions): Generator<string | Uint8Array> {
  const { paint, zone } = options;
  const locale = options.locale ?? english;
  const { m } = locale;
  const { heads } = m.table;
  const HEAD = [heads.date, heads.departs, heads.fromTo, heads.arrives, heads.journey, heads.service];
  // As bytes, which the writer sends at once rather than gathering: the title is out before the widths are counted.
  yield Buffer.from(`${paint.heading(title(l, locale)) + paint.dim(zone ? m.table.timesIn(zone) : m.table.timesLocal)}\n`);

  const used = new Set<MarkName>();
  // Footer material, in order of first appearance.
  const eventNotes = new Set<string>();
  const routeNotes = new Set<string>();
  const sources = new Set<string>();
  const seenLists = new Set<readonly string[]>();
  const fares = new Set<string>();
  const seenServices = new Set<Departure['service']>();
  let dateWithoutTime = false;
  let count = 0;
  // Widths without colour: escape codes take no room on the terminal.
  const widths = HEAD.map(cellWidth);
  for (const d of departures()) {
    count++;
    const cells = row(d, zone, used, plain, locale);
    for (let column = 0; column < widths.length; column++) widths[column] = Math.max(widths[column]!, cellWidth(cells[column]!));
    // Notes explain the * marks; --verbose shows every note, the routes' too.
    for (const e of [d.from, d.to]) if (e.note && (options.verbose || (e.confidence === 'low' && !e.derived && e.epochDay !== null))) eventNotes.add(locale.note(e)!);
    if (options.verbose) for (const note of locale.notes(d.service.route)) routeNotes.add(note);
    // The same few lists come with every departure of a leg: read each once.
    for (const list of [d.service.sources, d.from.sources, d.to.sources, d.service.numberFact?.sources ?? []]) {
      if (seenLists.has(list)) continue;
      seenLists.add(list);
      for (const source of list) sources.add(source);
    }
    if (!seenServices.has(d.service)) {
      seenServices.add(d.service);
      for (const fare of d.service.fares) fares.add(fareInWords(fare, m));
    }
    if (d.from.instant === null) dateWithoutTime = true;
  }

  if (l.legs.length === 0) {
    yield `${safe(l.reasonOf ? reasonText(l.reasonOf, locale) : '')}\n`;
  } else if (count === 0) {
    const next = l.nextAfterWindow();
    yield `${l.from === l.until ? m.table.noDeparturesOn(m.dates.date(l.from)) : m.table.noDeparturesBetween(m.dates.date(l.from), m.dates.date(l.until))}\n`;
    yield `${next ? m.table.nextOne(describeDeparture(next, zone, locale)) : m.table.noneInTenYears}\n`;
  } else {
    const grid = new Grid(widths);
    yield `${grid.head(HEAD.map((h) => paint.bold(h))).join('\n')}\n`;
    let block: string[][] = [];
    const ignored = new Set<MarkName>();
    for (const d of departures()) {
      block.push(row(d, zone, ignored, paint, locale));
      if (block.length === BLOCK_ROWS) {
        yield `${grid.rows(block).join('\n')}\n`;
        block = [];
      }
    }
    if (block.length) yield `${grid.rows(block).join('\n')}\n`;
    yield `${grid.bottom()}\n`;
  }

  const footer: string[] = [];
  const legend = (Object.keys(MARKS) as MarkName[]).filter((k) => used.has(k)).map((k) => `${MARKS[k]} ${m.table.marks[k]}`);
  if (legend.length) footer.push(legend.join(' · '));
  for (const note of new Set([...eventNotes, ...routeNotes])) footer.push(safe(note));
  for (const remark of l.remarks) footer.push(safe(remarkText(remark, locale)));
  if (zone && dateWithoutTime) footer.push(m.table.dateIsStationsOwn(zone));
  for (const fare of fares) footer.push(m.fares.line(safe(fare)));
  if (sources.size) footer.push(m.footer.sources([...sources].map(safe)));
  const checked = checkedInWords(m, options.lastChecked, options.sourcesUpTo ?? null);
  if (checked) footer.push(checked);
  if (footer.length) yield `${paint.dim(footer.join('\n'))}\n`;
}

function row(d: Departure, zone: string | undefined, used: Set<MarkName>, paint: Paint, locale: Locale): string[] {
  const { m } = locale;
  const from = clockOf(d.from, zone);
  const to = clockOf(d.to, zone);
  if (!zone) stripSharedOffset(from, to, d);
  // Count days on one clock: the --tz clock when both times are known, else each station's own date.
  const sameClock = from.inZone && to.inZone;
  const fromDay = sameClock ? from.day : d.from.epochDay;
  const toDay = sameClock ? to.day : d.to.epochDay;
  const laterDays = fromDay !== null && toDay !== null ? toDay - fromDay : 0;
  let departs = cell(from, 0, used, paint, locale);
  if (d.service.timesPerDay > 1) departs = m.table.perDay(departs, d.service.timesPerDay);
  const journey = d.durationMinutes === null ? cell({ day: null, inZone: false, text: '', marks: ['unknown'] }, 0, used, paint, locale) : formatDuration(d.durationMinutes, m);
  const s = d.service;
  const number = numberAt(s, d.leg.fromIndex);
  const statusNote = locale.statusNote(s);
  const status = s.status === 'running' ? null : statusNote ? m.statusWithNote(m.status[s.status], safe(statusNote)) : m.status[s.status];
  const ends = throughCarEnds(d);
  const cars = ends && m.table.throughCars(ends.from.map((x) => safe(locale.station(x))), ends.to.map((x) => safe(locale.station(x))));
  const service = m.table.service(m.mode[s.mode], number ? safe(number) : null, status, cars);
  const fromTo = `${safe(locale.station(d.from.station))} → ${safe(locale.station(d.to.station))}`;
  return [from.day === null ? '?' : m.dates.dayLabel(from.day), departs, fromTo, cell(to, laterDays, used, paint, locale), journey, service];
}

function title(l: Lookup, locale: Locale): string {
  const { m } = locale;
  switch (l.match.kind) {
    case 'all':
      return m.table.allServices;
    case 'station':
      return l.destination ? `${safe(locale.station(l.match.station))} → ${safe(locale.station(l.destination))}` : m.table.departuresFrom(safe(locale.station(l.match.station)));
    case 'route':
      return safe(locale.name(l.match.route));
    case 'service':
      return safe(locale.name(l.match.service));
  }
}

/** "Wed 16 Dec 2026 at 15:30 (+10), Khasan → Tumangang". */
export function describeDeparture(d: Departure, zone?: string, locale: Locale = english): string {
  const clock = clockOf(d.from, zone);
  const day = clock.day ?? d.from.epochDay;
  return locale.m.table.departure(day === null ? null : locale.m.dates.dayLabel(day), d.from.instant === null ? null : clock.text, safe(locale.name(d.service)));
}
