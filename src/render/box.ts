/**
 * A box-drawn table: the layout cli-table3 draws with `style.compact`, cell
 * padding 1 and its default border characters (a line under the head, none
 * between rows), for single-line cells.
 *
 * railnext drew its table with cli-table3, whose layout engine (option
 * merging, spans, word wrap, colour handling) cost a quarter of the table
 * command's start-up for a table that needs none of it. Widths still come
 * from string-width, the function cli-table3 itself measures cells with
 * (terminal escapes, wide and combining characters, emoji);
 * tests/unit/box.test.ts checks the output equals cli-table3's.
 */
import stringWidth from 'string-width';

/** Draws `head` and `rows` (strings without line breaks) as a table, lines joined by "\n", no final newline. */
export function boxTable(head: string[], rows: string[][]): string {
  // A loop, not Math.max(...cells): a century of departures is more arguments than a call can take.
  const widths = head.map((cell) => stringWidth(cell));
  for (const row of rows) {
    for (let column = 0; column < widths.length; column++) widths[column] = Math.max(widths[column]!, stringWidth(row[column] ?? ''));
  }
  const rule = (left: string, mid: string, right: string) => `${left}${widths.map((w) => '─'.repeat(w + 2)).join(mid)}${right}`;
  const line = (row: string[]) => `│${widths.map((w, column) => {
    const text = row[column] ?? '';
    return ` ${text}${' '.repeat(w - stringWidth(text))} `;
  }).join('│')}│`;
  return [rule('┌', '┬', '┐'), line(head), rule('├', '┼', '┤'), ...rows.map(line), rule('└', '┴', '┘')].join('\n');
}
