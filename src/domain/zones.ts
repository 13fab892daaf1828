/**
 * UTC offsets from the tz database, with every call naming its zone.
 *
 * The tz database is reached through luxon's IANAZone (which asks the
 * runtime's ICU data). Asking it costs an Intl call, so offsets are cached per
 * zone in week-long blocks: a block whose offset is the same at both ends is
 * taken as constant, and a block that holds a change (Pyongyang on 2015-08-15
 * and 2018-05-05, Novosibirsk on 2016-07-24) is answered exactly, call by call.
 * tests/unit/zones.test.ts proves the cache equal to luxon over decades.
 */
import { IANAZone } from 'luxon';
import { MS_PER_DAY, MS_PER_MINUTE, type EpochDay } from './days.js';

const BLOCK_MS = 7 * MS_PER_DAY;

class ZoneClock {
  private readonly zone: IANAZone;
  private readonly blocks = new Map<number, number>();

  constructor(name: string) {
    this.zone = IANAZone.create(name);
  }

  /** Offset from UTC in minutes at the instant `utcMs`. */
  offset(utcMs: number): number {
    const block = Math.floor(utcMs / BLOCK_MS);
    let cached = this.blocks.get(block);
    if (cached === undefined) {
      const start = this.zone.offset(block * BLOCK_MS);
      const end = this.zone.offset((block + 1) * BLOCK_MS - 1000);
      cached = start === end ? start : Number.NaN;
      this.blocks.set(block, cached);
    }
    return Number.isNaN(cached) ? this.zone.offset(utcMs) : cached;
  }
}

const clocks = new Map<string, ZoneClock>();

function clockOf(zone: string): ZoneClock {
  let clock = clocks.get(zone);
  if (!clock) {
    clock = new ZoneClock(zone);
    clocks.set(zone, clock);
  }
  return clock;
}

/** True when `name` is an IANA zone id the runtime knows, spelled with its canonical case. */
export function isKnownZone(name: string): boolean {
  if (!IANAZone.isValidZone(name)) return false;
  return canonicalZoneCase(name) === name;
}

/** The zone id as the runtime spells it ("asia/tokyo" → "Asia/Tokyo"), or undefined when unknown. */
export function canonicalZoneCase(name: string): string | undefined {
  if (!IANAZone.isValidZone(name)) return undefined;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  // ICU may resolve an alias to another id (Etc/UTC → UTC); only a pure case difference is a misspelling.
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}

/** Offset from UTC, in minutes, of `zone` at the instant `utcMs`. */
export function offsetAt(zone: string, utcMs: number): number {
  return clockOf(zone).offset(utcMs);
}

/**
 * The instant at which the wall clock in `zone` shows `minuteOfDay` on `epochDay`.
 *
 * A wall time skipped by a clock change moves forward by the size of the gap
 * (as luxon does); a wall time that occurs twice resolves to its first occurrence.
 */
export function wallToInstant(zone: string, epochDay: EpochDay, minuteOfDay: number): number {
  const clock = clockOf(zone);
  const local = epochDay * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  // Start from the offset a day earlier: before any change near this wall time,
  // so an ambiguous time lands on its first occurrence.
  const o = clock.offset(local - MS_PER_DAY);
  let guess = local - o * MS_PER_MINUTE;
  const o2 = clock.offset(guess);
  if (o === o2) return guess;
  guess -= (o2 - o) * MS_PER_MINUTE;
  const o3 = clock.offset(guess);
  if (o2 === o3) return guess;
  return local - Math.min(o2, o3) * MS_PER_MINUTE;
}

export interface WallTime {
  epochDay: EpochDay;
  minuteOfDay: number;
  offsetMinutes: number;
}

/** The wall-clock date, time and offset in `zone` at the instant `utcMs`. */
export function instantToWall(zone: string, utcMs: number): WallTime {
  const offsetMinutes = clockOf(zone).offset(utcMs);
  const local = utcMs + offsetMinutes * MS_PER_MINUTE;
  const epochDay = Math.floor(local / MS_PER_DAY);
  return { epochDay, minuteOfDay: Math.floor((local - epochDay * MS_PER_DAY) / MS_PER_MINUTE), offsetMinutes };
}

/** "+10:00", "+08:30", "-03:00": an ISO 8601 offset. */
export function formatOffset(offsetMinutes: number): string {
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  const h = Math.floor(abs / 60);
  const m = Math.round(abs % 60);
  return `${sign}${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/** "+10", "+08:30": the short form the table shows. */
export function formatShortOffset(offsetMinutes: number): string {
  const full = formatOffset(offsetMinutes);
  return full.endsWith(':00') ? full.slice(0, 3) : full;
}
