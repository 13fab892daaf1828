/**
 * A table of fixed column widths drawn by cli-table3 a block of rows at a
 * time, so a table of any length streams: the top border and head, then the
 * rows block by block, then the bottom border, which join into one table.
 *
 * cli-table3 cannot draw a long table in one go: `Table#toString` overflows
 * the stack near 184,000 rows and its layout is quadratic in the rows of a
 * table. Even in blocks it spends about a millisecond per row (it merges
 * options and measures each cell several times), so each distinct row is
 * drawn once: rows that differ only in their first cell's text, printable
 * ASCII of the same length (the date), reuse the line cli-table3 drew with
 * that text in place. A century of departures has a few hundred such rows.
 */
import Table from 'cli-table3';
import stringWidth from 'string-width';

/** Rows handed to cli-table3 at once: few enough that its layout stays linear. */
export const BLOCK_ROWS = 256;

/** cli-table3's compact style, padding 1, no colours of its own. */
const STYLE = { head: [], border: [], compact: true };

/** Border characters left empty: cli-table3 then draws no top (or bottom) line at all. */
const NO_TOP = { top: '', 'top-mid': '', 'top-left': '', 'top-right': '' };
const NO_BOTTOM = { bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '' };

// eslint-disable-next-line no-control-regex
const PLAIN = /^[\u0020-\u007e]*$/;

/** Widths of the cells that are not plain ASCII (station names, mostly): string-width is slow, and they repeat. */
const measured = new Map<string, number>();

/** The width a cell takes on a terminal, as cli-table3 measures it (string-width, escape codes ignored). */
export function cellWidth(text: string): number {
  if (PLAIN.test(text)) return text.length;
  let width = measured.get(text);
  if (width === undefined) {
    if (measured.size >= MAX_DRAWN) measured.clear();
    width = stringWidth(text);
    measured.set(text, width);
  }
  return width;
}

/** The most distinct rows kept drawn; a new query of a century needs a few hundred. */
const MAX_DRAWN = 4096;

export class Grid {
  /** cli-table3's column widths count the padding. */
  private readonly colWidths: number[];
  /** A row's key (see keyOf) → the line cli-table3 drew for it. */
  private readonly drawn = new Map<string, string>();

  /** `widths` are the widest cell of each column, head included. */
  constructor(widths: readonly number[]) {
    this.colWidths = widths.map((w) => w + 2);
  }

  /** The top border, the head row and the rule under it. */
  head(cells: string[]): string[] {
    const table = new Table({ head: cells, colWidths: this.colWidths, style: STYLE, chars: NO_BOTTOM });
    table.push(cells.map(() => ''));
    // top, head, rule, the empty row.
    return table.toString().split('\n').slice(0, 3);
  }

  /** The bottom border. */
  bottom(): string {
    const table = new Table({ colWidths: this.colWidths, style: STYLE, chars: NO_TOP });
    table.push(this.colWidths.map(() => ''));
    return table.toString().split('\n')[1]!;
  }

  /** One line per row (cells without line breaks), drawn by one cli-table3 table for the rows not drawn before. */
  rows(rows: readonly string[][]): string[] {
    const missing = new Map<string, string[]>();
    for (const row of rows) {
      const key = keyOf(row);
      if (!this.drawn.has(key)) missing.set(key, row);
    }
    if (missing.size) {
      if (this.drawn.size + missing.size > MAX_DRAWN) this.drawn.clear();
      const table = new Table({ colWidths: this.colWidths, style: STYLE, chars: { ...NO_TOP, ...NO_BOTTOM } });
      for (const row of missing.values()) table.push(row);
      const lines = table.toString().split('\n');
      let i = 0;
      for (const key of missing.keys()) this.drawn.set(key, lines[i++]!);
    }
    return rows.map((row) => {
      const line = this.drawn.get(keyOf(row))!;
      const first = row[0]!;
      // The line was drawn with another first cell of the same plain length: put this one in its place, after "│ ".
      return PLAIN.test(first) ? `${line.slice(0, 2)}${first}${line.slice(2 + first.length)}` : line;
    });
  }
}

/** Rows that cli-table3 draws alike up to their first cell's text share a key. */
function keyOf(row: readonly string[]): string {
  const first = row[0] ?? '';
  return `${PLAIN.test(first) ? `${first.length}` : `=${first}`}\u0000${row.slice(1).join('\u0000')}`;
}
