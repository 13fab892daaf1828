/**
 * Reading one parsed schedule document field by field. Each accessor returns
 * the typed value or records a problem at the field's JSON pointer; reading
 * goes on, so a user sees every problem of a file at once.
 */
import { parseClock, parseIsoDate, type EpochDay } from '../domain/days.js';
import { closestOf } from '../domain/match.js';
import { canonicalZoneCase, isKnownZone } from '../domain/zones.js';
import { unsafeIdProblem } from '../text-guard.js';
import { escapePointer, valueLines } from './json-text.js';
import { lineFor, type Problem, type Severity } from './problems.js';
import { NO_FAULTS, type Fault, type Faults } from './structure.js';

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The longest strings accepted. A name is printed in a table cell; a runaway
 * value (a whole file pasted into a name) is an error, not a 5 MB row.
 */
export const MAX_LENGTH = { id: 100, name: 200, text: 2000 } as const;

/** Collects problems while reading one document. */
export class Reader {
  private lines: Map<string, number> | undefined;

  constructor(
    readonly file: string,
    readonly problems: Problem[],
    /** The document's text, to give line numbers; absent for documents built in code. */
    private readonly text?: string,
    /** What the structural validator found (structure.ts): each accessor words the faults at its value. */
    private readonly faults: Faults = NO_FAULTS,
  ) {}

  problem(pointer: string, message: string, severity: Severity = 'error', suggestion?: string): void {
    // Lines are looked up only once something is wrong: a clean load never scans the text twice.
    if (this.text !== undefined && this.lines === undefined) this.lines = valueLines(this.text);
    const line = this.lines ? lineFor(this.lines, pointer) : null;
    this.problems.push({
      file: this.file,
      pointer,
      message,
      severity,
      line,
      ...(suggestion === undefined ? {} : { suggestion }),
    });
  }

  /** The structural faults of the value at `pointer`, if it has any. */
  faultsAt(pointer: string): readonly Fault[] | undefined {
    return this.faults.get(pointer);
  }

  /** Whether the value at `pointer` is at fault; if it is, reports `message` for it. */
  refuses(pointer: string, message: (faults: readonly Fault[]) => string): boolean {
    const faults = this.faults.get(pointer);
    if (faults) this.problem(pointer, message(faults));
    return faults !== undefined;
  }

  /** Whether the value at `pointer` is missing or of the wrong type (a list's length is its reader's to word). */
  private misfit(pointer: string): boolean {
    return this.faults.get(pointer)?.some((f) => f.keyword === 'type' || f.keyword === 'required') === true;
  }

  object(value: unknown, pointer: string): Json | undefined {
    if (!this.misfit(pointer)) return value as Json;
    this.problem(pointer, `expected an object, got ${describe(value)}`);
    return undefined;
  }

  /** A list; none at all is an empty one (whether it may be missing is the format's to say). */
  array(value: unknown, pointer: string): unknown[] {
    if (!this.misfit(pointer)) return (value ?? []) as unknown[];
    this.problem(pointer, `expected an array, got ${describe(value)}`);
    return [];
  }

  string(obj: Json, key: string, pointer: string): string | undefined {
    const v = own(obj, key);
    const at = `${pointer}/${key}`;
    return this.refuses(at, (faults) => textProblem(v, faults)) ? undefined : (v as string);
  }

  /** An id, or a code used as one (a country): refused when it carries text the output guard would have to change. */
  id(obj: Json, key: string, pointer: string): string | undefined {
    const v = own(obj, key);
    const problem =
      typeof v === 'string' &&
      v.trim() !== '' &&
      !this.faultsAt(`${pointer}/${key}`)?.some((f) => f.keyword === 'maxLength')
        ? unsafeIdProblem(v)
        : null;
    if (problem !== null) {
      this.problem(`${pointer}/${key}`, `${describe(v)} ${problem}`);
      return undefined;
    }
    return this.string(obj, key, pointer);
  }

