import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useZoneTable } from '../../src/domain/zones.js';
import { DataError } from '../../src/errors.js';
import { at, fixtureCatalog, service } from '../fixtures/catalog.js';

function problemsOf(services: object[]): string[] {
  try {
    fixtureCatalog(services);
    return [];
  } catch (error) {
    if (error instanceof DataError) return error.problems.map(String);
    throw error;
  }
}

describe('time order across clock changes', () => {
  it('finds a journey that arrives before it leaves once only one end has moved its clocks', () => {
    // Berlin 06:30 (+01) to New York 01:00 (-05) takes 30 minutes in winter; from 2026-03-08 New York
    // is at -04 (from 02:00 on the 8th, so the 9th is the first run hit) while Berlin stays at +01 until 2026-03-29, and the arrival comes first.
    const problems = problemsOf([
      service('transatlantic', { every: 'day', from: '2026-01-05' }, [
        { station: 'berlin', departure: at('06:30') },
        { station: 'new-york', arrival: at('01:00') },
      ]),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      'time runs backwards: the arrival at new-york (2026-03-09 01:00 -04:00) is before the departure from berlin (2026-03-09 06:30 +01:00), on the service date 2026-03-09',
    );
  });

  it('finds one that runs backwards only in Pyongyang\'s UTC+08:30 years', () => {
    const problems = problemsOf([
      service('short', { every: 'day', from: '2015-01-01', until: '2019-12-31' }, [
        { station: 'pyongyang', departure: at('09:45') },
        { station: 'khasan', arrival: at('10:50') },
      ]),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('time runs backwards: the arrival at khasan (2015-08-15 10:50 +10:00) is before the departure from pyongyang (2015-08-15 09:45 +08:30)');
  });

  it('finds the same with the bin\'s zone table, whose changes come from the build', () => {
    const { table } = JSON.parse(readFileSync(new URL('../../dist/zone-table.json', import.meta.url), 'utf8'));
    expect(useZoneTable(table)).toBe(true);
    try {
      const problems = problemsOf([
        service('short', { every: 'week', weekdays: ['sat'], from: '2015-01-01', until: '2019-12-31' }, [
          { station: 'pyongyang', departure: at('09:45') },
          { station: 'khasan', arrival: at('10:50') },
        ]),
      ]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain('time runs backwards: the arrival at khasan (2015-08-15 10:50 +10:00) is before the departure from pyongyang (2015-08-15 09:45 +08:30), on the service date 2015-08-15');
    } finally {
      useZoneTable(undefined);
    }
  });

  it('accepts a timetable that holds all year', () => {
    expect(problemsOf([
      service('fine', { every: 'day', from: '2015-01-01' }, [
        { station: 'pyongyang', departure: at('09:00') },
        { station: 'khasan', arrival: at('12:00') },
      ]),
    ])).toEqual([]);
  });
});

describe('time order over all of a service\'s dates', () => {
  it('finds a change of offset more than twenty years after the first date, when the service has a last date', () => {
    // Fine from 1994 until Novosibirsk moves to UTC+07 on 2016-07-24 while Pyongyang is at UTC+08:30, 22 years on.
    const problems = problemsOf([
      service('long', { every: 'day', from: '1994-01-01', until: '2020-12-31' }, [
        { station: 'pyongyang', departure: at('09:45') },
        { station: 'novosibirsk', arrival: at('08:00') },
      ]),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe('fixture.json:/routes/0/services/0/stops/1/arrival: time runs backwards: the arrival at novosibirsk (2016-07-24 08:00 +07:00) is before the departure from pyongyang (2016-07-24 09:45 +08:30), on the service date 2016-07-24');
  });

  it('checks the first date the service runs, not "from" when the rule skips it', () => {
    const problems = problemsOf([
      service('mondays', { every: 'week', weekdays: ['mon'], from: '2026-12-05' }, [
        { station: 'khasan', departure: at('17:00') },
        { station: 'tumangang', arrival: at('15:00') },
      ]),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('on the first service date 2026-12-07');
  });
});
