/**
 * Output for a terminal that shows ASCII only (LANG=C, --ascii): arrows and
 * punctuation spelled in ASCII, accents dropped, and any other character
 * shown as "?", except in the names the user typed, which their terminal
 * evidently shows.
 */

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

/** `text` in ASCII, but for the non-ASCII strings of `keep` (the names as typed). */
export function toAscii(text: string, keep: readonly string[] = []): string {
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
): Generator<string | Uint8Array> {
  for (const chunk of chunks)
    yield typeof chunk === 'string'
      ? toAscii(chunk, keep)
      : Buffer.from(toAscii(Buffer.from(chunk).toString('utf8'), keep));
}
