/**
 * The offset cache in src/domain/zones.ts asks ICU directly and caches by the
 * week; luxon is the reference it must equal. Compared over 1990–2040 at
 * sampled instants and minute by minute around every offset change, among them
 * the changes the schedules live through: Pyongyang
 * 2015-08-15 (+09:00 → +08:30) and 2018-05-05 (back to +09:00), Novosibirsk
 * 2016-07-24 (+06:00 → +07:00), Moscow and Vladivostok 2011 and 2014.
 */
import { DateTime, IANAZone } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromEpochDay, MS_PER_DAY, MS_PER_MINUTE, toEpochDay } from '../../src/domain/days.js';
import { canonicalZoneCase, computeZoneTable, formatOffset, instantToWall, isKnownZone, offsetAt, useZoneTable, wallToInstant } from '../../src/domain/zones.js';

/** Every zone the bundled schedules use, and a few with summer time or odd offsets for --tz. */
const ZONES = [
  'Asia/Pyongyang',
  'Asia/Novosibirsk',
  'Asia/Vladivostok',
  'Asia/Yakutsk',
  'Asia/Shanghai',
  'Europe/Moscow',
  'Europe/Berlin',
  'America/New_York',
  'Australia/Lord_Howe',
  'Africa/Casablanca',
  'UTC',
];

const FROM = Date.UTC(1990, 0, 1);
const UNTIL = Date.UTC(2041, 0, 1);
const HOUR = 3_600_000;

const luxonOffset = (zone: string, ms: number): number => IANAZone.create(zone).offset(ms);

const changesCache = new Map<string, number[]>();

/** Instants at which luxon's offset for `zone` changes, to the minute, in [FROM, UNTIL). */
function changes(zone: string): number[] {
  let found = changesCache.get(zone);
  if (!found) changesCache.set(zone, (found = findChanges(zone)));
  return found;
}

function findChanges(zone: string): number[] {
  const found: number[] = [];
  const step = MS_PER_DAY;
  let before = luxonOffset(zone, FROM);
  for (let t = FROM + step; t < UNTIL; t += step) {
    const now = luxonOffset(zone, t);
    if (now === before) continue;
    // Narrow the change down to the minute.
    let lo = t - step;
    let hi = t;
    while (hi - lo > MS_PER_MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MS_PER_MINUTE) * MS_PER_MINUTE;
      if (luxonOffset(zone, mid) === before) lo = mid;
      else hi = mid;
    }
    found.push(hi);
    before = now;
  }
  return found;
}

/** A small deterministic generator, so every run samples the same instants. */
function* sampled(count: number, seed: number): Generator<number> {
  let state = seed;
  for (let i = 0; i < count; i++) {
    state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
    const fraction = state / 2 ** 32;
    yield FROM + Math.floor(fraction * (UNTIL - FROM));
  }
}

/**
 * Both ways railnext answers: the library asks Intl and caches by the week;
 * the bundled bin carries a table computed at build time (computeZoneTable).
 */
