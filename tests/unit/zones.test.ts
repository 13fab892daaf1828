/**
 * railnext's zone math (luxon over the runtime's ICU data, through the
 * build-time table or IANAZone) against an independent reference: Python's
 * zoneinfo, over the system's tz database (tests/fixtures/zones-zoneinfo.json,
 * written by scripts/zone-fixture.py). Both ways railnext answers are checked:
 * the bin's table (dist/zone-table.json, as built) and IANAZone alone (the
 * library, and any zone or year outside the table).
 *
 * The fixture covers every offset change from 1970 to 2040 of the bundled
 * zones, Berlin, New York and Lord Howe, with instants around each change and
 * at random, and wall times minute by minute around the changes the schedules
 * live through: Pyongyang 2015-08-15 (+09:00 → +08:30) and 2018-05-05 (back),
 * Novosibirsk 2016-07-24 (+06:00 → +07:00), Moscow 2011 and 2014, and summer
 * time in 2026. The sweep over decades (table against IANAZone, every 12 hours)
 * is `npm run bench -- --check`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { IANAZone } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toEpochDay } from '../../src/domain/days.js';
import { canonicalZoneCase, formatOffset, instantToWall, isKnownZone, luxonZone, offsetAt, offsetChanges, useZoneTable, wallToInstant, type ZoneTable } from '../../src/domain/zones.js';

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

const REFERENCE = JSON.parse(readFileSync(new URL('../fixtures/zones-zoneinfo.json', import.meta.url), 'utf8')) as { zones: Record<string, Reference> };
const ZONES = Object.keys(REFERENCE.zones);
const TABLE = (JSON.parse(readFileSync(new URL('../../dist/zone-table.json', import.meta.url), 'utf8')) as { table: ZoneTable }).table;
const FROM = Date.UTC(1970, 0, 1);
const UNTIL = Date.UTC(2041, 0, 1);
const iso = (ms: number) => new Date(ms).toISOString();

describe.each([
  ['from the bin\'s table', TABLE],
  ['from IANAZone alone', undefined],
])('%s', (_how, table) => {
  beforeAll(() => {
    expect(useZoneTable(table)).toBe(table !== undefined);
  });
  afterAll(() => {
    useZoneTable(undefined);
  });

  it.each(ZONES)('%s changes its offset when zoneinfo says, 1970-2040', (zone) => {
    // IANAZone alone scans every day: two zones suffice there, the table holds them all.
    if (!table && !['Asia/Pyongyang', 'Europe/Berlin'].includes(zone)) return;
    const ours = offsetChanges(zone, FROM, UNTIL).map((t) => `${iso(t)} ${offsetAt(zone, t - 1)}→${offsetAt(zone, t)}`);
    expect(ours).toEqual(REFERENCE.zones[zone]!.changes.map(([t, before, after]) => `${iso(t)} ${before}→${after}`));
  });

  it.each(ZONES)('%s: the wall clock and offset at each instant are zoneinfo\'s', (zone) => {
    const misses: string[] = [];
    for (const [t, ...expected] of REFERENCE.zones[zone]!.instants) {
      const wall = instantToWall(zone, t);
      const ours = [Math.floor(wall.minuteOfDay / 60), wall.minuteOfDay % 60, wall.offsetMinutes, wall.epochDay];
      const theirs = [expected[3], expected[4], expected[5], toEpochDay(expected[0], expected[1], expected[2])];
      if (ours.join() !== theirs.join()) misses.push(`${iso(t)}: ${ours.join()} ≠ ${theirs.join()}`);
    }
    expect(misses).toEqual([]);
  });

  it.each(ZONES)('%s: a wall time is its first occurrence when repeated, moved past a gap, as zoneinfo\'s fold=0', (zone) => {
    const misses: string[] = [];
    const seen = [0, 0, 0];
    for (const [year, month, day, hour, minute, expected, occurrences] of REFERENCE.zones[zone]!.walls) {
      seen[occurrences]!++;
      const ours = wallToInstant(zone, toEpochDay(year, month, day), hour * 60 + minute);
      if (ours !== expected) misses.push(`${year}-${month}-${day} ${hour}:${minute} (${occurrences}×): ${iso(ours)} ≠ ${iso(expected)}`);
    }
    expect(misses).toEqual([]);
    // Zones that moved their clocks both ways around the sampled changes exercised both rules.
    if (zone !== 'UTC') expect(seen[0]! * seen[2]!).toBeGreaterThan(0);
  });

  it.each(ZONES)('%s: the same clock time day after day across a change is zoneinfo\'s, each way', (zone) => {
    // railnext keeps luxon's answer for a day and moves it to the next while the zone keeps its offset:
    // asked in this order, most answers come from the day before, and each change must end that.
    const misses: string[] = [];
    for (const [year, month, day, hour, minute, expected, occurrences] of REFERENCE.zones[zone]!.daily) {
      const epochDay = toEpochDay(year, month, day);
      const ours = wallToInstant(zone, epochDay, hour * 60 + minute);
      if (ours !== expected) misses.push(`${year}-${month}-${day} ${hour}:${minute} (${occurrences}×): ${iso(ours)} ≠ ${iso(expected)}`);
      if (occurrences === 0) continue;
      const wall = instantToWall(zone, expected);
      const back = [wall.epochDay, wall.minuteOfDay, wall.offsetMinutes].join();
      if (back !== [epochDay, hour * 60 + minute, (epochDay * 1440 + hour * 60 + minute) - expected / 60_000].join()) misses.push(`${iso(expected)} shows ${back}`);
    }
    expect(misses).toEqual([]);
    if (zone !== 'UTC') expect(REFERENCE.zones[zone]!.daily.length).toBeGreaterThan(0);
  });

  it('resolves the repeated half hour in Pyongyang on 2015-08-14 to its first occurrence', () => {
    // At midnight on 2015-08-15 (+09:00) clocks went back to 23:30 (+08:30): 23:45 happened twice.
    expect(iso(wallToInstant('Asia/Pyongyang', toEpochDay(2015, 8, 14), 23 * 60 + 45))).toBe('2015-08-14T14:45:00.000Z');
  });

  it('moves the skipped half hour in Pyongyang on 2018-05-04 forward by the gap', () => {
    // At 23:30 on 2018-05-04 (+08:30) clocks went forward to midnight (+09:00): 23:45 never happened.
    const t = wallToInstant('Asia/Pyongyang', toEpochDay(2018, 5, 4), 23 * 60 + 45);
    expect(iso(t)).toBe('2018-05-04T15:15:00.000Z');
    expect(instantToWall('Asia/Pyongyang', t)).toEqual({ epochDay: toEpochDay(2018, 5, 5), minuteOfDay: 15, offsetMinutes: 540 });
  });
});

describe('the table', () => {
  afterAll(() => {
    useZoneTable(undefined);
  });

  it('holds every zone the bundled schedules name, for the runtime that built it', () => {
    expect(TABLE.tz).toBe(process.versions.tz);
    const named = new Set<string>();
    const dir = new URL('../../schedules/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'schema.json')) {
      for (const m of readFileSync(new URL(file, dir), 'utf8').matchAll(/"(?:timeZone|zone)": "([^"]+)"/g)) named.add(m[1]!);
    }
    expect(named.size).toBeGreaterThan(3);
    expect([...named].filter((zone) => !Object.hasOwn(TABLE.zones, zone))).toEqual([]);
  });

  it('is not used by a runtime with another tz database', () => {
    expect(useZoneTable({ ...TABLE, tz: '1999z' })).toBe(false);
    expect(luxonZone('Asia/Pyongyang')).toBeInstanceOf(IANAZone);
  });

  it('answers as IANAZone outside its years and for zones it does not hold', () => {
    expect(useZoneTable(TABLE)).toBe(true);
    expect(luxonZone('Asia/Pyongyang')).not.toBeInstanceOf(IANAZone);
    expect(luxonZone('Europe/Berlin')).toBeInstanceOf(IANAZone);
    for (const t of [Date.UTC(1965, 5, 1), Date.UTC(2300, 6, 1), Date.UTC(2300, 0, 1)]) {
      for (const zone of ['Asia/Pyongyang', 'Europe/Moscow', 'Europe/Berlin']) expect(offsetAt(zone, t)).toBe(IANAZone.create(zone).offset(t));
    }
  });

  it('answers a zone named like an Object property as unknown, not from the prototype', () => {
    useZoneTable(TABLE);
    expect(isKnownZone('constructor')).toBe(false);
    expect(isKnownZone('__proto__')).toBe(false);
  });
});

describe('zone names', () => {
  it.each([
    ['Asia/Pyongyang', true],
    ['asia/pyongyang', false],
    ['Mars/Olympus', false],
    ['', false],
  ])('isKnownZone(%j) is %s', (name, known) => {
    expect(isKnownZone(name)).toBe(known);
  });

  it('gives the canonical case of a misspelt zone', () => {
    expect(canonicalZoneCase('asia/tokyo')).toBe('Asia/Tokyo');
    expect(canonicalZoneCase('Nowhere/Else')).toBeUndefined();
  });
});

describe('formatOffset', () => {
  it.each([
    [600, '+10:00'],
    [510, '+08:30'],
    [-240, '-04:00'],
    // Local mean time: round the whole offset, never "+02:30:60"-style minutes.
    [150 + 17 / 60, '+02:30'],
    [-(539 + 48 / 60), '-09:00'],
  ])('%d minutes is %s', (minutes, text) => expect(formatOffset(minutes)).toBe(text));
});
