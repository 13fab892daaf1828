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
 * is `npm run bench -- --check`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { DateTime, IANAZone } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toEpochDay } from '../../src/domain/days.js';
import { canonicalZoneCase, instantToWall, isKnownZone, keepZoneTables, luxonZone, offsetAt, offsetChanges, useZoneTable, useZoneTableStore, wallToInstant, type StoredZone, type ZoneTable, type ZoneTableStore } from '../../src/domain/zones.js';

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
  ['from the bin\'s table', TABLE, true],
  ['from tables worked out at run time', undefined, true],
  ['from IANAZone alone', undefined, false],
])('%s', (_how, table, compute) => {
  beforeAll(() => {
    expect(useZoneTable(table, { compute })).toBe(table !== undefined);
  });
  afterAll(() => {
    useZoneTable(undefined);
  });

  it.each(ZONES)('%s changes its offset when zoneinfo says, 1970-2040', (zone) => {
    // Without the build's table every day of 71 years is scanned: two zones suffice there, the table holds them all.
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

  it.each(ZONES)('%s: every quarter hour around each change is the instant luxon\'s DateTime gives', (zone) => {
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
        const luxon = DateTime.fromObject({ year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: date.getUTCHours(), minute: date.getUTCMinutes() }, options).toMillis();
        const ours = wallToInstant(zone, epochDay, minuteOfDay);
        if (ours !== luxon) misses.push(`${date.toISOString().slice(0, 16)}: ${iso(ours)} ≠ ${iso(luxon)}`);
      }
    }
    expect(misses).toEqual([]);
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

  it('is not used by a runtime with another tz database: that runtime works out its own', () => {
    // A table from another tz database, with an offset no tz database ever gave Pyongyang.
    const foreign = { ...TABLE, tz: '1999z', zones: { 'Asia/Pyongyang': { changes: [], offsets: [0] } } };
    expect(useZoneTable(foreign)).toBe(false);
    expect(offsetAt('Asia/Pyongyang', Date.UTC(2026, 0, 1))).toBe(540);
    expect(offsetAt('Asia/Pyongyang', Date.UTC(2016, 0, 1))).toBe(510);
    // Its names still count as known: the tz database never drops one.
    expect(isKnownZone('Asia/Pyongyang')).toBe(true);
  });

  it('answers as IANAZone outside its years, and zones it does not hold from tables worked out as asked', () => {
    expect(useZoneTable(TABLE)).toBe(true);
    expect(luxonZone('Asia/Pyongyang')).not.toBeInstanceOf(IANAZone);
    expect(luxonZone('Europe/Berlin')).not.toBeInstanceOf(IANAZone);
    for (const t of [Date.UTC(1965, 5, 1), Date.UTC(2300, 6, 1), Date.UTC(2300, 0, 1), Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 2, 29, 0, 59, 59), Date.UTC(2199, 11, 31, 23)]) {
      for (const zone of ['Asia/Pyongyang', 'Europe/Moscow', 'Europe/Berlin']) expect(offsetAt(zone, t)).toBe(IANAZone.create(zone).offset(t));
    }
  });

  it('answers a zone named like an Object property as unknown, not from the prototype', () => {
    useZoneTable(TABLE);
    expect(isKnownZone('constructor')).toBe(false);
    expect(isKnownZone('__proto__')).toBe(false);
  });
});

describe('tables kept between runs', () => {
  const tz = process.versions.tz!;
  /** A store in memory that notes what it is asked. */
  const memoryStore = (kept: Record<string, StoredZone> = {}) => {
    const reads: string[] = [];
    const writes: StoredZone[] = [];
    const store: ZoneTableStore = {
      read: (t, zone) => (reads.push(`${t} ${zone}`), kept[zone]),
      write: (table) => void writes.push(table),
    };
    return { store, reads, writes };
  };
  afterAll(() => {
    useZoneTableStore(undefined);
    useZoneTable(undefined);
  });

  it('are read once per zone, and the years worked out in a run are handed back to keep', () => {
    useZoneTable(undefined);
    const { store, reads, writes } = memoryStore();
    useZoneTableStore(store);
    expect(offsetAt('Europe/Berlin', Date.UTC(2026, 6, 1))).toBe(120);
    expect(offsetAt('Europe/Berlin', Date.UTC(2027, 0, 1))).toBe(60);
    keepZoneTables();
    expect(reads).toEqual([`${tz} Europe/Berlin`]);
    expect(writes.map((w) => [w.zone, w.fromYear, w.untilYear, w.changes.map(iso)])).toEqual([
      ['Europe/Berlin', 2026, 2028, ['2026-03-29T01:00:00.000Z', '2026-10-25T01:00:00.000Z', '2027-03-28T01:00:00.000Z', '2027-10-31T01:00:00.000Z']],
    ]);
    expect(writes[0]!.offsets).toEqual([60, 120, 60, 120, 60]);
    // Nothing new worked out: nothing to keep.
    keepZoneTables();
    expect(writes).toHaveLength(1);
  });

  it('answer from what was kept, and grow it where a run needs more years', () => {
    useZoneTable(undefined);
    // A kept table whose offsets differ from the tz database's (as only a table can): its answers are the ones given.
    const kept: StoredZone = { tz, zone: 'Europe/Berlin', fromYear: 2026, untilYear: 2027, changes: [], offsets: [30] };
    const { store, writes } = memoryStore({ 'Europe/Berlin': kept });
    useZoneTableStore(store);
    expect(offsetAt('Europe/Berlin', Date.UTC(2026, 6, 1))).toBe(30);
    expect(offsetAt('Europe/Berlin', Date.UTC(2025, 6, 1))).toBe(120);
    keepZoneTables();
    expect(writes.map((w) => [w.fromYear, w.untilYear, w.offsets])).toEqual([[2025, 2027, [60, 120, 60, 30]]]);
  });

  it('are not trusted when not whole: another tz database or zone, years outside, changes out of order, offsets one short', () => {
    const whole: StoredZone = { tz, zone: 'Europe/Berlin', fromYear: 2026, untilYear: 2027, changes: [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)], offsets: [60, 120, 60] };
    const broken: StoredZone[] = [
      { ...whole, tz: '1999z' },
      { ...whole, zone: 'Europe/Paris' },
      { ...whole, fromYear: 1969 },
      { ...whole, untilYear: 2201 },
      { ...whole, fromYear: 2027 },
      { ...whole, changes: [...whole.changes].reverse() },
      { ...whole, changes: [whole.changes[0]!, whole.changes[1]! + 1] },
      { ...whole, offsets: [60, 120] },
      { ...whole, offsets: [60, 60, 60] },
      { ...whole, offsets: [60, 120, 6000] },
      { ...whole, changes: [Date.UTC(2027, 0, 1, 0, 0, 1)], offsets: [60, 120] },
      JSON.parse('{"tz":null}') as StoredZone,
    ];
    for (const table of broken) {
      useZoneTable(undefined);
      useZoneTableStore(memoryStore({ 'Europe/Berlin': table }).store);
      expect(offsetAt('Europe/Berlin', Date.UTC(2026, 6, 1))).toBe(120);
      expect(offsetAt('Europe/Berlin', Date.UTC(2026, 11, 1))).toBe(60);
    }
    useZoneTable(undefined);
    useZoneTableStore(memoryStore({ 'Europe/Berlin': { ...whole, offsets: [60, 90, 60] } }).store);
    expect(offsetAt('Europe/Berlin', Date.UTC(2026, 6, 1))).toBe(90);
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
