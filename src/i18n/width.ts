/**
 * Columns a string takes in a terminal: East Asian wide characters (Hangul,
 * Hanzi, full-width forms) take two, colour codes none. Enough for the help
 * and the calendar, which hold only catalogue words, dates and station names.
 */
export const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;]*m/g;

export function displayWidth(text: string): number {
  const plain = text.replace(ANSI, '');
  return plain.length + (plain.match(WIDE)?.length ?? 0);
}
