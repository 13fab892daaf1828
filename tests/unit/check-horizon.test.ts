/**
 * How far an open-ended service's time order is checked (src/input/check-horizon.ts):
 * to the end of the first run of years, after its first and last cancelled
 * dates, the zones' last irregular change and the tz data's year, that holds
 * every kind of year.
 */
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/domain/days.js';
import { openEndedHorizon } from '../../src/input/check-horizon.js';

const day = (iso: string) => parseIsoDate(iso)!;

describe('openEndedHorizon', () => {
  it.each([
    // Summer time on US rules: the 14 calendars from 2027 are all there by 2052 (Monday-leap 2052 comes last).
    { zones: ['America/New_York', 'America/Havana'], first: '2026-11-29', listed: '2026-11-29', span: 9, horizon: '2052-12-31' },
    // The last cancelled date, in 2048, moves the run of years to after it: 2049 to 2076.
    { zones: ['America/New_York', 'America/Havana'], first: '2026-11-29', listed: '2048-02-29', span: 9, horizon: '2076-12-31' },
    // Across 2100, not a leap year, 28 years do not hold the 14 calendars: 2077 to 2116 does.
    { zones: ['America/New_York', 'America/Havana'], first: '2076-11-29', listed: '2076-11-29', span: 9, horizon: '2116-12-31' },
    // Morocco's listed changes move with Ramadan every year to 2087; 2088 is the first year of none: 2089 to 2128.
    { zones: ['Africa/Casablanca'], first: '2080-01-01', listed: '2080-01-01', span: 1, horizon: '2128-12-31' },
    // Gaza's move with Ramadan to 2086; from 2087 its rules repeat: 2088 to 2124 (2100 again).
    { zones: ['Asia/Gaza'], first: '2080-01-01', listed: '2080-01-01', span: 1, horizon: '2124-12-31' },
    // No clock changes at all: the same stretch, which is also how long the check trusts a zone to stay still.
    { zones: ['Asia/Vladivostok', 'Asia/Pyongyang'], first: '2026-12-05', listed: '2026-12-05', span: 1, horizon: '2052-12-31' },
    // Pyongyang stood still from 1961 to 2015 and then moved: years before the tz data's own are history, not
    // rules, so the stretch starts after it (2026 with 2025 data; any start from 2026 to 2028 ends in 2052).
    { zones: ['Asia/Pyongyang'], first: '2005-01-01', listed: '2005-01-01', span: 1, horizon: '2052-12-31' },
  ])('$zones from $first, last cancelled or first date $listed: $horizon', ({ zones, first, listed, span, horizon }) => {
    expect(formatIsoDate(openEndedHorizon(zones, day(first), day(listed), span))).toBe(horizon);
  });

  it('takes the leap years that follow as part of a year when journeys reach past the February after', () => {
    // Up to 58 days, a date's journey ends by 28 February: the 14 calendars from 2028 are there by 2052.
    expect(formatIsoDate(openEndedHorizon(['America/New_York'], day('2027-06-01'), day('2027-06-01'), 58))).toBe('2052-12-31');
    // At 60, one from December reaches into March, so a year starting on a Wednesday before a leap year
    // (2031) is another kind than one before a common year (2042): the 21 kinds are there by 2055.
    expect(formatIsoDate(openEndedHorizon(['America/New_York'], day('2027-06-01'), day('2027-06-01'), 60))).toBe('2055-12-31');
  });
});
