/**
 * railnext's zone math (luxon over the runtime's ICU data, through the
 * build-time table or IANAZone) on the cases the schedules live through, the
 * table and the tables kept between runs. Every way railnext answers is checked
 * against Python's zoneinfo over 1970-2040 in zones-zoneinfo.slow.test.ts
 * (`npm run test:slow`); the sweep over decades (table against IANAZone, every
 * 12 hours) is `npm run bench -- --check`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { IANAZone } from 'luxon';
import { afterAll, describe, expect, it } from 'vitest';
import { toEpochDay } from '../../src/domain/days.js';
import {
  canonicalZoneCase,
  instantToWall,
  isKnownZone,
  keepZoneTables,
  luxonZone,
  offsetAt,
  useZoneTable,
  useZoneTableStore,
  wallToInstant,
  type StoredZone,
  type ZoneTableStore,
} from '../../src/domain/zones.js';
import { answerZones, BUILD_ZONE_TABLE, ZONE_WAYS } from '../helpers/zone-ways.js';

const iso = (ms: number) => new Date(ms).toISOString();

describe.each(ZONE_WAYS)('%s', (_how, table, compute) => {
  answerZones(table, compute);

  it('resolves the repeated half hour in Pyongyang on 2015-08-14 to its first occurrence', () => {
    // At midnight on 2015-08-15 (+09:00) clocks went back to 23:30 (+08:30): 23:45 happened twice.
    expect(iso(wallToInstant('Asia/Pyongyang', toEpochDay(2015, 8, 14), 23 * 60 + 45))).toBe(
      '2015-08-14T14:45:00.000Z',
    );
  });

  it('moves the skipped half hour in Pyongyang on 2018-05-04 forward by the gap', () => {
    // At 23:30 on 2018-05-04 (+08:30) clocks went forward to midnight (+09:00): 23:45 never happened.
    const t = wallToInstant('Asia/Pyongyang', toEpochDay(2018, 5, 4), 23 * 60 + 45);
    expect(iso(t)).toBe('2018-05-04T15:15:00.000Z');
    expect(instantToWall('Asia/Pyongyang', t)).toEqual({
      epochDay: toEpochDay(2018, 5, 5),
      minuteOfDay: 15,
      offsetMinutes: 540,
    });
  });
});

describe('the table', () => {
  afterAll(() => {
    useZoneTable(undefined);
  });

  it('holds every zone the bundled schedules name, for the runtime that built it', () => {
    expect(BUILD_ZONE_TABLE.tz).toBe(process.versions.tz);
    const named = new Set<string>();
    const dir = new URL('../../schedules/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'schema.json')) {
      for (const m of readFileSync(new URL(file, dir), 'utf8').matchAll(/"(?:timeZone|zone)": "([^"]+)"/g))
        named.add(m[1]!);
    }
    expect(named.size).toBeGreaterThan(3);
    expect([...named].filter((zone) => !Object.hasOwn(BUILD_ZONE_TABLE.zones, zone))).toEqual([]);
  });

  it('is not used by a runtime with another tz database: that runtime works out its own', () => {
    // A table from another tz database, with an offset no tz database ever gave Pyongyang.
    const foreign = { ...BUILD_ZONE_TABLE, tz: '1999z', zones: { 'Asia/Pyongyang': { changes: [], offsets: [0] } } };
    expect(useZoneTable(foreign)).toBe(false);
    expect(offsetAt('Asia/Pyongyang', Date.UTC(2026, 0, 1))).toBe(540);
    expect(offsetAt('Asia/Pyongyang', Date.UTC(2016, 0, 1))).toBe(510);
    // Its names still count as known: the tz database never drops one.
    expect(isKnownZone('Asia/Pyongyang')).toBe(true);
  });

  it('answers as IANAZone outside its years, and zones it does not hold from tables worked out as asked', () => {
    expect(useZoneTable(BUILD_ZONE_TABLE)).toBe(true);
    expect(luxonZone('Asia/Pyongyang')).not.toBeInstanceOf(IANAZone);
    expect(luxonZone('Europe/Berlin')).not.toBeInstanceOf(IANAZone);
    for (const t of [
      Date.UTC(1965, 5, 1),
      Date.UTC(2300, 6, 1),
      Date.UTC(2300, 0, 1),
      Date.UTC(2026, 2, 29, 1),
      Date.UTC(2026, 2, 29, 0, 59, 59),
      Date.UTC(2199, 11, 31, 23),
    ]) {
      for (const zone of ['Asia/Pyongyang', 'Europe/Moscow', 'Europe/Berlin'])
        expect(offsetAt(zone, t)).toBe(IANAZone.create(zone).offset(t));
    }
  });

  it('answers a zone named like an Object property as unknown, not from the prototype', () => {
    useZoneTable(BUILD_ZONE_TABLE);
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
      [
        'Europe/Berlin',
        2026,
        2028,
        [
          '2026-03-29T01:00:00.000Z',
          '2026-10-25T01:00:00.000Z',
          '2027-03-28T01:00:00.000Z',
          '2027-10-31T01:00:00.000Z',
        ],
      ],
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
    const whole: StoredZone = {
      tz,
      zone: 'Europe/Berlin',
      fromYear: 2026,
      untilYear: 2027,
      changes: [Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1)],
      offsets: [60, 120, 60],
    };
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
