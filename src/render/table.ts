/**
 * The departure table: a pure function from departures to the text printed,
 * laid out by layout.ts to the terminal's width and drawn by grid.ts in
 * blocks; on a narrow terminal, a stacked list with a block per departure.
 */
import type { Departure } from '../domain/expand.js';
import type { Lookup } from '../domain/lookup.js';
import type { Route, Service, Station } from '../domain/model.js';
import { travelLines } from './travel-facts.js';
import { english, type Locale } from '../i18n/locale.js';
import { checkedInWords, nearestLines, reasonText, remarkText } from '../present/sentences.js';
import { toAscii } from './ascii.js';
import { fareInWords } from './fares.js';
import { BLOCK_ROWS, Grid } from './grid.js';
import { CellFitter, displayWidth, fitColumns, widestWord } from './layout.js';
import { DayRuns, ruleStep, type DayRun } from './day-runs.js';
import { clockOf, timeWithOffset, type Clock } from '../present/clock.js';
import { departureInWords, showDeparture } from '../present/departure.js';
import { onwardCars, serviceLabel, stationPair } from '../present/labels.js';
import { MARKS, marksMeant, signsOf, type MarkName } from '../present/marks.js';
import { formatOffset } from '../present/offset.js';
import { plain, safe, type Paint } from './text.js';
import { formatDuration } from '../present/words.js';
import { wrapLines } from './wrap.js';

export interface TableOptions {
  paint: Paint;
  /** Show every time in this zone instead of each station's own. */
  zone?: string;
  lastChecked: number | null;
  /** The month of the newest source, shown beside the check date. */
  sourcesUpTo?: string | null;
  /** Show every note, not only those explaining low-confidence values. */
  verbose?: boolean;
  /** The terminal's width in columns (80 when not known). */
  width?: number;
  /** ASCII only: `+--+` borders, `->` arrows (ascii.ts). */
  ascii?: boolean;
  /** Names as the user typed them, kept in their script in ASCII output. */
  keep?: readonly string[];
  /** The instant the countdowns count from. */
  now?: number;
  /** The board: one departure per route, each with its countdown. */
  board?: boolean;
  /** The station that names a through car's row (Moscow → "Moscow car"). */
  carRuns?: ReadonlyMap<Service, Station>;
  /** The language, and the schedules' names and notes in it; English by default. */
  locale?: Locale;
  /** One row per departure: departures that differ only in date are not gathered into runs of days (day-runs.ts). */
  expand?: boolean;
}

/** Below this many columns the table gives way to a stacked list. */
export const STACK_BELOW = 60;

/** "14:47 ~", "?", "09:30 *": the time (or ?), then the other marks. */
function timeCell(clock: Pick<Clock, 'time' | 'marks'>, used: Set<MarkName>, paint: Paint): string {
  for (const m of clock.marks) used.add(m);
  const parts = [clock.marks.includes('unknown') ? paint.mark(MARKS.unknown) : clock.time!];
  const others = signsOf(clock.marks.filter((m) => m !== 'unknown'));
  if (others) parts.push(paint.mark(others));
  return parts.join(' ');
}

/** A cell that says only that something is not known: "?". */
const UNKNOWN: Pick<Clock, 'time' | 'marks'> = { time: null, marks: ['unknown'] };

/** What one departure shows, field by field ('' where the table or the board shows nothing). */
interface Row {
  date: string;
  departs: string;
  fromTo: string;
  arrives: string;
  journey: string;
  service: string;
  /** The board's countdown. */
  leaves: string;
}

type Column = keyof Row;

/** The table's columns; the board leaves out the arrival and the journey, and adds the countdown. */
const TABLE_COLUMNS: readonly Column[] = ['date', 'departs', 'fromTo', 'arrives', 'journey', 'service'];
const BOARD_COLUMNS: readonly Column[] = ['date', 'departs', 'fromTo', 'service', 'leaves'];

const columnsOf = (board: boolean | undefined): readonly Column[] => (board ? BOARD_COLUMNS : TABLE_COLUMNS);

/** The columns whose cells may name a day of their own (RowFacts.dated). */
const DATED_COLUMNS: readonly Column[] = ['arrives', 'service'];

/** What one departure shows, and when it leaves. */
interface RowFacts {
  row: Row;
  /** Minutes from now to the departure, when its time is known. */
  minutesAway: number | null;
  /** The day of a departure with a date and no published time, which may share its row with the days around it. */
  untimedDay: number | null;
  /**
   * The arrival or the service names a day of its own (an arrival on a later day, "Sun 20 Dec 2026 08:40"): those
   * cells are met once in a window, so they are measured and wrapped without being remembered (Survey.measure).
   */
  dated: boolean;
}

