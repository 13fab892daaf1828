/**
 * Offset tables: for a zone, the instants at which its offset from UTC
 * changes and the offset from each on, all of it found by luxon's IANAZone.
 * luxon answers each offset with an Intl format call (3 to 10 µs); a table
 * answers the same question with a binary search.
 *
 * Where a table comes from, in order:
 * - the build's (scripts/bundle.mjs): the bundled schedules' zones, 1970-2199,
 *   used only by a runtime with the tz database that computed it;
 * - a table kept from an earlier run (ZoneTableStore: the bin keeps them in
 *   the user's cache folder, keyed by tz database and zone);
 * - worked out here, year by year as the years are asked for.
 * So no zone and no tz database falls back to one Intl call per conversion.
 */
import { IANAZone, Zone, type ZoneOffsetFormat, type ZoneOffsetOptions } from 'luxon';
import { MS_PER_DAY } from './days.js';

/** The UTC years tables cover: windows start in 1970 (src/domain/window.ts); IANAZone answers outside. */
export const TABLE_YEARS = { from: 1970, until: 2200 } as const;

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

/** One zone's changes over the UTC years [fromYear, untilYear), as a ZoneTableStore keeps it. */
export interface StoredZone {
  tz: string;
  zone: string;
  fromYear: number;
  untilYear: number;
  changes: number[];
  /** The offset at the start of fromYear, then after each change (minutes). */
  offsets: number[];
}

/** Where tables are kept between runs (the bin's is in the user's cache folder: src/cli/zone-store.ts). */
export interface ZoneTableStore {
  /** The kept table of `zone` under tz database `tz`, if any; anything not a whole, checked table is none. */
  read(tz: string, zone: string): StoredZone | undefined;
  /** Keeps `table`, replacing the one read; failures are the store's to swallow. */
  write(table: StoredZone): void;
}

const yearStart = (year: number): number => Date.UTC(year, 0, 1);
const TABLE_FROM_MS = yearStart(TABLE_YEARS.from);
const TABLE_UNTIL_MS = yearStart(TABLE_YEARS.until);

/**
 * How far apart two offset changes must be for findChanges to see both: it
 * asks luxon once a day and narrows each change down to its second. A change
 * made and undone within one day would go unseen; zones-zoneinfo.slow.test.ts
 * checks the changes found against Python's zoneinfo.
 */
const SCAN_STEP_MS = MS_PER_DAY;

