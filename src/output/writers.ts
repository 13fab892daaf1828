/**
 * What every output format's writers take and give: the subject (departures,
 * journeys, arrivals or a calendar) and one context of everything the
 * command line decided about the output. A writer only arranges what the
 * presentation step (src/present/) and the renderers (src/render/) make.
 */
import type { DataAge } from '../domain/age.js';
import type { EpochDay } from '../domain/days.js';
import type { Departure } from '../domain/expand.js';
import type { JourneyPlan } from '../domain/journeys.js';
import type { Lookup } from '../domain/lookup.js';
import type { Catalog } from '../domain/model.js';
import type { Locale } from '../i18n/locale.js';
import type { JourneyMode } from '../present/sentences.js';
import type { Paint } from '../render/text.js';

export type { JourneyMode };

/** What a writer gives: text or bytes, chunk by chunk, which the one writer (cli/write.ts) sends with backpressure. */
export type OutputChunks = Iterable<string | Uint8Array>;

export interface OutputContext {
  /** The language, and the schedules' names and notes in it. */
  locale: Locale;
  /** The colours; chalk is loaded only when a writer that paints asks and colour is on. */
  paint(): Promise<Paint>;
  /** The terminal's width in columns. */
  width: number;
  /** ASCII only (--ascii, or a locale that is not UTF-8), but for `keep`, the names as typed. */
  ascii: boolean;
  keep: readonly string[];
  age: DataAge;
  /** The instant taken as now (--now): countdowns, and the calendar's DTSTAMP. */
  now: number;
  version: string;
  /** --tz: every date and time on this zone's clock instead of each station's own. */
  zone?: string;
  /** --verbose: every note, not only those behind a mark. */
  verbose: boolean;
  /** --csv-raw: schedule text in CSV cells without the formula guard. */
  csvRaw: boolean;
  /** --expand: the table keeps one row per departure (the other formats always do). */
  expand: boolean;
}

export interface DepartureSubject {
  catalog: Catalog;
  lookup: Lookup;
  /** The departures to write; the table reads them twice (widths, then rows), so each call starts them again. */
  departures: () => Iterable<Departure>;
  /** The board: one departure per route, each with its countdown (the table only). */
  board: boolean;
}

export interface JourneySubject {
  /** The plan with the journeys to write (at most --next of them); arrivals are a plan with no first station. */
  plan: JourneyPlan;
  mode: JourneyMode;
  /** The first station as typed; null for arrivals. */
  query: string | null;
  changeMinutes: number;
  maxChanges: number;
  maxWaitDays: number;
}

export interface CalendarSubject {
  lookup: Lookup;
  /** The departures marked, over the whole months from `first` to `last`. */
  departures: Departure[];
  first: EpochDay;
  last: EpochDay;
  /** When nothing is marked: the first departure after the window. */
  next: Departure | undefined;
}

type Writer<S> = (subject: S, context: OutputContext) => Promise<OutputChunks>;

/** A format's writers; a format without month grids has no calendar writer (the command line refuses --calendar with it). */
export interface Writers {
  departures: Writer<DepartureSubject>;
  journeys: Writer<JourneySubject>;
  arrivals: Writer<JourneySubject>;
  calendar?: Writer<CalendarSubject>;
}
