/**
 * How old the data is at the moment of a lookup. Like browserslist's warning
 * that caniuse-lite is old: the answer still comes, with one line saying the
 * timetable may have changed since it was checked and how to get a newer one.
 */
import { MS_PER_DAY, type EpochDay } from './days.js';
import type { Catalog } from './model.js';

/** A lookup this many days after the data was checked says so. */
export const STALE_AFTER_DAYS = 180;

export interface DataAge {
  lastChecked: EpochDay | null;
  /** The newest source behind the data, YYYY-MM, when the files say. */
  sourcesUpTo: string | null;
  /** Whole days from the check date to now, both as UTC dates; null when the data has no check date. */
  daysSinceChecked: number | null;
  /** Over STALE_AFTER_DAYS old: a lookup warns (src/present/sentences.ts words it). */
  stale: boolean;
}

export function dataAge(catalog: Pick<Catalog, 'lastChecked' | 'sourcesUpTo'>, now: number): DataAge {
  const { lastChecked, sourcesUpTo } = catalog;
  // Days are counted on the UTC calendar: the check date is a date, not an instant in any station's zone.
  const daysSinceChecked = lastChecked === null ? null : Math.floor(now / MS_PER_DAY) - lastChecked;
  const stale = daysSinceChecked !== null && daysSinceChecked > STALE_AFTER_DAYS;
  return { lastChecked, sourcesUpTo, daysSinceChecked, stale };
}
