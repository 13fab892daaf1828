/**
 * Journeys in a terminal: a block per journey, its legs one a line with the
 * changes between them, the columns aligned across the whole answer.
 */
import type { DataAge } from '../domain/age.js';
import type { Span } from '../domain/bounds.js';
import type { ResolvedEvent } from '../domain/expand.js';
import type { Journey, JourneyChange, JourneyLeg, JourneyPlan } from '../domain/journeys.js';
import { clockAt, clockOf, spanDays, timeWithOffset } from '../present/clock.js';
import { legServiceLabel, stationPair } from '../present/labels.js';
import { MARKS, marksMeant, marksOf, signsOf, type MarkName } from '../present/marks.js';
import { english, type Locale } from '../i18n/locale.js';
import { checkedInWords, noneFits } from '../present/sentences.js';
import { spanMinutes } from './journeys-json.js';
import { safe, type Paint } from './text.js';
import { formatDuration } from '../present/words.js';
import { toAscii } from './ascii.js';
import { alignColumns, displayWidth } from './layout.js';
import { wrapIndented } from './wrap.js';

export interface JourneyTableOptions {
  paint: Paint;
  changeMinutes: number;
  maxChanges: number;
  age: Pick<DataAge, 'lastChecked' | 'sourcesUpTo'>;
  /** The language, and the schedules' names in it; English by default. */
  locale?: Locale;
  /** The terminal's width: lines are wrapped to it, and legs too wide for it are stacked. Unlimited when absent. */
  width?: number;
  /** Spell the text in ASCII (--ascii, or a locale that is not UTF-8), but for `keep`, the names as typed. */
  ascii?: { keep: readonly string[] };
  /** --tz: every date and time on this zone's clock instead of each station's own. */
  zone?: string;
}

/** The marks a journey's times carry: the table's, and a range of dates, whose cell shows the range. */
type Mark = MarkName | 'span';

/**
 * The date column: the local date, or what the span says of it when it is not
 * published. On the --tz clock (`zone`), a time is that clock's date, and a
 * date with no time is the span of its local day there, which may be two dates.
 */
function dateCell(event: ResolvedEvent, span: Span, used: Set<Mark>, locale: Locale, zone?: string): string {
  const { dayLabel } = locale.m.dates;
  const clock = clockOf(event, zone);
  if (clock.day !== null && (zone === undefined || clock.inZone)) return dayLabel(clock.day);
  const days = spanDays(span, zone ?? event.station.timeZone);
  if (days === null) return '?';
  used.add('span');
  if (days.last === null) return locale.m.journeys.orLater(dayLabel(days.first));
  if (days.first === days.last) return dayLabel(days.first);
  return `${dayLabel(days.first)} – ${dayLabel(days.last)}`;
}

/** The time column: "10:26 +09", with ~ and * marks, or ? alone; on the --tz clock when `zone` names it. */
function timeCell(event: ResolvedEvent, used: Set<Mark>, paint: Paint, zone?: string): string {
  const clock = clockOf(event, zone);
  if (clock.marks.includes('unknown')) {
    used.add('unknown');
    return paint.mark(MARKS.unknown);
  }
  for (const mark of clock.marks) used.add(mark);
  const signs = signsOf(clock.marks);
  return `${timeWithOffset(clock, 'short')}${signs ? ` ${paint.mark(signs)}` : ''}`;
}

function legRow(leg: JourneyLeg, used: Set<Mark>, paint: Paint, locale: Locale, zone?: string): string[] {
  const d = leg.departure;
  return [
    dateCell(d.from, leg.leaves, used, locale, zone),
    timeCell(d.from, used, paint, zone),
    stationPair(d.from.station, d.to.station, locale),
    dateCell(d.to, leg.arrives, used, locale, zone),
    timeCell(d.to, used, paint, zone),
    legServiceLabel(d, locale),
  ];
}

/** "53 min", "10 h 27 min to 1 d 10 h", "at least 2 h". */
function between(min: number | null, max: number | null, locale: Locale): string {
  const { m } = locale;
  if (min !== null && min === max) return formatDuration(min, m);
  if (max === null) return min ? m.journeys.atLeast(formatDuration(min, m)) : m.journeys.notKnown;
  return m.journeys.between(formatDuration(min ?? 0, m), formatDuration(max, m));
}

function changeLine(
  change: JourneyChange,
  arriving: JourneyLeg,
  paint: Paint,
  locale: Locale,
  inZone?: string,
): string {
  const { m } = locale;
  const where = m.journeys.changeAt(
    safe(locale.station(change.station)),
    change.status === 'sure' ? m.journeys.sure : paint.mark(m.journeys.possible),
  );
  const wait = m.journeys.wait(between(change.minWaitMinutes, change.maxWaitMinutes, locale));
  if (change.status === 'sure') return `  ↳ ${where}: ${wait}`;
  const arriveBy = change.arriveBy === null ? null : clockAt(inZone ?? change.station.timeZone, change.arriveBy);
  const service = arriving.departure.service;
  const condition = arriveBy
    ? m.journeys.worksIf(
        safe(locale.name(service)),
        m.mode[service.mode],
        timeWithOffset(arriveBy, 'short')!,
        m.dates.date(arriveBy.day!),
      )
    : m.journeys.worksIfUnpublished;
  return `  ↳ ${where}: ${condition}; ${wait}`;
}

/**
 * A leg on three lines, for a terminal too narrow for the aligned columns:
 * "Sat 12 Dec 2026  01:00 +03 * → Sun 20 Dec 2026  ?", then the stations, then the service.
 */
