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

/** The schedule document with `count` services, each two stops on a bundled station pair. */
export function manyServices(count) {
  const services = [];
  for (let i = 0; i < count; i++) {
    const [from, to] = PAIRS[i % PAIRS.length];
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
    routes: [{ id: 'generated', name: 'Generated services', mode: 'train', status: 'running', sources: ['generated for the bench'], services }],
  };
}

/** Writes the document of `count` services into `dir` and returns the file's path. */
export function writeManyServices(dir, count) {
  const path = join(dir, `services-${count}.json`);
  // One line: 10,000 services indented would pass the 5 MiB limit on a schedule file.
  writeFileSync(path, `${JSON.stringify(manyServices(count))}\n`);
  return path;
}
