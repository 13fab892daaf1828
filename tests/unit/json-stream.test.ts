/**
 * The streamed `--json` document must be byte for byte the document
 * JSON.stringify makes of jsonLookup(): the per-leg templates are only a
 * faster way to print the same text.
 */
import { describe, expect, it } from 'vitest';
import { parseDay } from '../../src/input/args.js';
import { loadBundled } from '../../src/input/schedule-files.js';
import { lookup, type LookupOptions } from '../../src/domain/lookup.js';
import { jsonLookup, jsonLookupChunks } from '../../src/render/json.js';

const catalog = loadBundled();
const NOW = Date.parse('2026-11-22T06:00:00Z');

function options(
  query: string | undefined,
  from: string | undefined,
  until: string | undefined,
  destination?: string,
): LookupOptions {
  return {
    ...(query !== undefined ? { query } : {}),
    ...(destination !== undefined ? { destination } : {}),
    window: { ...(from ? { from: parseDay(from) } : {}), ...(until ? { until: parseDay(until) } : {}), days: 14 },
    now: NOW,
  };
}

describe('jsonLookupChunks', () => {
  it.each([
    // Two years hold every service of the 2026 network, its through cars and their first dates; `npm run bench -- --check` compares ten.
    ['every service, two years', options(undefined, '2026-01-01', '2027-12-31')],
    ['every service from now, across the Pyongyang change of 2015', options(undefined, '2015-08-01', '2015-08-31')],
    ['a station', options('khasan', '2026-12-01', '2026-12-14')],
    ['a station and a destination', options('pyongyang', '2026-01-01', '2027-12-31', 'moscow')],
    ['a route', options('pyongyang-moscow', '2026-01-01', '2026-03-31')],
    ['a window with nothing in it', options('pyongyang-moscow', '2026-01-04', '2026-01-05')],
    ['a station with no dated service', options('tumen-road-bridge', undefined, undefined)],
    ['the default window from now', options(undefined, undefined, undefined)],
  ])('prints %s exactly as JSON.stringify does', (_name, opts) => {
    const chunks = [
      ...jsonLookupChunks(lookup(catalog, opts), lookup(catalog, opts).departures(), catalog.lastChecked),
    ];
    const l = lookup(catalog, opts);
    const departures = [...l.departures()];
    const expected = `${JSON.stringify(jsonLookup(l, departures, departures.length ? undefined : l.nextAfterWindow(), catalog.lastChecked), null, 2)}\n`;
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
    // Chunks of about 64 kB: a century is written in pieces, never as one string.
    for (const chunk of chunks.slice(0, -1)) expect(chunk.length).toBeGreaterThan(60_000);
  });
});
