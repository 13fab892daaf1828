/**
 * Runs of days: the departures of the table that differ only in date (a bus
 * with no published time, day after day) found so that each run is one row,
 * "7–20 Dec, daily". A run says every day it covers: it is the days from its
 * first to its last whose weekday is among its own, all of them, so a day
 * left out (a holiday, a gap in the season) starts a new run, and a run of
 * Mondays and Wednesdays is one too ("7–30 Dec, Mon, Wed").
 *
 * The table reads its departures twice; runs are found on the first pass,
 * each named by its first departure's place in the sequence, and the second
 * pass draws a run's first departure as the run and leaves out the rest. Only
 * runs of two days or more are kept: a century of a daily bus is one entry.
 */
import { isoWeekday, type EpochDay } from '../domain/days.js';

/** Days a row stands for: every day from `first` to `last` whose weekday is in `weekdays` (bit 0 = Monday). */
export interface DayRun {
  first: EpochDay;
  last: EpochDay;
  /** The departures in the run, one a day. */
  count: number;
  /** The ISO weekdays it runs (1 = Monday), or null when it runs every day from first to last. */
  weekdays: number[] | null;
}

interface OpenRun {
  /** The place of its first departure in the sequence. */
  at: number;
  first: EpochDay;
  last: EpochDay;
  count: number;
  /** Bit w - 1 for ISO weekday w. */
  mask: number;
  /** The first departure's own date cell, for a run that stays one day. */
  cell: string;
}

const bit = (day: EpochDay): number => 1 << (isoWeekday(day) - 1);

/** Whether a run that has `run`'s days would still say all its days with `day` added after them. */
function extends_(run: OpenRun, day: EpochDay): boolean {
  if (day <= run.last || day - run.last > 7) return false;
  const mask = run.mask | bit(day);
  // A weekday new to the run must not have fallen on a day of the run's span without a departure.
  if ((run.mask & bit(day)) === 0 && day - 7 >= run.first) return false;
  // Nor may any day between the last one and this fall on one of the run's weekdays.
  for (let d = run.last + 1; d < day; d++) if (mask & bit(d)) return false;
  return true;
}

/** The first pass: departures in order, each with the key of what its row shows besides the date. */
export class DayRuns {
  private readonly open = new Map<string, OpenRun>();
  private readonly runs = new Map<number, DayRun>();
  private count = 0;

  /** `single` is told the date cell of each departure that stays a row of its own. */
  constructor(private readonly single: (cell: string) => void) {}

  /** The next departure, on `day`, whose row reads `key` but for its date, `cell`. */
  add(key: string, day: EpochDay, cell: string): void {
    const at = this.count++;
    const run = this.open.get(key);
    if (run && extends_(run, day)) {
      run.last = day;
      run.count++;
      run.mask |= bit(day);
      return;
    }
    if (run) this.close(run);
    this.open.set(key, { at, first: day, last: day, count: 1, mask: bit(day), cell });
  }

  /** A departure that is a row of its own (a published time, an unknown date): it still takes a place. */
  skip(): void {
    this.count++;
  }

  /** The runs found, by the place of each one's first departure; call once every departure is added. */
  finish(): ReadonlyMap<number, DayRun> {
    for (const run of this.open.values()) this.close(run);
    this.open.clear();
    return this.runs;
  }

  private close(run: OpenRun): void {
    if (run.count < 2) return this.single(run.cell);
    const every = run.count === run.last - run.first + 1;
    const weekdays: number[] = [];
    for (let w = 1; w <= 7; w++) if (run.mask & (1 << (w - 1))) weekdays.push(w);
    this.runs.set(run.at, { first: run.first, last: run.last, count: run.count, weekdays: every ? null : weekdays });
  }
}
