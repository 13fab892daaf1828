/**
 * The table's notation in plain words: offsets as "UTC+10", the marks and
 * what each means, and the zone difference behind an arrival that reads
 * earlier on the clock than its departure.
 */
import { formatDuration } from './text.js';

export const MARKS = {
  unknown: ['?', 'not published'],
  derived: ['~', 'derived from the journey time'],
  low: ['*', 'low confidence'],
} as const;

export type MarkName = keyof typeof MARKS;

/** "UTC+10", "UTC+8:30", "UTC-5", "UTC". */
export function utcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const m = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** The marks used, in their fixed order: "? not published · ~ derived from the journey time". */
export function marksLegend(used: ReadonlySet<MarkName>): string | null {
  const parts = (Object.keys(MARKS) as MarkName[]).filter((m) => used.has(m)).map((m) => `${MARKS[m][0]} ${MARKS[m][1]}`);
  return parts.length ? `${parts.join('; ')}.` : null;
}

/**
 * Each station's clock, grouped by offset in increasing order: "Local times: UTC+9 Tumangang;
 * UTC+10 Khasan." `clocks` maps a station's name to the offsets it keeps in the table.
 */
export function clocksLegend(clocks: ReadonlyMap<string, ReadonlySet<number>>): string | null {
  const byOffset = new Map<number, string[]>();
  for (const [name, offsets] of clocks) for (const offset of offsets) byOffset.set(offset, [...(byOffset.get(offset) ?? []), name]);
  if (byOffset.size === 0) return null;
  const groups = [...byOffset].sort((a, b) => a[0] - b[0]).map(([offset, names]) => `${utcOffset(offset)} ${names.join(', ')}`);
  return `Local times: ${groups.join('; ')}.`;
}

/** "Tumangang's clock is 1 h behind Khasan's." for an arrival that reads earlier than its departure. */
export function clockBehind(from: string, to: string, minutes: number): string {
  return `${to}'s clock is ${formatDuration(minutes)} behind ${from}'s.`;
}

/** "in 2 d 5 h", "in 40 min", "now". */
export function countdown(minutes: number): string {
  return minutes <= 0 ? 'now' : `in ${formatDuration(minutes)}`;
}
