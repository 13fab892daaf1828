/**
 * Durations on the command line: a number and a unit, and sums of them
 * ("90m", "2h", "1h30m", "45d", "6w"). A bare number is refused: minutes or
 * days would be a guess.
 */
import { BadDurationError } from '../errors.js';

const UNITS: Record<string, number> = { m: 1, min: 1, h: 60, d: 1440, w: 10080 };
const PART = /\s*(\d{1,6})\s*(min|m|h|d|w)/gy;

/** A duration in whole minutes; throws BadDurationError holding the text. */
export function parseDuration(text: string): number {
  const t = text.trim().toLowerCase();
  let minutes = 0;
  let at = 0;
  PART.lastIndex = 0;
  for (let m = PART.exec(t); m; m = PART.exec(t)) {
    minutes += Number(m[1]) * UNITS[m[2]!]!;
    at = PART.lastIndex;
  }
  if (t === '' || at !== t.length) throw new BadDurationError({ text, reason: 'unrecognised' });
  return minutes;
}

/** A duration in whole days ("45d", "6w"); throws BadDurationError when it is not a whole number of days. */
export function parseDays(text: string): number {
  const minutes = parseDuration(text);
  if (minutes % 1440 !== 0) throw new BadDurationError({ text, reason: 'not-whole-days' });
  return minutes / 1440;
}
