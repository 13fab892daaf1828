/**
 * Zone math, all of it luxon's, with every call naming its zone: luxon's
 * DateTime turns a published wall time into an instant (its own handling of
 * skipped and repeated times) and an instant into a station's wall clock.
 *
 * luxon reads a zone's offsets from the runtime's tz database (IANAZone, one
 * Intl format call per offset). For speed every zone is answered from an
 * offset table that luxon's IANAZone computed (zone-tables.ts): the build's,
 * one kept from an earlier run, or one worked out year by year in this one.
 * Only instants outside the tables' years are IANAZone's.
 */
import { readFileSync } from 'node:fs';
import { DateTime, FixedOffsetZone, IANAZone, type Zone } from 'luxon';
import { fromEpochDay, MS_PER_DAY, MS_PER_MINUTE, toEpochDay, type EpochDay } from './days.js';
import {
  findChanges,
  isWholeTable,
  TABLE_YEARS,
  TabledZone,
  tableOf,
  type ZoneTable,
  type ZoneTableStore,
} from './zone-tables.js';

export type { StoredZone, ZoneTable, ZoneTableStore } from './zone-tables.js';

/**
 * An offset from UTC in whole minutes as ISO 8601 writes it ("+10:00", "+08:30", "-03:00"): luxon's spelling, the
 * one every other notation is made from (present/offset.ts). Rounded first: local mean time (+02:30:17) must not
 * become +02:30:60.
 */
export const isoOffset = (offsetMinutes: number): string =>
  FixedOffsetZone.instance(Math.round(offsetMinutes)).formatOffset(0, 'short');

/** Defined by scripts/bundle.mjs in the bundled bin; undefined in the library. */
declare const RAILNEXT_ZONE_TABLE: ZoneTable | undefined;

/** `t` if this runtime's tz database is the one that computed it. */
function usable(t: ZoneTable | undefined): ZoneTable | undefined {
  const tz = process.versions.tz;
  return t !== undefined && typeof tz === 'string' && tz !== '' && t.tz === tz ? t : undefined;
}

/** Where tables come from in this process: see useZoneTable. */
const tables: {
  /** The build's table, whatever tz database made it; null until the library has looked for the one its build left in dist/. */
  built: ZoneTable | undefined | null;
  /** Whether tables may be worked out at run time (off only where a test wants IANAZone alone). */
  compute: boolean;
  store: ZoneTableStore | undefined;
} = { built: typeof RAILNEXT_ZONE_TABLE === 'object' ? RAILNEXT_ZONE_TABLE : null, compute: true, store: undefined };

/**
 * The library (dist/index.js) has no table compiled in, but the build keeps one
 * beside it (dist/zone-table.json, written by scripts/bundle.mjs). Read on
 * first need, so importing the library still reads nothing.
 */
function builtTable(): ZoneTable | undefined {
  if (tables.built === null) {
    try {
      tables.built = (
        JSON.parse(readFileSync(new URL('../zone-table.json', import.meta.url), 'utf8')) as { table?: ZoneTable }
      ).table;
    } catch {
      tables.built = undefined; // not built (the sources run under the tests) or unreadable: tables are worked out as needed
    }
  }
  return tables.built;
}

/**
 * Whether the build's table names `zone`. Its names hold under any later tz
 * database (the tz database never drops a name; a retired zone becomes a
 * link), so a known name costs no Intl call even where its offsets do not count.
 */
function builtNames(zone: string): boolean {
  const t = builtTable();
  return t !== undefined && Object.hasOwn(t.zones, zone);
}

/** The year of a table's bound `ms`. */
const yearOf = (ms: number): number => new Date(ms).getUTCFullYear();

/** The table railnext answers `name` from: the build's where it counts, else a kept one, else one to work out. */
function tabledZone(name: string): TabledZone | undefined {
  const built = usable(builtTable());
  if (built && Object.hasOwn(built.zones, name)) {
    const { changes, offsets } = built.zones[name]!;
    return new TabledZone(name, yearOf(built.from), yearOf(built.until), changes, offsets, false);
  }
  // canonicalZoneCase keeps its answer: reading the stations asked it already, so this asks Intl nothing more.
  if (!tables.compute || canonicalZoneCase(name) === undefined) return undefined;
  const tz = process.versions.tz ?? '';
  const kept = tz ? tables.store?.read(tz, name) : undefined;
  if (kept !== undefined && isWholeTable(kept, tz, name))
    return new TabledZone(name, kept.fromYear, kept.untilYear, kept.changes, kept.offsets, true);
  return new TabledZone(name, TABLE_YEARS.from, TABLE_YEARS.from, [], [], true);
}

/**
 * Answers from `t` (the build's table) where this runtime's tz database made
 * it, and works out other tables as needed unless `compute` is false (tests of
 * IANAZone alone); returns whether `t` counts.
 */
export function useZoneTable(t: ZoneTable | undefined, options: { compute?: boolean } = {}): boolean {
  tables.built = t;
  tables.compute = options.compute ?? true;
  zoneOptions.clear();
  changeCache.clear();
  return usable(t) !== undefined;
}

/** Keeps tables between runs in `store` (the bin's: src/cli/zone-store.ts); undefined keeps none. */
export function useZoneTableStore(store: ZoneTableStore | undefined): void {
  tables.store = store;
  zoneOptions.clear();
}

/** Hands the store every table this run worked out years of, for the next run to read. */
export function keepZoneTables(): void {
  const tz = process.versions.tz ?? '';
  if (!tables.store || !tz) return;
  for (const { zone } of zoneOptions.values()) {
    if (zone instanceof TabledZone && zone.grew) {
      tables.store.write(zone.stored(tz));
      zone.grew = false;
    }
  }
}

