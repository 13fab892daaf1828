/**
 * The JSON documents railnext prints, written once as JSON Schemas (TypeBox),
 * as src/input/format.ts writes the schedule format. `npm run schema`
 * (scripts/schema.mjs) writes each into schemas/<kind>.json, shipped in the
 * package and named by every document's `$schema`; tests/e2e/json-schemas.test.ts
 * validates the real bin's output against them, and the checks at the end of
 * this file fail the type check when a renderer's type and its schema part.
 *
 * Every object is closed (`additionalProperties: false`): a key the renderer
 * adds without a schema change fails those tests. Like format.ts, this module
 * is read at build time and by the type checker only; the bin never imports it.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { CHANGE_STATUSES } from '../domain/bounds.js';
import { WEEKDAY_NAMES } from '../domain/days.js';
import { CONFIDENCES, FARE_QUALIFIERS, MODES, STATUSES } from '../domain/model.js';
import type { ValidateReport } from '../render/validate-report.js';
import type { JsonDeparture, JsonLookup } from '../render/json.js';
import type { JsonStation } from '../render/station-json.js';
import type { JsonArrivals, JsonJourney, JsonJourneys } from '../render/journeys-json.js';
import type { JsonNearest } from '../render/nearest-json.js';
import type { jsonRoutes, jsonStations } from '../render/listings.js';
import { schemaId, schemaPath, type DocumentKind } from '../render/schema-ids.js';

/** Named schemas: the generator writes each as a `$defs` entry of the documents that use it, and each use as a `$ref`. */
export const DEF_NAME = Symbol.for('railnext.output-schema.def');

function named<T extends TSchema>(name: string, schema: T): T {
  return { ...schema, [DEF_NAME]: name };
}

const closed = { additionalProperties: false } as const;
const object = <P extends Record<string, TSchema>>(properties: P, description?: string) =>
  Type.Object(properties, { ...closed, ...(description ? { description } : {}) });
const nullable = <T extends TSchema>(schema: T, description?: string) =>
  Type.Union([schema, Type.Null()], description ? { description } : {});
const oneOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ type: 'string', enum: [...values], ...(description ? { description } : {}) });
const strings = (description?: string) => Type.Array(Type.String(), description ? { description } : {});
const count = (description?: string) => Type.Integer({ minimum: 0, ...(description ? { description } : {}) });
const minutes = (description: string) => nullable(Type.Integer(), description);

const date = named(
  'date',
  Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', format: 'date', description: 'A local date, YYYY-MM-DD.' }),
);
const month = Type.String({ pattern: '^\\d{4}-\\d{2}$', description: 'A month, YYYY-MM.' });
const offset = '[+-]\\d{2}:\\d{2}';
const localInstant = named(
  'localInstant',
  Type.String({
    pattern: `^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}${offset}$`,
    format: 'date-time',
    description: 'ISO 8601 local date and time with its offset: 2026-12-02T15:30:00+10:00.',
  }),
);
const utcInstant = Type.String({
  pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:00Z$',
  format: 'date-time',
  description: 'The same instant in UTC: 2026-12-02T05:30:00Z.',
});

const confidence = named(
  'confidence',
  oneOf(CONFIDENCES, 'high: an operator or two reports; medium: one report; low: contradictions, or derived.'),
);
const status = named('status', oneOf(STATUSES));
const mode = named('mode', oneOf(MODES));
const sources = named('sources', strings('Where the value comes from, as cited in the schedules.'));
const changeStatus = named(
  'changeStatus',
  oneOf(CHANGE_STATUSES, 'sure: it works whatever is not published; possible: it may.'),
);

const names = named(
  'names',
  Type.Partial(
    object(
      { ru: Type.String(), zh: Type.String(), ko: Type.String() },
      'The name in other scripts, where the schedules give it.',
    ),
  ),
);

const station = named(
  'station',
  object({
    id: Type.String(),
    name: Type.String(),
    names: Type.Optional(names),
    country: Type.String({ description: 'ISO 3166-1 alpha-2.' }),
    timeZone: Type.String({ description: 'The IANA zone of the station’s clock.' }),
  }),
);

const event = named(
  'event',
  object(
    {
      station,
      date: nullable(date, 'The local date at the station; null when not published.'),
      time: nullable(
        Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' }),
        'The local time, HH:MM; null when not published.',
      ),
      at: nullable(
        localInstant,
        'The instant on the station’s clock (or the --tz zone’s); null when the time is not published.',
      ),
      utc: nullable(utcInstant, 'The instant in UTC; null when `at` is.'),
      utcOffset: nullable(Type.String({ pattern: `^${offset}$` }), 'The offset of `at`; null when `at` is.'),
      published: nullable(Type.String(), 'The time as published, with the zone of its clock: "08:30 Europe/Moscow".'),
      derived: Type.Boolean({ description: 'True when computed from a journey time.' }),
      confidence,
      sources,
    },
    'A departure or an arrival at one station.',
  ),
);

