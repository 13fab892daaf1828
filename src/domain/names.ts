/**
 * Names as railnext compares them: folded for matching, and every name a
 * station answers to. Both the query matcher and the coverage answer use them.
 */
import type { Station } from './model.js';

/** Folds a name for comparison: "P'yŏngyang" → "pyongyang", "Kani-Kurgan" → "kanikurgan", "Хасан" → "хасан". */
export function normalizeName(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** A station's name without its parenthesised part: "Rajin (Rason)" → "Rajin". */
export function bareName(station: Station): string {
  return station.name.replace(/\s*\(.*\)\s*$/, '');
}

/** Every name a station answers to, including its name without a parenthesised part. */
export function stationNames(station: Station): string[] {
  const names = [station.id, station.name, ...station.aliases];
  if (station.city) names.push(station.city);
  const bare = bareName(station);
  if (bare !== station.name) names.push(bare);
  return names;
}
