/**
 * Text fitted to a terminal's width: words wrapped on spaces, measured in
 * terminal columns (string-width: a CJK character takes two, escape codes none).
 */
import stringWidth from 'string-width';

/** One column per character, as string-width counts them: ASCII, Latin letters, general punctuation (–, ·) and arrows (→, ⇄). */
export const NARROW = /^[\u0020-\u007e\u00a0-\u02ff\u2010-\u2027\u2190-\u21ff]*$/;

/** The width `text` takes on a terminal. */
export const displayWidth = (text: string): number => stringWidth(text);

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
 * `text` as lines of at most `width` columns, broken at spaces; a word wider
 * than the line is cut. Continuation lines start with `indent`. Line breaks
 * in `text` are kept.
 */
export function wrapText(text: string, width: number, indent = ''): string[] {
  // Most lines are short and one column a character: no measuring for them (a century of rows goes through here).
  if (text.length <= width && NARROW.test(text)) return [text];
  return text.split('\n').flatMap((paragraph) => wrapParagraph(paragraph, width, indent));
}

function wrapParagraph(paragraph: string, width: number, indent: string): string[] {
  if (displayWidth(paragraph) <= width) return [paragraph];
  // A paragraph's own indent stays, and its continuation lines go that much deeper too.
  const lead = /^ */.exec(paragraph)![0];
  if (lead) return wrapParagraph(paragraph.slice(lead.length), width - lead.length, indent).map((line) => lead + line);
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
  for (const [gapText, word] of pieces(paragraph)) {
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

/** A Han character or kana: Chinese and Japanese text may break before and after one. */
const IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
/** Punctuation a line may not start with (closing marks, commas, stops) and may not end with (opening marks). */
const NO_BREAK_BEFORE = /[)\]}>,.;:!?%、。，．；：！？）］｝」』】〕》〉・ー…]/u;
const NO_BREAK_AFTER = /[([{<（［｛「『【〔《〈]/u;

/**
 * The pieces a paragraph may break between, each with the spaces before it:
 * words (a number with a short word after it), and within a run of Han or kana
 * each character, a closing mark kept with the character before it and an
 * opening mark with the one after.
 */
function pieces(paragraph: string): [gap: string, piece: string][] {
  const out: [string, string][] = [];
  // A number keeps a short word after it on its line, its unit or month: "10 h", "27 мин", "20 Jan".
  const push = (gap: string, piece: string) => {
    const last = out[out.length - 1];
    if (last && gap === ' ' && /^\d+$/.test(last[1]) && /^\p{L}{1,4}[.,;]?$/u.test(piece)) last[1] += gap + piece;
    else out.push([gap, piece]);
  };
  for (const [, gapText, word] of paragraph.matchAll(/( *)([^ ]+)/g)) {
    if (!IDEOGRAPH.test(word!)) {
      push(gapText!, word!);
      continue;
    }
    let piece = '';
    let gap = gapText!;
    let previous = '';
    for (const char of word!) {
      const breaks = piece !== '' && !NO_BREAK_BEFORE.test(char) && !NO_BREAK_AFTER.test(previous) && (IDEOGRAPH.test(char) || IDEOGRAPH.test(previous) || NO_BREAK_BEFORE.test(previous));
      if (breaks) {
        push(gap, piece);
        piece = '';
        gap = '';
      }
      piece += char;
      previous = char;
    }
    push(gap, piece);
  }
  return out;
}

/** Every line of `text` wrapped to `width`, continuation lines indented by `indent`. */
export const wrapLines = (text: string, width: number, indent = ''): string => wrapText(text, width, indent).join('\n');

/** Each line wrapped to `width`, its continuation lines indented two columns deeper than the line itself. */
export function wrapIndented(text: string, width: number): string {
  return text
    .split('\n')
    .map((line) => wrapLines(line, width, '  '))
    .join('\n');
}
