/**
 * The schedule format, written once. `schedules/schema.json` is generated from
 * it (`npm run schema`, scripts/schema.mjs) and the reader's types are derived
 * from it (`Static`), so the schema editors read, the TypeScript types and
 * the fields the reader knows cannot drift apart.
 *
 * This module is read at build time and by the type checker only: the bin
 * imports its types, never its values, so TypeBox stays out of the bundle.
 * The meaning of the values (a date that exists, a zone ICU knows, an id no
 * format has to escape, stations that exist, times in order) is checked by
 * the reader and checks.ts, which no schema can express.
 */
import { Type, type Static, type TSchema } from '@sinclair/typebox';
import { WEEKDAY_NAMES } from '../domain/days.js';
import { CONFIDENCES, FARE_QUALIFIERS, MODES, STATUSES, TRANSLATED_LANGS } from '../domain/model.js';
import { MAX_LENGTH } from './reader.js';

/**
 * Named schemas: the generator writes each as a `$defs` entry and every use
 * of it as a `$ref` (with the use's own description, if it has one). The name
 * rides on the schema under this symbol, which TypeBox copies into
 * `Type.Optional(…)` and JSON leaves out.
 */
export const DEF_NAME = Symbol.for('railnext.schema.def');
export const DEFS = new Map<string, TSchema>();

function named<T extends TSchema>(name: string, schema: T): T {
  const def = { ...schema, [DEF_NAME]: name };
  DEFS.set(name, def);
  return def;
}

/** `schema` where it is used with a description of its own. */
const described = <T extends TSchema>(schema: T, description: string): T => ({ ...schema, description });

/** One of a fixed list of strings (JSON Schema's `enum`). */
const oneOf = <T extends string>(values: readonly T[], description?: string) =>
  Type.Unsafe<T>({ enum: [...values], ...(description ? { description } : {}) });

/** Text with at least one character that is not white space. */
const text = (maxLength: number, description?: string) =>
  Type.String({ pattern: '\\S', maxLength, ...(description ? { description } : {}) });

/** A list of strings, each at most `maxLength` long. */
const texts = (maxLength: number, description?: string) =>
  Type.Array(Type.String({ maxLength }), description ? { description } : {});

const strict = { additionalProperties: false } as const;

export const DATE = '^\\d{4}-\\d{2}-\\d{2}$';
export const TIME = '^([01]\\d|2[0-3]):[0-5]\\d$';
/** What the text guard (src/text-guard.ts) would change, and a start a spreadsheet reads as a formula. */
const ID =
  '^(?![=+@-])(?=.*\\S)[^\\u0000-\\u001f\\u007f-\\u009f\\u061c\\u200e\\u200f\\u2028\\u2029\\u202a-\\u202e\\u2066-\\u2069]+$';
/** The shape of a zone id; whether ICU knows it is the reader's question. */
const ZONE = '^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$';

const date = named('date', Type.String({ pattern: DATE, format: 'date', description: 'A calendar date, YYYY-MM-DD.' }));

const id = named(
  'id',
  Type.String({
    pattern: ID,
    maxLength: MAX_LENGTH.id,
    description:
      'A lasting id, used in stop lists and on the command line. The same id in a later file replaces this one. Every format writes it as it is, so it holds no control, bidi or line-separator character and does not start like a spreadsheet formula (=, +, -, @).',
  }),
);

const confidence = named(
  'confidence',
  oneOf(
    CONFIDENCES,
    'high: stated by an operator or two independent reports; medium: one report; low: contradictions, or derived.',
  ),
);

const status = named(
  'status',
  oneOf(
    STATUSES,
    'running; announced (dates given, no run confirmed); planned; suspended; seasonal (depends on the river or the ice, no fixed dates); reported (one report, not confirmed).',
  ),
);

const zone = named(
  'zone',
  Type.String({
    pattern: ZONE,
    maxLength: MAX_LENGTH.id,
    description: 'An IANA time zone id, spelled with its exact case, e.g. Asia/Vladivostok.',
  }),
);

const sources = named(
  'sources',
  texts(MAX_LENGTH.text, 'Where the value comes from, e.g. "EurAsian Times / RIA Novosti, 2024-12".'),
);

/** Per language railnext speaks besides English, an object of the given fields. */
function translationsOf<P extends Record<string, TSchema>>(fields: P, description: string) {
  const one = () => Type.Partial(Type.Object(fields, strict));
  const [ru, zh, ko] = TRANSLATED_LANGS;
  return Type.Partial(
    Type.Object(
      { [ru]: one(), [zh]: one(), [ko]: one() } as Record<(typeof TRANSLATED_LANGS)[number], ReturnType<typeof one>>,
      { ...strict, description },
    ),
  );
}

