/**
 * `--calendar`: the window widened to whole months, the departures in them
 * for the table format's month grids.
 */
import { fromEpochDay, toEpochDay } from '../domain/days.js';
import { lookup, type LookupOptions } from '../domain/lookup.js';
import type { Catalog } from '../domain/model.js';
import { FIRST_DAY, LAST_DAY } from '../domain/window.js';
import { clockOf } from '../present/clock.js';
import { wholeMonths } from '../render/month-grids.js';
import type { CalendarSubject } from '../output/writers.js';
import type { CalendarMonths } from './request.js';

export interface CalendarQuery extends LookupOptions {
  /** Which months: the window's, the first one's, or the first and the next. */
  months: CalendarMonths;
  /** --tz: dates and times on this zone's clock instead of each station's own. */
  zone?: string;
}

/** The calendar's departures, over whole months. One lookup: the window it resolves is widened to months. */
export function calendarOf(catalog: Catalog, q: CalendarQuery): CalendarSubject {
  const { months: which, zone, ...options } = q;
  const l = lookup(catalog, options);
  const start = fromEpochDay(l.from);
  const last =
    which === 'window'
      ? l.until
      : which === 'first'
        ? l.from
        : toEpochDay(start.month === 12 ? start.year + 1 : start.year, start.month === 12 ? 1 : start.month + 1, 1);
  const months = wholeMonths(l.from, last);
  // On another zone's clock a departure may fall a day either side of its station's date.
  const widen = zone === undefined ? 0 : 1;
  const departures = [
    ...l.departuresBetween(Math.max(months.first - widen, FIRST_DAY), Math.min(months.last + widen, LAST_DAY)),
  ].filter((d) => {
    const day = clockOf(d.from, zone).day;
    return day !== null && day >= months.first && day <= months.last;
  });
  const next = departures.length === 0 && l.legs.length > 0 ? l.nextAfterWindow() : undefined;
  return { lookup: l, departures, ...months, next };
}
