/**
 * Every JSON document the real bin prints names its schema in `$schema`, a
 * file of the package's schemas/ folder, and is valid against it; the
 * schemas close every object, so a key the output gains without a schema
 * change fails here. NDJSON lines are valid against the `$defs` their
 * document's schema names for them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPkg from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

const addFormats = addFormatsPkg as unknown as typeof addFormatsPkg.default;
const SCHEMAS = new URL('../../schemas/', import.meta.url);
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv, ['date', 'date-time']);
for (const name of readdirSync(SCHEMAS)) ajv.addSchema(JSON.parse(readFileSync(new URL(name, SCHEMAS), 'utf8')));

/** The schema a document names, as the package's own resolver finds it, compiled. */
function validatorOf(path: string) {
  const file = createRequire(import.meta.url).resolve(path);
  const id = (JSON.parse(readFileSync(file, 'utf8')) as { $id: string }).$id;
  return ajv.getSchema(id)!;
}

/** ajv's errors for a document, as "instancePath message" lines; [] when it is valid against the schema it names. */
function faults(doc: { $schema: string }): string[] {
  const validate = validatorOf(doc.$schema);
  return validate(doc) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

const FIXTURES = (name: string) => ['--no-bundled', '--schedules', `tests/fixtures/${name}`];

/** Each command, and the kind of document it prints. */
const DOCUMENTS: [string[], string][] = [
  [['khasan'], 'departures'],
  [[], 'departures'],
  [['pyongyang', '--days', '31'], 'departures'],
  [['beijing', '--date', '2027-01'], 'departures'],
  [['zabaikalsk', '--next', '5'], 'departures'],
  [['heihe', '--next', '3', '--untimed'], 'departures'],
  [['heihe', '--next', '3'], 'departures'],
  [['khasan', '--on', '2026-12-03'], 'departures'],
  [['khasan', '--tz', 'Europe/Berlin', '--days', '7'], 'departures'],
  [['heihe', '--mode', 'train'], 'departures'],
  [['khasan', '--now', '2028-06-01T00:00:00Z'], 'departures'],
  [['--date', '2026-12-01', '--days', '1000'], 'departures'],
  [[...FIXTURES('through'), 'alpha'], 'departures'],
  [['khasan', 'suifenhe'], 'departures'],
  [[...FIXTURES('frozen'), 'heihe'], 'departures'],
  [['moscow', 'beijing', '--date', '2027-01-12', '--days', '1'], 'journeys'],
  [['moscow', 'beijing', '--arrive-by', '2027-01-22'], 'journeys'],
  [['beijing', 'khabarovsk', '--journeys'], 'journeys'],
  [['beijing', 'khabarovsk'], 'journeys'],
  [['moscow', 'beijing', '--journeys', '--changes', '0'], 'journeys'],
  [[...FIXTURES('journeys'), 'moscow', 'beijing', '--journeys', '--days', '31'], 'journeys'],
  [['--to', 'pyongyang'], 'arrivals'],
  [['--to', 'pyongyang', '--date', '2027-01-01', '--days', '31'], 'arrivals'],
  [['--to', 'beijing', '--tz', 'UTC', '--next', '2'], 'arrivals'],
  [['--to', 'khasan', '--on', '2026-12-03'], 'arrivals'],
  [['routes'], 'routes'],
  [[...FIXTURES('through'), 'routes'], 'routes'],
  [['--no-bundled', 'routes'], 'routes'],
  [['stations'], 'stations'],
  [['--no-bundled', 'stations'], 'stations'],
  [['validate'], 'validate'],
  [['validate', 'tests/fixtures/broken/everything-at-once.json'], 'validate'],
  [['validate', 'tests/fixtures/broken/misspelt-station.json'], 'validate'],
];

describe('every JSON document names its schema and is valid against it', () => {
  it.each(DOCUMENTS)('railnext %j --json: a %s document', (args, kind) => {
    const r = runBin([...args, '--json']);
    const doc = JSON.parse(r.stdout) as { $schema: string };
    expect(Object.keys(doc)[0]).toBe('$schema');
    expect(doc.$schema).toBe(`railnext/schemas/${kind}.json`);
    expect(faults(doc)).toEqual([]);
  });

  it('the commands above print every kind of document there is', () => {
    expect([...new Set(DOCUMENTS.map(([, kind]) => kind))].sort()).toEqual(
      readdirSync(SCHEMAS)
        .map((name) => name.replace(/\.json$/, ''))
        .sort(),
    );
  });

  it('the answers tested are not all empty: departures, through cars, journeys, arrivals and problems are among them', () => {
    const json = (args: string[]) => JSON.parse(runBin([...args, '--json']).stdout);
    expect(json(['pyongyang', '--days', '31']).departures.some((d: any) => d.throughCars.length > 0)).toBe(true);
    expect(json(['moscow', 'beijing', '--date', '2027-01-12', '--days', '1']).journeys[0].changes).toHaveLength(1);
    expect(json(['--to', 'pyongyang']).arrivals.length).toBeGreaterThan(0);
    expect(json(['validate', 'tests/fixtures/broken/misspelt-station.json']).problems[0].suggestion).toBe('tumangang');
  });
});

describe('a key the schema does not know fails', () => {
  it.each([
    [['khasan'], (doc: any) => (doc.departures[0].extra = 1), '/departures/0 must NOT have additional properties'],
    [
      ['khasan'],
      (doc: any) => (doc.departures[0].departure.station.extra = 1),
      '/departures/0/departure/station must NOT have additional properties',
    ],
    [['--to', 'pyongyang'], (doc: any) => (doc.extra = 1), ' must NOT have additional properties'],
    [
      ['stations'],
      (doc: any) => (doc.stations[0].location.extra = 1),
      '/stations/0/location must NOT have additional properties',
    ],
    [
      ['khasan'],
      (doc: any) => (doc.departures[0].departure.utc = '2026-12-02T15:30:00+10:00'),
      '/departures/0/departure/utc must match pattern "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00Z$"',
    ],
  ])('railnext %j --json, changed', (args, change, fault) => {
    const doc = JSON.parse(runBin([...args, '--json']).stdout);
    change(doc);
    expect(faults(doc)).toContain(fault);
  });
});

describe('NDJSON lines are valid against the $defs their document names', () => {
  it.each([
    [['khasan', '--days', '31'], 'urn:railnext:departures:1#/$defs/departure', 13],
    [['pyongyang', '--days', '31'], 'urn:railnext:departures:1#/$defs/departure', 34],
    [['moscow', 'beijing', '--date', '2027-01-12', '--days', '1'], 'urn:railnext:journeys:1#/$defs/journey', 2],
    [['--to', 'pyongyang'], 'urn:railnext:arrivals:1#/$defs/departure', 23],
  ])('railnext %j --format ndjson: each line a %s', (args, ref, count) => {
    const lines = runBin([...args, '--format', 'ndjson'])
      .stdout.trimEnd()
      .split('\n');
    expect(lines).toHaveLength(count);
    const validate = ajv.getSchema(ref)!;
    for (const line of lines) expect([validate(JSON.parse(line)), validate.errors ?? null]).toEqual([true, null]);
  });
});