/** The instants in [fromMs, untilMs) at which `zone`'s offset changes, by luxon's IANAZone. */
export function findChanges(zone: IANAZone, fromMs: number, untilMs: number): number[] {
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

/**
 * A luxon Zone whose offsets come from a table over the UTC years
 * [fromYear, untilYear), and from IANAZone outside TABLE_YEARS. A table that
 * may grow (`computes`) works out the years it lacks when first asked about
 * them, so a run pays for the years it uses. The IANAZone is made on first
 * need: making one costs ICU's set-up.
 */
export class TabledZone extends Zone {
  private iana: IANAZone | undefined;
  /** Whether years were worked out here since the table was made or read: worth keeping. */
  grew = false;
  /** The instants [fromMs, untilMs) the table covers, kept beside its years: asked on every offset. */
  private fromMs: number;
  private untilMs: number;

  constructor(
    private readonly zoneName: string,
    private fromYear: number,
    private untilYear: number,
    private changes: number[],
    private offsets: number[],
    private readonly computes: boolean,
  ) {
    super();
    this.fromMs = yearStart(fromYear);
    this.untilMs = yearStart(untilYear);
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
    if (!this.covers(ts)) return this.fallback().offset(ts);
    return this.offsets[this.changesUpTo(ts)]!;
  }

  /** The changes in [fromMs, untilMs), or undefined where the table cannot answer for all of it. */
  changesBetween(fromMs: number, untilMs: number): number[] | undefined {
    if (!(this.covers(fromMs) && this.covers(untilMs - 1))) return undefined;
    return this.changes.filter((c) => c >= fromMs && c < untilMs);
  }

  /** This table as a store keeps it. */
  stored(tz: string): StoredZone {
    return {
      tz,
      zone: this.zoneName,
      fromYear: this.fromYear,
      untilYear: this.untilYear,
      changes: this.changes,
      offsets: this.offsets,
    };
  }

  /** Whether the table answers for `ts`, working out the years up to it when it may. */
  private covers(ts: number): boolean {
    if (ts >= this.fromMs && ts < this.untilMs) return true;
    if (!this.computes || !(ts >= TABLE_FROM_MS && ts < TABLE_UNTIL_MS)) return false;
    this.growTo(new Date(ts).getUTCFullYear());
    return true;
  }

  /** Works out the years between the table and `year`, `year` included, and joins them on. */
  private growTo(year: number): void {
    this.grow(year);
    this.fromMs = yearStart(this.fromYear);
    this.untilMs = yearStart(this.untilYear);
  }

  private grow(year: number): void {
    this.grew = true;
    if (this.fromYear >= this.untilYear) {
      ({ changes: this.changes, offsets: this.offsets } = tableOf(this.fallback(), year, year + 1));
      [this.fromYear, this.untilYear] = [year, year + 1];
    } else if (year < this.fromYear) {
      const earlier = tableOf(this.fallback(), year, this.fromYear);
      [this.changes, this.offsets] = join(
        earlier,
        { changes: this.changes, offsets: this.offsets },
        yearStart(this.fromYear),
      );
      this.fromYear = year;
    } else {
      const later = tableOf(this.fallback(), this.untilYear, year + 1);
      [this.changes, this.offsets] = join(
        { changes: this.changes, offsets: this.offsets },
        later,
        yearStart(this.untilYear),
      );
      this.untilYear = year + 1;
    }
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

/**
 * The changes and offsets of two tables of a zone, `a` ending where `b` starts
 * (at `at`), as one. The offset `b` starts with is implied by `a`'s last,
 * unless they differ (a table kept from a run that read a table of its own):
 * then that is a change at `at`, so each table's answers stay its own.
 */
function join(
  a: { changes: number[]; offsets: number[] },
  b: { changes: number[]; offsets: number[] },
  at: number,
): [number[], number[]] {
  if (a.offsets[a.offsets.length - 1] === b.offsets[0])
    return [
      [...a.changes, ...b.changes],
      [...a.offsets, ...b.offsets.slice(1)],
    ];
  return [
    [...a.changes, at, ...b.changes],
    [...a.offsets, ...b.offsets],
  ];
}

/** The changes of `zone` over the UTC years [fromYear, untilYear), and the offset at the start and after each. */
export function tableOf(zone: IANAZone, fromYear: number, untilYear: number): { changes: number[]; offsets: number[] } {
  const from = yearStart(fromYear);
  const changes = findChanges(zone, from, yearStart(untilYear));
  return { changes, offsets: [zone.offset(from), ...changes.map((c) => zone.offset(c))] };
}

/**
 * Whether `t` is a table findChanges could have made for `zone` under `tz`:
 * its years within TABLE_YEARS, its changes rising inside them, one offset
 * more than changes, each a whole change from the one before. A store hands
 * back what a disk holds, and a table that passes is trusted for every answer.
 */
export function isWholeTable(t: unknown, tz: string, zone: string): t is StoredZone {
  if (typeof t !== 'object' || t === null) return false;
  const { tz: tableTz, zone: tableZone, fromYear, untilYear, changes, offsets } = t as Partial<StoredZone>;
  if (tableTz !== tz || tableZone !== zone) return false;
  if (
    !Number.isInteger(fromYear) ||
    !Number.isInteger(untilYear) ||
    fromYear! < TABLE_YEARS.from ||
    untilYear! > TABLE_YEARS.until ||
    fromYear! >= untilYear!
  )
    return false;
  if (!Array.isArray(changes) || !Array.isArray(offsets) || offsets.length !== changes.length + 1) return false;
  let last = yearStart(fromYear!) - 1;
  for (const c of changes) {
    if (!Number.isInteger(c) || c <= last || c % 1000 !== 0) return false;
    last = c;
  }
  // findChanges may find a change at the very end of its years: its scan reads the offset there.
  if (last > yearStart(untilYear!)) return false;
  return offsets.every((o, i) => Number.isFinite(o) && Math.abs(o) <= 24 * 60 && (i === 0 || o !== offsets[i - 1]));
}
