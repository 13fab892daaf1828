/**
 * Parsers for command-line values. Each returns the typed value or throws a
 * typed error (src/errors.ts) holding the bad value; which option it came
 * from is the CLI's to say.
 */
import { parseIsoDate, WEEKDAY_NAMES, WEEKDAY_WORDS } from '../domain/days.js';
import type { DaySpec } from '../domain/window.js';
import { distance } from '../domain/match.js';
import { parseMonth } from './month.js';
import { canonicalZoneCase, isKnownZone } from '../domain/zones.js';
import { BadCountError, BadDateError, BadInstantError, UnknownZoneError } from '../errors.js';

const WEEKDAYS = new Map<string, number>();
for (const [i, n] of WEEKDAY_NAMES.entries()) WEEKDAYS.set(n, i + 1);
for (const [i, w] of WEEKDAY_WORDS.entries()) WEEKDAYS.set(w.toLowerCase(), i + 1);

/** A day: YYYY-MM-DD, today, tomorrow, a weekday name (the next one, today included), +N days from today, or a month YYYY-MM. */
export function parseDay(text: string): DaySpec {
  const t = text.trim().toLowerCase();
  if (t === 'today') return { kind: 'relative', days: 0, text };
  if (t === 'tomorrow') return { kind: 'relative', days: 1, text };
  const weekday = WEEKDAYS.get(t);
  if (weekday !== undefined) return { kind: 'weekday', weekday, text };
  if (/^\+\d{1,6}$/.test(t)) return { kind: 'relative', days: Number(t.slice(1)), text };
  const day = parseIsoDate(t);
  if (day !== undefined) return { kind: 'date', day, text };
  const month = parseMonth(t);
  if (month !== undefined) return { kind: 'month', ...month, text };
  throw new BadDateError({ text, reason: /^\d{4}-\d{2}(-\d{2})?$/.test(t) ? 'no-such-date' : 'unrecognised' });
}

/** A whole number from `min` to `max`. */
export function parseCount(text: string, min = 1, max = Number.MAX_SAFE_INTEGER): number {
  if (!/^\d+$/.test(text.trim()) || Number(text) < min || Number(text) > max)
    throw new BadCountError({ text, min, max });
  return Number(text);
}

const INSTANT = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})$/i;

/** An ISO 8601 instant with its UTC offset ("2026-12-01T09:00:00+10:00" or "…Z"), as UTC milliseconds. */
export function parseInstant(text: string): number {
  const m = INSTANT.exec(text.trim());
  const valid =
    m && parseIsoDate(m[1]!) !== undefined && Number(m[2]) < 24 && Number(m[3]) < 60 && Number(m[4] ?? 0) < 60;
  const ms = valid ? Date.parse(text.trim()) : Number.NaN;
  if (Number.isNaN(ms)) throw new BadInstantError({ text });
  return ms;
}

/** An IANA zone id in any case ("utc", "europe/moscow"), or "local" for this machine's zone. */
export function parseZone(text: string): string {
  if (text === 'local') return new Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (isKnownZone(text)) return text;
  const canonical = canonicalZoneCase(text);
  if (canonical !== undefined) return canonical;
  throw new UnknownZoneError({ text, suggestion: nearestZone(text) ?? null });
}

/** The zone id closest to a misspelt one ("Asia/Pyongyng" → "Asia/Pyongyang"), if one is close. */
function nearestZone(text: string): string | undefined {
  const typed = text.toLowerCase();
  let best: { zone: string; d: number } | undefined;
  for (const zone of Intl.supportedValuesOf('timeZone')) {
    // The distance is at least the difference in length: a long text is not compared at all.
    if (Math.abs(zone.length - typed.length) > 2) continue;
    const d = distance(typed, zone.toLowerCase());
    if (d <= 2 && (!best || d < best.d)) best = { zone, d };
  }
  return best?.zone;
}