describe.each([
  ['asking Intl, cached by the week', false],
  ['from a table computed ahead', true],
])('%s', (_how, withTable) => {
  beforeAll(() => {
    expect(useZoneTable(withTable ? computeZoneTable(ZONES, 1990, 2041) : undefined)).toBe(withTable);
  });
  afterAll(() => {
    useZoneTable(undefined);
  });

  describe('offsetAt equals luxon', () => {
    it.each(ZONES)('%s, every 12 hours from 1990 to 2040, and at 10,000 random instants', (zone) => {
      const misses: string[] = [];
      for (let t = FROM; t < UNTIL; t += 12 * HOUR) {
        if (offsetAt(zone, t) !== luxonOffset(zone, t)) misses.push(new Date(t).toISOString());
      }
      for (const t of sampled(10_000, zone.length * 7919)) {
        if (offsetAt(zone, t) !== luxonOffset(zone, t)) misses.push(new Date(t).toISOString());
      }
      expect(misses).toEqual([]);
    });

    it.each(ZONES)('%s, minute by minute for an hour either side of each change', (zone) => {
      const misses: string[] = [];
      for (const change of changes(zone)) {
        for (let t = change - HOUR; t <= change + HOUR; t += MS_PER_MINUTE) {
          for (const ms of [t, t - 1, t + 999]) {
            if (offsetAt(zone, ms) !== luxonOffset(zone, ms)) misses.push(`${new Date(ms).toISOString()}`);
          }
        }
      }
      expect(misses).toEqual([]);
    });

    it('knows the changes the schedules live through', () => {
      const iso = (zone: string) => changes(zone).map((t) => `${new Date(t).toISOString()} ${luxonOffset(zone, t - 1)}→${luxonOffset(zone, t)}`);
      expect(iso('Asia/Pyongyang')).toEqual(['2015-08-14T15:00:00.000Z 540→510', '2018-05-04T15:00:00.000Z 510→540']);
      expect(iso('Asia/Novosibirsk')).toContain('2016-07-23T20:00:00.000Z 360→420');
      expect(offsetAt('Asia/Pyongyang', Date.UTC(2016, 0, 1))).toBe(510);
      expect(offsetAt('Asia/Novosibirsk', Date.UTC(2016, 0, 1))).toBe(360);
      expect(offsetAt('Asia/Novosibirsk', Date.UTC(2017, 0, 1))).toBe(420);
    });
  });

  describe('instantToWall equals luxon', () => {
    it.each(ZONES)('%s, at 10,000 random instants and around each change', (zone) => {
      const instants = [...sampled(10_000, zone.length * 104_729)];
      for (const change of changes(zone)) for (let t = change - 2 * HOUR; t <= change + 2 * HOUR; t += 15 * MS_PER_MINUTE) instants.push(t);
      const misses: string[] = [];
      for (const t of instants) {
        const wall = instantToWall(zone, t);
        const dt = DateTime.fromMillis(t, { zone });
        const { year, month, day } = fromEpochDay(wall.epochDay);
        const ours = [year, month, day, Math.floor(wall.minuteOfDay / 60), wall.minuteOfDay % 60, wall.offsetMinutes];
        const theirs = [dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.offset];
        if (ours.join() !== theirs.join()) misses.push(`${new Date(t).toISOString()}: ${ours.join()} ≠ ${theirs.join()}`);
      }
      expect(misses).toEqual([]);
    });
  });

  /**
   * Wall time → instant. Where the wall time exists once, the answer is luxon's.
   * Where a change repeats it (clocks go back), railnext takes the first
   * occurrence, the earlier instant, on purpose: luxon's choice there depends on
   * the offset in force at the moment the program runs, and output must not
   * depend on the clock. Where a change skips it (clocks go forward), the time
   * moves forward by the gap, as luxon does.
   */
  describe('wallToInstant', () => {
    /** Every instant whose wall clock in `zone` reads `minuteOfDay` on `epochDay`, by luxon. */
    function occurrences(zone: string, epochDay: number, minuteOfDay: number): number[] {
      const local = epochDay * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
      const offsets = new Set([luxonOffset(zone, local - MS_PER_DAY), luxonOffset(zone, local), luxonOffset(zone, local + MS_PER_DAY)]);
      return [...offsets]
        .map((o) => local - o * MS_PER_MINUTE)
        .filter((t) => luxonOffset(zone, t) === (local - t) / MS_PER_MINUTE)
        .sort((a, b) => a - b);
    }

    it.each(ZONES)('%s: equals luxon where the time exists once, the first occurrence where twice, moves forward over a gap', (zone) => {
      const walls: Array<[number, number]> = [];
      for (const t of sampled(3000, zone.length * 15_485_863)) {
        const w = instantToWall(zone, t);
        walls.push([w.epochDay, w.minuteOfDay]);
      }
      for (const change of changes(zone)) {
        const w = instantToWall(zone, change);
        for (let m = -90; m <= 90; m += 5) {
          const minute = w.minuteOfDay + m;
          walls.push([w.epochDay + Math.floor(minute / 1440), ((minute % 1440) + 1440) % 1440]);
        }
      }
      const misses: string[] = [];
      let twice = 0;
      for (const [epochDay, minuteOfDay] of walls) {
        const ours = wallToInstant(zone, epochDay, minuteOfDay);
        const found = occurrences(zone, epochDay, minuteOfDay);
        const { year, month, day } = fromEpochDay(epochDay);
        const luxon = DateTime.fromObject({ year, month, day, hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 }, { zone }).toMillis();
        let expected: number;
        if (found.length === 1) expected = luxon;
        else if (found.length > 1) {
          twice++;
          expected = found[0]!;
        } else {
          // A gap: the offset before it carries the wall time forward past the change.
          const local = epochDay * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
          expected = local - luxonOffset(zone, local - MS_PER_DAY) * MS_PER_MINUTE;
          if (expected !== luxon) misses.push(`gap ${epochDay}/${minuteOfDay}: luxon ${luxon}`);
        }
        if (ours !== expected) misses.push(`${zone} ${epochDay}/${minuteOfDay}: ${ours} ≠ ${expected} (${found.length} occurrences)`);
      }
      expect(misses).toEqual([]);
      // Zones that set clocks back must have exercised the first-occurrence rule.
      if (zone === 'Europe/Berlin' || zone === 'Asia/Pyongyang') expect(twice).toBeGreaterThan(0);
    });

    it('resolves the repeated half hour in Pyongyang on 2015-08-14 to its first occurrence', () => {
      // At midnight on 2015-08-15 (+09:00) clocks went back to 23:30 (+08:30): 23:45 happened twice.
      const t = wallToInstant('Asia/Pyongyang', toEpochDay(2015, 8, 14), 23 * 60 + 45);
      expect(new Date(t).toISOString()).toBe('2015-08-14T14:45:00.000Z');
    });

    it('moves the skipped half hour in Pyongyang on 2018-05-04 forward by the gap', () => {
      // At 23:30 on 2018-05-04 (+08:30) clocks went forward to midnight (+09:00): 23:45 never happened.
      const t = wallToInstant('Asia/Pyongyang', toEpochDay(2018, 5, 4), 23 * 60 + 45);
      expect(new Date(t).toISOString()).toBe('2018-05-04T15:15:00.000Z');
      expect(instantToWall('Asia/Pyongyang', t)).toEqual({ epochDay: toEpochDay(2018, 5, 5), minuteOfDay: 15, offsetMinutes: 540 });
    });
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
