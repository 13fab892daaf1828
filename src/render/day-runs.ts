/**
 * Runs of days: the departures of the table that differ only in date (a bus
 * with no published time, day after day) found so that each run is one row,
 * "7–20 Dec, daily". A run follows its service's rule: each departure in it
 * is on the date the rule gives after the one before, so a date the rule
 * skips is no gap ("7–30 Dec, Mon, Wed") and a date it cancels, or adds,
 * starts a new row. A service that runs on days of the month is never
 * gathered: "3–17 Dec" would read as every day between.
 *
 * The table reads its departures twice; runs are found on the first pass,
 * each named by its first departure's place in the sequence, and the second
 * pass draws a run's first departure as the run and leaves out the rest. Only
 * runs of two days or more are kept: a century of a daily bus is one entry.
 */
import { isoWeekday, type EpochDay } from '../domain/days.js';
import type { RunRule } from '../domain/model.js';

/** Days a row stands for: every day from `first` to `last` whose weekday is in `weekdays`. */
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
  /** The day the run's next departure would be on, by its service's rule; null when nothing follows. */
  next: EpochDay | null;
}

const bit = (day: EpochDay): number => 1 << (isoWeekday(day) - 1);

/** How many days from `first` to `last` fall on a weekday in `mask`. */
function daysOn(first: EpochDay, last: EpochDay, mask: number): number {
  const length = last - first + 1;
  let count = 0;
  for (let w = 0; w < 7; w++) if (mask & (1 << w)) count += Math.floor(length / 7);
  for (let d = first + length - (length % 7); d <= last; d++) if (mask & bit(d)) count++;
  return count;
}

/** The days from a service date to the next the rule gives (cancellations aside); null for days of the month. */
export function ruleStep(rule: RunRule, serviceDate: EpochDay): number | null {
  if (rule.every === 'day') return 1;
  if (rule.every === 'month') return null;
  for (let k = 1; k <= 7; k++) if (rule.weekdays.includes(isoWeekday(serviceDate + k))) return k;
  return null;
}

/** The first pass: departures in order, each with the key of what its row shows besides the date. */
export class DayRuns {
  private readonly open = new Map<string, OpenRun>();
  private readonly runs = new Map<number, DayRun>();
  private count = 0;

  /** `single` is told the date cell of each departure that stays a row of its own. */
  constructor(private readonly single: (cell: string) => void) {}

  /**
   * The next departure, on `day`, whose row reads `key` but for its date, `cell`; `step` days after it its service's
   * rule gives the next (ruleStep), or null.
   */
  add(key: string, day: EpochDay, cell: string, step: number | null): void {
    const at = this.count++;
    const next = step === null ? null : day + step;
    const run = this.open.get(key);
    // The run must still say every day it stands for: a date the schedule added (a Friday of a Monday and Wednesday
    // bus) may start a run, but the run ends before that weekday comes round again without a departure.
    if (run && run.next === day && daysOn(run.first, day, run.mask | bit(day)) === run.count + 1) {
      run.last = day;
      run.count++;
      run.mask |= bit(day);
      run.next = next;
      return;
    }
    if (run) this.close(run);
    this.open.set(key, { at, first: day, last: day, count: 1, mask: bit(day), cell, next });
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
    if (run.count < 2) {
      this.single(run.cell);
      return;
    }
    const every = run.count === run.last - run.first + 1;
    const weekdays: number[] = [];
    for (let w = 1; w <= 7; w++) if (run.mask & (1 << (w - 1))) weekdays.push(w);
    this.runs.set(run.at, { first: run.first, last: run.last, count: run.count, weekdays: every ? null : weekdays });
  }
}
