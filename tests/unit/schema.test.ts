/**
 * schedules/schema.json, checked with ajv (a test-only dependency): every
 * bundled file follows it, and it agrees with the reader on what is
 * malformed. Meaning checks (unknown ids, time order…) are beyond a schema.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPkg from 'ajv-formats';

/** The pattern of an id (and a country) in the schema. */
const ID_PATTERN =
  '^(?![=+@-])(?=.*\\S)[^\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]+$';
import { describe, expect, it } from 'vitest';

const addFormats = addFormatsPkg.default;
const schema = JSON.parse(readFileSync('schedules/schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv, ['date']);
const validate = ajv.compile(schema);

const read = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const errorsOf = (data: unknown) =>
  validate(data) ? [] : validate.errors!.map((e) => `${e.instancePath} ${e.message}`);

describe('schedules/schema.json', () => {
  it('names itself and compiles under ajv strict mode with nothing relaxed (above)', () => {
    expect(schema.$id).toBe('urn:railnext:schedule-file:1');
    expect(typeof validate).toBe('function');
  });

  const bundled = readdirSync('schedules').filter((f) => f.endsWith('.json') && f !== 'schema.json');

  it.each(bundled)('schedules/%s is valid and points editors at the schema', (file) => {
    const data = read(`schedules/${file}`) as Record<string, unknown>;
    expect(errorsOf(data)).toEqual([]);
    expect(data.$schema).toBe('./schema.json');
  });

  it('accepts the example user schedule', () => {
    expect(errorsOf(read('tests/fixtures/user/extra.json'))).toEqual([]);
  });

  it.each(['stations', 'routes'])('accepts names and translations (tests/fixtures/i18n/%s.json)', (name) => {
    expect(errorsOf(read(`tests/fixtures/i18n/${name}.json`))).toEqual([]);
  });

  it('rejects a translation in a language railnext does not speak, as the reader does', () => {
    const data = read('tests/fixtures/i18n/stations.json') as { stations: { names?: Record<string, string> }[] };
    data.stations[0]!.names = { de: 'Chasan' };
    expect(errorsOf(data)).not.toEqual([]);
  });

  it('accepts through cars, per-stop numbers, fares, citations and derived times, and rejects what the reader rejects in them', () => {
    const doc = read('tests/fixtures/through/cars.json') as any;
    expect(errorsOf(doc)).toEqual([]);
    doc.routes[0].services[0].fares[0].currency = 'rub';
    doc.routes[0].citations[0].date = 'March 2026';
    doc.routes[0].services[1].stops[1].runsIn = 5;
    expect(errorsOf(doc)).toEqual(
      expect.arrayContaining([
        '/routes/0/citations/0/date must match pattern "^\\d{4}(-\\d{2}(-\\d{2})?)?$"',
        '/routes/0/services/0/fares/0/currency must match pattern "^[A-Z]{3}$"',
      ]),
    );
    expect(errorsOf(doc).some((e) => e.startsWith('/routes/0/services/1/stops/1/runsIn'))).toBe(true);
  });

  // Structural faults: the schema rejects them, as the reader does.
  it.each([
    ['not-a-schedule', " must have required property 'stations'"],
    ['array', ' must be object'],
    ['day-of-month-32', '/routes/0/services/0/runs/days/1 must be <= 31'],
    ['no-such-date', '/routes/0/services/0/runs/added/0 must match format "date"'],
    ['unknown-field', '/routes/0/services/0/runs must NOT have additional properties'],
    ['proto', ' must NOT have additional properties'],
    // Ids every format writes as they are: the schema refuses what validate refuses.
    ['hostile-ids', `/stations/0/id must match pattern "${ID_PATTERN}"`],
    ['hostile-ids', `/stations/1/id must match pattern "${ID_PATTERN}"`],
    ['hostile-ids', `/stations/1/country must match pattern "${ID_PATTERN}"`],
    ['hostile-ids', `/routes/0/id must match pattern "${ID_PATTERN}"`],
    ['hostile-ids', `/routes/0/services/0/id must match pattern "${ID_PATTERN}"`],
  ])('rejects broken/%s.json: %s', (name, error) => {
    expect(errorsOf(read(`tests/fixtures/broken/${name}.json`))).toContain(error);
  });

  // Faults of meaning pass the schema: only `railnext validate` finds them.
  it.each([
    'unknown-station',
    'unknown-zone',
    'backwards',
    'february-30',
    'added-outside',
    'cancelled-outside',
    'first-after-last',
    'duplicate-id',
    'shared-alias',
    'stale',
  ])('accepts broken/%s.json (a fault of meaning)', (name) => {
    expect(errorsOf(read(`tests/fixtures/broken/${name}.json`))).toEqual([]);
  });

  it('rejects a mis-cased weekday, a time of 24:00 and an empty name', () => {
    const doc = read('schedules/khasan-tumangang.json') as any;
    const service = doc.routes[0].services[0];
    service.runs.weekdays = ['Mon'];
    service.stops[0].departure.time = '24:00';
    service.name = ' ';
    expect(errorsOf(doc)).toEqual([
      '/routes/0/services/0/name must match pattern "\\S"',
      '/routes/0/services/0/runs/weekdays/0 must be equal to one of the allowed values',
      '/routes/0/services/0/stops/0/departure/time must match pattern "^([01]\\d|2[0-3]):[0-5]\\d$"',
    ]);
  });
});