const NO_SOURCES: readonly string[] = [];

/** Everything the first pass learns: widths, the footer's material, the next departure. */
class Survey {
  readonly used = new Set<MarkName>();
  readonly clocks = new Map<string, Set<number>>();
  readonly behind = new Set<string>();
  readonly eventNotes = new Set<string>();
  readonly routeNotes = new Set<string>();
  readonly sources = new Set<string>();
  readonly fares = new Set<string>();
  /** With --verbose, the tickets and entry rules of the routes shown. */
  readonly travel = new Set<string>();
  private readonly seenRoutes = new Set<Route>();
  private readonly seenLists = new Set<readonly string[]>();
  private readonly seenServices = new Set<Service>();
  dateWithoutTime = false;
  count = 0;
  widths: number[];
  /** The widest word of each column: no column is narrowed below it. */
  words: number[];
  next: { d: Departure; minutes: number } | null = null;

  constructor(
    head: string[],
    private readonly names: readonly string[],
  ) {
    this.widths = head.map(displayWidth);
    this.words = head.map((h) => widestWord(h, names));
  }

  /**
   * Cells measured so far: a station pair, a train, a time recur row after row, and a century has 340,000 rows.
   *
   * A cell that names a day of its own (RowFacts.dated) is measured and not kept. A century meets 38,000 arrivals on
   * a later day and 20,000 through cars' arrivals, each once; kept here until the bound cleared them, they outlived
   * V8's young-generation collections and were copied into the old generation, where they stayed until a full
   * collection. Not keeping them (nor their wrapped lines, stackedChunks) cut what a century's table promotes from
   * 13.4 MB to 5.5 MB on Node 24 (Node 20: 25.5 to 17.4; --trace-gc-nvp), and its peak memory piped through `cat`
   * from 98 MB to 87 MB (Node 20: 87 to 79), medians of nine runs on Node 24 and seven on Node 20 (2026-12-07).
   */
  private readonly measured = new Map<string, readonly [width: number, word: number]>();

  /** A cell's width and its widest unbreakable piece; `recurs`: it may come again, and is remembered. */
  private measure(cell: string, recurs: boolean): readonly [number, number] {
    if (!recurs) return [displayWidth(cell), widestWord(cell, this.names)];
    let found = this.measured.get(cell);
    if (found === undefined) {
      // Whatever recurs or not, a bound keeps the memory of a long window flat.
      if (this.measured.size >= 4096) this.measured.clear();
      found = [displayWidth(cell), widestWord(cell, this.names)];
      this.measured.set(cell, found);
    }
    return found;
  }

