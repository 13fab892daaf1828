/**
 * Output for a terminal that shows ASCII only (LANG=C, --ascii): arrows and
 * punctuation spelled in ASCII, accents dropped, and any other character
 * shown as "?", except in the names the user typed, which their terminal
 * evidently shows.
 *
 * That is English's spelling. The words of another language have no ASCII
 * spelling, and railnext speaks one in ASCII output only when the user asked
 * for both: a language named (--lang, RAILNEXT_LANG) under a locale that is
 * not UTF-8, which alone keeps English, or --ascii under a UTF-8 locale. Its
 * text is written as it is, in UTF-8, and ASCII changes only what is drawn:
 * the arrows here, the `+--+` borders in grid.ts; the marks are ASCII already.
 */
import type { Lang } from '../i18n/langs.js';

const SPELLED: Record<string, string> = {
  '→': '->',
  '←': '<-',
  '⇄': '<->',
  '↳': '->',
  '–': '-',
  '—': '-',
  '·': '-',
  '…': '...',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '«': '"',
  '»': '"',
  '≈': '~',
  '×': 'x',
  '№': 'No.',
  '\u00a0': ' ',
};

/** The arrows, which ASCII output draws in ASCII in every language. */
const ARROWS = /[→←⇄↳]/gu;

/** One piece of text without the kept names: spelled, stripped of accents, the rest as "?". */
function spell(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(
    /[^\u0000-\u007f]/gu,
    (c) =>
      SPELLED[c] ??
      (c
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/[^\u0000-\u007f]/gu, '') ||
        '?'),
  );
}

/**
 * `text` in ASCII, but for the non-ASCII strings of `keep` (the names as
 * typed); in a language other than English, only its arrows.
 */
export function toAscii(text: string, keep: readonly string[] = [], lang: Lang = 'en'): string {
  if (lang !== 'en') return text.replace(ARROWS, (c) => SPELLED[c]!);
  // eslint-disable-next-line no-control-regex
  const kept = keep.filter((k) => k !== '' && /[^\u0000-\u007f]/.test(k));
  if (kept.length === 0) return spell(text);
  const pattern = new RegExp(`(${kept.map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`, 'gu');
  return text
    .split(pattern)
    .map((piece, i) => (i % 2 === 1 ? piece : spell(piece)))
    .join('');
}

/** Every chunk of an output through toAscii. */
export function* asciiChunks(
  chunks: Iterable<string | Uint8Array>,
  keep: readonly string[],
  lang: Lang = 'en',
): Generator<string | Uint8Array> {
  for (const chunk of chunks)
    yield typeof chunk === 'string'
      ? toAscii(chunk, keep, lang)
      : Buffer.from(toAscii(Buffer.from(chunk).toString('utf8'), keep, lang));
}
