/**
 * Zone math, all of it luxon's, with every call naming its zone: luxon's
 * DateTime turns a published wall time into an instant (its own handling of
 * skipped and repeated times) and an instant into a station's wall clock.
 *
 * luxon reads a zone's offsets from the runtime's tz database (IANAZone, one
 * Intl format call per offset). For speed, the bundled bin carries a table of
 * the offset changes of the bundled schedules' zones, computed at build time by
 * luxon's own IANAZone (scripts/bundle.mjs); TabledZone, a luxon Zone, answers
 * from it. It is used only by a runtime whose tz database is the one that
 * computed it, and only within its years; any other zone or instant is
 * IANAZone's.
 */
import { readFileSync } from 'node:fs';
import { DateTime, IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';
import { fromEpochDay, MS_PER_DAY, MS_PER_MINUTE, toEpochDay, type EpochDay } from './days.js';

/**
 * Offsets worked out ahead of time for a few zones: for each, the instants at
 * which its offset changes and the offset from each of them on.
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

/**
 * A luxon Zone whose offsets come from a ZoneTable, and from IANAZone outside
 * its years. The IANAZone is made on first need: making one costs ICU's set-up.
 */
class TabledZone extends Zone {
  private iana: IANAZone | undefined;

  constructor(
    private readonly zoneName: string,
    private readonly changes: number[],
    private readonly offsets: number[],
    private readonly from: number,
    private readonly until: number,
  ) {
    super();
  }

  private fallback(): IANAZone {
    return (this.iana ??= IANAZone.create(this.zoneName));
  }

  override get type(): string {
    return 'iana';
  }

  override get name(): string {
    return this.zoneName;
  }

  override get isUniversal(): boolean {
    return false;
  }

  override get isValid(): true {
    return true;
  }

  override offsetName(ts: number, options: ZoneOffsetOptions): string {
    return this.fallback().offsetName(ts, options) ?? '';
  }

  override formatOffset(ts: number, format: ZoneOffsetFormat): string {
    return this.fallback().formatOffset(ts, format);
  }

  override equals(other: Zone): boolean {
    return other.type === 'iana' && other.name === this.name;
  }

  /** The offset from the last change at or before `ts`. */
  override offset(ts: number): number {
    if (!(ts >= this.from && ts < this.until)) return this.fallback().offset(ts);
    return this.offsets[this.changesUpTo(ts)]!;
  }

  /** The instants [start, end) around `ts` over which the offset stays the table's `offset`; undefined outside the table. */
  period(ts: number): Period | undefined {
    if (!(ts >= this.from && ts < this.until)) return undefined;
    const i = this.changesUpTo(ts);
    return { start: i > 0 ? this.changes[i - 1]! : this.from, end: i < this.changes.length ? this.changes[i]! : this.until, offset: this.offsets[i]! };
  }

  /** How many changes are at or before `ts`. */
  private changesUpTo(ts: number): number {
    const { changes } = this;
    let lo = 0;
    let hi = changes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (changes[mid]! <= ts) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** A span of instants [start, end) over which a zone keeps one offset (minutes). */
interface Period {
  start: number;
  end: number;
  offset: number;
}

/** `t` if this runtime's tz database is the one that computed it. */
function usable(t: ZoneTable | undefined): ZoneTable | undefined {
  const tz = process.versions.tz;
  return t !== undefined && typeof tz === 'string' && tz !== '' && t.tz === tz ? t : undefined;
}

/** The table in use; null until the library has looked for the one its build left in dist/. */
let table: ZoneTable | undefined | null = typeof RAILNEXT_ZONE_TABLE === 'object' ? usable(RAILNEXT_ZONE_TABLE) : null;

/**
 * The library (dist/index.js) has no table compiled in, but the build keeps one
 * beside it (dist/zone-table.json, written by scripts/bundle.mjs): without it, the
 * first loadBundled() spends seconds asking Intl for twenty years of offsets.
 * Read on first need, so importing the library still reads nothing.
 */
function currentTable(): ZoneTable | undefined {
  if (table === null) {
    try {
      table = usable((JSON.parse(readFileSync(new URL('../zone-table.json', import.meta.url), 'utf8')) as { table?: ZoneTable }).table);
    } catch {
      table = undefined; // not built (the sources run under the tests) or unreadable: IANAZone answers
    }
  }
  return table;
}

/** The table's entry for `zone`: own keys only, so "constructor" or "__proto__" is no zone. */
function tableEntry(zone: string): { changes: number[]; offsets: number[] } | undefined {
  const t = currentTable();
  return t && Object.hasOwn(t.zones, zone) ? t.zones[zone] : undefined;
}

/**
 * The options every DateTime is made with: the zone, and a locale, so luxon
 * never builds a formatter only to learn the system's locale (tens of
 * milliseconds at start-up, and nothing here is formatted by locale).
 */
interface Options {
  zone: Zone;
  locale: string;
  /** luxon's answers kept for later days (see Kept), by minute of the day asked for. */
  instants: Map<number, Kept>;
  /** The same for instants turned into wall clocks, by the instant's time of day in UTC. */
  walls: Map<number, Kept & { epochDay: EpochDay; minuteOfDay: number; instant: number }>;
}

/**
 * One answer of luxon's, kept for the days after. Services repeat their times
 * day after day, and while a zone keeps its offset, the same clock time a
 * whole number of days later is the same answer that many days later. So a
 * century of departures asks luxon once per clock time and offset period
 * instead of once per departure, and luxon still decides every offset: the
 * period is the zone's own, from the table that luxon's IANAZone computed.
 * Zones outside the table are asked every time.
 */
interface Kept {
  /** The offset luxon gave (minutes), over the instants [start, end) where the zone keeps it. */
  offset: number;
  start: number;
  end: number;
}

const zoneOptions = new Map<string, Options>();

/** The luxon options for `name`: a TabledZone when the table holds it, else luxon's IANAZone. */
function optionsFor(name: string): Options {
  let options = zoneOptions.get(name);
  if (!options) {
    const entry = tableEntry(name);
    const zone = entry && table ? new TabledZone(name, entry.changes, entry.offsets, table.from, table.until) : IANAZone.create(name);
    options = { zone, locale: 'en-US', instants: new Map(), walls: new Map() };
    zoneOptions.set(name, options);
  }
  return options;
}

/** Answers the zones `t` covers from it from now on, if it is usable here (tests); returns whether it is. */
export function useZoneTable(t: ZoneTable | undefined): boolean {
  table = usable(t);
  zoneOptions.clear();
  changeCache.clear();
  return table !== undefined;
}

/** The luxon Zone railnext uses for `zone`: tabled within the table's years, IANAZone otherwise. */
export function luxonZone(zone: string): Zone {
  return optionsFor(zone).zone;
}

/** Offset from UTC, in minutes, of `zone` at the instant `utcMs`. */
export function offsetAt(zone: string, utcMs: number): number {
  return optionsFor(zone).zone.offset(utcMs);
}

export interface WallTime {
  epochDay: EpochDay;
  minuteOfDay: number;
  offsetMinutes: number;
}

/** The wall clock of a luxon DateTime, as railnext keeps it. */
function wallOf(dt: DateTime): WallTime {
  return { epochDay: toEpochDay(dt.year, dt.month, dt.day), minuteOfDay: dt.hour * 60 + dt.minute, offsetMinutes: dt.offset };
}

/** The period of constant offset around `ts` in a tabled zone; undefined for any other zone or instant. */
function periodOf(options: Options, ts: number): Period | undefined {
  return options.zone instanceof TabledZone ? options.zone.period(ts) : undefined;
}

/** The wall-clock date, time and offset in `zone` at the instant `utcMs`. */
export function instantToWall(zone: string, utcMs: number): WallTime {
  const options = optionsFor(zone);
  const timeOfDay = ((utcMs % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  const kept = options.walls.get(timeOfDay);
  if (kept && utcMs >= kept.start && utcMs < kept.end) {
    return { epochDay: kept.epochDay + (utcMs - kept.instant) / MS_PER_DAY, minuteOfDay: kept.minuteOfDay, offsetMinutes: kept.offset };
  }
  const wall = wallOf(DateTime.fromMillis(utcMs, options));
  const period = periodOf(options, utcMs);
  if (period && period.offset === wall.offsetMinutes) options.walls.set(timeOfDay, { ...period, epochDay: wall.epochDay, minuteOfDay: wall.minuteOfDay, instant: utcMs });
  return wall;
}

/**
 * The DateTime at which the wall clock in `zone` shows `minuteOfDay` (0-1439)
 * on `epochDay`.
 *
 * luxon resolves a wall time from a first guess at its offset: it moves a wall
 * time that a clock change skips forward by the gap, and of one that occurs
 * twice takes the occurrence whose offset is the guess. Left to itself,
 * `fromObject` guesses the offset in force now, which makes the answer depend
 * on the clock and, where a zone's offset today is below both sides of an old
 * change, an hour wrong (Asia/Tashkent, 22:00 on 1981-09-30). So it is given
 * the offset a day before, as getPossibleOffsets() takes it, through
 * `specificOffset`, the option luxon's own parsers pass it in (not in its
 * typings; tests/unit/zones.test.ts would catch its loss): a repeated wall
 * time is then its first occurrence.
 */
function wallToDateTime(zone: string, epochDay: EpochDay, minuteOfDay: number): DateTime {
  const options = optionsFor(zone);
  const { year, month, day } = fromEpochDay(epochDay);
  const guess: GuessedOptions = { zone: options.zone, locale: options.locale, specificOffset: options.zone.offset((epochDay - 1) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE) };
  return DateTime.fromObject({ year, month, day, hour: Math.floor(minuteOfDay / 60), minute: minuteOfDay % 60 }, guess);
}

/** luxon's options with the first guess at a wall time's offset. */
interface GuessedOptions {
  zone: Zone;
  locale: string;
  specificOffset: number;
}

/**
 * The instant at which the wall clock in `zone` shows `minuteOfDay` (0-1439) on `epochDay` (see wallToDateTime).
 *
 * luxon's answer for an earlier day is kept (see Kept): it holds for a later
 * day when the zone keeps that answer's offset from luxon's first guess (the
 * offset a day before) to the answer itself, for luxon then takes its guess.
 */
export function wallToInstant(zone: string, epochDay: EpochDay, minuteOfDay: number): number {
  const options = optionsFor(zone);
  const wall = epochDay * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  const kept = options.instants.get(minuteOfDay);
  if (kept && wall - MS_PER_DAY >= kept.start && wall - kept.offset * MS_PER_MINUTE < kept.end) return wall - kept.offset * MS_PER_MINUTE;
  const instant = wallToDateTime(zone, epochDay, minuteOfDay).toMillis();
  const offset = (wall - instant) / MS_PER_MINUTE;
  const period = periodOf(options, instant);
  // Kept only where luxon took its guess: not for a time a change skips or repeats.
  if (period && period.offset === offset && wall - MS_PER_DAY >= period.start) options.instants.set(minuteOfDay, { offset, start: period.start, end: period.end });
  return instant;
}

/**
 * A time published on `zone`'s clock, met at a station whose clock is
 * `stationZone`: its instant, and the station's wall clock then.
 */
export function publishedToStation(zone: string, epochDay: EpochDay, minuteOfDay: number, stationZone: string): WallTime & { instant: number } {
  const instant = wallToInstant(zone, epochDay, minuteOfDay);
  const wall = instantToWall(stationZone, instant);
  return { instant, epochDay: wall.epochDay, minuteOfDay: wall.minuteOfDay, offsetMinutes: wall.offsetMinutes };
}

/**
 * How far apart two offset changes must be for findChanges to see both: it
 * asks luxon once a day and narrows each change down to its second. A change
 * made and undone within one day would go unseen; tests/unit/zones.test.ts
 * checks the changes found against Python's zoneinfo.
 */
const SCAN_STEP_MS = MS_PER_DAY;

/** The instants in [fromMs, untilMs) at which `zone`'s offset changes, by luxon's IANAZone. */
function findChanges(zone: IANAZone, fromMs: number, untilMs: number): number[] {
  const found: number[] = [];
  let before = zone.offset(fromMs);
  for (let t = fromMs; t < untilMs; t += SCAN_STEP_MS) {
    const next = Math.min(t + SCAN_STEP_MS, untilMs);
    const after = zone.offset(next);
    if (after === before) continue;
    let lo = t;
    let hi = next;
    while (hi - lo > 1000) {
      const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
      if (zone.offset(mid) === before) lo = mid;
      else hi = mid;
    }
    found.push(hi);
    before = after;
  }
  return found;
}

/** Changes found per zone and per UTC year, so a zone's changes are looked for once. */
const changeCache = new Map<string, Map<number, number[]>>();

function changesInYear(zone: string, year: number): number[] {
  let years = changeCache.get(zone);
  if (!years) changeCache.set(zone, (years = new Map()));
  let found = years.get(year);
  if (!found) {
    found = findChanges(IANAZone.create(zone), Date.UTC(year, 0, 1), Date.UTC(year + 1, 0, 1));
    years.set(year, found);
  }
  return found;
}

/** The instants in [fromMs, untilMs) at which `zone`'s offset from UTC changes. */
export function offsetChanges(zone: string, fromMs: number, untilMs: number): number[] {
  const entry = tableEntry(zone);
  if (entry && table && fromMs >= table.from && untilMs <= table.until) return entry.changes.filter((c) => c >= fromMs && c < untilMs);
  const found: number[] = [];
  for (let year = new Date(fromMs).getUTCFullYear(); year <= new Date(untilMs - 1).getUTCFullYear(); year++) {
    for (const change of changesInYear(zone, year)) if (change >= fromMs && change < untilMs) found.push(change);
  }
  return found;
}

/**
 * Works out a ZoneTable for `zones` over [fromYear, untilYear), UTC, with
 * luxon's IANAZone: every offset change, and the offset from it on.
 */
export function computeZoneTable(zones: string[], fromYear: number, untilYear: number): ZoneTable {
  const from = Date.UTC(fromYear, 0, 1);
  const until = Date.UTC(untilYear, 0, 1);
  const result: ZoneTable = { tz: process.versions.tz ?? '', from, until, zones: {} };
  for (const name of zones) {
    // Only ids spelt as the runtime spells them: the table vouches for the names it holds.
    if (!isKnownZone(name)) throw new Error(`not a time zone id this runtime knows: ${name}`);
    const zone = IANAZone.create(name);
    const changes = findChanges(zone, from, until);
    result.zones[name] = { changes, offsets: [zone.offset(from), ...changes.map((c) => zone.offset(c))] };
  }
  return result;
}

/** Whether the runtime's tz database knows `name` in any spelling. */
function isValidZone(name: string): boolean {
  return tableEntry(name) !== undefined || IANAZone.isValidZone(name);
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
  // luxon keeps a zone's name as given; the runtime's spelling comes from Intl.
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  // ICU may resolve an alias to another id (Etc/UTC → UTC); only a pure case difference is a misspelling.
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
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