const names = named(
  'names',
  Type.Partial(
    Type.Object(
      { ru: text(MAX_LENGTH.name), zh: text(MAX_LENGTH.name), ko: text(MAX_LENGTH.name) },
      {
        ...strict,
        description:
          'The name in other scripts, one per language: ru (Cyrillic), zh (simplified Chinese), ko (Hangul). Shown with --lang; the English name stays the name.',
      },
    ),
  ),
);

const textTranslations = named(
  'textTranslations',
  translationsOf(
    {
      name: text(MAX_LENGTH.name),
      notes: texts(MAX_LENGTH.text, 'One translation for each English note, in the same order.'),
      statusNote: text(MAX_LENGTH.name),
    },
    "This object's name, notes and status note in other languages (ru, zh, ko), shown with --lang; the English stays as written.",
  ),
);

const noteTranslations = named(
  'noteTranslations',
  translationsOf({ note: text(MAX_LENGTH.text) }, 'The note in other languages (ru, zh, ko), shown with --lang.'),
);

const serviceTranslations = named(
  'serviceTranslations',
  translationsOf(
    {
      name: text(MAX_LENGTH.name),
      notes: texts(MAX_LENGTH.text, 'One translation for each English note, in the same order.'),
      statusNote: text(MAX_LENGTH.name),
    },
    "This service's name, notes and status note in other languages (ru, zh, ko), shown with --lang; the English stays as written.",
  ),
);

const factTranslations = named(
  'factTranslations',
  translationsOf({ text: text(MAX_LENGTH.text) }, 'The statement in other languages (ru, zh, ko), shown with --lang.'),
);

const fareTranslations = named(
  'fareTranslations',
  translationsOf(
    { covers: text(MAX_LENGTH.name) },
    'What the fare buys, in other languages (ru, zh, ko), shown with --lang.',
  ),
);

const location = Type.Object(
  {
    lat: Type.Number({ minimum: -90, maximum: 90 }),
    lon: Type.Number({ minimum: -180, maximum: 180 }),
    confidence: Type.Optional(confidence),
    note: Type.Optional(text(MAX_LENGTH.text)),
  },
  strict,
);

export const station = named(
  'station',
  Type.Object(
    {
      id,
      name: text(MAX_LENGTH.name),
      names: Type.Optional(names),
      nameSources: Type.Optional(
        Type.Partial(
          Type.Object(
            { ru: sources, zh: sources, ko: sources },
            {
              ...strict,
              description:
                "Where each name of `names` comes from, per language: its sources, cited as any value's (the operator's page, the national railway's timetable, or the Wikipedia article in that language).",
            },
          ),
        ),
      ),
      aliases: Type.Optional(
        texts(MAX_LENGTH.name, 'Other names and spellings users type, in any script. No two stations may share one.'),
      ),
      city: Type.Optional(text(MAX_LENGTH.name)),
      country: Type.String({
        pattern: ID,
        maxLength: MAX_LENGTH.id,
        description: 'ISO 3166-1 alpha-2 code, e.g. RU, KP, CN.',
      }),
      timeZone: zone,
      location: Type.Optional(location),
      notes: Type.Optional(texts(MAX_LENGTH.text)),
    },
    strict,
  ),
);

/** The `if`/`then` of an event: a derived time has no time or day of its own; a time needs a known day. */
const eventRules = [
  {
    if: { required: ['journeyMinutes'], properties: { journeyMinutes: true } },
    then: { not: { required: ['day'], properties: { day: true } }, properties: { time: { type: 'null' } } },
  },
  {
    if: { required: ['day'], properties: { day: { type: 'null' } } },
    then: { properties: { time: { type: 'null' } } },
  },
];

export const event = named(
  'event',
  Type.Object(
    {
      day: Type.Optional(
        Type.Unsafe<number | null>({
          type: ['integer', 'null'],
          minimum: 0,
          maximum: 366,
          description: 'Days after the service date (default 0); null when the date is not published.',
        }),
      ),
      time: Type.Optional(
        Type.Unsafe<string | null>({
          type: ['string', 'null'],
          pattern: TIME,
          description: 'HH:MM on the clock of `zone`; absent or null when not published.',
        }),
      ),
      zone: Type.Optional(described(zone, "The zone whose clock `time` was published in, when not the station's own.")),
      journeyMinutes: Type.Optional(
        Type.Integer({
          minimum: 0,
          maximum: 60 * 24 * 366,
          description: "Instead of a time: minutes after the previous stop's departure (marked as derived).",
        }),
      ),
      derived: Type.Optional(
        Type.Boolean({
          description:
            'True when `time` is computed from other published facts rather than published itself (shown as derived).',
        }),
      ),
      confidence,
      sources: Type.Optional(sources),
      note: Type.Optional(text(MAX_LENGTH.text)),
      translations: Type.Optional(noteTranslations),
    },
    { ...strict, description: 'An arrival or a departure, as published.', allOf: eventRules },
  ),
);

