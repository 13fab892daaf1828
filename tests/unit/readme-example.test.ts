/** The README's example schedule is valid, loads with the bundled data, and runs as it says. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIsoDate } from '../../src/domain/days.js';
import { expandLeg } from '../../src/domain/expand.js';
import { readCatalog } from '../../src/input/catalog.js';

const readme = readFileSync('README.md', 'utf8');
const example = /A complete small file[\s\S]*?```json\n([\s\S]*?)\n```/.exec(readme)![1]!;

describe('the README example schedule', () => {
  it('loads with the bundled schedules without a problem, on the 31st of the months that have one', () => {
    const { catalog, problems } = readCatalog([
      { file: 'schedules/stations.json', data: JSON.parse(readFileSync('schedules/stations.json', 'utf8')), layer: 'bundled' },
      { file: 'example.json', data: JSON.parse(example), layer: 'user' },
    ]);
    expect(problems).toEqual([]);
    const service = catalog.services.find((s) => s.id === 'khasan-chongjin')!;
    const dates = [...expandLeg({ service, fromIndex: 0, toIndex: 1 }, service.runs.from, service.runs.from + 120)].map((d) => formatIsoDate(d.from.epochDay!));
    expect(dates).toEqual(['2027-01-31', '2027-03-31']);
  });
});
