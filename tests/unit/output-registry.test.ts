import { describe, expect, it } from 'vitest';
import { FORMATS, writerOf } from '../../src/output/registry.js';

describe('the format registry', () => {
  it('names the formats in the order help and completion list them', () => {
    expect(FORMATS).toEqual(['table', 'json', 'ndjson', 'csv', 'ics']);
  });

  it.each(FORMATS)('%s writes departures, journeys and arrivals', async (format) => {
    for (const subject of ['departures', 'journeys', 'arrivals'] as const)
      expect(typeof (await writerOf(format, subject))).toBe('function');
  });

  it('only the table draws month calendars; asking another format for one is refused', async () => {
    expect(typeof (await writerOf('table', 'calendar'))).toBe('function');
    await expect(writerOf('json', 'calendar')).rejects.toThrow('the json format writes no calendar');
  });
});
