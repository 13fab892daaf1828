/**
 * UTC offsets from the tz database, with every call naming its zone.
 *
 * The tz database is the runtime's ICU data, reached through
 * Intl.DateTimeFormat exactly as luxon's IANAZone reaches it (same options,
 * same arithmetic), without loading luxon: on the start-up path of a terminal
 * command, luxon's module alone costs a third of Node's own start-up.
 *
 * Asking ICU costs a format call, so offsets are cached per zone in
 * week-long blocks: a block whose offset is the same at both of its edges is
 * taken as constant, and a block that holds a change (Pyongyang on 2015-08-15
 * and 2018-05-05, Novosibirsk on 2016-07-24) is answered exactly, call by call.
 * That is safe as long as no zone changes its offset and changes it back
 * within one week, which the runtime's ICU data has no case of for the zones
 * tested (tzdata itself has rare ones, such as Africa/Freetown in 1939, that ICU
 * folds away). tests/unit/zones.test.ts proves the cache equal to luxon
 * over decades.
 */
import { MS_PER_DAY, MS_PER_MINUTE, toEpochDay, type EpochDay } from './days.js';

const BLOCK_MS = 7 * MS_PER_DAY;

/** A formatter whose parts give the wall clock of `zone`: luxon's own options. */
function wallClockFormat(zone: string): Intl.DateTimeFormat {
  return new Intl.DateTimeFormat('en-US', {
    hour12: false,
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    era: 'short',
  });
}

/** "02/05/2025 AD, 10:00:00", with the marks ICU may put around it. */
const WALL_CLOCK = /(\d+)\/(\d+)\/(\d+) (AD|BC),? (\d+):(\d+):(\d+)/;

/**
 * Offsets worked out ahead of time for a few zones: for each, the instants at
 * which its offset changes and the offset from each of them on.
 *
 * The first Intl.DateTimeFormat of a process costs ICU's set-up, about a third
 * of Node's own start-up; the bundled bin carries this table for the zones of
 * the bundled schedules (scripts/bundle.mjs computes it with the Intl path
 * below), so a lookup answers without touching Intl at all. It is used only by
 * a runtime whose tz database has the same version as the one that computed
 * it, and only within its years; anything else goes to Intl.
 */
export interface ZoneTable {
  /** `process.versions.tz` of the runtime that computed the table. */
  tz: string;
  /** The UTC instants (ms) the table covers: [from, until). */
  from: number;
  until: number;
  zones: Record<string, { changes: number[]; offsets: number[] }>;
}

/** Defined by scripts/bundle.mjs in the bundled bin; undefined in the library. */
declare const RAILNEXT_ZONE_TABLE: ZoneTable | undefined;

/** The table's entry for `zone`: own keys only, so "constructor" or "__proto__" is no zone. */
function tableEntry(zone: string): { changes: number[]; offsets: number[] } | undefined {
  return table && Object.hasOwn(table.zones, zone) ? table.zones[zone] : undefined;
}

/** `t` if this runtime's tz database is the one that computed it. */
function usable(t: ZoneTable | undefined): ZoneTable | undefined {
  const tz = process.versions.tz;
  return t !== undefined && typeof tz === 'string' && tz !== '' && t.tz === tz ? t : undefined;
}

let table = usable(typeof RAILNEXT_ZONE_TABLE === 'object' ? RAILNEXT_ZONE_TABLE : undefined);

/** Answers the zones `t` covers from it from now on, if it is usable here (tests); returns whether it is. */
export function useZoneTable(t: ZoneTable | undefined): boolean {
  table = usable(t);
  clocks.clear();
  return table !== undefined;
}

class ZoneClock {
  private format: Intl.DateTimeFormat | undefined;
  /** Offset at the start of each week block, by block number. */
  private readonly edges = new Map<number, number>();
  private readonly known: { changes: number[]; offsets: number[] } | undefined;

  constructor(private readonly zone: string) {
    this.known = tableEntry(zone);
  }

  /** The offset straight from ICU, in minutes (luxon's IANAZone.offset, step by step). */
  exact(utcMs: number): number {
    this.format ??= wallClockFormat(this.zone);
    // format() and a pattern, as luxon's fallback reads it: five times faster than formatToParts.
    const text = this.format.format(utcMs);
    const m = WALL_CLOCK.exec(text);
    if (!m) throw new Error(`unexpected wall clock from Intl: ${text}`);
    const [, month, day, yearOfEra, era, hour, minute, second] = m;
    const year = era === 'BC' ? 1 - Number(yearOfEra) : Number(yearOfEra);
    // Some ICU versions print midnight as 24 with hour12: false.
    const wallAsUtc = toEpochDay(year, Number(month), Number(day)) * MS_PER_DAY + (((Number(hour) % 24) * 60 + Number(minute)) * 60 + Number(second)) * 1000;
    // Whole seconds, as luxon: the offset is that of the second holding utcMs.
    const wholeSecond = utcMs - (((utcMs % 1000) + 1000) % 1000);
    return (wallAsUtc - wholeSecond) / MS_PER_MINUTE;
  }

