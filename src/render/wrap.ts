/**
 * Paragraphs fitted to a terminal's width, for the text around the tables:
 * titles, notes, footers, listings (the line-breaker is layout.ts's).
 */
import { wrapText } from './layout.js';

/** Every line of `text` wrapped to `width`, continuation lines indented by `indent`; `names` are never broken inside. */
export const wrapLines = (text: string, width: number, indent = '', names: readonly string[] = []): string =>
  wrapText(text, width, indent, names).join('\n');

/** Each line wrapped to `width`, its continuation lines indented two columns deeper than the line itself. */
export function wrapIndented(text: string, width: number, names: readonly string[] = []): string {
  return text
    .split('\n')
    .map((line) => wrapLines(line, width, '  ', names))
    .join('\n');
}
