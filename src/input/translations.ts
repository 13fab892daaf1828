/**
 * Reading what a schedule gives in other languages: a station's `names`
 * (`{ "ru": "Хасан", "ko": "하산" }`) and the `translations` of a route's,
 * service's, stop's or event's own text (`{ "ru": { "name": …, "notes": [ … ] } }`).
 * English stays the schedule's text; a translation only adds to it.
 */
import { TRANSLATED_LANGS, type TextTranslation, type TranslatedLang, type Translations } from '../domain/model.js';
import { describe, own, type Json, type Reader } from './reader.js';

const isTranslatedLang = (key: string): key is TranslatedLang => (TRANSLATED_LANGS as readonly string[]).includes(key);

/** The languages of a translation map, each checked; unknown ones are problems. */
function languages(
  r: Reader,
  obj: Json,
  key: string,
  pointer: string,
): [TranslatedLang, unknown, string][] | undefined {
  const raw = own(obj, key);
  if (raw === undefined) return undefined;
  const map = r.object(raw, `${pointer}/${key}`);
  if (!map) return undefined;
  return Object.keys(map).flatMap((lang): [TranslatedLang, unknown, string][] => {
    const at = `${pointer}/${key}/${lang.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    if (isTranslatedLang(lang)) return [[lang, own(map, lang), at]];
    r.problem(at, `unknown language ${describe(lang)} (expected ${TRANSLATED_LANGS.join(', ')})`);
    return [];
  });
}

/** A station's names in other scripts: `names`, one string per language. */
export function readNames(r: Reader, obj: Json, pointer: string): Translations<string> | undefined {
  const entries = languages(r, obj, 'names', pointer);
  if (!entries) return undefined;
  const names: Translations<string> = {};
  for (const [lang, , at] of entries) {
    const name = r.string(own(obj, 'names') as Json, lang, at.slice(0, at.lastIndexOf('/')));
    if (name !== undefined) names[lang] = name;
  }
  return names;
}

/**
 * Where a station's names come from: `nameSources`, per language, the
 * sources of that language's name, cited as any other value's. A source for
 * a name the station does not give is a problem: it would cite nothing.
 */
export function readNameSources(
  r: Reader,
  obj: Json,
  pointer: string,
  names: Translations<string> | undefined,
): Translations<string[]> | undefined {
  const entries = languages(r, obj, 'nameSources', pointer);
  if (!entries) return undefined;
  const map = own(obj, 'nameSources') as Json;
  const sources: Translations<string[]> = {};
  for (const [lang, , at] of entries) {
    if (names?.[lang] === undefined) r.problem(at, `cites a source for a ${lang} name that "names" does not give`);
    sources[lang] = r.strings(map, lang, at.slice(0, at.lastIndexOf('/')));
  }
  return sources;
}

/** Which fields of its own text an object may translate. */
export type TranslatedField = keyof TextTranslation;

/**
 * `translations`: per language, the object's `fields` in that language. A
 * `notes` translation must give one note for each English note, in order, so
 * that the two never drift apart silently.
 */
export function readTranslations(
  r: Reader,
  obj: Json,
  pointer: string,
  fields: readonly TranslatedField[],
  englishNotes = 0,
): Translations<TextTranslation> | undefined {
  const entries = languages(r, obj, 'translations', pointer);
  if (!entries) return undefined;
  const known = new Set<string>(fields);
  const translations: Translations<TextTranslation> = {};
  for (const [lang, value, at] of entries) {
    const t = r.object(value, at);
    if (!t) continue;
    r.unknownKeys(t, at);
    const text: TextTranslation = {};
    if (known.has('name')) {
      const name = r.optionalString(t, 'name', at);
      if (name !== undefined) text.name = name;
    }
    for (const field of ['note', 'statusNote', 'text', 'covers'] as const) {
      if (!known.has(field)) continue;
      const note = r.optionalString(t, field, at);
      if (note !== undefined) text[field] = note;
    }
    if (known.has('notes') && own(t, 'notes') !== undefined) {
      const notes = r.strings(t, 'notes', at);
      if (notes.length === englishNotes) text.notes = notes;
      else
        r.problem(
          `${at}/notes`,
          `gives ${notes.length} notes for the ${englishNotes} in "notes"; translate each, in the same order`,
        );
    }
    translations[lang] = text;
  }
  return translations;
}