  /**
   * A departure and its row; `dated`: measure its date cell too (a date that may join a run of days is measured once
   * the run is known, through `date`).
   */
  add(d: Departure, facts: RowFacts, options: TableOptions, locale: Locale, dated: boolean): void {
    this.count++;
    columnsOf(options.board).forEach((name, column) => {
      const cell = facts.row[name];
      if (name === 'date') {
        if (dated) this.date(column, cell, displayWidth(cell));
        return;
      }
      const [width, word] = this.measure(cell, !(facts.dated && DATED_COLUMNS.includes(name)));
      this.widths[column] = Math.max(this.widths[column]!, width);
      this.words[column] = Math.max(this.words[column]!, word);
    });
    if (this.next === null && facts.minutesAway !== null && facts.minutesAway >= 0)
      this.next = { d, minutes: facts.minutesAway };
    if (!options.zone) {
      // The board shows departures only: only their clocks need saying.
      for (const e of options.board ? [d.from] : [d.from, d.to]) {
        const name = safe(locale.station(e.station));
        if (e.offsetMinutes !== null) this.clocks.set(name, (this.clocks.get(name) ?? new Set()).add(e.offsetMinutes));
      }
      // An arrival that reads earlier than its departure on the same date: say once how far apart the clocks are.
      if (
        !options.board &&
        d.from.minuteOfDay !== null &&
        d.to.minuteOfDay !== null &&
        d.from.epochDay === d.to.epochDay &&
        d.to.minuteOfDay < d.from.minuteOfDay
      ) {
        this.behind.add(
          locale.m.table.clockBehind(
            safe(locale.station(d.to.station)),
            safe(locale.station(d.from.station)),
            formatDuration(d.from.offsetMinutes! - d.to.offsetMinutes!, locale.m),
          ),
        );
      }
    }
    // Notes explain the * marks; --verbose shows every note, the routes' too.
    for (const e of [d.from, d.to])
      if (e.note && (options.verbose || (e.confidence === 'low' && !e.derived && e.epochDay !== null)))
        this.eventNotes.add(locale.note(e)!);
    if (options.verbose) for (const note of locale.notes(d.service.route)) this.routeNotes.add(note);
    // Where the train number comes from, when it is less sure than the service (645/646 is an inference).
    if (options.verbose && d.service.numberFact?.note) this.eventNotes.add(locale.note(d.service.numberFact)!);
    // The same few lists come with every departure of a leg: read each once. (A new [] for a number without sources
    // was a list of its own each time: a century kept 340,000 of them, a third of its peak memory.)
    for (const list of [d.service.sources, d.from.sources, d.to.sources, d.service.numberFact?.sources ?? NO_SOURCES]) {
      if (this.seenLists.has(list)) continue;
      this.seenLists.add(list);
      for (const source of list) this.sources.add(source);
    }
    if (!this.seenServices.has(d.service)) {
      this.seenServices.add(d.service);
      for (const fare of d.service.fares) this.fares.add(fareInWords(fare, locale.m, locale.covers(fare)));
    }
    if (options.verbose && options.now !== undefined && !this.seenRoutes.has(d.service.route)) {
      this.seenRoutes.add(d.service.route);
      for (const line of travelLines(d.service.route, options.now, locale, true)) this.travel.add(line);
    }
    if (d.from.instant === null) this.dateWithoutTime = true;
  }

  /** A date cell, in column `column`, that may break only into pieces `unbreakable` wide (a single date never breaks). */
  date(column: number, cell: string, unbreakable: number): void {
    this.widths[column] = Math.max(this.widths[column]!, displayWidth(cell));
    this.words[column] = Math.max(this.words[column]!, unbreakable);
  }
}

/** What a row shows besides its date, and whose service it is: rows with the same key differ only in date. */
class RowKeys {
  private readonly ids = new Map<Service, number>();

  of(d: Departure, row: Row): string {
    let id = this.ids.get(d.service);
    if (id === undefined) this.ids.set(d.service, (id = this.ids.size));
    return `${id}\n${row.departs}\n${row.fromTo}\n${row.arrives}\n${row.journey}\n${row.service}`;
  }
}

/** A run's date cell in lines of at most `width` columns, as many pieces on each as fit (a line longer than any is wrapped later). */
function joinPieces(pieces: readonly string[], width: number): string {
  const lines: string[] = [];
  let line = '';
  for (const next of pieces) {
    if (line && displayWidth((line + next).trimEnd()) > width) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += next;
  }
  lines.push(line.trimEnd());
  return lines.join('\n');
}

/**
 * The rows to draw, from the second pass over the departures: each departure's row, but a run of days (found on the
 * first pass) as one row with the run in its date cell, and the run's other departures left out.
 */
function* rowsOf(
  departures: Iterable<Departure>,
  runs: ReadonlyMap<number, DayRun> | null,
  facts: (d: Departure) => RowFacts,
  runCell: (run: DayRun) => string,
): Generator<RowFacts> {
  const keys = new RowKeys();
  // Per key, how many departures of the run being drawn are still to be left out.
  const pending = new Map<string, number>();
  let at = 0;
  for (const d of departures) {
    const found = facts(d);
    const { row, untimedDay } = found;
    const place = at++;
    if (runs === null || untimedDay === null) {
      yield found;
      continue;
    }
    const key = keys.of(d, row);
    const left = pending.get(key);
    if (left) {
      pending.set(key, left - 1);
      continue;
    }
    const run = runs.get(place);
    if (run) {
      pending.set(key, run.count - 1);
      yield { ...found, row: { ...row, date: runCell(run) } };
    } else yield found;
  }
}

/**
 * The table printed in a terminal, as chunks of text: the title at once, then
 * the table block by block, then the footer. `departures` is called twice:
 * a first pass fixes the column widths and gathers the footer (keeping no
 * row text), the second draws the rows; so a century streams in flat memory.
 */
