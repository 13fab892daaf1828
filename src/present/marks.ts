/**
 * The one table of marks: which a time carries and the sign each is shown
 * as; the catalogues (src/i18n/) say what each means.
 */
import type { ResolvedEvent } from '../domain/expand.js';

/** Each mark's sign, in the order the marks and their legend are shown. */
export const MARKS = { unknown: '?', derived: '~', low: '*' } as const;

export type MarkName = keyof typeof MARKS;

const ORDER = Object.keys(MARKS) as MarkName[];

/**
 * The marks of one end of a departure: ? when its time is not published, ~
 * when it is derived from the journey time, * when a dated time is of low
 * confidence (its note then says why).
 */
export function marksOf(event: ResolvedEvent): MarkName[] {
  const marks: MarkName[] = [];
  if (event.instant === null) marks.push('unknown');
  if (event.derived) marks.push('derived');
  if (event.confidence === 'low' && !event.derived && event.epochDay !== null) marks.push('low');
  return marks;
}

/** "~*": the signs of `marks`, in the table's order. */
export const signsOf = (marks: readonly MarkName[]): string =>
  ORDER.filter((m) => marks.includes(m))
    .map((m) => MARKS[m])
    .join('');

/** "? not published", "~ derived from the journey time": each mark used, in order, with what the catalogue says it means. */
export function marksMeant(used: ReadonlySet<MarkName>, meanings: Record<MarkName, string>): string[] {
  return ORDER.filter((m) => used.has(m)).map((m) => `${MARKS[m]} ${meanings[m]}`);
}