const fare = named(
  'fare',
  object({
    amount: Type.Number({ minimum: 0 }),
    currency: Type.String({ description: 'ISO 4217.' }),
    qualifier: oneOf(FARE_QUALIFIERS),
    covers: Type.String({ description: 'What the amount buys.' }),
    confidence,
    sources,
  }),
);

const throughCar = named(
  'throughCar',
  object(
    {
      service: Type.String(),
      name: Type.String(),
      from: Type.String({ description: 'The station id where the car starts.' }),
      to: Type.String({ description: 'The station id where the car goes.' }),
      number: nullable(Type.String(), 'The number the car leaves under here.'),
      numbers: strings('Every number it runs under on the way.'),
      arrival: event,
      durationMinutes: minutes('Null when either time is unknown.'),
    },
    'A car of another service that leaves in this train here.',
  ),
);

const departure = named(
  'departure',
  object(
    {
      service: Type.String(),
      route: Type.String(),
      name: Type.String(),
      mode,
      number: nullable(Type.String(), 'The train or bus number at the departure station; null when not published.'),
      numbers: strings('Every number on the part travelled, in order.'),
      departure: event,
      arrival: event,
      durationMinutes: minutes('Null when either end’s time is unknown.'),
      timesPerDay: Type.Integer({ minimum: 1 }),
      status,
      statusNote: nullable(Type.String()),
      confidence,
      notes: strings(),
      sources,
      fares: Type.Array(fare),
      throughCars: Type.Array(throughCar),
    },
    'One departure: a line of `--format ndjson`.',
  ),
);

const dataAge = named(
  'dataAge',
  nullable(
    object({
      daysSinceChecked: nullable(Type.Integer()),
      staleAfterDays: count(),
      stale: Type.Boolean(),
      warning: nullable(Type.String(), 'The line printed on stderr once the data is stale.'),
    }),
  ),
);

/** The fields every answer ends with. */
const checked = {
  lastChecked: nullable(date, 'When the data was last checked against its sources.'),
  sourcesUpTo: nullable(month, 'The month of the newest source behind it.'),
  dataAge,
};

/** `"$schema"`: the document's own schema file, in the installed package. */
const schemaOf = (kind: DocumentKind) =>
  Type.Literal(schemaPath(kind), { description: 'This schema, in the installed package (docs/json.md).' });

/** What a route or service is and how it stands, in `nearest` (render/nearest-json.ts). */
const standing = {
  name: Type.String(),
  mode,
  status,
  statusNote: nullable(Type.String()),
  overdue: Type.Boolean({ description: 'Past its due date with no opening, or announced a year on with no run.' }),
};

const nearbyStation = object({
  station,
  distanceKm: count('Great-circle distance between the stations’ coordinates, in whole kilometres.'),
  services: Type.Array(
    object({
      service: Type.String(),
      route: Type.String(),
      ...standing,
      listed: Type.Boolean({ description: 'False where its dates at this station are not published.' }),
    }),
  ),
});

const nearest = object(
  {
    maxKm: count('The farthest a station may be to be named.'),
    limit: count('The most stations named on each side.'),
    nearOrigin: nullable(
      Type.Array(nearbyStation),
      'Stations near the origin from which a service reaches the destination; null when the origin has no coordinates.',
    ),
    nearDestination: nullable(
      Type.Array(nearbyStation),
      'Stations near the destination that a service from the origin reaches; null when it has no coordinates.',
    ),
    routes: Type.Array(object({ route: Type.String(), ...standing }), {
      description: 'Routes listed without a timetable whose name names either place.',
    }),
  },
  'Only when no service runs between the two stations: where to turn instead.',
);

const departures = object({
  $schema: schemaOf('departures'),
  query: nullable(Type.String(), 'As typed; null for every service.'),
  destination: nullable(Type.String(), 'Station id, when a destination was given.'),
  from: date,
  until: date,
  departures: Type.Array(departure),
  next: Type.Optional(nullable(departure, 'Only when `departures` is empty: the first departure after the window.')),
  reason: nullable(Type.String(), 'Why no departure can be listed at all.'),
  nearest: Type.Optional(nearest),
  notes: strings(),
  ...checked,
});

