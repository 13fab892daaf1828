import { describe, expect, it } from 'vitest';
import { jsonLookup } from '../../src/render/json.js';
import { ndjsonChunks } from '../../src/render/ndjson.js';
import { formatsLookup } from '../fixtures/formats-window.js';

const text = (chunks: Iterable<Uint8Array>) => Buffer.concat([...chunks]).toString('utf8');

describe('ndjsonChunks', () => {
  it("writes one line per departure, each equal to the JSON document's departures[i]", () => {
    const l = formatsLookup('2018-05-01', '2018-05-31');
    const lines = text(ndjsonChunks(l.departures())).split(/(?<=\n)/);
    const doc = jsonLookup(l, [...l.departures()], undefined, null);
    expect(lines.every((line) => line.endsWith('}\n') && !line.slice(0, -1).includes('\n'))).toBe(true);
    expect(lines.map((line) => JSON.parse(line))).toEqual(doc.departures);
    expect(lines.map((line) => JSON.parse(line).departure.at ?? JSON.parse(line).departure.date)).toEqual([
      '2018-05-03T10:00:00+08:30',
      '2018-05-05',
      '2018-05-12',
      '2018-05-17T10:00:00+09:00',
      '2018-05-19',
      '2018-05-26',
    ]);
  });

  it('is lazy: the first chunk of about 64 kB comes before later departures are expanded', () => {
    const l = formatsLookup('2018-01-01', '2999-12-31');
    const first = ndjsonChunks(l.departures()).next().value as Uint8Array;
    expect(first.length).toBeGreaterThan(60_000);
    expect(first.length).toBeLessThanOrEqual(65_536);
    expect(JSON.parse(Buffer.from(first).toString('utf8').split('\n')[0]!).departure.date).toBe('2018-01-03');
  });
});
