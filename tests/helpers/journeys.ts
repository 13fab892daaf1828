import { fileURLToPath } from 'node:url';
import { loadSchedules } from '../../src/input/schedule-files.js';
import { formatClock, formatIsoDate } from '../../src/domain/days.js';
import type { Journey } from '../../src/domain/journeys.js';
import type { Catalog } from '../../src/domain/model.js';
import { instantToWall } from '../../src/domain/zones.js';

export const JOURNEY_FIXTURES = fileURLToPath(new URL('../fixtures/journeys', import.meta.url));

/** The fixture network of tests/fixtures/journeys, without the bundled data. */
export function journeyCatalog(): Catalog {
  return loadSchedules({ bundled: false, groups: [{ layer: 'fixtures', paths: [JOURNEY_FIXTURES] }] });
}

/** An instant on `zone`'s clock, "2027-01-22 08:40"; a span shows its two ends, "2027-01-20 00:00..23:59". */
function wall(zone: string, ms: number): string {
  if (!Number.isFinite(ms)) return ms < 0 ? '-inf' : 'inf';
  const w = instantToWall(zone, ms);
  return `${formatIsoDate(w.epochDay)} ${formatClock(w.minuteOfDay)}`;
}

/** A journey as a line a person can check by hand: status, then each leg "from date time → to date time", with the changes between. */
export function journeyLine(j: Journey): string {
  const parts = j.legs.map((l, i) => {
    const d = l.departure;
    const from = d.from.station;
    const to = d.to.station;
    const span = (zone: string, s: { earliest: number; latest: number }) =>
      s.earliest === s.latest ? wall(zone, s.earliest) : `${wall(zone, s.earliest)}..${wall(zone, s.latest)}`;
    const change = j.changes[i] ? ` | ${j.changes[i]!.status} at ${j.changes[i]!.station.id} | ` : '';
    return `${from.id} ${span(from.timeZone, l.leaves)} → ${to.id} ${span(to.timeZone, l.arrives)}${change}`;
  });
  return `${j.status}: ${parts.join('')}`;
}
