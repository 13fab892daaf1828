/**
 * Names as railnext compares them: folded for matching, and every name a
 * station answers to. Both the query matcher and the coverage answer use them.
 */
import type { Catalog, Station } from './model.js';

/** Folds a name for comparison: "P'yŏngyang" → "pyongyang", "Kani-Kurgan" → "kanikurgan", "Хасан" → "хасан". */
export function normalizeName(text: string): string {
  // ASCII is its own NFKD and NFC and has no marks; its letters and digits are A-Z, a-z and 0-9.
  if (ASCII.test(text)) return text.toLowerCase().replace(/[^a-z0-9]/g, '');
  return foldedKeys.get(text) ?? fold(text);
}

const ASCII = /^[\x00-\x7f]*$/;

/**
 * The fold through Unicode's tables. The first use of these patterns builds their character classes from ICU's
 * property tables, a few milliseconds of a start: so the bundled schedules' names come folded with the build
 * (input/catalog-snapshot.ts keeps them), and a lookup of the bundled stations folds only what the user typed.
 */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Names folded before, by the build: the same keys fold() gives. */
const foldedKeys = new Map<string, string>();

/** Takes `keys` (a name's key by the name, as foldedNames gives them) as folded, so normalizeName needs no fold for them. */
export function rememberFolded(keys: Readonly<Record<string, string>>): void {
  for (const [name, key] of Object.entries(keys)) if (typeof key === 'string') foldedKeys.set(name, key);
}

/** Every name in `catalog` a query is matched against (match.ts) that is not ASCII, with its key. */
export function foldedNames(catalog: Catalog): Record<string, string> {
  const names: string[] = catalog.stations.flatMap(stationNames);
  for (const route of catalog.routes) names.push(route.id, route.name);
  for (const service of catalog.services) {
    names.push(service.id, service.name);
    if (service.number) names.push(service.number);
    for (const stop of service.stops) if (stop.number) names.push(stop.number);
  }
  const keys: Record<string, string> = {};
  for (const name of names) if (!ASCII.test(name)) keys[name] = fold(name);
  return keys;
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
