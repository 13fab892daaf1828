/**
 * A table of fixed column widths drawn by cli-table3 a block of rows at a
 * time, so a table of any length streams: the top border and head, then the
 * rows block by block, then the bottom border, which join into one table.
 *
 * cli-table3 cannot draw a long table in one go: `Table#toString` overflows
 * the stack near 184,000 rows and its layout is quadratic in the rows of a
 * table. Even in blocks it spends about a millisecond per row (it merges
 * options and measures each cell several times), so each distinct row is
 * drawn once: rows that differ only in the text of their date cells (the
 * `variable` columns), printable ASCII of the same length on one line, reuse
 * the line cli-table3 drew with that text in place. A century of departures
 * has a few hundred such rows. A row whose cells were wrapped (they hold line
 * breaks) takes several lines; a date cell that was wrapped is part of the
 * key, so the reuse still holds.
 */
import Table from 'cli-table3';
import stringWidth from 'string-width';
import { NARROW } from './wrap.js';

/** Rows handed to cli-table3 at once: few enough that its layout stays linear. */
export const BLOCK_ROWS = 256;

/** cli-table3's compact style, padding 1, no colours of its own. */
const STYLE = { head: [], border: [], compact: true };

/** Border characters left empty: cli-table3 then draws no top (or bottom) line at all. */
const NO_TOP = { top: '', 'top-mid': '', 'top-left': '', 'top-right': '' };
const NO_BOTTOM = { bottom: '', 'bottom-mid': '', 'bottom-left': '', 'bottom-right': '' };

/** Borders for a terminal that shows ASCII only: `+--+`. */
const ASCII_CHARS = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+',
  bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
  left: '|', 'left-mid': '+', mid: '-', 'mid-mid': '+', right: '|', 'right-mid': '+', middle: '|',
};

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
  /** A row's key (see keyOf) → the lines cli-table3 drew for it. */
  private readonly drawn = new Map<string, string[]>();
  private readonly chars: Record<string, string>;
  /** The columns whose one-line plain text is put in place rather than drawn, and where on the line that text starts. */
  private readonly variable: { column: number; at: number }[];

  /**
   * `widths` are the widest cell of each column, head included; `ascii` draws `+--+` borders;
   * `variable` lists the columns that change from row to row (dates), the first by default.
   */
  constructor(widths: readonly number[], options: { ascii?: boolean; variable?: readonly number[] } = {}) {
    this.colWidths = widths.map((w) => w + 2);
    this.chars = options.ascii ? ASCII_CHARS : {};
    // A cell's text starts after the left border, the columns before it with their borders, and its padding.
    this.variable = (options.variable ?? [0]).map((column) => ({ column, at: 2 + this.colWidths.slice(0, column).reduce((a, w) => a + w + 1, 0) }));
  }

  /** The top border, the head row and the rule under it. */
  head(cells: string[]): string[] {
    const table = new Table({ head: cells, colWidths: this.colWidths, style: STYLE, chars: { ...this.chars, ...NO_BOTTOM } });
    table.push(cells.map(() => ''));
    // top, head, rule, the empty row.
    return table.toString().split('\n').slice(0, 3);
  }

  /** The bottom border. */
  bottom(): string {
    const table = new Table({ colWidths: this.colWidths, style: STYLE, chars: { ...this.chars, ...NO_TOP } });
    table.push(this.colWidths.map(() => ''));
    return table.toString().split('\n')[1]!;
  }

  /** The lines of the rows (as many per row as its tallest cell has), drawn by one cli-table3 table for the rows not drawn before. */
  rows(rows: readonly string[][]): string[] {
    const missing = new Map<string, string[]>();
    for (const row of rows) {
      const key = this.keyOf(row);
      if (!this.drawn.has(key)) missing.set(key, row);
    }
    if (missing.size) {
      // Forget the rows drawn before, but not those of this block, which are about to be used.
      if (this.drawn.size + missing.size > MAX_DRAWN) {
        const used = new Set(rows.map((row) => this.keyOf(row)));
        for (const key of [...this.drawn.keys()]) if (!used.has(key)) this.drawn.delete(key);
      }
      const table = new Table({ colWidths: this.colWidths, style: STYLE, chars: { ...this.chars, ...NO_TOP, ...NO_BOTTOM } });
      for (const row of missing.values()) table.push(row);
      const lines = table.toString().split('\n');
      let i = 0;
      for (const [key, row] of missing) {
        const height = Math.max(...row.map((cell) => cell.split('\n').length));
        this.drawn.set(key, lines.slice(i, i + height));
        i += height;
      }
    }
    return rows.flatMap((row) => {
      let [line, ...more] = this.drawn.get(this.keyOf(row))!;
      // The line was drawn with other date cells of the same plain length: put these in their place.
      for (const { column, at } of this.variable) if (this.inPlace(row, column)) line = `${line!.slice(0, at)}${row[column]!}${line!.slice(at + row[column]!.length)}`;
      return [line!, ...more];
    });
  }

  /** Rows that cli-table3 draws alike up to the text of their variable cells share a key. */
  private keyOf(row: readonly string[]): string {
    const key = [...row];
    for (const { column } of this.variable) {
      const text = row[column] ?? '';
      key[column] = this.inPlace(row, column) ? `${text.length}` : `=${text}`;
    }
    return key.join('\u0000');
  }

  /**
   * Whether a cell's text can be put in place on the first line of its row: it is plain and on one line,
   * and so is the first line of every cell before it, so that characters there are columns on the terminal.
   */
  private inPlace(row: readonly string[], column: number): boolean {
    if (!PLAIN.test(row[column] ?? '')) return false;
    for (let c = 0; c < column; c++) if (!NARROW.test((row[c] ?? '').split('\n', 1)[0]!)) return false;
    return true;
  }
}