/**
 * The options every DateTime is made with: the zone, and a locale, so luxon
 * never builds a formatter only to learn the system's locale (tens of
 * milliseconds at start-up, and nothing here is formatted by locale).
 */
interface Options {
  zone: Zone;
  locale: string;
}

const zoneOptions = new Map<string, Options>();

/** The luxon options for `name`: a TabledZone, or luxon's IANAZone where tables are off. */
function optionsFor(name: string): Options {
  let options = zoneOptions.get(name);
  if (!options) {
    options = { zone: tabledZone(name) ?? IANAZone.create(name), locale: 'en-US' };
    zoneOptions.set(name, options);
  }
  return options;
}

/** The luxon Zone railnext uses for `zone`: tabled within the tables' years, IANAZone otherwise. */
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
  return {
    epochDay: toEpochDay(dt.year, dt.month, dt.day),
    minuteOfDay: dt.hour * 60 + dt.minute,
    offsetMinutes: dt.offset,
  };
}

/**
 * The wall-clock date, time and offset in `zone` at the instant `utcMs`. In a
 * tabled zone, the table's offset and the arithmetic luxon's fromMillis does
 * with it (its tsToObj); elsewhere luxon's DateTime.
 */
export function instantToWall(zone: string, utcMs: number): WallTime {
  const options = optionsFor(zone);
  const z = options.zone;
  if (z instanceof TabledZone) {
    const offsetMinutes = z.offset(utcMs);
    const local = utcMs + offsetMinutes * MS_PER_MINUTE;
    const epochDay = Math.floor(local / MS_PER_DAY);
    return { epochDay, minuteOfDay: Math.floor((local - epochDay * MS_PER_DAY) / MS_PER_MINUTE), offsetMinutes };
  }
  return wallOf(DateTime.fromMillis(utcMs, options));
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
  const guess: GuessedOptions = {
    zone: options.zone,
    locale: options.locale,
    specificOffset: options.zone.offset((epochDay - 1) * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE),
  };
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
 * In a tabled zone this is the step luxon's DateTime.fromObject takes with
 * that first guess (fixOffset in luxon 3's src/datetime.js), on the offsets
 * luxon would read from the same table, without building a DateTime: most
 * conversions of a long window or of the time-order check take it.
 * tests/unit/zones-zoneinfo.slow.test.ts holds it to luxon's own answer at every quarter
 * hour around each change, and both to zoneinfo.
 */
export function wallToInstant(zone: string, epochDay: EpochDay, minuteOfDay: number): number {
  const z = optionsFor(zone).zone;
  if (!(z instanceof TabledZone)) return wallToDateTime(zone, epochDay, minuteOfDay).toMillis();
  const wall = epochDay * MS_PER_DAY + minuteOfDay * MS_PER_MINUTE;
  const guess = z.offset(wall - MS_PER_DAY);
  const instant = wall - guess * MS_PER_MINUTE;
  const o2 = z.offset(instant);
  if (o2 === guess) return instant;
  // Near a change: try the offset found there; a time the change skips keeps the smaller offset, as luxon does.
  const retry = instant - (o2 - guess) * MS_PER_MINUTE;
  const o3 = z.offset(retry);
  return o2 === o3 ? retry : wall - Math.min(o2, o3) * MS_PER_MINUTE;
}

/**
 * A time published on `zone`'s clock, met at a station whose clock is
 * `stationZone`: its instant, and the station's wall clock then.
 */
export function publishedToStation(
  zone: string,
  epochDay: EpochDay,
  minuteOfDay: number,
  stationZone: string,
): WallTime & { instant: number } {
  const instant = wallToInstant(zone, epochDay, minuteOfDay);
  const wall = instantToWall(stationZone, instant);
  return { instant, epochDay: wall.epochDay, minuteOfDay: wall.minuteOfDay, offsetMinutes: wall.offsetMinutes };
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
  const tabled = optionsFor(zone).zone;
  const inTable = tabled instanceof TabledZone ? tabled.changesBetween(fromMs, untilMs) : undefined;
  if (inTable) return inTable;
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
    result.zones[name] = tableOf(IANAZone.create(name), fromYear, untilYear);
  }
  return result;
}

/** Whether the runtime's tz database knows `name` in any spelling. */
function isValidZone(name: string): boolean {
  return builtNames(name) || IANAZone.isValidZone(name);
}

/** True when `name` is an IANA zone id the runtime knows, spelled with its canonical case. */
export function isKnownZone(name: string): boolean {
  return canonicalZoneCase(name) === name;
}

/** canonicalZoneCase's answers: each asks Intl (a DateTimeFormat made and thrown away), and a file names a zone at every stop. */
const spellings = new Map<string, string | undefined>();

/** The zone id as the runtime spells it ("asia/tokyo" → "Asia/Tokyo"), or undefined when unknown. */
export function canonicalZoneCase(name: string): string | undefined {
  if (spellings.has(name)) return spellings.get(name);
  const spelt = spelling(name);
  spellings.set(name, spelt);
  return spelt;
}

function spelling(name: string): string | undefined {
  if (!isValidZone(name)) return undefined;
  // The build's table holds ids as the runtime spelt them when it was computed.
  if (builtNames(name)) return name;
  // luxon keeps a zone's name as given; the runtime's spelling comes from Intl.
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  // ICU may resolve an alias to another id (Etc/UTC → UTC); only a pure case difference is a misspelling.
  return resolved.toLowerCase() === name.toLowerCase() ? resolved : name;
}
