/**
 * Property tests (fast-check): random valid schedules and windows, checked
 * against the whole-window expansion, the service dates, and an independent
 * recurrence implementation (rrule, used only here); random command lines and
 * random documents never end in anything but a usage or data error.
 */
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPkg from 'ajv-formats';
import fc from 'fast-check';
import rrulePkg from 'rrule';
import { describe, expect, it } from 'vitest';
import { formatIsoDate, MS_PER_DAY, toEpochDay } from '../../src/domain/days.js';
import { expandLeg, type Departure } from '../../src/domain/expand.js';
import { runsOn, serviceDates } from '../../src/domain/rules.js';
import { buildCatalog, readCatalog } from '../../src/input/catalog.js';
import { DataError } from '../../src/errors.js';
import { runMain } from '../helpers/fake-io.js';

const { RRule } = rrulePkg;
const addFormats = addFormatsPkg.default;
const RUNS = { numRuns: 150 };

const STATIONS = [
  { id: 'khasan', name: 'Khasan', country: 'RU', timeZone: 'Asia/Vladivostok' },
  { id: 'tumangang', name: 'Tumangang', country: 'KP', timeZone: 'Asia/Pyongyang' },
  { id: 'suifenhe', name: 'Suifenhe', country: 'CN', timeZone: 'Asia/Shanghai' },
  { id: 'novosibirsk', name: 'Novosibirsk', country: 'RU', timeZone: 'Asia/Novosibirsk' },
  { id: 'moscow', name: 'Moscow', country: 'RU', timeZone: 'Europe/Moscow' },
];
const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
const FIRST_DAY = toEpochDay(2010, 1, 1);
const LAST_DAY = toEpochDay(2035, 12, 31);

const day = fc.integer({ min: FIRST_DAY, max: LAST_DAY });
const iso = (d: number) => formatIsoDate(d);
const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);

const rule = fc.oneof(
  fc.constant({ every: 'day' as const }),
  fc
    .uniqueArray(fc.constantFrom(...WEEKDAYS), { minLength: 1, maxLength: 7 })
    .map((weekdays) => ({ every: 'week' as const, weekdays })),
  fc
    .uniqueArray(fc.integer({ min: 1, max: 31 }), { minLength: 1, maxLength: 5 })
    .map((days) => ({ every: 'month' as const, days })),
);

/** A `runs` object whose extra and cancelled dates lie within its dates; a closed range spans 62 days or more, so every rule matches some date in it (the 31st recurs within 62 days). */
const runs = fc
  .record({
    rule,
    from: day,
    length: fc.option(fc.integer({ min: 62, max: 3000 }), { nil: undefined }),
    added: fc.array(fc.nat(3000), { maxLength: 3 }),
    cancelled: fc.array(fc.nat(3000), { maxLength: 3 }),
  })
  .map(({ rule, from, length, added, cancelled }) => {
    const span = length ?? 3000;
    const within = (n: number) => iso(from + (n % (span + 1)));
    return {
      ...rule,
      from: iso(from),
      ...(length !== undefined ? { until: iso(from + length) } : {}),
      added: added.map(within),
      cancelled: cancelled.map(within),
    };
  });

/** A service whose later times are derived from journey lengths (a departure counts from the previous departure, so it is the arrival's plus a 5-minute stop): they never run backwards. */
const service = (id: string) =>
  fc
    .record({
      runs,
      stations: fc.uniqueArray(fc.constantFrom(...STATIONS.map((s) => s.id)), { minLength: 2, maxLength: 4 }),
      time: clock,
      zone: fc.option(fc.constantFrom(...STATIONS.map((s) => s.timeZone)), { nil: undefined }),
      legs: fc.array(fc.integer({ min: 1, max: 3 * 1440 }), { minLength: 3, maxLength: 3 }),
    })
    .map(({ runs, stations, time, zone, legs }) => ({
      id,
      name: id,
      confidence: 'high',
      runs,
      stops: stations.map((station, i) => ({
        station,
        ...(i > 0 ? { arrival: { journeyMinutes: legs[i - 1], confidence: 'low' } } : {}),
        ...(i === 0
          ? { departure: { time, ...(zone ? { zone } : {}), confidence: 'high' } }
          : i < stations.length - 1
            ? { departure: { journeyMinutes: legs[i - 1]! + 5, confidence: 'low' } }
            : {}),
      })),
    }));

