/**
 * Journeys in a terminal: a block per journey, its legs one a line with the
 * changes between them, the columns aligned across the whole answer.
 */
import stringWidth from 'string-width';
import { checkedInWords, type DataAge } from '../domain/age.js';
import { numberAt } from '../domain/through.js';
import { formatClock, formatDayLabel, formatIsoDate, fromEpochDay, MONTH_LABELS, WEEKDAY_LABELS, isoWeekday } from '../domain/days.js';
import type { Span } from '../domain/bounds.js';
import type { ResolvedEvent } from '../domain/expand.js';
import type { Journey, JourneyChange, JourneyLeg, JourneyPlan } from '../domain/journeys.js';
import { formatShortOffset, instantToWall } from '../domain/zones.js';
import { spanMinutes } from './journeys-json.js';
import { formatDuration, safe, type Paint } from './text.js';

export interface JourneyTableOptions {
  paint: Paint;
  changeMinutes: number;
  maxChanges: number;
  age: Pick<DataAge, 'lastChecked' | 'sourcesUpTo'>;
}

const MARKS = { unknown: '? not published', derived: '~ derived from the journey time', low: '* low confidence', span: 'a range of dates: not published, bounded by the stops before and after' } as const;
type Mark = keyof typeof MARKS;

/** "Sun 17 Jan" (no year). */
function shortDay(day: number): string {
  const { day: d, month } = fromEpochDay(day);
  return `${WEEKDAY_LABELS[isoWeekday(day) - 1]} ${d} ${MONTH_LABELS[month - 1]}`;
}

/** The date column: the local date, or what the span says of it when it is not published. */
function dateCell(event: ResolvedEvent, span: Span, used: Set<Mark>): string {
  if (event.epochDay !== null) return formatDayLabel(event.epochDay);
  const zone = event.station.timeZone;
  if (!Number.isFinite(span.earliest)) return '?';
  const first = instantToWall(zone, span.earliest).epochDay;
  used.add('span');
  if (!Number.isFinite(span.latest)) return `${formatDayLabel(first)} or later`;
  const last = instantToWall(zone, span.latest).epochDay;
  if (first === last) return formatDayLabel(first);
  const sameYear = fromEpochDay(first).year === fromEpochDay(last).year;
  return `${sameYear ? shortDay(first) : formatDayLabel(first)} – ${formatDayLabel(last)}`;
}

/** The time column: "10:26 +09", with ~ and * marks, or ?. */
function timeCell(event: ResolvedEvent, used: Set<Mark>, paint: Paint): string {
  if (event.instant === null) {
    used.add('unknown');
    return paint.mark('?');
  }
  let marks = '';
  if (event.derived) marks += '~';
  if (event.confidence === 'low' && !event.derived) marks += '*';
  if (event.derived) used.add('derived');
  if (event.confidence === 'low' && !event.derived) used.add('low');
  return `${formatClock(event.minuteOfDay!)} ${formatShortOffset(event.offsetMinutes!)}${marks ? ` ${paint.mark(marks)}` : ''}`;
}

function serviceCell(leg: JourneyLeg): string {
  const s = leg.departure.service;
  // The number it leaves under here, as the lookup's table gives it; without one, the service's name tells which car it is.
  const number = numberAt(s, leg.departure.leg.fromIndex);
  const status = s.status === 'running' ? '' : ` (${s.status}${s.statusNote ? `, ${safe(s.statusNote)}` : ''})`;
  return `${number ? `${s.mode} ${safe(number)}` : safe(s.name)}${status}`;
}

function legRow(leg: JourneyLeg, used: Set<Mark>, paint: Paint): string[] {
  const d = leg.departure;
  return [
    dateCell(d.from, leg.leaves, used),
    timeCell(d.from, used, paint),
    `${safe(d.from.station.name)} → ${safe(d.to.station.name)}`,
    dateCell(d.to, leg.arrives, used),
    timeCell(d.to, used, paint),
    serviceCell(leg),
  ];
}

/** "53 min", "10 h 27 min to 1 d 10 h", "at least 2 h". */
function between(min: number | null, max: number | null): string {
  if (min !== null && min === max) return formatDuration(min);
  if (max === null) return min ? `at least ${formatDuration(min)}` : 'not known';
  return `${formatDuration(min ?? 0)} to ${formatDuration(max)}`;
}

function changeLine(change: JourneyChange, arriving: JourneyLeg, paint: Paint): string {
  const where = `change at ${safe(change.station.name)} (${change.status === 'sure' ? 'sure' : paint.mark('possible')})`;
  const wait = `wait ${between(change.minWaitMinutes, change.maxWaitMinutes)}`;
  if (change.status === 'sure') return `  ↳ ${where}: ${wait}`;
  const zone = change.station.timeZone;
  const arriveBy = change.arriveBy === null ? null : instantToWall(zone, change.arriveBy);
  const condition = arriveBy
    ? `works if the ${safe(arriving.departure.service.name)} ${arriving.departure.service.mode} is in by ${formatClock(arriveBy.minuteOfDay)} ${formatShortOffset(arriveBy.offsetMinutes)} on ${formatIsoDate(arriveBy.epochDay)}`
    : 'works only if the times not published allow it';
  return `  ↳ ${where}: ${condition}; ${wait}`;
}

