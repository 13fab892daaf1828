/**
 * How far an open-ended service's time order is checked (src/input/check-horizon.ts):
 * to the end of the first run of years, after its first and last cancelled
 * dates, the zones' last irregular change and the tz data's year, that holds
 * every kind of year.
 */
import { IANAZone } from 'luxon';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/domain/days.js';
import { openEndedHorizon } from '../../src/input/check-horizon.js';

const day = (iso: string) => parseIsoDate(iso)!;

/**
 * The last UTC year in [from, until) in which `zone` changes its offset a different number of times than the year
 * before, by luxon's IANAZone alone, a day at a time; from - 1 when there is none. Such a year is irregular (its
 * changes cannot be the year before's moved on by a rule), so the check's last irregular year is this one or later.
 */
function lastYearOfOtherCount(zone: string, from: number, until: number): number {
  const z = IANAZone.create(zone);
  const counts = new Map<number, number>();
  let before = z.offset(Date.UTC(from - 1, 0, 1));
  for (let t = Date.UTC(from - 1, 0, 1); t < Date.UTC(until, 0, 1); t += 86_400_000) {
    const offset = z.offset(t);
    if (offset === before) continue;
    const year = new Date(t - 1).getUTCFullYear();
    counts.set(year, (counts.get(year) ?? 0) + 1);
    before = offset;
  }
  let last = from - 1;
  for (let year = from; year < until; year++) if ((counts.get(year) ?? 0) !== (counts.get(year - 1) ?? 0)) last = year;
  return last;
}

describe('openEndedHorizon', () => {
  it.each([
    // Summer time on US rules: the 14 calendars from 2027 are all there by 2052 (Monday-leap 2052 comes last).
    {
      zones: ['America/New_York', 'America/Havana'],
      first: '2026-11-29',
      listed: '2026-11-29',
      span: 9,
      horizon: '2052-12-31',
    },
    // The last cancelled date, in 2048, moves the run of years to after it: 2049 to 2076.
    {
      zones: ['America/New_York', 'America/Havana'],
      first: '2026-11-29',
      listed: '2048-02-29',
      span: 9,
      horizon: '2076-12-31',
    },
    // Across 2100, not a leap year, 28 years do not hold the 14 calendars: 2077 to 2116 does.
    {
      zones: ['America/New_York', 'America/Havana'],
      first: '2076-11-29',
      listed: '2076-11-29',
      span: 9,
      horizon: '2116-12-31',
    },
    // No clock changes at all: the same stretch, which is also how long the check trusts a zone to stay still.
    {
      zones: ['Asia/Vladivostok', 'Asia/Pyongyang'],
      first: '2026-12-05',
      listed: '2026-12-05',
      span: 1,
      horizon: '2052-12-31',
    },
    // Pyongyang stood still from 1961 to 2015 and then moved: years before the tz data's own are history, not
    // rules, so the stretch starts after it (2026 with 2025 data; any start from 2026 to 2028 ends in 2052).
    { zones: ['Asia/Pyongyang'], first: '2005-01-01', listed: '2005-01-01', span: 1, horizon: '2052-12-31' },
  ])(
    '$zones from $first, last cancelled or first date $listed: $horizon',
    ({ zones, first, listed, span, horizon }) => {
      expect(formatIsoDate(openEndedHorizon(zones, day(first), day(listed), span))).toBe(horizon);
    },
  );

  it.each(['Africa/Casablanca', 'Asia/Gaza'])(
    '%s: from 2080, past the last of its changes that move with Ramadan',
    (zone) => {
      // How far the tz database lists these changes moves from release to release (to 2087 for Morocco and 2086 for
      // Gaza in 2025c), so the expectation is worked out from the runtime's own: the check must reach at least as far
      // as for a zone that never changes, on a service starting in the last year that is irregular on its face
      // (in 2025c the check went on to Morocco 2089 to 2128 and Gaza 2088 to 2124, each across 2100; 2026e has Morocco
      // change no more after 2026).
      // A service first running in a year starts the stretch the year after, as the year after an irregular one does.
      const first = `${Math.max(lastYearOfOtherCount(zone, 2080, 2200), 2080)}-01-01`;
      const horizon = openEndedHorizon([zone], day('2080-01-01'), day('2080-01-01'), 1);
      expect(horizon).toBeGreaterThanOrEqual(openEndedHorizon(['UTC'], day(first), day(first), 1));
      expect(formatIsoDate(horizon).slice(4)).toBe('-12-31');
    },
  );

  it('takes the leap years that follow as part of a year when journeys reach past the February after', () => {
    // Up to 58 days, a date's journey ends by 28 February: the 14 calendars from 2028 are there by 2052.
    expect(formatIsoDate(openEndedHorizon(['America/New_York'], day('2027-06-01'), day('2027-06-01'), 58))).toBe(
      '2052-12-31',
    );
    // At 60, one from December reaches into March, so a year starting on a Wednesday before a leap year
    // (2031) is another kind than one before a common year (2042): the 21 kinds are there by 2055.
    expect(formatIsoDate(openEndedHorizon(['America/New_York'], day('2027-06-01'), day('2027-06-01'), 60))).toBe(
      '2055-12-31',
    );
  });
});
