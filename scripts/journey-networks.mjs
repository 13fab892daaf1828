/**
 * Schedule files that load the journey planner (for the bench): one daily
 * train of many stops, and a clique of stations with a daily service between
 * every ordered pair. Deterministic: the same sizes give the same files.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const two = (n) => String(n).padStart(2, '0');
const clock = (minutes) => `${two(Math.floor((minutes % 1440) / 60))}:${two(minutes % 60)}`;
const stationsOf = (count) =>
  Array.from({ length: count }, (_, i) => ({ id: `s${i}`, name: `S${i}`, country: 'RU', timeZone: 'Europe/Moscow' }));
const route = (id, services) => ({
  id,
  name: id,
  mode: 'train',
  status: 'running',
  sources: ['generated for the bench'],
  services,
});

/** One train a day calling at `count` stations, three minutes apart with a minute's stop, over several days. */
export function longTrain(count) {
  const stops = [];
  for (let i = 0; i < count; i++) {
    const at = 6 * 60 + i * 3;
    const event = (minutes) => ({
      time: clock(minutes),
      ...(minutes >= 1440 ? { day: Math.floor(minutes / 1440) } : {}),
      confidence: 'low',
    });
    const arrival = i > 0 ? { arrival: event(at - 1) } : {};
    const departure = i < count - 1 ? { departure: event(at) } : {};
    stops.push({ station: `s${i}`, ...arrival, ...departure });
  }
  const service = {
    id: 'long',
    name: 'Long train',
    confidence: 'low',
    sources: ['generated for the bench'],
    runs: { every: 'day', from: '2026-01-01' },
    stops,
  };
  return { lastChecked: '2026-11-22', stations: stationsOf(count), routes: [route('long', [service])] };
}

/**
 * `count` stations and a daily service from each to each other, an hour's
 * ride, leaving at a time of its own: one document of stations, then one
 * per ten first stations (a schedule file holds at most 5 MiB).
 */
export function clique(count) {
  const documents = [{ lastChecked: '2026-11-22', stations: stationsOf(count) }];
  for (let first = 0; first < count; first += 10)
    documents.push({
      lastChecked: '2026-11-22',
      routes: [route(`clique-${first}`, cliqueServices(count, first, Math.min(count, first + 10)))],
    });
  return documents;
}

function cliqueServices(count, from, to) {
  const services = [];
  for (let a = from; a < to; a++) {
    for (let b = 0; b < count; b++) {
      if (a === b) continue;
      const at = (a * 37 + b * 11) % 1380;
      services.push({
        id: `c${a}-${b}`,
        name: `S${a} → S${b}`,
        confidence: 'low',
        sources: ['generated for the bench'],
        runs: { every: 'day', from: '2026-01-01' },
        stops: [
          { station: `s${a}`, departure: { time: clock(at), confidence: 'low' } },
          { station: `s${b}`, arrival: { time: clock(at + 60), confidence: 'low' } },
        ],
      });
    }
  }
  return services;
}

/** Writes `document` into `dir` as `name`, one line, and returns its path. */
export function writeNetwork(dir, name, document) {
  const path = join(dir, name);
  writeFileSync(path, `${JSON.stringify(document)}\n`);
  return path;
}

/** Writes the documents of a network into the folder `dir` (made before), one file each, and returns `dir`. */
export function writeNetworkFolder(dir, documents) {
  for (const [i, document] of documents.entries())
    writeNetwork(dir, `part-${String(i).padStart(3, '0')}.json`, document);
  return dir;
}
