/**
 * `--calendar`: the window widened to whole months, then drawn as month grids.
 */
import { lookup } from '../domain/lookup.js';
import type { Catalog } from '../domain/model.js';
import type { WindowSpec } from '../domain/window.js';
import { renderCalendar, wholeMonths } from '../render/calendar.js';
import type { Paint } from '../render/text.js';
import type { Locale } from '../i18n/locale.js';

export interface CalendarQuery {
  query?: string;
  destination?: string;
  window: WindowSpec;
  now: number;
  /** True when the user set where the window ends (--until or --days); otherwise one month is shown. */
  windowEndGiven: boolean;
}

/** The calendar text and how many departures it marks. One lookup: the window it resolves is widened to months. */
export function calendarText(catalog: Catalog, q: CalendarQuery, paint: Paint, locale?: Locale): { text: string; count: number } {
  const where = { ...(q.query !== undefined ? { query: q.query } : {}), ...(q.destination !== undefined ? { destination: q.destination } : {}) };
  const l = lookup(catalog, { ...where, window: q.window, now: q.now });
  const months = wholeMonths(l.from, q.windowEndGiven ? l.until : l.from);
  const departures = [...l.departuresBetween(months.first, months.last)];
  return { text: renderCalendar(l, departures, { paint, ...months, lastChecked: catalog.lastChecked, sourcesUpTo: catalog.sourcesUpTo, ...(locale ? { locale } : {}) }), count: departures.length };
}