  /**
   * The instants in [fromMs, untilMs) at which the offset changes: from the
   * table where it covers the span, else week by week from ICU, each change
   * narrowed down to its second.
   */
  changes(fromMs: number, untilMs: number): number[] {
    if (this.known && fromMs >= table!.from && untilMs <= table!.until) return this.known.changes.filter((c) => c >= fromMs && c < untilMs);
    const found: number[] = [];
    for (let block = Math.floor(fromMs / BLOCK_MS); block * BLOCK_MS < untilMs; block++) {
      const before = this.edge(block);
      if (before === this.edge(block + 1)) continue;
      let lo = block * BLOCK_MS;
      let hi = (block + 1) * BLOCK_MS;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (this.exact(mid) === before) lo = mid;
        else hi = mid;
      }
      if (hi >= fromMs && hi < untilMs) found.push(hi);
    }
    return found;
  }

  private edge(block: number): number {
    let offset = this.edges.get(block);
    if (offset === undefined) {
      offset = this.exact(block * BLOCK_MS);
      this.edges.set(block, offset);
    }
    return offset;
  }

  /** Offset from UTC in minutes at the instant `utcMs`. */
  offset(utcMs: number): number {
    if (this.known && utcMs >= table!.from && utcMs < table!.until) return fromTable(this.known, utcMs);
    const block = Math.floor(utcMs / BLOCK_MS);
    const start = this.edge(block);
    // The next block's first instant stands for this block's last one; a change
    // exactly there only sends this block to the exact path.
    return start === this.edge(block + 1) ? start : this.exact(utcMs);
  }
}

/** The offset in force at `utcMs`: the one from the last change at or before it. */
function fromTable(zone: { changes: number[]; offsets: number[] }, utcMs: number): number {
  const { changes } = zone;
  let lo = 0;
  let hi = changes.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (changes[mid]! <= utcMs) lo = mid + 1;
    else hi = mid;
  }
  return zone.offsets[lo]!;
}

/**
 * Works out a ZoneTable from Intl for `zones` over [fromYear, untilYear), UTC:
 * the offset every week (the same step, and the same assumption, as the
 * week-block cache above), and each change narrowed down to its second.
 */
export function computeZoneTable(zones: string[], fromYear: number, untilYear: number): ZoneTable {
  const from = Date.UTC(fromYear, 0, 1);
  const until = Date.UTC(untilYear, 0, 1);
  const result: ZoneTable = { tz: process.versions.tz ?? '', from, until, zones: {} };
  for (const zone of zones) {
    // Only ids spelt as the runtime spells them: the table vouches for the names it holds.
    if (!isKnownZone(zone)) throw new Error(`not a time zone id this runtime knows: ${zone}`);
    const clock = new ZoneClock(zone);
    const changes = clock.changes(from, until + BLOCK_MS);
    const offsets = [clock.exact(from), ...changes.map((c) => clock.exact(c))];
    result.zones[zone] = { changes, offsets };
  }
  return result;
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

/** Whether the runtime's tz database knows `name` in any spelling. */
function isValidZone(name: string): boolean {
  if (!name) return false;
  if (tableEntry(name)) return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name }).format();
    return true;
  } catch {
    return false;
  }
}

/** True when `name` is an IANA zone id the runtime knows, spelled with its canonical case. */
export function isKnownZone(name: string): boolean {
  if (!isValidZone(name)) return false;
  return canonicalZoneCase(name) === name;
}

/** The zone id as the runtime spells it ("asia/tokyo" → "Asia/Tokyo"), or undefined when unknown. */
export function canonicalZoneCase(name: string): string | undefined {
  if (!isValidZone(name)) return undefined;
  // The table holds ids as the runtime spelt them when it was computed.
  if (tableEntry(name)) return name;
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  // ICU may resolve an alias to another id (Etc/UTC → UTC); only a pure case difference is a misspelling.
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}

/** The instants in [fromMs, untilMs) at which `zone`'s offset from UTC changes. */
export function offsetChanges(zone: string, fromMs: number, untilMs: number): number[] {
  return clockOf(zone).changes(fromMs, untilMs);
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
  // Round the whole offset first: local mean time (+02:30:17) must not become +02:30:60.
  const rounded = Math.round(offsetMinutes);
  const sign = rounded < 0 ? '-' : '+';
  const abs = Math.abs(rounded);
  const h = Math.floor(abs / 60);
  const m = abs % 60;
  return `${sign}${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}

/** "+10", "+08:30": the short form the table shows. */
export function formatShortOffset(offsetMinutes: number): string {
  const full = formatOffset(offsetMinutes);
  return full.endsWith(':00') ? full.slice(0, 3) : full;
}