export function* tableChunks(
  l: Lookup,
  departures: () => Iterable<Departure>,
  options: TableOptions,
): Generator<string | Uint8Array> {
  const { paint, zone } = options;
  const locale = options.locale ?? english;
  const { m } = locale;
  const width = options.width ?? 80;
  // ASCII before wrapping: "⇄" spelled "<->" takes three columns.
  const ascii = (text: string) => (options.ascii ? toAscii(text, options.keep, m.lang) : text);
  const wrap = (text: string) => wrapLines(ascii(text), width, '  ', locale.stationNames);
  // As bytes, which the writer sends at once rather than gathering: the title is out before the widths are counted.
  const when = windowInWords(l, options, locale);
  yield Buffer.from(`${wrap(`${paint.heading(title(l, options, locale))}${when ? paint.dim(`, ${when}`) : ''}`)}\n`);

  const columns = columnsOf(options.board);
  const head = columns.map((c) => (options.ascii ? toAscii(m.table.heads[c], [], m.lang) : m.table.heads[c]));
  const survey = new Survey(head, locale.stationNames);
  // The title gives the window's dates; a window over a year (--next looks ten years ahead) needs the year on each row.
  const withYear = !options.board && l.until - l.from > 300;
  const date = columns.indexOf('date');
  // A date is never broken over lines: a run of days only between its ends and its weekdays.
  survey.words[date] = survey.widths[date]!;
  // The board shows one departure per route: nothing there repeats.
  const gather = options.expand !== true && options.board !== true;
  const found = gather ? new DayRuns((cell) => survey.date(date, cell, displayWidth(cell))) : null;
  const keys = new RowKeys();
  for (const d of departures()) {
    const facts = rowFacts(d, options, survey.used, plain, withYear, locale);
    const joins = found !== null && facts.untimedDay !== null;
    survey.add(d, facts, options, locale, !joins);
    if (joins)
      found.add(keys.of(d, facts.row), facts.untimedDay!, facts.row.date, ruleStep(d.service.runs.rule, d.serviceDate));
    else found?.skip();
  }
  const runs = found?.finish() ?? null;
  const runPieces = (run: DayRun): string[] => {
    const pieces = m.table.runDays(m.dates.dayRange(run.first, run.last, withYear), run.weekdays);
    return options.ascii ? pieces.map(ascii) : pieces;
  };
  if (runs)
    for (const run of runs.values()) {
      const pieces = runPieces(run);
      // The dates stay whole; the weekdays ("Mon, Wed, Fri") may break where words do.
      const last = pieces[pieces.length - 1]!;
      const dates = pieces.slice(0, -1).map((piece) => displayWidth(piece.trimEnd()));
      survey.date(date, joinPieces(pieces, Number.POSITIVE_INFINITY), Math.max(widestWord(last), ...dates));
    }

  const header: string[] = [];
  header.push(zone ? m.table.timesInZone(zone) : clocksLine(survey.clocks, locale));
  if (survey.next && !options.board)
    header.push(
      m.table.nextDeparture(countdown(survey.next.minutes, locale), departureInWords(survey.next.d, zone, locale)),
    );
  const headerText = header
    .filter(Boolean)
    .map((h) => paint.dim(wrap(h)))
    .join('\n');

  if (l.legs.length === 0) {
    yield `${wrap(safe(l.reason ? reasonText(l.reason, locale) : ''))}\n`;
    for (const line of l.reason ? nearestLines(l.reason, locale) : []) yield `${wrap(safe(line))}\n`;
  } else if (survey.count === 0) {
    const next = l.nextAfterWindow();
    yield `${wrap(l.from === l.until ? m.table.noDeparturesOn(m.dates.date(l.from)) : m.table.noDeparturesBetween(m.dates.date(l.from), m.dates.date(l.until)))}\n`;
    yield `${wrap(next ? m.table.nextOne(departureInWords(next, zone, locale)) : m.table.noneInTenYears)}\n`;
  } else {
    if (headerText) yield `${headerText}\n`;
    // Three columns of border and padding per column, and one more border.
    const fitted =
      width < STACK_BELOW
        ? null
        : fitColumns(survey.widths, survey.words, width - 3 * head.length - 1, [
            columns.indexOf('fromTo'),
            columns.indexOf('service'),
            // A run of days breaks between its dates before a station's name breaks.
            ...(runs?.size ? [date] : []),
          ]);
    if (fitted === null) {
      const runCell = (run: DayRun) => joinPieces(runPieces(run), Number.POSITIVE_INFINITY);
      yield* stackedChunks(departures(), runs, runCell, options, withYear, width, locale);
    } else {
      const grid = new Grid(fitted, { ascii: options.ascii === true });
      const cells = new CellFitter(fitted, locale.stationNames);
      yield `${grid.head(cells.fit(head).map((h) => paint.bold(h))).join('\n')}\n`;
      let block: string[][] = [];
      const ignored = new Set<MarkName>();
      const facts = (d: Departure) => rowFacts(d, options, ignored, paint, withYear, locale);
      const runCell = (run: DayRun) => joinPieces(runPieces(run), fitted[date]!);
      // A cell naming a day comes once: broken to its width without being kept (RowFacts.dated).
      const once = new Set(DATED_COLUMNS.map((c) => columns.indexOf(c)));
      for (const { row, dated } of rowsOf(departures(), runs, facts, runCell)) {
        block.push(
          cells.fit(
            columns.map((c) => row[c]),
            dated ? once : undefined,
          ),
        );
        if (block.length === BLOCK_ROWS) {
          yield `${grid.rows(block).join('\n')}\n`;
          block = [];
        }
      }
      if (block.length) yield `${grid.rows(block).join('\n')}\n`;
      yield `${grid.bottom()}\n`;
    }
  }

  const footer: string[] = [];
  const meant = marksMeant(survey.used, m.table.marks);
  if (meant.length) footer.push(m.table.legend(meant));
  footer.push(...survey.behind);
  for (const note of new Set([...survey.eventNotes, ...survey.routeNotes])) footer.push(safe(note));
  // The board names no route without a timetable one by one: `railnext routes` does.
  const empty = l.remarks.filter((remark) => remark.kind === 'empty-route');
  if (options.board && empty.length) footer.push(m.table.moreRoutes(empty.length));
  for (const remark of options.board ? l.remarks.filter((r) => r.kind !== 'empty-route') : l.remarks)
    footer.push(safe(remarkText(remark, locale)));
  if (zone && survey.dateWithoutTime) footer.push(m.table.dateIsStationsOwn(zone));
  // The board is an overview: fares are in `railnext routes` and in each route's own table.
  if (!options.board) for (const fare of survey.fares) footer.push(m.fares.line(safe(fare)));
  for (const line of survey.travel) footer.push(safe(line));
  if (survey.sources.size) footer.push(m.footer.sources([...survey.sources].map(safe)));
  const checked = checkedInWords(m, options.lastChecked, options.sourcesUpTo ?? null);
  if (checked) footer.push(checked);
  if (footer.length) yield `${paint.dim(footer.map(wrap).join('\n'))}\n`;
}