/** Pads every row's cells to the widest of their column. */
function aligned(rows: string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + ' '.repeat(widths[i]! - stringWidth(cell)))).join('  ').trimEnd());
}

function journeyHeading(j: Journey, n: number, paint: Paint): string {
  const { min, max } = spanMinutes(j.leaves, j.arrives);
  const changes = j.changes.length === 0 ? 'direct' : j.changes.length === 1 ? '1 change' : `${j.changes.length} changes`;
  const status = j.status === 'sure' ? 'sure' : paint.mark('possible');
  return paint.bold(`Journey ${n}`) + ` · ${status} · ${changes} · ${between(min, max)}`;
}

function title(plan: JourneyPlan): string {
  const dates = plan.first === plan.last ? `on ${formatIsoDate(plan.first)}` : `from ${formatIsoDate(plan.first)} to ${formatIsoDate(plan.last)}`;
  if (plan.from === null) return `Arrivals at ${safe(plan.to.name)} ${dates}`;
  if (plan.arriveBy !== null) return `${safe(plan.from.name)} → ${safe(plan.to.name)}, arriving by ${formatIsoDate(plan.arriveBy)}`;
  return `${safe(plan.from.name)} → ${safe(plan.to.name)}, leaving ${dates}`;
}

function emptyLine(plan: JourneyPlan, options: JourneyTableOptions): string {
  if (plan.from === null) return `Nothing arrives at ${safe(plan.to.name)} in that time.`;
  const changes = `with at most ${options.maxChanges} change${options.maxChanges === 1 ? '' : 's'}`;
  if (plan.arriveBy !== null) return `No journey ${changes} reaches ${safe(plan.to.name)} from ${safe(plan.from.name)} by ${formatIsoDate(plan.arriveBy)}.`;
  return `No journey ${changes} leaves ${safe(plan.from.name)} for ${safe(plan.to.name)} in that time.`;
}

/** The journeys (or the arrivals, for a plan with no first station) as the text printed. */
export function renderJourneyTable(plan: JourneyPlan, options: JourneyTableOptions): string {
  const { paint } = options;
  const used = new Set<Mark>();
  const sources = new Set<string>();
  // Rows of every journey first, so the columns line up across the blocks.
  // An empty window shows the first journey after it, as a block of its own.
  const shown = plan.journeys.length === 0 && plan.next ? plan.next : plan.journeys;
  const rows = shown.map((j) => j.legs.map((leg) => legRow(leg, used, paint)));
  // The notes behind the * marks, as the lookup's table quotes them.
  const lowNotes = new Set<string>();
  for (const j of shown) for (const leg of j.legs) for (const e of [leg.departure.from, leg.departure.to]) if (e.note && e.confidence === 'low' && !e.derived && e.epochDay !== null) lowNotes.add(e.note);
  const lines = aligned(rows.flat());
  const out: string[] = [paint.heading(title(plan)) + paint.dim('  (times local to each station)')];
  if (plan.journeys.length === 0) out.push(emptyLine(plan, options));
  if (plan.journeys.length === 0 && plan.next?.length === 0) out.push('None leaves in the three months after it either.');
  if (plan.journeys.length === 0 && plan.next?.length) out.push(`The next ${plan.next.length === 1 ? 'journey leaves' : 'journeys leave'} on ${formatDayLabel(plan.next[0]!.legs[0]!.departure.from.epochDay!)}:`);
  let at = 0;
  shown.forEach((j, n) => {
    for (const leg of j.legs) for (const source of [...leg.departure.service.sources, ...leg.departure.from.sources, ...leg.departure.to.sources]) sources.add(source);
    if (plan.from === null) {
      out.push(lines[at++]!);
      return;
    }
    out.push('', journeyHeading(j, n + 1, paint));
    j.legs.forEach((leg, i) => {
      out.push(`  ${lines[at++]}`);
      const change = j.changes[i];
      if (change) out.push(changeLine(change, leg, paint));
    });
  });

  const footer: string[] = [];
  if (plan.from !== null && shown.some((j) => j.changes.length > 0)) {
    footer.push(
      `sure: every change leaves at least ${formatDuration(options.changeMinutes)}, whatever the times not published turn out to be; possible: it does only for some of them.`,
    );
  }
  const legend = (Object.keys(MARKS) as Mark[]).filter((m) => used.has(m)).map((m) => MARKS[m]);
  if (legend.length) footer.push(legend.join(' · '));
  for (const note of lowNotes) footer.push(safe(note));
  if (sources.size) footer.push(`Sources: ${[...sources].map(safe).join('; ')}.`);
  const checked = checkedInWords(options.age);
  if (checked) footer.push(checked);
  if (footer.length) out.push('', paint.dim(footer.join('\n')));
  return `${out.join('\n')}\n`;
}
