/**
 * The departures table's box, drawn by cli-table3 around the cells layout.ts
 * fitted to their columns.
 *
 * cli-table3 lays out a whole table at once, in time that grows faster than
 * its rows, and a century of departures is a table of 100,000 rows. So it
 * draws the box once per table: a skeleton of one head row and one body row
 * whose cells are placeholders exactly as wide as the columns, in its own
 * characters, padding and borders. The lines it draws (top, the rule under the
 * head, bottom) are kept, and a row line is the skeleton's borders around the
 * row's cells, each padded to its column: so a table of any length streams,
 * the head, then the rows block by block, then the bottom.
 */
import Table from 'cli-table3';
import { padTo } from './layout.js';

/** cli-table3's characters with ASCII ones, for a terminal that shows nothing else. */
const ASCII_CHARS = {
  top: '-',
  'top-mid': '+',
  'top-left': '+',
  'top-right': '+',
  bottom: '-',
  'bottom-mid': '+',
  'bottom-left': '+',
  'bottom-right': '+',
  left: '|',
  'left-mid': '+',
  mid: '-',
  'mid-mid': '+',
  right: '|',
  'right-mid': '+',
  middle: '|',
};

/**
 * Rows the table renderer gathers before drawing them: a block is written at once. Few, so that a block's rows and
 * cells die young: gathered 256 at a time they outlived V8's young-generation collections, and a century's table at
 * 120 columns copied 74.6 MB of them into the old generation (Node 24, --trace-gc-nvp); 32 at a time, 12.1 MB. With
 * the cells that name a day no longer kept (CellFitter.fit), 7.0 MB; the century's peak memory piped through `cat` at
 * 120 columns went from 137 MB to 98 MB on Node 24 and from 104 MB to 80 MB on Node 20 (a week: 63 and 60 MB).
 */
export const BLOCK_ROWS = 32;

/** The placeholder of column `c`, `width` columns wide: a letter of its own, which no border or padding uses. */
const placeholder = (c: number, width: number): string => String.fromCharCode(0x41 + (c % 26)).repeat(width);

export class Grid {
  private readonly top: string;
  private readonly rule: string;
  private readonly bottomLine: string;
  /** What goes before each cell of a row line, and after the last: the left border, the separators, the right border. */
  private readonly borders: string[];

  /** Each column's text width, without padding: at least one, so that each placeholder can be found. */
  private readonly widths: readonly number[];

  /** `widths` are each column's text, without padding; `ascii` draws `+--+` borders. */
  constructor(widths: readonly number[], options: { ascii?: boolean } = {}) {
    this.widths = widths.map((w) => Math.max(1, w));
    const cells = this.widths.map((w, c) => placeholder(c, w));
    const skeleton = new Table({
      head: cells,
      colWidths: this.widths.map((w) => w + 2),
      wordWrap: false,
      style: { head: [], border: [], 'padding-left': 1, 'padding-right': 1 },
      ...(options.ascii ? { chars: ASCII_CHARS } : {}),
    });
    skeleton.push(cells);
    const [top, , rule, body, bottom] = skeleton.toString().split('\n');
    this.top = top!;
    this.rule = rule!;
    this.bottomLine = bottom!;
    this.borders = body!.split(new RegExp(cells.join('|')));
  }

  /** The top border, every line of the head (a head cell may wrap) and the rule under the head. */
  head(cells: readonly string[]): string[] {
    return [this.top, ...this.row(cells), this.rule];
  }

  /** The bottom border. */
  bottom(): string {
    return this.bottomLine;
  }

  /** The lines of the rows, as many per row as its tallest cell has lines. */
  rows(rows: readonly (readonly string[])[]): string[] {
    return rows.flatMap((row) => this.row(row));
  }

  private row(cells: readonly string[]): string[] {
    const lines = cells.map((cell) => cell.split('\n'));
    const height = Math.max(...lines.map((l) => l.length));
    const out: string[] = [];
    for (let i = 0; i < height; i++) {
      let line = this.borders[0]!;
      for (let c = 0; c < lines.length; c++) line += padTo(lines[c]![i] ?? '', this.widths[c]!) + this.borders[c + 1]!;
      out.push(line);
    }
    return out;
  }
}