  /**
   * A string of a given shape (a currency code, a month): missing, empty or too
   * long is said as for any string; a wrong shape as `expected`.
   */
  shaped(obj: Json, key: string, pointer: string, expected: string): string | undefined {
    const v = own(obj, key);
    const refused = this.refuses(`${pointer}/${key}`, (faults) => {
      const text = textProblem(v, faults);
      return typeof v === 'string' && v.trim() !== '' && !faults.some((f) => f.keyword === 'maxLength')
        ? `expected ${expected}, got ${describe(v)}`
        : text;
    });
    return refused ? undefined : (v as string);
  }

  /**
   * An id naming something defined elsewhere (a stop's station): text the
   * output guard would change is told where the id is defined, and here the
   * id is only unknown.
   */
  reference(obj: Json, key: string, pointer: string): string | undefined {
    const v = own(obj, key);
    if (
      typeof v === 'string' &&
      v.trim() !== '' &&
      !this.faultsAt(`${pointer}/${key}`)?.some((f) => f.keyword === 'maxLength')
    )
      return v;
    return this.string(obj, key, pointer);
  }

  optionalString(obj: Json, key: string, pointer: string): string | undefined {
    return own(obj, key) === undefined ? undefined : this.string(obj, key, pointer);
  }

  strings(obj: Json, key: string, pointer: string): string[] {
    const v = own(obj, key);
    if (v === undefined) return [];
    const items = this.array(v, `${pointer}/${key}`);
    return items.flatMap((item, i) => {
      // Only the item's type and length: what else a list asks of its items (a weekday) is its reader's to word.
      const faults = this.faultsAt(`${pointer}/${key}/${i}`)?.filter(
        (f) => f.keyword === 'type' || f.keyword === 'maxLength',
      );
      if (!faults?.length) return [item as string];
      this.problem(`${pointer}/${key}/${i}`, textProblem(item, faults, 'a string'));
      return [];
    });
  }

  oneOf<T extends string>(obj: Json, key: string, pointer: string, fallback?: T): T | undefined {
    const v = own(obj, key);
    if (v === undefined && fallback !== undefined) return fallback;
    const refused = this.refuses(`${pointer}/${key}`, (faults) => {
      const choices = faults.find((f) => f.keyword === 'enum')?.parentSchema.enum as string[] | undefined;
      return v === undefined ? 'is required' : `expected one of ${choices?.join(', ')}, got ${describe(v)}`;
    });
    return refused ? undefined : (v as T);
  }

  date(obj: Json, key: string, pointer: string): EpochDay | undefined {
    const v = own(obj, key);
    if (v === undefined) {
      this.refuses(`${pointer}/${key}`, () => 'is required');
      return undefined;
    }
    return this.dateValue(v, `${pointer}/${key}`);
  }

  /** A date value; "2026-02-30" (well-formed, so no structural fault) is told apart from a malformed date. */
  dateValue(v: unknown, pointer: string): EpochDay | undefined {
    if (this.refuses(pointer, () => `expected a date YYYY-MM-DD, got ${describe(v)}`)) return undefined;
    const day = parseIsoDate(v as string);
    if (day === undefined) this.problem(pointer, `no such date ${describe(v)}`);
    return day;
  }

  dates(obj: Json, key: string, pointer: string): { day: EpochDay; index: number }[] {
    const v = own(obj, key);
    if (v === undefined) return [];
    return this.array(v, `${pointer}/${key}`).flatMap((item, index) => {
      const day = this.dateValue(item, `${pointer}/${key}/${index}`);
      return day === undefined ? [] : [{ day, index }];
    });
  }

  time(obj: Json, key: string, pointer: string): number | undefined {
    const v = own(obj, key);
    return this.refuses(`${pointer}/${key}`, () => `expected a time HH:MM from 00:00 to 23:59, got ${describe(v)}`)
      ? undefined
      : parseClock(v as string);
  }

