/**
 * The board (`railnext` alone): the next departure on each route in each
 * direction. The lookup builds only the departures it may show, so it is
 * held to the plain definition, the first of `departures()` bringing a
 * direction not yet shown (its own or a through car's), on the fixtures
 * with through cars, including a car whose own route only ever travels
 * folded into another route's train.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseIsoDate } from '../../src/domain/days.js';
import type { Departure } from '../../src/domain/expand.js';
import { lookup } from '../../src/domain/lookup.js';
import type { Catalog } from '../../src/domain/model.js';
import { buildCatalog } from '../../src/input/catalog.js';
import { jsonDeparture } from '../../src/render/json.js';

function catalogOf(dir: string, edit: (file: string, data: { routes?: unknown[] }) => void = () => {}): Catalog {
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .map((f) => {
      const text = readFileSync(join(dir, f), 'utf8');
      const data = JSON.parse(text);
      edit(f, data);
      return { file: join(dir, f), data, text };
    });
  return buildCatalog(files);
}

/** The through-car fixture with the car moved to a route of its own, joining train 2 where it starts. */
const spur = catalogOf('tests/fixtures/through', (_file, data) => {
  const line = data.routes![0] as {
    services: { id: string; stops: { station: string; runsIn?: string; departure?: { day?: number } }[] }[];
  };
  const car = line.services.splice(1, 1)[0]!;
  car.stops = car.stops.slice(1);
  car.stops[0]!.departure!.day = 0;
  car.stops[1] = { ...car.stops[1]!, arrival: { day: 0, time: '09:30', confidence: 'high' } } as never;
  data.routes!.push({
    id: 'spur',
    name: 'Spur',
    mode: 'train',
    status: 'running',
    confidence: 'high',
    sources: ['a test'],
    services: [car],
  });
});

/** Where a leg goes on its route: the board shows each route once in each direction. */
const direction = (d: Departure): string => `${d.service.route.id} to ${d.service.stops[d.leg.toIndex]!.station.id}`;

/** The plain definition: each departure that shows a direction not yet shown, its own or a through car's, stopping once every direction is shown. */
function firstOfEachDirection(departures: Iterable<Departure>, directions: number): Departure[] {
  const seen = new Set<string>();
  const out: Departure[] = [];
  for (const d of departures) {
    const own = [d, ...(d.throughCars ?? [])].map(direction);
    if (own.every((x) => seen.has(x))) continue;
    for (const x of own) seen.add(x);
    out.push(d);
    if (seen.size === directions) break;
  }
  return out;
}

const NOWS = [
  '2025-01-01T00:00:00Z',
  '2026-12-01T09:00:00Z',
  '2026-03-06T18:00:00Z',
  '2026-03-12T01:00:00Z',
  '2026-12-06T12:00:00Z',
  '2026-12-07T01:30:00Z',
  '2027-02-28T23:00:00Z',
];

describe('nextOnEachRoute', () => {
  it.each([
    ['the 2026 network with its through cars', catalogOf('tests/fixtures/journeys')],
    ['the frozen schedules', catalogOf('tests/fixtures/frozen')],
    ['a car on a route of its own, always folded into train 2', spur],
  ])('equals the first departure of each route in each direction, on %s', (_what, catalog) => {
    let rows = 0;
    for (const now of NOWS) {
      const at = Date.parse(now);
      const l = lookup(catalog, { window: { from: { kind: 'relative', days: 0, text: 'today' }, days: 14 }, now: at });
      const directions = new Set(
        l.legs.map((leg) => `${leg.service.route.id} to ${leg.service.stops[leg.toIndex]!.station.id}`),
      ).size;
      const expected = firstOfEachDirection(l.departures(), directions).map((d) => jsonDeparture(d));
      expect(
        [...l.nextOnEachRoute()].map((d) => jsonDeparture(d)),
        now,
      ).toEqual(expected);
      rows += expected.length;
    }
    // Not vacuous: some windows hold departures on every fixture.
    expect(rows).toBeGreaterThanOrEqual(3);
  });

  it("shows the spur inside train 2, on the first Monday it is aboard, as a row of its own after Sunday's train 2", () => {
    const l = lookup(spur, {
      window: { from: { kind: 'date', day: parseIsoDate('2026-12-06')!, text: '2026-12-06' }, days: 3 },
      now: 0,
    });
    expect(
      [...l.nextOnEachRoute()].map((d) => [
        d.service.id,
        d.from.epochDay,
        jsonDeparture(d).throughCars.map((c) => c.service),
      ]),
    ).toEqual([
      ['main', parseIsoDate('2026-12-06'), []],
      ['main', parseIsoDate('2026-12-07'), ['car']],
    ]);
    const monday = [...l.departures()].find((d) => d.throughCars);
    expect([monday?.service.id, monday?.from.epochDay, monday && jsonDeparture(monday).notes]).toEqual([
      'main',
      parseIsoDate('2026-12-07'),
      ['Through cars to Over.'],
    ]);
  });
});
