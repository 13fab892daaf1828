/**
 * How far the time order of a service with no last date must be checked for
 * the check to answer for every later date as well, to the year 9999.
 *
 * Whether times run backwards on a service date depends on two things only:
 * whether it is a service date, and the offsets of the service's zones at its
 * events, all of which lie between the day before it and `span` days after it
 * (checks.ts). After its first date and its last cancelled one (added dates
 * are checked one by one), the first depends only on the date's weekday and
 * day of the month. After a zone's last irregular change, the tz database only
 * repeats its annual rules (a fixed date, or a weekday on, after or before a
 * date, like "the last Sunday of March", each at a fixed time), so the second
 * depends only on the months, days of the month and weekdays around the date.
 * Both are then the same for the same day of two years with the same calendar
 * (the weekday of 1 January, leap or not), which fixes every date from the
 * December before to 28 February after; a journey that reaches further also
 * needs the leap years that follow to agree. So once a stretch of regular years
 * holds every kind of year that any later year is, checking to its end checks
 * every later date too. For journeys under two months that is the 14 calendars,
 * found within any 28 years from 1901 to 2099 and within 40 across 2100, which
 * is not a leap year (so "28 years" alone would not do for later dates).
 *
 * A year is irregular when its changes are not the year before's moved on by
 * a shift an annual rule gives, with the same offsets. The scan trusts that a
 * zone whose changes repeat (or stay absent) over such a stretch, after the
 * year of the tz data itself, keeps doing so: before that year lies history,
 * which can stand still for decades and then move (Pyongyang from 1961 to
 * 2015); after it the data holds only rules and the changes announced or
 * foreseen, and its furthest, Morocco's, move every year until 2087.
 */
import { fromEpochDay, isLeapYear, isoWeekday, MS_PER_DAY, toEpochDay, type EpochDay } from '../domain/days.js';
import { offsetAt, offsetChanges } from '../domain/zones.js';

/** How an annual rule moves a change from one year to the next: 52 or 53 weeks (a weekday rule), 365 or 366 days (a fixed date). */
const ANNUAL_SHIFTS = new Set([364, 365, 366, 371].map((days) => days * MS_PER_DAY));

/**
 * How many years from the first date's the scan looks at most, so that its
 * cost stays bounded: a service whose first date lies more than about 170
 * years before the tz data's year, or one in a zone that never settles into
 * rules (none does), is checked over these years only.
 */
const MAX_SCAN_YEARS = 200;

/** The year of the runtime's tz data ("2025c"); 2025, the data this was written against, when the runtime does not say. */
function tzDataYear(): number {
  const year = /^(\d{4})[a-z]$/.exec(process.versions.tz ?? '')?.[1];
  return year === undefined ? 2025 : Number(year);
}

/** Days a journey can last with every date it touches still fixed by its own year's calendar (31 December + 58 days is 28 February). */
const ONE_CALENDAR_DAYS = 58;

interface Change {
  at: number;
  before: number;
  after: number;
}

/** The changes of `zone` in the UTC year `year`, with the offsets on either side. */
function changesOf(zone: string, year: number): Change[] {
  return offsetChanges(zone, toEpochDay(year, 1, 1) * MS_PER_DAY, toEpochDay(year + 1, 1, 1) * MS_PER_DAY).map(
    (at) => ({ at, before: offsetAt(zone, at - 1), after: offsetAt(zone, at) }),
  );
}

/** Whether `later` is `earlier` a year on, as an annual rule would move it. */
function repeats(earlier: Change[], later: Change[]): boolean {
  return (
    earlier.length === later.length &&
    earlier.every((e, i) => {
      const l = later[i]!;
      return ANNUAL_SHIFTS.has(l.at - e.at) && l.before === e.before && l.after === e.after;
    })
  );
}

/** What a year is to a journey reaching `reach` years past it: the weekday of its 1 January and which years from it on are leap years. */
function kindOf(year: number, reach: number): string {
  let kind = String(isoWeekday(toEpochDay(year, 1, 1)));
  for (let y = year; y <= year + reach; y++) kind += isLeapYear(y) ? 'L' : '-';
  return kind;
}

/** Every kind of year from `year` on: the Gregorian calendar repeats every 400 years. */
function kindsFrom(year: number, reach: number): Set<string> {
  const key = `${year} ${reach}`;
  let kinds = kindSets.get(key);
  if (!kinds) {
    kinds = new Set<string>();
    for (let y = year; y < year + 400; y++) kinds.add(kindOf(y, reach));
    kindSets.set(key, kinds);
  }
  return kinds;
}

const kindSets = new Map<string, Set<string>>();

/**
 * Horizons found, by what they depend on: the zones, the first year, the year
 * of the last listed date and the journey's reach. A file of 10,000 services
 * has a handful of such keys.
 */
const horizons = new Map<string, number>();

/**
 * The last date to check an open-ended service on: the end of the first
 * stretch of regular years, after `listedUntil` (its first or last cancelled
 * date) and after the tz data's year, that holds every kind of later year.
 * `zones` are the zones it touches; `span` how many days after a service date
 * its journey can end (checks.ts).
 */
export function openEndedHorizon(zones: string[], first: EpochDay, listedUntil: EpochDay, span: number): EpochDay {
  const reach = span <= ONE_CALENDAR_DAYS ? 0 : Math.ceil((span - ONE_CALENDAR_DAYS) / 365);
  const firstYear = fromEpochDay(first).year;
  const notBefore = Math.max(fromEpochDay(listedUntil).year, tzDataYear()) + 1;
  const key = `${[...zones].sort().join(' ')}|${firstYear}|${notBefore}|${reach}`;
  let horizon = horizons.get(key);
  if (horizon === undefined) horizons.set(key, (horizon = scan(zones, firstYear, notBefore, reach)));
  return horizon;
}

/** openEndedHorizon's scan, year by year. */
function scan(zones: string[], firstYear: number, notBefore: number, reach: number): EpochDay {
  const previous = zones.map((zone) => changesOf(zone, firstYear - 1));
  // The first year of the rules in force as far as the scan has seen; the year before the first is taken as one.
  let rulesSince = firstYear - 1;
  let start = Number.NaN;
  let needed = new Set<string>();
  let seen = new Set<string>();
  for (let year = firstYear; ; year++) {
    zones.forEach((zone, i) => {
      const changes = changesOf(zone, year);
      if (!repeats(previous[i]!, changes)) rulesSince = year;
      previous[i] = changes;
    });
    // Dates in `last` reach into `year` at most, which the scan has now seen.
    const last = year - reach - 1;
    if (year - firstYear >= MAX_SCAN_YEARS) return toEpochDay(last + 1, 1, 1) - 1;
    // From `start` on, a date's December before and everything after are the rules'.
    const from = Math.max(rulesSince + 1, notBefore);
    if (from !== start) {
      start = from;
      needed = kindsFrom(start, reach);
      seen = new Set();
      for (let y = start; y <= last; y++) seen.add(kindOf(y, reach));
    } else if (last >= start) seen.add(kindOf(last, reach));
    if (seen.size === needed.size) return toEpochDay(last + 1, 1, 1) - 1;
  }
}
