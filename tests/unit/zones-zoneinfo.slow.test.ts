/**
 * railnext's zone math (luxon over the runtime's ICU data, through the
 * build-time table or IANAZone) against an independent reference: Python's
 * zoneinfo, over the system's tz database (tests/fixtures/zones-zoneinfo.json,
 * written by scripts/zone-fixture.py). Every way railnext answers is checked:
 * the bin's table (dist/zone-table.json, as built), tables worked out at run
 * time (any zone or tz database the build's table does not serve), and
 * IANAZone alone (years outside the tables).
 *
 * The fixture covers every offset change from 1970 to 2040 of the bundled
 * zones, Berlin, New York and Lord Howe, with instants around each change and
 * at random, and wall times minute by minute around the changes the schedules
 * live through: Pyongyang 2015-08-15 (+09:00 → +08:30) and 2018-05-05 (back),
 * Novosibirsk 2016-07-24 (+06:00 → +07:00), Moscow 2011 and 2014, and summer
 * time in 2026. The sweep over decades (table against IANAZone, every 12 hours)
 * is `npm run bench -- --check`. Slow: run by `npm run test:slow` and in CI.
 */
import { readFileSync } from 'node:fs';
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { toEpochDay } from '../../src/domain/days.js';
import { instantToWall, luxonZone, offsetAt, offsetChanges, wallToInstant } from '../../src/domain/zones.js';
import { answerZones, ZONE_WAYS } from '../helpers/zone-ways.js';

interface Reference {
  /** [utc ms, offset before, offset after] */
  changes: [number, number, number][];
  /** [utc ms, year, month, day, hour, minute, offset] */
  instants: [number, number, number, number, number, number, number][];
  /** [year, month, day, hour, minute, utc ms of the first occurrence (or past the gap), occurrences] */
  walls: [number, number, number, number, number, number, number][];
  /** As `walls`: clock times every half hour, each on the days from two before a change to two after, in that order. */
  daily: [number, number, number, number, number, number, number][];
}

const REFERENCE = JSON.parse(readFileSync(new URL('../fixtures/zones-zoneinfo.json', import.meta.url), 'utf8')) as {
  zones: Record<string, Reference>;
};
const ZONES = Object.keys(REFERENCE.zones);
const FROM = Date.UTC(1970, 0, 1);
const UNTIL = Date.UTC(2041, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString();

describe.each(ZONE_WAYS)('%s', (_how, table, compute) => {
  answerZones(table, compute);

  it.each(ZONES)('%s changes its offset when zoneinfo says, 1970-2040', (zone) => {
    // Without the build's table every day of 71 years is scanned: two zones suffice there, the table holds them all.
    if (!table && !['Asia/Pyongyang', 'Europe/Berlin'].includes(zone)) return;
    const ours = offsetChanges(zone, FROM, UNTIL).map((t) => `${iso(t)} ${offsetAt(zone, t - 1)}→${offsetAt(zone, t)}`);
    expect(ours).toEqual(REFERENCE.zones[zone]!.changes.map(([t, before, after]) => `${iso(t)} ${before}→${after}`));
  });

  it.each(ZONES)("%s: the wall clock and offset at each instant are zoneinfo's", (zone) => {
    const misses: string[] = [];
    for (const [t, ...expected] of REFERENCE.zones[zone]!.instants) {
      const wall = instantToWall(zone, t);
      const ours = [Math.floor(wall.minuteOfDay / 60), wall.minuteOfDay % 60, wall.offsetMinutes, wall.epochDay];
      const theirs = [expected[3], expected[4], expected[5], toEpochDay(expected[0], expected[1], expected[2])];
      if (ours.join() !== theirs.join()) misses.push(`${iso(t)}: ${ours.join()} ≠ ${theirs.join()}`);
    }
    expect(misses).toEqual([]);
  });

  it.each(ZONES)(
    "%s: a wall time is its first occurrence when repeated, moved past a gap, as zoneinfo's fold=0",
    (zone) => {
      const misses: string[] = [];
      const seen = [0, 0, 0];
      for (const [year, month, day, hour, minute, expected, occurrences] of REFERENCE.zones[zone]!.walls) {
        seen[occurrences]!++;
        const ours = wallToInstant(zone, toEpochDay(year, month, day), hour * 60 + minute);
        if (ours !== expected)
          misses.push(`${year}-${month}-${day} ${hour}:${minute} (${occurrences}×): ${iso(ours)} ≠ ${iso(expected)}`);
      }
      expect(misses).toEqual([]);
      // Zones that moved their clocks both ways around the sampled changes exercised both rules.
      if (zone !== 'UTC') expect(seen[0]! * seen[2]!).toBeGreaterThan(0);
    },
  );

  it.each(ZONES)("%s: the same clock time day after day across a change is zoneinfo's, each way", (zone) => {
    // railnext keeps luxon's answer for a day and moves it to the next while the zone keeps its offset:
    // asked in this order, most answers come from the day before, and each change must end that.
    const misses: string[] = [];
    for (const [year, month, day, hour, minute, expected, occurrences] of REFERENCE.zones[zone]!.daily) {
      const epochDay = toEpochDay(year, month, day);
      const ours = wallToInstant(zone, epochDay, hour * 60 + minute);
      if (ours !== expected)
        misses.push(`${year}-${month}-${day} ${hour}:${minute} (${occurrences}×): ${iso(ours)} ≠ ${iso(expected)}`);
      if (occurrences === 0) continue;
      const wall = instantToWall(zone, expected);
      const back = [wall.epochDay, wall.minuteOfDay, wall.offsetMinutes].join();
      if (back !== [epochDay, hour * 60 + minute, epochDay * 1440 + hour * 60 + minute - expected / 60_000].join())
        misses.push(`${iso(expected)} shows ${back}`);
    }
    expect(misses).toEqual([]);
    if (zone !== 'UTC') expect(REFERENCE.zones[zone]!.daily.length).toBeGreaterThan(0);
  });

  it.each(ZONES)("%s: every quarter hour around each change is the instant luxon's DateTime gives", (zone) => {
    // wallToInstant resolves a tabled zone's wall times as luxon does, without a DateTime: held to luxon itself here.
    // (Without tables it is luxon's DateTime: nothing to compare.) luxon's first guess is the offset a day before, so
    // only wall times within two days of a change can take it wrongly.
    if (!compute) return;
    const z = luxonZone(zone);
    const misses: string[] = [];
    for (const [change] of REFERENCE.zones[zone]!.changes) {
      const day = Math.floor(change / 86_400_000);
      for (let minute = -2 * 1440; minute <= 2 * 1440; minute += 15) {
        const epochDay = day + Math.floor(minute / 1440);
        const minuteOfDay = ((minute % 1440) + 1440) % 1440;
        const wall = epochDay * 86_400_000 + minuteOfDay * 60_000;
        const date = new Date(wall);
        const options = { zone: z, specificOffset: z.offset(wall - 86_400_000) } as { zone: typeof z };
        const luxon = DateTime.fromObject(
          {
            year: date.getUTCFullYear(),
            month: date.getUTCMonth() + 1,
            day: date.getUTCDate(),
            hour: date.getUTCHours(),
            minute: date.getUTCMinutes(),
          },
          options,
        ).toMillis();
        const ours = wallToInstant(zone, epochDay, minuteOfDay);
        if (ours !== luxon) misses.push(`${date.toISOString().slice(0, 16)}: ${iso(ours)} ≠ ${iso(luxon)}`);
      }
    }
    expect(misses).toEqual([]);
  });
});