/** The stacked list: a block per departure, each line wrapped to the width. */
function* stackedChunks(
  departures: Iterable<Departure>,
  runs: ReadonlyMap<number, DayRun> | null,
  runCell: (run: DayRun) => string,
  options: TableOptions,
  withYear: boolean,
  width: number,
  locale: Locale,
): Generator<string> {
  const ignored = new Set<MarkName>();
  const fit = (line: string) =>
    wrapLines(options.ascii ? toAscii(line, options.keep, locale.m.lang) : line, width, '  ', locale.stationNames);
  // The route and service lines repeat from departure to departure: each is wrapped once (but for a service line that
  // names a through car's day of arrival, met once: see RowFacts.dated).
  const wrapped = new Map<string, string>();
  const wrap = (line: string, recurs = true) => {
    if (!recurs) return fit(line);
    let text = wrapped.get(line);
    if (text === undefined) {
      if (wrapped.size > 4096) wrapped.clear();
      wrapped.set(line, (text = fit(line)));
    }
    return text;
  };
  const facts = (d: Departure) => rowFacts(d, options, ignored, options.paint, withYear, locale);
  for (const { row, dated } of rowsOf(departures, runs, facts, runCell)) {
    const { date, departs, fromTo, arrives, journey, service, leaves } = row;
    const first = `${options.paint.bold(date)}  ${arrives ? `${departs} → ${arrives}` : departs}`;
    yield `\n${fit(first)}\n${wrap(`  ${fromTo}`)}\n${wrap(`  ${[service, journey, leaves].filter(Boolean).join(' · ')}`, !dated)}\n`;
  }
  yield '\n';
}

/** The clocks line: "Local times: UTC+9 Tumangang; UTC+10 Khasan.", each offset once, in increasing order. */
function clocksLine(clocks: ReadonlyMap<string, ReadonlySet<number>>, locale: Locale): string {
  const byOffset = new Map<number, string[]>();
  for (const [name, offsets] of clocks)
    for (const offset of offsets) byOffset.set(offset, [...(byOffset.get(offset) ?? []), name]);
  if (byOffset.size === 0) return '';
  return locale.m.table.localTimes(
    [...byOffset]
      .sort((a, b) => a[0] - b[0])
      .map(([offset, names]) => `${formatOffset(offset, 'utc')} ${names.join(', ')}`),
  );
}