export const stop = named(
  'stop',
  Type.Object(
    {
      station: described(id, 'The id of a station in this or another loaded file.'),
      arrival: Type.Optional(event),
      departure: Type.Optional(event),
      note: Type.Optional(text(MAX_LENGTH.text)),
      translations: Type.Optional(noteTranslations),
      number: Type.Optional(
        Type.Unsafe<string | null>({
          type: ['string', 'null'],
          pattern: '\\S',
          maxLength: MAX_LENGTH.id,
          description:
            'From this stop on, the car runs under this train number (K27 becomes 95 at Dandong); null: not published from here.',
        }),
      ),
      runsIn: Type.Optional(
        Type.Union([id, Type.Null()], {
          description:
            'From this stop on, the car runs inside the train of the service with this id (one row at a station, not two); null: on its own again.',
        }),
      ),
    },
    strict,
  ),
);

/** Which list each rule reads. */
const runsRules = [
  {
    if: { properties: { every: { const: 'week' } } },
    then: { required: ['weekdays'], properties: { weekdays: true } },
  },
  { if: { properties: { every: { const: 'month' } } }, then: { required: ['days'], properties: { days: true } } },
];

export const runs = named(
  'runs',
  Type.Object(
    {
      every: oneOf(['day', 'week', 'month'] as const),
      weekdays: Type.Optional(
        Type.Array(
          Type.Unsafe<(typeof WEEKDAY_NAMES)[number]>({
            type: 'string',
            maxLength: MAX_LENGTH.id,
            enum: [...WEEKDAY_NAMES],
          }),
          { minItems: 1 },
        ),
      ),
      days: Type.Optional(
        Type.Array(Type.Integer({ minimum: 1, maximum: 31 }), {
          minItems: 1,
          description: 'Days of the month; a day a month lacks is skipped.',
        }),
      ),
      from: described(date, 'The first service date.'),
      until: Type.Optional(Type.Union([date, Type.Null()], { description: 'The last service date, inclusive.' })),
      added: Type.Optional(Type.Array(date, { description: 'Extra service dates, within from–until.' })),
      cancelled: Type.Optional(Type.Array(date, { description: 'Dates it does not run, within from–until.' })),
    },
    { ...strict, allOf: runsRules },
  ),
);

const numberFact = Type.Object(
  {
    value: text(MAX_LENGTH.id),
    confidence,
    sources: Type.Optional(sources),
    note: Type.Optional(text(MAX_LENGTH.text)),
    translations: Type.Optional(noteTranslations),
  },
  strict,
);

const number = named('number', Type.Union([text(MAX_LENGTH.id), Type.Null(), numberFact]));

export const fare = named(
  'fare',
  Type.Object(
    {
      amount: Type.Number({ exclusiveMinimum: 0 }),
      currency: Type.String({
        pattern: '^[A-Z]{3}$',
        maxLength: MAX_LENGTH.id,
        description: 'ISO 4217 code, e.g. RUB, CNY.',
      }),
      qualifier: Type.Optional(
        oneOf(FARE_QUALIFIERS, 'How the source gives the amount: exact (default), from (the lowest), about, over.'),
      ),
      covers: text(MAX_LENGTH.name, 'What the amount buys, e.g. "Zabaikalsk–Manzhouli, one way".'),
      confidence,
      sources: Type.Optional(sources),
      note: Type.Optional(text(MAX_LENGTH.text)),
      translations: Type.Optional(fareTranslations),
    },
    { ...strict, description: 'A published fare, with its source and confidence.' },
  ),
);

export const service = named(
  'service',
  Type.Object(
    {
      id,
      name: text(MAX_LENGTH.name),
      number: Type.Optional(
        described(number, 'The train or bus number, or {value, confidence, sources} when less sure than the service.'),
      ),
      status: Type.Optional(described(status, "Defaults to the route's.")),
      confidence,
      sources: Type.Optional(sources),
      note: Type.Optional(text(MAX_LENGTH.text)),
      notes: Type.Optional(texts(MAX_LENGTH.text)),
      translations: Type.Optional(serviceTranslations),
      runs,
      timesPerDay: Type.Optional(
        Type.Integer({
          minimum: 1,
          maximum: 1440,
          description: 'Departures per service date whose times are not published.',
        }),
      ),
      stops: Type.Array(stop, { minItems: 2, description: 'In order; the first needs a departure.' }),
      statusNote: Type.Optional(
        text(MAX_LENGTH.name, 'Qualifies the status where the word alone misleads, e.g. "no run confirmed".'),
      ),
      fares: Type.Optional(Type.Array(fare)),
    },
    strict,
  ),
);

