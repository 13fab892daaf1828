/**
 * How old the data is at the moment of a lookup. Like browserslist's warning
 * that caniuse-lite is old: the answer still comes, with one line saying the
 * timetable may have changed since it was checked and how to get a newer one.
 */
import { formatIsoDate, MS_PER_DAY, type EpochDay } from './days.js';
import type { Catalog } from './model.js';

/** A lookup this many days after the data was checked says so. */
export const STALE_AFTER_DAYS = 180;

export interface DataAge {
  lastChecked: EpochDay | null;
  /** The newest source behind the data, YYYY-MM, when the files say. */
  sourcesUpTo: string | null;
  /** Whole days from the check date to now, both as UTC dates; null when the data has no check date. */
  daysSinceChecked: number | null;
  /** The warning's text when the data is over STALE_AFTER_DAYS old, else null. */
  warning: string | null;
}

export function dataAge(catalog: Pick<Catalog, 'lastChecked' | 'sourcesUpTo'>, now: number): DataAge {
  const { lastChecked, sourcesUpTo } = catalog;
  // Days are counted on the UTC calendar: the check date is a date, not an instant in any station's zone.
  const daysSinceChecked = lastChecked === null ? null : Math.floor(now / MS_PER_DAY) - lastChecked;
  const stale = daysSinceChecked !== null && daysSinceChecked > STALE_AFTER_DAYS;
  const warning = stale
    ? `the schedules were last checked ${formatIsoDate(lastChecked!)}${sourcesUpTo ? ` (sources up to ${sourcesUpTo})` : ''}, ${daysSinceChecked} days ago: times may have changed. Update with \`npm install -g railnext@latest\`, or load newer schedules with --schedules.`
    : null;
  return { lastChecked, sourcesUpTo, daysSinceChecked, warning };
}

/** "Data last checked 2026-11-27 (sources up to 2026-03).", in English (the journeys table; the lookup's renderers take the catalogue's words). */
export function checkedInWords(age: Pick<DataAge, 'lastChecked' | 'sourcesUpTo'>): string | null {
  if (age.lastChecked === null) return null;
  return `Data last checked ${formatIsoDate(age.lastChecked)}${age.sourcesUpTo ? ` (sources up to ${age.sourcesUpTo})` : ''}.`;
}
