/**
 * Through cars and per-leg numbers on a fixture: a car that joins another
 * service's train is one row with it where both leave together, and its own
 * row where it leaves alone; the reader refuses a carrier that is not there.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, parseIsoDate } from '../../src/domain/days.js';
import { lookup } from '../../src/domain/lookup.js';
import { legNumbers } from '../../src/domain/through.js';
import { buildCatalog, readCatalog } from '../../src/input/catalog.js';
import { jsonDeparture } from '../../src/render/json.js';

const FILE = 'tests/fixtures/through/cars.json';
const text = readFileSync(FILE, 'utf8');
const catalog = buildCatalog([{ file: FILE, data: JSON.parse(text), text }]);
const window = (from: string, until: string) => ({
  from: { kind: 'date' as const, day: parseIsoDate(from)!, text: from },
  until: { kind: 'date' as const, day: parseIsoDate(until)!, text: until },
  days: 1,
});

describe('through cars', () => {
  it('at Border the car leaves in train 2: one row, naming it, only on the day it is aboard', () => {
    const l = lookup(catalog, { query: 'border', window: window('2026-12-07', '2026-12-09'), now: 0 });
    expect(
      [...l.departures()].map((d) => [
        formatIsoDate(d.from.epochDay!),
        d.service.id,
        jsonDeparture(d).throughCars.map((c) => c.from),
        jsonDeparture(d).notes,
      ]),
    ).toEqual([
      ['2026-12-07', 'main', [], []],
      ['2026-12-08', 'main', ['alpha'], ['Through cars from Alpha.']],
      ['2026-12-09', 'main', [], []],
    ]);
  });

  it('queried alone, the car is its own row, numbered 1 then 2; from Alpha it is on its own, derived and marked so', () => {
    const l = lookup(catalog, { query: 'car', window: window('2026-12-07', '2026-12-07'), now: 0 });
    const [d] = [...l.departures()];
    expect([d!.from.derived, legNumbers(d!.leg), jsonDeparture(d!).number, d!.throughCars]).toEqual([
      true,
      ['1', '2'],
      '1',
      undefined,
    ]);
  });

  it('the reader refuses a carrier that is not a service, a currency that is not ISO 4217 and an undatable citation', () => {
    const doc = JSON.parse(text);
    doc.routes[0].services[1].stops[1].runsIn = 'nope';
    doc.routes[0].services[0].fares[0].currency = 'rub';
    doc.routes[0].citations[0].date = 'March 2026';
    expect(readCatalog([{ file: 'f.json', data: doc }]).problems.map((p) => `${p.pointer}: ${p.message}`)).toEqual([
      '/routes/0/citations/0/date: expected YYYY, YYYY-MM or YYYY-MM-DD, got "March 2026"',
      '/routes/0/services/0/fares/0/currency: expected an ISO 4217 code such as RUB, got "rub"',
      '/routes/0/services/1/stops/1/runsIn: unknown service id "nope"',
    ]);
  });
});
