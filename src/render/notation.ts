/**
 * The table's notation: offsets as "UTC+10", and the marks with what the
 * catalogue says each means (the words are in src/i18n/).
 */

/** Each mark's sign; the catalogue says what it means. */
export const MARKS = { unknown: '?', derived: '~', low: '*' } as const;

export type MarkName = keyof typeof MARKS;

/** "UTC+10", "UTC+8:30", "UTC-5", "UTC". */
export function utcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const m = abs % 60;
  return `UTC${sign}${Math.floor(abs / 60)}${m ? `:${String(m).padStart(2, '0')}` : ''}`;
}

/** The marks used, in their fixed order, with what the catalogue says each means: "? not published; ~ derived from the journey time." */
export function marksLegend(used: ReadonlySet<MarkName>, meanings: Record<MarkName, string>, legend: (parts: readonly string[]) => string): string | null {
  const parts = (Object.keys(MARKS) as MarkName[]).filter((m) => used.has(m)).map((m) => `${MARKS[m]} ${meanings[m]}`);
  return parts.length ? legend(parts) : null;
}