const change = named(
  'change',
  object({
    station,
    status: changeStatus,
    waitMinutes: minutes('The wait when both times are known.'),
    minWaitMinutes: count(),
    maxWaitMinutes: nullable(count(), 'Null when unbounded.'),
    arriveBy: nullable(localInstant, 'The latest arrival that still leaves the change time.'),
  }),
);

const journey = named(
  'journey',
  object(
    {
      id: Type.Integer({ minimum: 1 }),
      status: changeStatus,
      durationMinutes: minutes('First departure to last arrival, when both times are known.'),
      minDurationMinutes: nullable(count()),
      maxDurationMinutes: nullable(count(), 'Null when nothing bounds the last arrival.'),
      legs: Type.Array(departure, { minItems: 1 }),
      changes: Type.Array(change, { description: 'changes[i] is between legs[i] and legs[i + 1].' }),
    },
    'One journey: a line of `--format ndjson`.',
  ),
);

const journeys = object({
  $schema: schemaOf('journeys'),
  query: nullable(Type.String(), 'The first station as typed.'),
  destination: Type.String(),
  from: date,
  until: date,
  arriveBy: nullable(date),
  changeMinutes: count(),
  maxChanges: count(),
  maxWaitDays: count(),
  journeys: Type.Array(journey),
  next: Type.Optional(Type.Array(journey, { description: 'Only when `journeys` is empty (not for --arrive-by).' })),
  notes: strings(),
  ...checked,
});

const arrivals = object({
  $schema: schemaOf('arrivals'),
  destination: Type.String({ description: 'The station id arrived at.' }),
  from: date,
  until: date,
  arrivals: Type.Array(departure, { description: 'By arrival; each from the first stop it can be boarded at.' }),
  notes: strings(),
  ...checked,
});

const citation = named(
  'citation',
  object({ title: Type.String(), url: nullable(Type.String()), date: nullable(Type.String()) }),
);

const travelFact = named(
  'travelFact',
  object({
    text: Type.String(),
    asOf: Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$' }),
    until: nullable(date),
    ended: Type.Boolean({ description: 'True once --now is past `until`.' }),
    confidence,
    sources,
  }),
);

const stopEvent = named(
  'stopEvent',
  nullable(
    object({
      day: nullable(count(), 'Days after the service date; null when not published.'),
      time: nullable(Type.String({ pattern: '^([01]\\d|2[0-3]):[0-5]\\d$' })),
      zone: Type.String(),
      journeyMinutes: nullable(count()),
      derived: Type.Boolean(),
      confidence,
      sources,
      note: Type.Optional(Type.String()),
    }),
  ),
);

/** A service's dates: its rule's fields, then the rest. */
const runs = <P extends Record<string, TSchema>>(rule: P) =>
  object({
    ...rule,
    from: date,
    until: nullable(date),
    added: Type.Array(date),
    cancelled: Type.Array(date),
    zone: Type.String(),
    inWords: Type.String(),
  });

const service = named(
  'service',
  object({
    id: Type.String(),
    name: Type.String(),
    mode,
    number: nullable(Type.String()),
    numberFact: nullable(object({ confidence, sources, note: nullable(Type.String()) })),
    status,
    statusNote: nullable(Type.String()),
    overdue: Type.Boolean(),
    confidence,
    runs: Type.Union(
      [
        runs({ every: Type.Literal('day') }),
        runs({ every: Type.Literal('week'), weekdays: Type.Array(oneOf(WEEKDAY_NAMES)) }),
        runs({ every: Type.Literal('month'), days: Type.Array(Type.Integer({ minimum: 1, maximum: 31 })) }),
      ],
      { description: 'The service dates: every day, on these weekdays, or on these days of the month.' },
    ),
    timesPerDay: Type.Integer({ minimum: 1 }),
    stops: Type.Array(
      object({
        station: Type.String(),
        arrival: stopEvent,
        departure: stopEvent,
        number: Type.Optional(nullable(Type.String())),
        runsIn: Type.Optional(nullable(Type.String())),
        note: Type.Optional(Type.String()),
      }),
    ),
    notes: strings(),
    sources,
    fares: Type.Array(fare),
  }),
);

const routes = object({
  $schema: schemaOf('routes'),
  lastChecked: checked.lastChecked,
  sourcesUpTo: checked.sourcesUpTo,
  routes: Type.Array(
    object({
      id: Type.String(),
      name: Type.String(),
      mode,
      status,
      statusNote: nullable(Type.String()),
      due: nullable(Type.String({ description: 'When a planned route was due: YYYY-MM or YYYY-MM-DD.' })),
      overdue: Type.Boolean(),
      confidence,
      origin: Type.String({ description: '"bundled", or the file that defined it.' }),
      tickets: Type.Array(travelFact),
      entry: Type.Array(travelFact),
      notes: strings(),
      sources,
      citations: Type.Array(citation),
      services: Type.Array(service),
    }),
  ),
});