const document = fc.tuple(service('a'), service('b')).map((services) => ({
  lastChecked: '2026-11-22',
  stations: STATIONS,
  routes: [{ id: 'r', name: 'R', mode: 'train', status: 'running', services }],
}));

const window = fc
  .tuple(day, fc.integer({ min: 0, max: 400 }), fc.nat())
  .map(([first, length, cut]) => ({ first, last: first + length, cut: first + (cut % (length + 1)) }));

const key = (d: Departure) => `${d.service.id} ${d.serviceDate} ${d.from.instant}`;

describe('expansion (random valid schedules and windows)', () => {
  it('splitting a window in two gives the departures of the whole', () => {
    fc.assert(
      fc.property(document, window, (doc, { first, last, cut }) => {
        for (const s of buildCatalog([{ file: 'p.json', data: doc }]).services) {
          const leg = { service: s, fromIndex: 0, toIndex: s.stops.length - 1 };
          const whole = [...expandLeg(leg, first, last)].map(key);
          const parts = [...expandLeg(leg, first, cut - 1), ...expandLeg(leg, cut, last)].map(key);
          expect(parts).toEqual(whole);
        }
      }),
      RUNS,
    );
  });

  it('no departure falls outside its service dates, or on a date the service does not run', () => {
    fc.assert(
      fc.property(document, window, (doc, { first, last }) => {
        for (const s of buildCatalog([{ file: 'p.json', data: doc }]).services) {
          for (const d of expandLeg({ service: s, fromIndex: 0, toIndex: s.stops.length - 1 }, first, last)) {
            expect(d.serviceDate).toBeGreaterThanOrEqual(s.runs.from);
            if (s.runs.until !== null) expect(d.serviceDate).toBeLessThanOrEqual(s.runs.until);
            expect(runsOn(s.runs, d.serviceDate)).toBe(true);
            expect(d.from.epochDay! >= first && d.from.epochDay! <= last).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('weekday and day-of-month rules agree with rrule on the same dates', () => {
    const asDate = (d: number) => new Date(d * MS_PER_DAY);
    const RRULE_WEEKDAYS = [RRule.MO, RRule.TU, RRule.WE, RRule.TH, RRule.FR, RRule.SA, RRule.SU];
    fc.assert(
      fc.property(rule, day, fc.integer({ min: 0, max: 1500 }), (r, from, length) => {
        const data = { ...r, from: iso(from), until: iso(from + length) };
        const doc = {
          stations: STATIONS,
          routes: [
            {
              id: 'r',
              name: 'R',
              mode: 'train',
              status: 'running',
              services: [
                {
                  id: 's',
                  name: 's',
                  confidence: 'high',
                  runs: data,
                  stops: [
                    { station: 'khasan', departure: { time: '10:00', confidence: 'high' } },
                    { station: 'tumangang' },
                  ],
                },
              ],
            },
          ],
        };
        const { catalog, problems } = readCatalog([{ file: 'p.json', data: doc }]);
        const ours = catalog.services.length
          ? [...serviceDates(catalog.services[0]!.runs, from, from + length)].map(iso)
          : [];
        const options =
          r.every === 'day'
            ? { freq: RRule.DAILY }
            : r.every === 'week'
              ? { freq: RRule.WEEKLY, byweekday: r.weekdays.map((w) => RRULE_WEEKDAYS[WEEKDAYS.indexOf(w)]!) }
              : { freq: RRule.MONTHLY, bymonthday: r.days };
        const theirs = new RRule({ ...options, dtstart: asDate(from) })
          .between(asDate(from), asDate(from + length), true)
          .map((d) => d.toISOString().slice(0, 10));
        expect(ours).toEqual(theirs);
        // A rule that never runs in a closed range is reported instead of silently showing nothing.
        expect(problems.map((p) => p.message)).toEqual(
          theirs.length === 0
            ? [`the service never runs: no date from ${iso(from)} to ${iso(from + length)} matches its rule`]
            : [],
        );
      }),
      { numRuns: 200 },
    );
  });

  it('random valid documents pass both the JSON Schema and the reader', () => {
    const ajv = new Ajv2020({ strict: true });
    addFormats(ajv, ['date']);
    const validate = ajv.compile(JSON.parse(readFileSync('schedules/schema.json', 'utf8')));
    fc.assert(
      fc.property(document, (doc) => {
        expect(validate(doc) ? [] : validate.errors).toEqual([]);
        // A valid document may still earn a warning: a date both added and cancelled is allowed, and said.
        const problems = readCatalog([{ file: 'p.json', data: doc }]).problems;
        expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
        for (const p of problems)
          expect(p.message).toMatch(
            /^date \d{4}-\d{2}-\d{2} is both added and cancelled: it is taken as added, and the service runs$/,
          );
      }),
      { numRuns: 100 },
    );
  });
});

/** A JSON value with some of the keys and values a schedule has, to get past the first checks now and then. */
const jsonish = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.constantFrom(
      'khasan',
      'Asia/Pyongyang',
      'asia/pyongyang',
      '2026-02-30',
      '2026-12-01',
      '24:00',
      '10:00',
      'week',
      'month',
      'mon',
      '\u001b[2J',
      '__proto__',
      -1,
      32,
      0,
      1e308,
      null,
    ),
    fc.array(tie('value'), { maxLength: 3 }),
    fc.dictionary(
      fc.constantFrom(
        'id',
        'name',
        'stations',
        'routes',
        'services',
        'runs',
        'every',
        'days',
        'weekdays',
        'from',
        'until',
        'added',
        'cancelled',
        'stops',
        'station',
        'departure',
        'arrival',
        'time',
        'day',
        'zone',
        'journeyMinutes',
        'confidence',
        'timeZone',
        'country',
        'mode',
        'status',
        '__proto__',
        'constructor',
      ),
      tie('value'),
      { maxKeys: 6 },
    ),
  ),
})).value;

/** Replaces one value somewhere in a valid document. */
function mutate(doc: unknown, path: number[], replacement: unknown): unknown {
  if (path.length === 0 || doc === null || typeof doc !== 'object') return replacement;
  const entries = Array.isArray(doc) ? doc.map((v, i) => [String(i), v] as const) : Object.entries(doc);
  if (entries.length === 0) return replacement;
  const target = path[0]! % entries.length;
  const copy = entries.map(([k, v], i) => [k, i === target ? mutate(v, path.slice(1), replacement) : v] as const);
  return Array.isArray(doc) ? copy.map(([, v]) => v) : Object.fromEntries(copy);
}

describe('nothing but usage and data errors', () => {
  it('random schedule documents', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          jsonish,
          fc
            .tuple(document, fc.array(fc.nat(), { maxLength: 8 }), jsonish)
            .map(([doc, path, value]) => mutate(doc, path, value)),
        ),
        (data) => {
          try {
            buildCatalog([{ file: 'p.json', data }]);
          } catch (error) {
            if (!(error instanceof DataError)) throw error;
            for (const line of error.problems) expect(line).toMatch(/^p\.json(:\/| )/);
          }
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        },
      ),
      { numRuns: 200 },
    );
  });

  const token = fc.oneof(
    fc.constantFrom(
      'khasan',
      'pyongyang',
      'grodekovo',
      'hasan',
      'kh',
      '평양',
      'routes',
      'stations',
      'validate',
      'pyongyang-moscow',
      'nowhere',
      '',
    ),
    fc.constantFrom(
      '--date',
      '--until',
      '--days',
      '--next',
      '--tz',
      '--now',
      '--json',
      '--no-color',
      '--schedules',
      '--no-bundled',
      '--verbose',
      '--help',
      '--bogus',
      '-x',
    ),
    fc.constantFrom(
      'today',
      'tomorrow',
      'fri',
      '+3',
      '2026-12-01',
      '2026-02-30',
      '0',
      '7',
      '-1',
      '365244',
      'abc',
      'Asia/Tokyo',
      'asia/tokyo',
      'local',
    ),
    fc.constantFrom(
      '2026-12-01T09:00:00+10:00',
      '2026-12-01T25:00:00Z',
      'tests/fixtures/user',
      'tests/fixtures/broken/proto.json',
      'tests/fixtures/broken',
      'no/such/file',
    ),
    fc.string({ maxLength: 8 }),
  );

  // main() returns an exit code for usage and data errors and lets anything else escape: fast-check would catch it.
  it('random command lines', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(token, { maxLength: 7 }), async (argv) => {
        const r = await runMain(argv);
        expect([0, 1, 2, 3]).toContain(r.code);
        // An error is one line on stderr, except validate's report of bad data, which is its output (stdout).
        const report =
          r.code === 3 && (/ checked: \d+ errors?, /.test(r.stdout) || r.stdout.startsWith('{\n  "ok": false,'));
        if (r.code === 2 || (r.code === 3 && !report)) expect(r.stderr).toMatch(/^railnext: /);
      }),
      { numRuns: 150 },
    );
  });
});
