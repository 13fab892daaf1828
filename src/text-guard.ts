/**
 * The one text guard: what every output a terminal, a spreadsheet or a line
 * reader sees does with text from the schedules (names, notes, ids in
 * messages). A schedule file is text anyone can write; the guard makes sure
 * it cannot act on the reader.
 *
 * - Characters that act instead of showing: C0 controls (ESC starts terminal
 *   sequences, NUL, BEL), DEL, the C1 controls, the bidi formatting characters
 *   (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069: they reverse the
 *   text around them), and U+2028 and U+2029, which many readers (Python's
 *   `splitlines()`, log tools, JavaScript before ES2019) take as line breaks.
 *   Text formats show them as visible escapes (`\u{1b}`); JSON writes them as
 *   `\u` escapes, so a JSON reader gets the exact string back.
 * - A cell that starts like a spreadsheet formula (`=`, `+`, `-`, `@`, tab,
 *   carriage return: OWASP's CSV-injection list) gets a leading `'` in files a
 *   spreadsheet opens (CSV, GTFS).
 *
 * Ids are refused by `railnext validate` when they carry such text
 * (input/reader.ts reads them through `unsafeIdProblem`), so every format may
 * write an id as it is.
 */

/** The characters beyond C0 that the guard escapes: DEL, C1, bidi formatting, line and paragraph separators. */
const BEYOND_C0 = '\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069';

/** Every character the guard escapes (line breaks among the C0 controls). */
const UNSAFE = new RegExp(`[\\u0000-\\u001f${BEYOND_C0}]`, 'g');

/** The same, for a search: not global, so it keeps no position between calls (every id is read through it). */
const UNSAFE_ONE = new RegExp(UNSAFE.source);

/** Beyond C0, which JSON.stringify escapes itself. */
const UNSAFE_IN_JSON = new RegExp(`[${BEYOND_C0}]`, 'g');

/** The characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Text for a terminal or a text file: every unsafe character as a visible escape (`\u{1b}`). */
export function safe(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** `safe` line by line: line breaks (LF, CRLF or a lone CR) stay, as LF. */
export function safeLines(text: string): string {
  return text
    .split(/\r\n?|\n/)
    .map(safe)
    .join('\n');
}

/**
 * JSON text with the unsafe characters beyond C0 written as `\u` escapes.
 * Outside strings JSON text is ASCII, so only strings change, and a JSON
 * reader reads the same value back.
 */
export function jsonSafe(text: string): string {
  return text.replace(UNSAFE_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The first character the guard would escape, or undefined when there is none. */
export const firstUnsafe = (text: string): string | undefined => UNSAFE_ONE.exec(text)?.[0];

/** Whether text would start a formula in a spreadsheet cell. */
export const startsFormula = (text: string): boolean => FORMULA_START.test(text);

/**
 * A cell of schedule text for a file a spreadsheet opens: already made safe
 * (`safe` or `safeLines`), then given a leading `'` when it would start a
 * formula, unless `raw`.
 */
export function spreadsheetCell(safeText: string, raw = false): string {
  return !raw && startsFormula(safeText) ? `'${safeText}` : safeText;
}

/**
 * Why an id cannot be written raw into every format, or null when it can:
 * ids are keys (GTFS joins its files on them), so they are refused rather
 * than changed.
 */
export function unsafeIdProblem(id: string): string | null {
  const bad = firstUnsafe(id);
  if (bad !== undefined)
    return `holds the character U+${bad.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}, which a terminal or a reader acts on; an id is written as it is into every format`;
  if (startsFormula(id))
    return `starts with "${id[0] === '\t' ? '\\t' : id[0] === '\r' ? '\\r' : id[0]}", which a spreadsheet reads as a formula; an id is written as it is into CSV and GTFS`;
  return null;
}