const stations = object({
  $schema: schemaOf('stations'),
  stations: Type.Array(
    object({
      id: Type.String(),
      name: Type.String(),
      names: Type.Optional(names),
      nameSources: Type.Optional(
        Type.Partial(object({ ru: sources, zh: sources, ko: sources }, 'Where each of `names` comes from.')),
      ),
      aliases: strings(),
      city: Type.Optional(Type.String()),
      country: Type.String(),
      timeZone: Type.String(),
      location: nullable(
        object({
          lat: Type.Number({ minimum: -90, maximum: 90 }),
          lon: Type.Number({ minimum: -180, maximum: 180 }),
          confidence,
          note: Type.Optional(Type.String()),
        }),
      ),
      origin: Type.String({ description: '"bundled", or the file that defined it.' }),
    }),
  ),
});

const validate = object({
  $schema: schemaOf('validate'),
  ok: Type.Boolean({ description: 'False when any problem is an error.' }),
  files: strings(),
  errors: count(),
  warnings: count(),
  problems: Type.Array(
    object({
      file: Type.String({ description: '<stdin> for `validate -`.' }),
      pointer: nullable(Type.String(), 'JSON pointer of the value at fault; null for the whole file.'),
      message: Type.String(),
      severity: oneOf(['error', 'warning'] as const),
      line: nullable(Type.Integer({ minimum: 1 })),
      suggestion: Type.Optional(Type.String({ description: 'The known id closest to an unknown one.' })),
    }),
  ),
});

const TITLES: Record<DocumentKind, [TSchema, string, string]> = {
  departures: [
    departures,
    'railnext departures',
    'The answer of `railnext … --json`: departures of a place in a window. Each line of `--format ndjson` is a `$defs/departure`.',
  ],
  journeys: [
    journeys,
    'railnext journeys',
    'Journeys with changes (`--journeys`, `--arrive-by`, or a FROM TO lookup with no direct departure). Each line of `--format ndjson` is a `$defs/journey`.',
  ],
  arrivals: [
    arrivals,
    'railnext arrivals',
    'Rides arriving at a station from anywhere (`--to`). Each line of `--format ndjson` is a `$defs/departure`.',
  ],
  routes: [routes, 'railnext routes', 'The catalogue’s routes and services (`railnext routes --json`).'],
  stations: [stations, 'railnext stations', 'The catalogue’s stations (`railnext stations --json`).'],
  validate: [validate, 'railnext validate report', 'Every problem in the schedules (`railnext validate --json`).'],
};

/** Each document's schema, with its `$id`, title and description: what scripts/schema.mjs writes. */
export const DOCUMENTS = Object.fromEntries(
  Object.entries(TITLES).map(([kind, [schema, title, description]]) => [
    kind,
    {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: schemaId(kind as DocumentKind),
      title,
      description,
      ...schema,
    },
  ]),
) as Record<DocumentKind, TSchema>;

// The renderers' types and the schemas must say the same: each check fails the type check when they part.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const agree = <A, B>(same: Same<A, B>) => same;
agree<Static<typeof station>, JsonStation>(true);
agree<Static<typeof departure>, JsonDeparture>(true);
agree<Static<typeof departures>, JsonLookup>(true);
agree<Static<typeof nearest>, JsonNearest>(true);
agree<Static<typeof journey>, JsonJourney>(true);
agree<Static<typeof journeys>, JsonJourneys>(true);
agree<Static<typeof arrivals>, JsonArrivals>(true);
type RouteOut = ReturnType<typeof jsonRoutes>['routes'][number];
type ServiceOut = RouteOut['services'][number];
type ServiceSchema = Static<typeof service>;
agree<Omit<Static<typeof routes>, 'routes'>, Omit<ReturnType<typeof jsonRoutes>, 'routes'>>(true);
agree<Omit<Static<typeof routes>['routes'][number], 'services'>, Omit<RouteOut, 'services'>>(true);
agree<Omit<ServiceSchema, 'runs'>, Omit<ServiceOut, 'runs'>>(true);
// The renderer builds `runs` by spreading its rule's fields, a type TypeScript cannot narrow to the schema's union.
agree<ServiceSchema['runs'] extends ServiceOut['runs'] ? true : false, true>(true);
agree<Static<typeof stations>, ReturnType<typeof jsonStations>>(true);
agree<Static<typeof validate>, ValidateReport & { $schema: string }>(true);
