import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { useZoneTable } from '../../src/domain/zones.js';
import { DataError } from '../../src/errors.js';
import { readCatalog } from '../../src/input/catalog.js';
import { formatProblem } from '../../src/input/problems.js';
import { at, fixtureCatalog, service } from '../fixtures/catalog.js';

// On luxon's IANAZone alone (tests/setup/zone-table.ts puts the build's table in use); the tests below that want a table say so.
const ianaAlone = () => useZoneTable(undefined, { compute: false });
beforeAll(ianaAlone);

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

  it("finds one that runs backwards only in Pyongyang's UTC+08:30 years", () => {
    const problems = problemsOf([
      service('short', { every: 'day', from: '2015-01-01', until: '2019-12-31' }, [
        { station: 'pyongyang', departure: at('09:45') },
        { station: 'khasan', arrival: at('10:50') },
      ]),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain(
      'time runs backwards: the arrival at khasan (2015-08-15 10:50 +10:00) is before the departure from pyongyang (2015-08-15 09:45 +08:30)',
    );
  });

  it.each([
    ["the bin's zone table, whose changes come from the build", true],
    ['tables worked out at run time, as under another tz database', false],
  ])('finds the same with %s', (_how, built) => {
    const { table } = JSON.parse(readFileSync(new URL('../../dist/zone-table.json', import.meta.url), 'utf8'));
    expect(useZoneTable(built ? table : undefined)).toBe(built);
    try {
      const problems = problemsOf([
        service('short', { every: 'week', weekdays: ['sat'], from: '2015-01-01', until: '2019-12-31' }, [
          { station: 'pyongyang', departure: at('09:45') },
          { station: 'khasan', arrival: at('10:50') },
        ]),
      ]);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toContain(
        'time runs backwards: the arrival at khasan (2015-08-15 10:50 +10:00) is before the departure from pyongyang (2015-08-15 09:45 +08:30), on the service date 2015-08-15',
      );
    } finally {
      ianaAlone();
    }
  });

  it("finds them in Pyongyang's UTC+08:30 years when the service has no last date and starts 53 years before", () => {
    // Pyongyang kept UTC+09 from 1961 to 2015: decades of history without a change say nothing of the years after.
    // The bin's table answers from 1970, as the bin would (luxon's IANAZone is 5 ms a zone and year).
    const { table } = JSON.parse(readFileSync(new URL('../../dist/zone-table.json', import.meta.url), 'utf8'));
    expect(useZoneTable(table)).toBe(true);
    let problems: string[];
    try {
      problems = problemsOf([
        service('open', { every: 'day', from: '1962-01-01' }, [
          { station: 'pyongyang', departure: at('09:45') },
          { station: 'tumangang', arrival: at('01:00', 'UTC') },
        ]),
      ]);
    } finally {
      ianaAlone();
    }
    expect(problems).toEqual([
      'fixture.json:/routes/0/services/0/stops/1/arrival: time runs backwards: the arrival at tumangang (2015-08-15 09:30 +08:30) is before the departure from pyongyang (2015-08-15 09:45 +08:30), on the service date 2015-08-15',
    ]);
  });

  it('accepts a timetable that holds all year', () => {
    expect(
      problemsOf([
        service('fine', { every: 'day', from: '2015-01-01' }, [
          { station: 'pyongyang', departure: at('09:00') },
          { station: 'khasan', arrival: at('12:00') },
        ]),
      ]),
    ).toEqual([]);
  });
});

describe("time order over all of a service's dates", () => {
  it('finds a change of offset more than twenty years after the first date, when the service has a last date', () => {
    // Fine from 1994 until Novosibirsk moves to UTC+07 on 2016-07-24 while Pyongyang is at UTC+08:30, 22 years on.
    const problems = problemsOf([
      service('long', { every: 'day', from: '1994-01-01', until: '2020-12-31' }, [
        { station: 'pyongyang', departure: at('09:45') },
        { station: 'novosibirsk', arrival: at('08:00') },
      ]),
    ]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toBe(
      'fixture.json:/routes/0/services/0/stops/1/arrival: time runs backwards: the arrival at novosibirsk (2016-07-24 08:00 +07:00) is before the departure from pyongyang (2016-07-24 09:45 +08:30), on the service date 2016-07-24',
    );
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

describe('time order on every later date of a service with no last date', () => {
  // A train on the 29th reaching Miami and Havana eight days later. On the Sunday in March when both move
  // their clocks, Havana at 00:00 standard time and New York at 02:00, the 30 minutes from Miami to Havana
  // come out at -30; a 29 February eight days before that Sunday comes first in 2048.
  const FILE = 'tests/fixtures/far-clock-change/backwards-in-2048.json';
  const read = (file: string, runs: object = {}) => {
    const data = JSON.parse(readFileSync(file, 'utf8'));
    Object.assign(data.routes[0].services[0].runs, runs);
    return readCatalog([{ file: 'far.json', data }]).problems.map(formatProblem);
  };
  const backwardsOn = (serviceDate: string, day: string) =>
    `far.json:/routes/0/services/0/stops/2/arrival: time runs backwards: the arrival at havana (${day} 01:00 -04:00) is before the departure from miami (${day} 00:30 -05:00), on the service date ${serviceDate}`;

  it('finds times that run backwards first more than twenty years after the first date', () => {
    expect(read(FILE)).toEqual([backwardsOn('2048-02-29', '2048-03-08')]);
  });

  it('finds them 28 years later when that date is cancelled', () => {
    expect(read(FILE, { cancelled: ['2048-02-29'] })).toEqual([backwardsOn('2076-02-29', '2076-03-08')]);
  });

  it('finds them across 2100, which is no leap year: the next such 29 February is 40 years on', () => {
    expect(read(FILE, { from: '2076-11-29' })).toEqual([backwardsOn('2116-02-29', '2116-03-08')]);
  });

  it('finds them on an added date far beyond the others', () => {
    // Every other date is fine once the rule runs on the 30th; the added 29 February 2048 is not.
    expect(read(FILE, { days: [30], added: ['2048-02-29'] })).toEqual([backwardsOn('2048-02-29', '2048-03-08')]);
  });

  it('accepts the same train 40 minutes slower, in order on every date', () => {
    expect(read('tests/fixtures/far-clock-change/fine.json')).toEqual([]);
  });
});