  zone(obj: Json, key: string, pointer: string): string | undefined {
    const name = own(obj, key);
    const at = `${pointer}/${key}`;
    // A name of the wrong shape is no zone ICU knows either: said as an unknown zone, as for a well-shaped one.
    const shape =
      typeof name === 'string' && name.trim() !== '' && this.faultsAt(at)?.every((f) => f.keyword === 'pattern');
    if (!shape && this.string(obj, key, pointer) === undefined) return undefined;
    const problem = zoneProblem(name as string);
    if (problem === null) return name as string;
    this.problem(at, problem);
    return undefined;
  }

  integer(obj: Json, key: string, pointer: string): number | undefined {
    const v = own(obj, key);
    const refused = this.refuses(`${pointer}/${key}`, (faults) => {
      const { minimum, maximum } = faults.find((f) => f.keyword !== 'required')?.parentSchema ?? {};
      return v === undefined
        ? 'is required'
        : `expected a whole number from ${minimum} to ${maximum}, got ${describe(v)}`;
    });
    return refused ? undefined : (v as number);
  }

  /**
   * Flags every key the format does not know: a typo ("weekday") would otherwise be silently ignored.
   * The field closest to it that the object lacks ("timeZone" for "timezone") is the problem's suggestion,
   * asked in the output's language; one it has is no suggestion ("weekday" beside "weekdays" is a stray).
   */
  unknownKeys(
    obj: Json,
    pointer: string,
    wording: (key: string) => string = (key) => `unknown field ${describe(key)}`,
  ): void {
    for (const key of Object.keys(obj)) {
      const at = `${pointer}/${escapePointer(key)}`;
      const fault = this.faultsAt(at)?.find((f) => f.keyword === 'additionalProperties');
      if (!fault) continue;
      const missing = fieldsOf(fault).filter((field) => !Object.hasOwn(obj, field));
      this.problem(at, wording(key), 'error', closestOf(key, missing));
    }
  }
}

/** The fields the object's schema names, which an unknown one may be a misspelling of. */
function fieldsOf(fault: Fault): string[] {
  const properties = fault.parentSchema.properties;
  return typeof properties === 'object' && properties !== null ? Object.keys(properties) : [];
}

/** Why a text value is at fault: missing, not a (non-empty) string, or too long. */
function textProblem(v: unknown, faults: readonly Fault[], expected = 'a non-empty string'): string {
  if (v === undefined) return 'is required';
  const tooLong = faults.find((f) => f.keyword === 'maxLength');
  // Empty text is told as empty, however long: only text that is there can be too long.
  const there = typeof v === 'string' && (expected === 'a string' || v.trim() !== '');
  return there && tooLong
    ? `is ${v.length} characters long; at most ${tooLong.params.limit} are allowed`
    : `expected ${expected}, got ${describe(v)}`;
}

// Asking ICU about a zone costs far more than reading a field: a file naming
// one zone on 20,000 stations would spend seconds on it without this cache.
const zoneVerdicts = new Map<string, string | null>();

/** Why `name` is not a zone id railnext accepts, or null when it is one. */
function zoneProblem(name: string): string | null {
  let verdict = zoneVerdicts.get(name);
  if (verdict === undefined) {
    const canonical = isKnownZone(name) ? name : canonicalZoneCase(name);
    verdict =
      canonical === name
        ? null
        : canonical
          ? `time zone "${name}" is spelled "${canonical}"`
          : `unknown time zone ${describe(name)} (expected an IANA zone such as Asia/Vladivostok)`;
    zoneVerdicts.set(name, verdict);
  }
  return verdict;
}

/**
 * The value of an own property only. A document with no "constructor" key must
 * not yield Object's constructor, whatever keys the reader asks for.
 */
export function own(obj: Json, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}

/** A value as a message shows it: strings quoted and cut to 40 characters. */
export function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'object') return 'an object';
  return String(value);
}