function stacked(row: string[]): string {
  const [leavesOn, leavesAt, stations, arrivesOn, arrivesAt, service] = row;
  return [`${leavesOn}  ${leavesAt} → ${arrivesOn}  ${arrivesAt}`, `  ${stations}`, `  ${service}`].join('\n');
}

function journeyHeading(j: Journey, n: number, locale: Locale): string {
  const { min, max } = spanMinutes(j.leaves, j.arrives);
  return locale.m.journeys.heading(n, j.status === 'sure', j.changes.length, between(min, max, locale));
}

function title(plan: JourneyPlan, locale: Locale): string {
  const { m } = locale;
  const to = safe(locale.station(plan.to));
  if (plan.from === null) return m.journeys.arrivalsAt(to, m.dates.date(plan.first), m.dates.date(plan.last));
  const from = safe(locale.station(plan.from));
  if (plan.arriveBy !== null) return m.journeys.arrivingBy(from, to, m.dates.date(plan.arriveBy));
  return m.journeys.leaving(from, to, m.dates.date(plan.first), m.dates.date(plan.last));
}

function emptyLine(plan: JourneyPlan, options: JourneyTableOptions, locale: Locale): string {
  const { m } = locale;
  if (plan.ruledOutBy) return noneFits(plan.ruledOutBy, m);
  const to = safe(locale.station(plan.to));
  if (plan.from === null) return m.journeys.nothingArrives(to);
  const from = safe(locale.station(plan.from));
  if (plan.arriveBy !== null) return m.journeys.noneReaches(from, to, options.maxChanges, m.dates.date(plan.arriveBy));
  return m.journeys.noneLeaves(from, to, options.maxChanges);
}

/** The journeys (or the arrivals, for a plan with no first station) as the text printed. */
export function renderJourneyTable(plan: JourneyPlan, options: JourneyTableOptions): string {
  const { paint } = options;
  const locale = options.locale ?? english;
  const { m } = locale;
  const used = new Set<Mark>();
  const sources = new Set<string>();
  // Rows of every journey first, so the columns line up across the blocks.
  // An empty window shows the first journey after it, as a block of its own.
  const shown = plan.journeys.length === 0 && plan.next ? plan.next : plan.journeys;
  // Spelt in ASCII before anything is measured, so that "->" is counted as the two columns it takes.
  const spell = options.ascii ? (text: string) => toAscii(text, options.ascii!.keep, m.lang) : (text: string) => text;
  const rows = shown.map((j) => j.legs.map((leg) => legRow(leg, used, paint, locale, options.zone).map(spell)));
  // The notes behind the * marks, as the lookup's table quotes them.
  const lowNotes = new Set<string>();
  for (const j of shown)
    for (const leg of j.legs)
      for (const e of [leg.departure.from, leg.departure.to])
        if (e.note && marksOf(e).includes('low')) lowNotes.add(e.note);
  // Each leg on a line of aligned columns, or stacked when the widest (with its indent) is wider than the terminal.
  const indent = plan.from === null ? '' : '  ';
  let lines = alignColumns(rows.flat());
  if (options.width !== undefined && lines.some((line) => displayWidth(indent + line) > options.width!))
    lines = rows.flat().map(stacked);
  const out: string[] = [
    paint.heading(title(plan, locale)) +
      paint.dim(options.zone === undefined ? m.table.timesLocal : m.table.timesIn(options.zone)),
  ];
  if (plan.journeys.length === 0) out.push(emptyLine(plan, options, locale));
  if (plan.journeys.length === 0 && plan.next?.length === 0 && !plan.ruledOutBy) out.push(m.journeys.noneInThreeMonths);
  if (plan.journeys.length === 0 && plan.next?.length)
    out.push(m.journeys.nextLeave(plan.next.length, m.dates.dayLabel(plan.next[0]!.legs[0]!.departure.from.epochDay!)));
  let at = 0;
  shown.forEach((j, n) => {
    for (const leg of j.legs)
      for (const source of [
        ...leg.departure.service.sources,
        ...leg.departure.from.sources,
        ...leg.departure.to.sources,
      ])
        sources.add(source);
    if (plan.from === null) {
      out.push(lines[at++]!);
      return;
    }
    out.push('', paint.bold(journeyHeading(j, n + 1, locale)));
    j.legs.forEach((leg, i) => {
      out.push(lines[at++]!.replace(/^/gm, indent));
      const change = j.changes[i];
      if (change) out.push(changeLine(change, leg, paint, locale, options.zone));
    });
  });

  const footer: string[] = [];
  // A journey is only as good as what the schedules hold: say what they leave out.
  if (plan.from !== null) footer.push(m.journeys.domestic);
  if (plan.from !== null && shown.some((j) => j.changes.length > 0)) {
    footer.push(m.journeys.meaning(formatDuration(options.changeMinutes, m)));
  }
  const legend = marksMeant(used as Set<MarkName>, m.table.marks);
  if (used.has('span')) legend.push(options.zone === undefined ? m.journeys.span : m.journeys.spanInZone);
  if (legend.length) footer.push(legend.join(' · '));
  for (const note of lowNotes) footer.push(safe(note));
  if (sources.size) footer.push(m.footer.sources([...sources].map(safe)));
  const checked = checkedInWords(m, options.age.lastChecked, options.age.sourcesUpTo);
  if (checked) footer.push(checked);
  if (footer.length) out.push('', paint.dim(footer.join('\n')));
  const text = spell(out.join('\n'));
  return `${options.width === undefined ? text : wrapIndented(text, options.width, locale.stationNames)}\n`;
}
