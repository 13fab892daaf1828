/**
 * `--calendar`: the window widened to whole months, then drawn as month grids.
 */
import { formatIsoDate } from '../domain/days.js';
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

/** The calendar text and how many departures it marks. */
export function calendarText(catalog: Catalog, q: CalendarQuery, paint: Paint, locale?: Locale): { text: string; count: number } {
  const where = { ...(q.query !== undefined ? { query: q.query } : {}), ...(q.destination !== undefined ? { destination: q.destination } : {}) };
  const planned = lookup(catalog, { ...where, window: q.window, now: q.now });
  const months = wholeMonths(planned.from, q.windowEndGiven ? planned.until : planned.from);
  const day = (d: number) => ({ kind: 'date', day: d, text: formatIsoDate(d) }) as const;
  const l = lookup(catalog, { ...where, window: { from: day(months.first), until: day(months.last), days: 1 }, now: q.now });
  const departures = [...l.departures()];
  return { text: renderCalendar(l, departures, { paint, ...months, lastChecked: catalog.lastChecked, sourcesUpTo: catalog.sourcesUpTo, ...(locale ? { locale } : {}) }), count: departures.length };
}
