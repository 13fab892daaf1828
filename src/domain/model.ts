/**
 * The timetable as the domain sees it: schedule files already read and checked.
 * Dates are epoch days and times are minutes after midnight, each with the zone
 * it belongs to (see days.ts, zones.ts).
 */
import type { EpochDay } from './days.js';

/** The languages a schedule may give translations in (its own text is English). */
export const TRANSLATED_LANGS = ['ru', 'zh', 'ko'] as const;
export type TranslatedLang = (typeof TRANSLATED_LANGS)[number];

/** Per-language text a schedule gives beside its English: `{ "ru": "Хасан", "ko": "하산" }`. */
export type Translations<T> = Partial<Record<TranslatedLang, T>>;

/** A schedule's own text in another language, beside its English (see README, "Languages"). */
export interface TextTranslation {
  name?: string;
  notes?: string[];
  note?: string;
  statusNote?: string;
  /** A travel fact's statement (tickets, entry). */
  text?: string;
  /** What a fare buys. */
  covers?: string;
}

export const CONFIDENCES = ['high', 'medium', 'low'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const STATUSES = ['running', 'announced', 'planned', 'suspended', 'seasonal', 'reported'] as const;
export type Status = (typeof STATUSES)[number];

export const MODES = ['train', 'bus', 'road', 'cableway', 'river'] as const;
export type Mode = (typeof MODES)[number];

export interface Location {
  lat: number;
  lon: number;
  confidence: Confidence;
  note?: string;
}

export interface Station {
  id: string;
  name: string;
  aliases: string[];
  city?: string;
  country: string;
  timeZone: string;
  location?: Location;
  notes: string[];
  /** The name in other scripts, where the schedule gives it: { ru: "Хасан", ko: "하산" }. */
  names?: Translations<string>;
  /** Where each of `names` comes from, per language, cited as any value's sources. */
  nameSources?: Translations<string[]>;
  /** Where the station was defined: "bundled" or a file path. */
  origin: string;
  /** The lastChecked of the file that defined it, when the file gives one. */
  lastChecked?: EpochDay;
}

/** Where a value comes from and how sure we are of it. */
export interface Provenance {
  confidence: Confidence;
  sources: string[];
  note?: string;
}

/** An arrival or a departure at one stop, as published. */
export interface StopEvent extends Provenance {
  /** Days after the service date; null when the date is not published. */
  day: number | null;
  /** Minutes after midnight on `zone`'s clock; null when not published. */
  time: number | null;
  /** The zone whose clock `day` and `time` are given in (the station's own unless published otherwise). */
  zone: string;
  /** Set when the time is derived: minutes after the departure from the previous stop. */
  journeyMinutes: number | null;
  /** The note in other languages. */
  translations?: Translations<TextTranslation>;
  /** True when the time is computed by us rather than published (journeyMinutes implies it). */
  derived: boolean;
}

export interface Stop {
  station: Station;
  arrival?: StopEvent;
  departure?: StopEvent;
  /** From this stop on the car runs under this number (K27 becomes 95 at Dandong); null: not published from here; absent: unchanged. */
  number?: string | null;
  /**
   * From this stop on the car runs inside the train of the service with this id
   * (the Irkutsk car inside 354 from Zabaikalsk); null: on its own again; absent: unchanged.
   */
  runsIn?: string | null;
  note?: string;
  /** The note in other languages. */
  translations?: Translations<TextTranslation>;
}

/** A published fare: "from 674 RUB" is { qualifier: 'from', amount: 674, currency: 'RUB' }. */
export interface Fare extends Provenance {
  amount: number;
  currency: string;
  /** 'exact', or how the source hedges it: 'from' (the lowest), 'about', 'over'. */
  qualifier: 'exact' | 'from' | 'about' | 'over';
  /** What the amount buys: "Zabaikalsk–Manzhouli, one way". */
  covers: string;
  /** `covers` in other languages. */
  translations?: Translations<TextTranslation>;
}

/**
 * A dated statement a traveller acts on: where tickets are sold, who may ride,
 * which visa rule holds. True as of `asOf`; a rule with its own end date
 * (a visa-free regime to 2026-09-14) gives it as `until`.
 */
export interface TravelFact extends Provenance {
  text: string;
  /** When the sources say it held: YYYY, YYYY-MM or YYYY-MM-DD. */
  asOf: string;
  /** The last day it holds by its own terms; null when it names none. */
  until: EpochDay | null;
  /** `text` in other languages. */
  translations?: Translations<TextTranslation>;
}

/** The kinds of travel facts a route carries, in the order they are shown. */
export const TRAVEL_FACT_KINDS = ['tickets', 'entry'] as const;
export type TravelFactKind = (typeof TRAVEL_FACT_KINDS)[number];

/** When a planned or announced route was due, as precisely as known: "2026-08" runs to the month's last day. */
export interface Due {
  /** As the schedule gives it: YYYY-MM or YYYY-MM-DD. */
  text: string;
  /** Its last day. */
  lastDay: EpochDay;
}

export const FARE_QUALIFIERS = ['exact', 'from', 'about', 'over'] as const;

/** A source as it is cited: title or site, its address when known, and its date. */
export interface Citation {
  title: string;
  url: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source is dated; null when it is undated. */
  date: string | null;
}

export type RunRule =
  | { every: 'day' }
  | { every: 'week'; weekdays: number[] } // ISO weekdays, 1 = Monday
  | { every: 'month'; days: number[] }; // days of the month, 1..31

export interface Runs {
  rule: RunRule;
  /** First service date. */
  from: EpochDay;
  /** Last service date, inclusive; null when open-ended. */
  until: EpochDay | null;
  added: EpochDay[];
  cancelled: EpochDay[];
  /** Zone whose calendar the service dates are counted in: the zone the origin's time is published in. */
  zone: string;
}

export interface Service extends Provenance {
  id: string;
  name: string;
  route: Route;
  mode: Mode;
  number: string | null;
  /** Where the train number comes from, when it is less certain than the service. */
  numberFact?: Provenance & { translations?: Translations<TextTranslation> };
  /** The name and notes in other languages. */
  translations?: Translations<TextTranslation>;
  status: Status;
  runs: Runs;
  /** Departures per service date when their times are not published (the Heihe bus runs four a day). */
  timesPerDay: number;
  stops: Stop[];
  notes: string[];
  /** Qualifies the status where the word alone misleads ("no run confirmed" for an announced car). */
  statusNote?: string;
  fares: Fare[];
}

export interface Route {
  id: string;
  name: string;
  mode: Mode;
  status: Status;
  confidence: Confidence;
  /** The name and notes in other languages. */
  translations?: Translations<TextTranslation>;
  notes: string[];
  sources: string[];
  /** The sources behind the route, cited in full. */
  citations: Citation[];
  /** Qualifies the status where the word alone misleads ("last seen 2025" for a reported tour train). */
  statusNote?: string;
  /** Where and how tickets are sold, as of when. */
  tickets: TravelFact[];
  /** Who may ride, documents, visa rules, as of when. */
  entry: TravelFact[];
  /** When a planned or announced route was due to open. */
  due?: Due;
  services: Service[];
  origin: string;
  /** The lastChecked of the file that defined it, when the file gives one. */
  lastChecked?: EpochDay;
}

export interface Catalog {
  stations: Station[];
  routes: Route[];
  services: Service[];
  /** The oldest last-checked date among the loaded schedule files. */
  lastChecked: EpochDay | null;
  /** How recent the newest source behind the data is (YYYY-MM), when the files say. */
  sourcesUpTo: string | null;
  /** Services a later schedule file left out when it replaced their route (its other direction, say): no longer listed. */
  dropped?: DroppedServices[];
}

/** A route replaced by a later file without some of its services. */
export interface DroppedServices {
  route: string;
  /** The ids of the services left out. */
  services: string[];
  /** The file of the replacing route, and the file of the route it replaced. */
  file: string;
  replaced: string;
}
