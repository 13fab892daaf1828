/**
 * The layout engine of every text table railnext prints (the departures
 * table, the journeys' aligned legs, the routes and stations listings, the
 * month grids) and of the help: the one measure of a string on a terminal,
 * the one line-breaker, and the fitting of columns to a width. grid.ts draws
 * the departures table's borders around what this lays out.
 *
 * Widths are terminal columns as string-width counts them: a CJK character
 * takes two, escape codes none.
 */
import stringWidth from 'string-width';

/**
 * One column per character, as string-width counts them: ASCII, Latin and
 * Cyrillic letters, general punctuation (–, ·) and arrows (→, ⇄). Such text
 * is never measured: string-width's first call compiles a large emoji
 * pattern, a few milliseconds of a start.
 */
export const NARROW = /^[\u0020-\u007e\u00a0-\u02ff\u0400-\u04ff\u2010-\u2027\u2190-\u21ff]*$/;

/** The most widths kept: names and cells repeat from row to row, and string-width is slow. */
const MAX_KEPT = 4096;
const measured = new Map<string, number>();

/** The columns `text` takes on a terminal (its widest line is not asked: a line break counts as nothing). */
export function displayWidth(text: string): number {
  if (NARROW.test(text)) return text.length;
  let width = measured.get(text);
  if (width === undefined) {
    if (measured.size >= MAX_KEPT) measured.clear();
    width = stringWidth(text);
    measured.set(text, width);
  }
  return width;
}

/** Cuts a word wider than `width` into pieces that fit (a URL, a long name in a narrow column). */
function cutWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const char of word) {
    if (piece && displayWidth(piece + char) > width) {
      pieces.push(piece);
      piece = '';
    }
    piece += char;
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/**
 * `text` as lines of at most `width` columns, broken between its pieces
 * (see `pieces`); a piece wider than the line is cut. Continuation lines
 * start with `indent`. Line breaks in `text` are kept. `names` (the stations'
 * names in the language) are never broken inside when they fit on a line.
 */
export function wrapText(text: string, width: number, indent = '', names: readonly string[] = []): string[] {
  // Most lines are short and one column a character: no measuring for them (a century of rows goes through here).
  if (text.length <= width && NARROW.test(text)) return [text];
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, width, indent, names));
}

function wrapParagraph(paragraph: string, width: number, indent: string, names: readonly string[]): string[] {
  if (displayWidth(paragraph) <= width) return [paragraph];
  // A paragraph's own indent stays, and its continuation lines go that much deeper too.
  const lead = /^ */.exec(paragraph)![0];
  if (lead)
    return wrapParagraph(paragraph.slice(lead.length), width - lead.length, indent, names).map((line) => lead + line);
  const lines: string[] = [];
  const indentWidth = displayWidth(indent);
  let line = '';
  let lineWidth = 0;
  // The room on the line being filled: the first line has all of it, the others lose the indent.
  const room = () => Math.max(1, lines.length === 0 ? width : width - indentWidth);
  const flush = () => {
    lines.push(lines.length === 0 ? line : indent + line);
    line = '';
    lineWidth = 0;
  };
  // Words with the spaces before them, kept as written within a line ("Khasan → Tumangang  train 645");
  // Chinese and Japanese, written without spaces, also break between characters.
  for (const [gapText, word] of pieces(paragraph, names)) {
    const w = displayWidth(word);
    const gap = line === '' ? '' : gapText;
    if (lineWidth + gap.length + w <= room()) {
      line += gap + word;
      lineWidth += gap.length + w;
      continue;
    }
    if (line !== '') flush();
    for (const piece of w > room() ? cutWord(word, Math.max(1, width - indentWidth)) : [word]) {
      if (line !== '') flush();
      line = piece;
      lineWidth = displayWidth(piece);
    }
  }
  if (line !== '' || lines.length === 0) flush();
  return lines;
}

/**
 * Whether `text` holds a Han character or kana: Chinese and Japanese text may break before and after one. V8
 * builds a class of Unicode scripts from ICU's tables when such a pattern is created, about 0.8 ms of a start on
 * Node 20, so it is made only for a text with a character from U+2E80 on, where the first of these scripts
 * begins (CJK radicals): English, Russian and Korean text never needs it.
 */
const FROM_CJK_RADICALS = /[\u2e80-\uffff]/;
let ideograph: RegExp | undefined;
const hasIdeograph = (text: string): boolean =>
  FROM_CJK_RADICALS.test(text) && (ideograph ??= /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u).test(text);

