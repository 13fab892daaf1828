/**
 * Paragraphs fitted to a terminal's width, for the text around the tables:
 * titles, notes, footers, listings (the line-breaker is layout.ts's).
 */
import { wrapText } from './layout.js';

/** Every line of `text` wrapped to `width`, continuation lines indented by `indent`. */
export const wrapLines = (text: string, width: number, indent = ''): string => wrapText(text, width, indent).join('\n');

/** Each line wrapped to `width`, its continuation lines indented two columns deeper than the line itself. */
export function wrapIndented(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => wrapLines(line, width, '  '))
    .join('\n');
}
