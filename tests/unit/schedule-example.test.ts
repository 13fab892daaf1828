/** The example schedule docs/schedules.md shows (tests/e2e/docs.test.ts holds the page to the file) is valid, loads beside the stations it names, and runs as it says. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/domain/days.js';
import { expandLeg } from '../../src/domain/expand.js';
import { readCatalog } from '../../src/input/catalog.js';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

describe('the example schedule of docs/schedules.md (tests/fixtures/docs/files/khasan-chongjin.json)', () => {
  it('loads with the stations of the frozen schedules without a problem, on the 31st of the months that have one', () => {
    const { catalog, problems } = readCatalog([
      { file: 'stations.json', data: read('tests/fixtures/docs/schedules/stations.json'), layer: 'bundled' },
      { file: 'example.json', data: read('tests/fixtures/docs/files/khasan-chongjin.json'), layer: 'user' },
    ]);
    expect(problems).toEqual([]);
    const service = catalog.services.find((s) => s.id === 'khasan-chongjin')!;
    const dates = [...expandLeg({ service, fromIndex: 0, toIndex: 1 }, service.runs.from, service.runs.from + 120)].map(
      (d) => formatIsoDate(d.from.epochDay!),
    );
    expect(dates).toEqual(['2027-01-31', '2027-03-31']);
  });
});
