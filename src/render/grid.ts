/**
 * The departures table's box: the cells layout.ts fitted to their columns,
 * each padded to its column between vertical bars with a space either side,
 * a rule over the head, one under it and one at the bottom.
 * Each row is drawn on its own, so a table of any length streams: the head,
 * then the rows block by block, then the bottom.
 */
import { padTo } from './layout.js';

/** The characters of a box: box-drawing ones, or ASCII for a terminal that shows nothing else. */
interface Box {
  /** Left, between columns and right, for each kind of line. */
  top: [string, string, string];
  rule: [string, string, string];
  bottom: [string, string, string];
  row: [string, string, string];
  /** The horizontal line. */
  line: string;
}

const UNICODE: Box = { top: ['┌', '┬', '┐'], rule: ['├', '┼', '┤'], bottom: ['└', '┴', '┘'], row: ['│', '│', '│'], line: '─' };
const ASCII: Box = { top: ['+', '+', '+'], rule: ['+', '+', '+'], bottom: ['+', '+', '+'], row: ['|', '|', '|'], line: '-' };

/** Rows the table renderer gathers before drawing them: a block is written at once. */
export const BLOCK_ROWS = 256;

export class Grid {
  private readonly box: Box;

  /** `widths` are each column's text, without padding; `ascii` draws `+--+` borders. */
  constructor(private readonly widths: readonly number[], options: { ascii?: boolean } = {}) {
    this.box = options.ascii ? ASCII : UNICODE;
  }

  /** The top border, every line of the head (a head cell may wrap) and the rule under the head. */
  head(cells: readonly string[]): string[] {
    return [this.across(this.box.top), ...this.row(cells), this.across(this.box.rule)];
  }

  /** The bottom border. */
  bottom(): string {
    return this.across(this.box.bottom);
  }

  /** The lines of the rows, as many per row as its tallest cell has lines. */
  rows(rows: readonly (readonly string[])[]): string[] {
    return rows.flatMap((row) => this.row(row));
  }

  private row(cells: readonly string[]): string[] {
    const lines = cells.map((cell) => cell.split('\n'));
    const height = Math.max(...lines.map((l) => l.length));
    const [left, middle, right] = this.box.row;
    const out: string[] = [];
    for (let i = 0; i < height; i++) out.push(`${left} ${lines.map((l, c) => padTo(l[i] ?? '', this.widths[c]!)).join(` ${middle} `)} ${right}`);
    return out;
  }

  /** A horizontal line with the given corners and joins. */
  private across([left, middle, right]: readonly [string, string, string]): string {
    return `${left}${this.widths.map((w) => this.box.line.repeat(w + 2)).join(middle)}${right}`;
  }
}
