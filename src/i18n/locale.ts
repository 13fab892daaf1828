/**
 * What the renderers speak with: the catalogue of the chosen language, and
 * the schedules' own names and notes in that language where the schedules
 * give them. English is the schedules' own text, untouched.
 */
import type { Route, Service, Station, TextTranslation, Translations } from '../domain/model.js';
import { en } from './en.js';
import type { Messages } from './messages.js';

export interface Locale {
  m: Messages;
  /** "Хасан" for Khasan in Russian; the English name where the schedule gives none. */
  station(station: Station): string;
  /** A route's or service's name: its translation, else made of its stations' names ("Хасан → Туманган"), else the English. */
  name(owner: Route | Service): string;
  /** Notes in the language where the schedule translates them, else as written. */
  notes(owner: { notes: string[]; translations?: Translations<TextTranslation> }): string[];
  /** One note (an event's, a stop's) in the language, else as written. */
  note(owner: { note?: string; translations?: Translations<TextTranslation> }): string | undefined;
  /** A route's or service's status note ("no run confirmed") in the language, else as written. */
  statusNote(owner: Route | Service): string | undefined;
  /** A travel fact's statement in the language, else as written. */
  text(owner: { text: string; translations?: Translations<TextTranslation> }): string;
  /** What a fare buys, in the language, else as written. */
  covers(owner: { covers: string; translations?: Translations<TextTranslation> }): string;
  /**
   * Every station's name in the language, with and without its parenthesis
   * ("北京"): the line-breaker keeps each whole where Chinese would otherwise
   * break between its characters. None in English, which breaks at spaces.
   */
  readonly stationNames: readonly string[];
}

export const english: Locale = {
  m: en,
  station: (s) => s.name,
  name: (o) => o.name,
  notes: (o) => o.notes,
  note: (o) => o.note,
  statusNote: (o) => o.statusNote,
  text: (o) => o.text,
  covers: (o) => o.covers,
  stationNames: [],
};

/** "Khasan → Tumangang", "Khasan ⇄ Tumangang": names joined by an arrow. */
const JOINED = / (→|⇄) /;

/** The locale of `m` over `stations` (whose names make up the route and service names). */
export function localeFor(m: Messages, stations: readonly Station[]): Locale {
  if (m.lang === 'en') return english;
  const lang = m.lang;
  const station = (s: Station): string => s.names?.[lang] ?? s.name;
  let byName: Map<string, Station> | undefined;
  const stationNamed = (text: string): Station | undefined => {
    if (!byName) {
      byName = new Map();
      for (const s of stations)
        for (const n of [s.name, s.name.replace(/\s*\(.*\)\s*$/, ''), ...(s.city ? [s.city] : [])])
          if (!byName.has(n)) byName.set(n, s);
    }
    return byName.get(text);
  };
  let names: string[] | undefined;
  return {
    m,
    station,
    get stationNames() {
      return (names ??= stations.flatMap((s) => {
        const name = station(s);
        const place = name.replace(/\s*[(（][^()（）]*[)）]$/, '');
        return place === name ? [name] : [name, place];
      }));
    },
    name(owner) {
      const given = owner.translations?.[lang]?.name;
      if (given !== undefined) return given;
      const parts = owner.name.split(JOINED);
      if (parts.length < 3) return owner.name;
      // Only when every part is a station: a name with other words in it ("… bus") is left as written.
      const named = parts.map((part, i) => (i % 2 === 1 ? part : stationNamed(part)));
      return named.every((p) => p !== undefined)
        ? named.map((p) => (typeof p === 'string' ? p : station(p!))).join(' ')
        : owner.name;
    },
    notes: (owner) => owner.translations?.[lang]?.notes ?? owner.notes,
    note: (owner) => owner.translations?.[lang]?.note ?? owner.note,
    statusNote: (owner) => owner.translations?.[lang]?.statusNote ?? owner.statusNote,
    text: (owner) => owner.translations?.[lang]?.text ?? owner.text,
    covers: (owner) => owner.translations?.[lang]?.covers ?? owner.covers,
  };
}