export const citation = named(
  'citation',
  Type.Object(
    {
      title: text(MAX_LENGTH.name, 'The title or site.'),
      url: Type.Optional(text(MAX_LENGTH.text)),
      date: Type.Union(
        [Type.String({ pattern: '^\\d{4}(-\\d{2}(-\\d{2})?)?$', maxLength: MAX_LENGTH.id }), Type.Null()],
        {
          description: 'When the source was published, as precisely as known; null when it is undated.',
        },
      ),
    },
    { ...strict, description: 'A source cited in full.' },
  ),
);

export const travelFact = named(
  'travelFact',
  Type.Object(
    {
      text: text(MAX_LENGTH.text),
      asOf: Type.String({
        pattern: '^\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?)?$',
        maxLength: 10,
        description: 'When the sources say it held: YYYY, YYYY-MM or YYYY-MM-DD.',
      }),
      until: Type.Optional(
        Type.Union([date, Type.Null()], {
          description:
            'The last day it holds by its own terms (a visa-free rule to 2026-09-14); once past, railnext says it has run out and nothing later is known.',
        }),
      ),
      confidence,
      sources: Type.Optional(sources),
      translations: Type.Optional(factTranslations),
    },
    {
      ...strict,
      description:
        'A dated statement a traveller acts on (where tickets are sold, who may ride, a visa rule), with its confidence and sources.',
    },
  ),
);

export const route = named(
  'route',
  Type.Object(
    {
      id,
      name: text(MAX_LENGTH.name),
      mode: oneOf(MODES),
      status,
      statusNote: Type.Optional(
        text(MAX_LENGTH.name, 'Qualifies the status where the word alone misleads, e.g. "last seen 2025".'),
      ),
      due: Type.Optional(
        Type.String({
          pattern: '^\\d{4}-(0[1-9]|1[0-2])(-\\d{2})?$',
          description:
            'For a planned or announced route: when it was due to open, a month (YYYY-MM, to its last day) or a day. Once --now is past it, railnext says it is overdue.',
        }),
      ),
      confidence: Type.Optional(confidence),
      notes: Type.Optional(texts(MAX_LENGTH.text)),
      translations: Type.Optional(textTranslations),
      sources: Type.Optional(sources),
      tickets: Type.Optional(
        Type.Array(travelFact, { description: 'Where and how tickets are sold, how far ahead, online or not.' }),
      ),
      entry: Type.Optional(
        Type.Array(travelFact, {
          description: 'Who may ride, the documents needed, the visa rules known and until when.',
        }),
      ),
      services: Type.Optional(Type.Array(service)),
      citations: Type.Optional(
        Type.Array(citation, {
          description: "The route's sources cited in full: title or site, URL when known, date.",
        }),
      ),
    },
    strict,
  ),
);

/** A schedule file: stations, routes or both. */
export const scheduleFile = Type.Object(
  {
    $schema: Type.Optional(
      Type.String({ description: 'This schema, for editors: "./schema.json" beside the bundled files.' }),
    ),
    lastChecked: Type.Optional(
      described(
        date,
        'When the data was last checked against its sources. `railnext validate` warns when it is over a year old.',
      ),
    ),
    sourcesUpTo: Type.Optional(
      Type.String({
        pattern: '^\\d{4}-(0[1-9]|1[0-2])$',
        maxLength: MAX_LENGTH.id,
        description: 'The month of the newest source behind the data (YYYY-MM); shown beside lastChecked.',
      }),
    ),
    stations: Type.Optional(Type.Array(station)),
    routes: Type.Optional(Type.Array(route)),
  },
  {
    ...strict,
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'urn:railnext:schedule-file:1',
    title: 'railnext schedule file',
    description:
      "Stations and routes for railnext. Every value should trace to a cited public source. See the README's Schedules section.",
    anyOf: [
      { required: ['stations'], properties: { stations: true } },
      { required: ['routes'], properties: { routes: true } },
    ],
  },
);

export type ScheduleFile = Static<typeof scheduleFile>;
export type StationJson = Static<typeof station>;
export type RouteJson = Static<typeof route>;
export type ServiceJson = Static<typeof service>;
export type StopJson = Static<typeof stop>;
export type EventJson = Static<typeof event>;
export type RunsJson = Static<typeof runs>;
export type FareJson = Static<typeof fare>;
export type CitationJson = Static<typeof citation>;
export type TravelFactJson = Static<typeof travelFact>;
