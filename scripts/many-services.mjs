/**
 * A user schedule file of many services (10,000 for the bench), so that
 * lookups and `validate` can be timed on a timetable far larger than the
 * bundled one. Deterministic: the same `count` gives the same file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const PAIRS = [
  ['khasan', 'tumangang'],
  ['tumangang', 'khasan'],
  ['suifenhe', 'grodekovo'],
  ['grodekovo', 'suifenhe'],
  ['heihe', 'blagoveshchensk'],
  ['blagoveshchensk', 'heihe'],
  ['pyongyang', 'khabarovsk'],
  ['moscow', 'novosibirsk'],
];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const two = (n) => String(n).padStart(2, '0');

/** The runs of the i-th service: weekly, daily or monthly, from a date in 2026. */
function runs(i) {
  const from = `2026-${two(1 + (i % 12))}-${two(1 + (i % 28))}`;
  if (i % 3 === 0) return { every: 'day', from };
  if (i % 3 === 1) return { every: 'week', weekdays: [WEEKDAYS[i % 7], WEEKDAYS[(i + 3) % 7]], from };
  return { every: 'month', days: [1 + (i % 28), 1 + ((i + 14) % 28)], from };
}

/**
 * Stations in seven zones the bundled schedules do not use, with summer time
 * north and south of the equator (Berlin, London, New York, Santiago, Sydney,
 * Auckland) and a zone whose summer time was abolished (Tehran, 2022): for
 * each zone, a station of the user's own.
 */
const ABROAD = [
  ['berlin', 'Europe/Berlin', 'DE'],
  ['london', 'Europe/London', 'GB'],
  ['new-york', 'America/New_York', 'US'],
  ['santiago', 'America/Santiago', 'CL'],
  ['sydney', 'Australia/Sydney', 'AU'],
  ['auckland', 'Pacific/Auckland', 'NZ'],
  ['tehran', 'Asia/Tehran', 'IR'],
];
const ABROAD_PAIRS = ABROAD.map(([id], i) => [id, ABROAD[(i + 1) % ABROAD.length][0]]);

/**
 * The schedule document with `count` services, each two stops on a bundled
 * station pair, or with `abroad`, on a pair of its own stations in zones the
 * bundle does not use (ABROAD).
 */
export function manyServices(count, { abroad = false } = {}) {
  const pairs = abroad ? [...ABROAD_PAIRS, ...ABROAD_PAIRS.map(([a, b]) => [b, a])] : PAIRS;
  const services = [];
  for (let i = 0; i < count; i++) {
    const [from, to] = pairs[i % pairs.length];
    const minutes = (i * 7) % 1440;
    const time = `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
    services.push({
      id: `gen-${i}`,
      name: `Generated ${i}`,
      confidence: 'low',
      sources: ['generated for the bench'],
      runs: runs(i),
      stops: [
        // The next day at the same clock time: later in real time whatever the two zones.
        { station: from, departure: { time, confidence: 'low' } },
        { station: to, arrival: { time, day: 1, confidence: 'low' } },
      ],
    });
  }
  return {
    lastChecked: '2026-11-22',
    ...(abroad
      ? { stations: ABROAD.map(([id, timeZone, country]) => ({ id, name: `Station ${id}`, country, timeZone })) }
      : {}),
    routes: [
      {
        id: 'generated',
        name: 'Generated services',
        mode: 'train',
        status: 'running',
        sources: ['generated for the bench'],
        services,
      },
    ],
  };
}

/** Writes the document of `count` services (see manyServices) into `dir` and returns the file's path. */
export function writeManyServices(dir, count, options = {}) {
  const path = join(dir, `services-${count}${options.abroad ? '-abroad' : ''}.json`);
  // One line: 10,000 services indented would pass the 5 MiB limit on a schedule file.
  writeFileSync(path, `${JSON.stringify(manyServices(count, options))}\n`);
  return path;
}