/** Whether `text` holds Chinese or Japanese, which breaks between characters rather than only at spaces. */
export const breaksBetweenCharacters = hasIdeograph;
/** Punctuation a line may not start with (closing marks, commas, stops) and may not end with (opening marks). */
const NO_BREAK_BEFORE = /[)\]}>,.;:!?%、。，．；：！？）］｝」』】〕》〉・ー…]/u;
const NO_BREAK_AFTER = /[([{<（［｛「『【〔《〈]/u;

/** Chinese a line never breaks inside: a number and its unit ("29日", "2026年"), 周 and its weekday ("周日"). */
const KEPT_TOGETHER = (previous: string, char: string): boolean =>
  (/\d/.test(previous) && hasIdeograph(char)) || (previous === '周' && /[一二三四五六日]/u.test(char));

/** The names written in Han or kana, longest first, as one pattern (made once for each list of names). */
const namePatterns = new WeakMap<readonly string[], RegExp | null>();

function namePattern(names: readonly string[]): RegExp | null {
  let pattern = namePatterns.get(names);
  if (pattern === undefined) {
    const han = [...new Set(names.filter((n) => hasIdeograph(n)))].sort((a, b) => b.length - a.length);
    pattern = han.length ? new RegExp(han.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu') : null;
    namePatterns.set(names, pattern);
  }
  return pattern;
}

/** The offsets inside `word` that fall within one of the names `pattern` matches: no break there. */
function insideNames(word: string, pattern: RegExp | null): Set<number> {
  const inside = new Set<number>();
  if (pattern)
    for (const match of word.matchAll(pattern)) for (let i = 1; i < match[0].length; i++) inside.add(match.index + i);
  return inside;
}

/**
 * The pieces a paragraph may break between, each with the spaces before it,
 * and the one notion of what never breaks, which the line-breaker and the
 * column fitter (`widestWord`) share: words (a number with a short word after
 * it), and within a run of Han or kana each character, a closing mark kept
 * with the character before it and an opening mark with the one after, a
 * number with its unit and a weekday whole ("11月|29日|周日"), and each of
 * `names` (a station's name: 北京, not 北 and 京) whole.
 */
function pieces(paragraph: string, names: readonly string[] = []): [gap: string, piece: string][] {
  const out: [string, string][] = [];
  // A number keeps a short word after it on its line, its unit or month: "10 h", "27 мин", "20 Jan".
  const push = (gap: string, piece: string) => {
    const last = out[out.length - 1];
    if (last && gap === ' ' && /^\d+$/.test(last[1]) && /^\p{L}{1,4}[.,;]?$/u.test(piece)) last[1] += gap + piece;
    else out.push([gap, piece]);
  };
  for (const [, gapText, word] of paragraph.matchAll(/( *)([^ ]+)/g)) {
    if (!hasIdeograph(word!)) {
      push(gapText!, word!);
      continue;
    }
    let piece = '';
    let gap = gapText!;
    let previous = '';
    let at = 0;
    const inside = insideNames(word!, namePattern(names));
    for (const char of word!) {
      const breaks =
        piece !== '' &&
        !inside.has(at) &&
        !KEPT_TOGETHER(previous, char) &&
        !NO_BREAK_BEFORE.test(char) &&
        !NO_BREAK_AFTER.test(previous) &&
        (hasIdeograph(char) || hasIdeograph(previous) || NO_BREAK_BEFORE.test(previous));
      if (breaks) {
        push(gap, piece);
        piece = '';
        gap = '';
      }
      piece += char;
      previous = char;
      at += char.length;
    }
    push(gap, piece);
  }
  return out;
}

/** The widest piece of a cell the line-breaker never breaks (see `pieces`): no column is narrowed below it. */
export function widestWord(text: string, names: readonly string[] = []): number {
  let widest = 0;
  for (const paragraph of text.split('\n'))
    for (const [, piece] of pieces(paragraph, names)) widest = Math.max(widest, displayWidth(piece));
  return widest;
}

/** The width the wordy columns (stations, service) keep while a shorter column can still give way. */
const SOFT_FLOOR = 14;

/**
 * Column widths that fit `room` columns of text: the `first` columns (the
 * wordy ones) give way before the others, the widest first, none below its
 * widest word. Null when even that does not fit.
 */
export function fitColumns(
  widths: readonly number[],
  words: readonly number[],
  room: number,
  first: readonly number[] = [],
): number[] | null {
  const fitted = [...widths];
  let excess = fitted.reduce((a, b) => a + b, 0) - room;
  const all = fitted.map((_, c) => c);
  // The wordy columns keep SOFT_FLOOR columns until the short ones have wrapped too: a name in five lines reads worse than a time in two.
  const stages: [readonly number[], number][] = [
    [first, SOFT_FLOOR],
    [all, 0],
  ];
  for (const [columns, floor] of stages) {
    while (excess > 0) {
      let widest = -1;
      for (const c of columns)
        if (fitted[c]! > Math.max(words[c]!, floor) && (widest < 0 || fitted[c]! > fitted[widest]!)) widest = c;
      if (widest < 0) break;
      fitted[widest]!--;
      excess--;
    }
  }
  return excess > 0 ? null : fitted;
}

/** The most wrapped cells kept per column: a cell repeats from row to row (the same station pair, the same train). */
const MAX_WRAPPED = 4096;

/**
 * Cells broken into lines that fit their column's width, each cell a string
 * with its lines joined by "\n"; each distinct cell is broken once.
 */
export class CellFitter {
  private readonly wrapped: Map<string, string>[];

  constructor(
    private readonly widths: readonly number[],
    private readonly names: readonly string[] = [],
  ) {
    this.wrapped = widths.map(() => new Map());
  }

  /** `once`: the columns whose cells here come only once (they name a day), broken without being kept. */
  fit(cells: readonly string[], once?: ReadonlySet<number>): string[] {
    return cells.map((cell, c) => {
      const width = this.widths[c]!;
      if (displayWidth(cell) <= width) return cell;
      if (once?.has(c)) return wrapText(cell, width, '', this.names).join('\n');
      const kept = this.wrapped[c]!;
      let text = kept.get(cell);
      if (text === undefined) {
        if (kept.size > MAX_WRAPPED) kept.clear();
        text = wrapText(cell, width, '', this.names).join('\n');
        kept.set(cell, text);
      }
      return text;
    });
  }
}

/** `text` padded with spaces to `width` columns. */
export const padTo = (text: string, width: number): string =>
  text + ' '.repeat(Math.max(0, width - displayWidth(text)));

/** Rows of cells as lines, each cell padded to the widest of its column, `gap` between them, no trailing spaces. */
export function alignColumns(rows: readonly (readonly string[])[], gap = '  '): string[] {
  const widths: number[] = [];
  for (const row of rows)
    for (const [i, cell] of row.entries()) widths[i] = Math.max(widths[i] ?? 0, displayWidth(cell));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : padTo(cell, widths[i]!)))
      .join(gap)
      .trimEnd(),
  );
}
