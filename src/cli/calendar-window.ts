/**
 * `--calendar`: the window widened to whole months, then drawn as month grids.
 */
import { fromEpochDay, toEpochDay } from '../domain/days.js';
import { lookup, type LookupOptions } from '../domain/lookup.js';
import type { Catalog } from '../domain/model.js';
import { FIRST_DAY, LAST_DAY } from '../domain/window.js';
import { instantToWall } from '../domain/zones.js';
import { renderCalendar, wholeMonths } from '../render/month-grids.js';
import type { Paint } from '../render/text.js';
import type { Locale } from '../i18n/locale.js';
import type { CalendarMonths } from './request.js';

export interface CalendarQuery extends LookupOptions {
  /** Which months: the window's, the first one's, or the first and the next. */
  months: CalendarMonths;
  /** --tz: dates and times on this zone's clock instead of each station's own. */
  zone?: string;
}

/** The calendar text and how many departures it marks. One lookup: the window it resolves is widened to months. */
export function calendarText(catalog: Catalog, q: CalendarQuery, paint: Paint, locale?: Locale, layout: { width?: number; ascii?: boolean } = {}): { text: string; count: number } {
  const { months: which, zone, ...options } = q;
  const l = lookup(catalog, options);
  const start = fromEpochDay(l.from);
  const last = which === 'window' ? l.until : which === 'first' ? l.from : toEpochDay(start.month === 12 ? start.year + 1 : start.year, start.month === 12 ? 1 : start.month + 1, 1);
  const months = wholeMonths(l.from, last);
  // On another zone's clock a departure may fall a day either side of its station's date.
  const dayOf = (d: { from: { instant: number | null; epochDay: number | null } }) => (zone !== undefined && d.from.instant !== null ? instantToWall(zone, d.from.instant).epochDay : d.from.epochDay);
  const widen = zone === undefined ? 0 : 1;
  const departures = [...l.departuresBetween(Math.max(months.first - widen, FIRST_DAY), Math.min(months.last + widen, LAST_DAY))].filter((d) => {
    const day = dayOf(d);
    return day !== null && day >= months.first && day <= months.last;
  });
  const next = departures.length === 0 && l.legs.length > 0 ? l.nextAfterWindow() : undefined;
  const shown = { paint, ...months, ...(zone !== undefined ? { zone } : {}), next, lastChecked: catalog.lastChecked, sourcesUpTo: catalog.sourcesUpTo, ...(locale ? { locale } : {}), ...layout, keep: [q.query ?? '', q.destination ?? ''] };
  return { text: renderCalendar(l, departures, shown), count: departures.length };
}
