/**
 * Reading one parsed schedule document field by field. Each accessor returns
 * the typed value or records a problem at the field's JSON pointer; reading
 * goes on, so a user sees every problem of a file at once.
 */
import { parseClock, parseIsoDate, type EpochDay } from '../domain/days.js';
import { canonicalZoneCase, isKnownZone } from '../domain/zones.js';
import { unsafeIdProblem } from '../text-guard.js';
import { escapePointer, valueLines } from './json-text.js';
import { lineFor, type Problem, type Severity } from './problems.js';

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
  ) {}

  problem(pointer: string, message: string, severity: Severity = 'error', suggestion?: string): void {
    // Lines are looked up only once something is wrong: a clean load never scans the text twice.
    if (this.text !== undefined && this.lines === undefined) this.lines = valueLines(this.text);
    const line = this.lines ? lineFor(this.lines, pointer) : null;
    this.problems.push({ file: this.file, pointer, message, severity, line, ...(suggestion === undefined ? {} : { suggestion }) });
  }

  object(value: unknown, pointer: string): Json | undefined {
    if (isObject(value)) return value;
    this.problem(pointer, `expected an object, got ${describe(value)}`);
    return undefined;
  }

  array(value: unknown, pointer: string): unknown[] {
    if (Array.isArray(value)) return value;
    this.problem(pointer, `expected an array, got ${describe(value)}`);
    return [];
  }

  string(obj: Json, key: string, pointer: string, max: number = MAX_LENGTH.text): string | undefined {
    const v = own(obj, key);
    if (typeof v === 'string' && v.trim() !== '') return this.short(v, `${pointer}/${key}`, max);
    this.problem(`${pointer}/${key}`, v === undefined ? 'is required' : `expected a non-empty string, got ${describe(v)}`);
    return undefined;
  }

  /** An id, or a code used as one (a country): refused when it carries text the output guard would have to change. */
  id(obj: Json, key: string, pointer: string): string | undefined {
    const id = this.string(obj, key, pointer, MAX_LENGTH.id);
    const problem = id === undefined ? null : unsafeIdProblem(id);
    if (problem === null) return id;
    this.problem(`${pointer}/${key}`, `${describe(id)} ${problem}`);
    return undefined;
  }

  optionalString(obj: Json, key: string, pointer: string, max: number = MAX_LENGTH.text): string | undefined {
    return own(obj, key) === undefined ? undefined : this.string(obj, key, pointer, max);
  }

  strings(obj: Json, key: string, pointer: string, max: number = MAX_LENGTH.text): string[] {
    const v = own(obj, key);
    if (v === undefined) return [];
    const items = this.array(v, `${pointer}/${key}`);
    return items.flatMap((item, i) => {
      if (typeof item === 'string') {
        const text = this.short(item, `${pointer}/${key}/${i}`, max);
        return text === undefined ? [] : [text];
      }
      this.problem(`${pointer}/${key}/${i}`, `expected a string, got ${describe(item)}`);
      return [];
    });
  }

  private short(text: string, pointer: string, max: number): string | undefined {
    if (text.length <= max) return text;
    this.problem(pointer, `is ${text.length} characters long; at most ${max} are allowed`);
    return undefined;
  }

  oneOf<T extends string>(obj: Json, key: string, pointer: string, choices: readonly T[], fallback?: T): T | undefined {
    const v = own(obj, key);
    if (v === undefined && fallback !== undefined) return fallback;
    if (typeof v === 'string' && (choices as readonly string[]).includes(v)) return v as T;
    this.problem(`${pointer}/${key}`, v === undefined ? 'is required' : `expected one of ${choices.join(', ')}, got ${describe(v)}`);
    return undefined;
  }

  date(obj: Json, key: string, pointer: string): EpochDay | undefined {
    const v = own(obj, key);
    if (v === undefined) {
      this.problem(`${pointer}/${key}`, 'is required');
      return undefined;
    }
    return this.dateValue(v, `${pointer}/${key}`);
  }

  /** A date value; "2026-02-30" is told apart from a malformed date. */
  dateValue(v: unknown, pointer: string): EpochDay | undefined {
    const day = typeof v === 'string' ? parseIsoDate(v) : undefined;
    if (day !== undefined) return day;
    const wellFormed = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
    this.problem(pointer, wellFormed ? `no such date ${describe(v)}` : `expected a date YYYY-MM-DD, got ${describe(v)}`);
    return undefined;
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
    const parsed = typeof v === 'string' ? parseClock(v) : undefined;
    if (parsed === undefined) this.problem(`${pointer}/${key}`, `expected a time HH:MM from 00:00 to 23:59, got ${describe(v)}`);
    return parsed;
  }

  zone(obj: Json, key: string, pointer: string): string | undefined {
    const name = this.string(obj, key, pointer, MAX_LENGTH.id);
    if (name === undefined) return undefined;
    const problem = zoneProblem(name);
    if (problem === null) return name;
    this.problem(`${pointer}/${key}`, problem);
    return undefined;
  }

  integer(obj: Json, key: string, pointer: string, min: number, max: number): number | undefined {
    const v = own(obj, key);
    if (typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max) return v;
    this.problem(`${pointer}/${key}`, v === undefined ? 'is required' : `expected a whole number from ${min} to ${max}, got ${describe(v)}`);
    return undefined;
  }

  /** Flags every key not in `known`: a typo ("weekday") would otherwise be silently ignored. */
  unknownKeys(obj: Json, pointer: string, known: ReadonlySet<string>): void {
    for (const key of Object.keys(obj)) {
      if (!known.has(key)) this.problem(`${pointer}/${escapePointer(key)}`, `unknown field ${describe(key)}`);
    }
  }
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
      canonical === name ? null : canonical ? `time zone "${name}" is spelled "${canonical}"` : `unknown time zone ${describe(name)} (expected an IANA zone such as Asia/Vladivostok)`;
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