/** "in 2 d 5 h", or leaving now. */
const countdown = (minutes: number, locale: Locale): string =>
  locale.m.table.countdown(minutes <= 0 ? null : formatDuration(minutes, locale.m));

function rowFacts(
  d: Departure,
  options: TableOptions,
  used: Set<MarkName>,
  paint: Paint,
  withYear: boolean,
  locale: Locale,
): RowFacts {
  const { m } = locale;
  // "Wed 2 Dec", or "Wed 2 Dec 2026" when the window is long enough for the year to matter.
  const dayLabel = (day: number) => (withYear ? m.dates.dayLabel(day) : m.dates.shortDayLabel(day));
  const shown = showDeparture(d, { locale, zone: options.zone, now: options.now, carRuns: options.carRuns });
  const { from, fromDay, toDay } = shown;
  let departs = timeCell(from, used, paint);
  if (d.service.timesPerDay > 1) departs = m.table.perDay(departs, d.service.timesPerDay);
  // The board shows no arrival; an arrival on a later date says which: "Sun 20 Dec ?", not "+8 d".
  const laterDay = fromDay !== null && toDay !== null && toDay > fromDay;
  const arrives = options.board
    ? ''
    : laterDay
      ? `${dayLabel(toDay)} ${timeCell(shown.to, used, paint)}`
      : timeCell(shown.to, used, paint);
  // A cell that names a day of its own is met once in a window (RowFacts.dated).
  let dated = laterDay && !options.board;
  // Where each car leaving with the train arrives, on the clock shown (its station's own, with its offset, or --tz's).
  const carArrivals = options.board
    ? []
    : onwardCars(d, locale).map(({ name, car }) => {
        const clock = clockOf(car.to, options.zone);
        // On the station's own clock the time says its offset ("08:40 +08"); on --tz's the header says it.
        const time = timeCell(
          { time: clock.inZone ? clock.time : timeWithOffset(clock, 'short'), marks: clock.marks },
          used,
          paint,
        );
        if (clock.day === null) return m.table.carArrives(name, time);
        dated = true;
        return m.table.carArrives(name, `${dayLabel(clock.day)} ${time}`);
      });
  const row: Row = {
    date: from.day === null ? '?' : dayLabel(from.day),
    departs,
    fromTo: shown.stations,
    arrives,
    journey: options.board ? '' : (shown.journey ?? timeCell(UNKNOWN, used, paint)),
    service: carArrivals.length > 0 ? serviceLabel(d, locale, options.carRuns, carArrivals) : shown.service,
    leaves: '',
  };
  if (options.ascii) for (const c of TABLE_COLUMNS) row[c] = toAscii(row[c], options.keep, m.lang);
  // The board's countdown is in the language's script even in ASCII output: the whole text is spelled once more on its way out.
  if (options.board)
    row.leaves = shown.minutesAway === null ? timeCell(UNKNOWN, used, paint) : countdown(shown.minutesAway, locale);
  return { row, minutesAway: shown.minutesAway, untimedDay: from.time === null ? from.day : null, dated };
}

function title(l: Lookup, options: TableOptions, locale: Locale): string {
  const { m } = locale;
  if (options.board) return m.table.boardTitle;
  switch (l.match.kind) {
    case 'all':
      return m.table.allServices;
    case 'station':
      return l.destination
        ? stationPair(l.match.station, l.destination, locale)
        : m.table.departuresFrom(safe(locale.station(l.match.station)));
    case 'route':
      return safe(locale.name(l.match.route));
    case 'service':
      return safe(locale.name(l.match.service));
    case 'services':
      return m.andList(l.match.services.map((s) => safe(locale.name(s))));
  }
}

/** "2026-12-01 – 2026-12-07" in the language's dates; "" for an open-ended window (--next), where the rows say it. */
function windowInWords(l: Lookup, options: TableOptions, locale: Locale): string {
  const { m } = locale;
  if (options.board) return m.table.asOf(m.dates.dayLabel(l.from));
  if (l.until - l.from > 366) return '';
  return l.from === l.until ? m.dates.date(l.from) : `${m.dates.date(l.from)} – ${m.dates.date(l.until)}`;
}
