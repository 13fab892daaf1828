import { describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/input/catalog.js';
import { en } from '../../src/i18n/en.js';
import { english, localeFor } from '../../src/i18n/locale.js';
import { ru } from '../../src/i18n/ru.js';
import { zh } from '../../src/i18n/zh.js';

const stations = [
  { id: 'khasan', name: 'Khasan', names: { ru: 'Хасан', ko: '하산' }, country: 'RU', timeZone: 'Asia/Vladivostok' },
  {
    id: 'blagoveshchensk',
    name: 'Blagoveshchensk (Kanikurgan)',
    names: { ru: 'Благовещенск' },
    city: 'Blagoveshchensk',
    country: 'RU',
    timeZone: 'Asia/Yakutsk',
  },
];

function read(route: Record<string, unknown>, extraStations: unknown[] = []) {
  return readCatalog([{ file: 't.json', data: { stations: [...stations, ...extraStations], routes: [route] } }]);
}

const route = (extra: Record<string, unknown> = {}) => ({
  id: 'r',
  name: 'Khasan ⇄ Blagoveshchensk',
  mode: 'train',
  status: 'planned',
  notes: ['One.', 'Two.'],
  services: [
    {
      id: 's',
      name: 'Khasan → Blagoveshchensk',
      confidence: 'high',
      runs: { every: 'day', from: '2026-01-01' },
      stops: [
        {
          station: 'khasan',
          departure: {
            time: '10:00',
            confidence: 'high',
            note: 'As published.',
            translations: { ru: { note: 'Как опубликовано.' } },
          },
        },
        { station: 'blagoveshchensk', arrival: { time: '12:00', confidence: 'high' } },
      ],
    },
  ],
  ...extra,
});

describe('translations in schedules', () => {
  it('reads station names and route, service and event translations', () => {
    const { catalog, problems } = read(
      route({ translations: { ru: { notes: ['Раз.', 'Два.'] }, zh: { name: '哈桑线' } } }),
    );
    expect(problems).toEqual([]);
    const l = localeFor(ru, catalog.stations);
    const r = catalog.routes[0]!;
    expect(l.station(catalog.stations[0]!)).toBe('Хасан');
    expect(l.notes(r)).toEqual(['Раз.', 'Два.']);
    // No translation given: the name is made of the stations' names, matched by name or city.
    expect(l.name(r)).toBe('Хасан ⇄ Благовещенск');
    expect(l.name(r.services[0]!)).toBe('Хасан → Благовещенск');
    expect(l.note(r.services[0]!.stops[0]!.departure!)).toBe('Как опубликовано.');
    const z = localeFor(zh, catalog.stations);
    // Chinese: the route's own translation; stations without a Chinese name keep their English one.
    expect(z.name(r)).toBe('哈桑线');
    expect(z.name(r.services[0]!)).toBe('Khasan → Blagoveshchensk (Kanikurgan)');
    expect(z.notes(r)).toEqual(['One.', 'Two.']);
    expect(z.note(r.services[0]!.stops[0]!.departure!)).toBe('As published.');
  });

  it('English is the schedule as written', () => {
    const { catalog } = read(route({ translations: { ru: { name: 'Что-то' } } }));
    expect(localeFor(en, catalog.stations)).toBe(english);
    expect(english.name(catalog.routes[0]!)).toBe('Khasan ⇄ Blagoveshchensk');
  });

  it('a name with other words in it stays as written', () => {
    const { catalog } = read(route({ name: 'Khasan ⇄ Blagoveshchensk bus' }));
    expect(localeFor(ru, catalog.stations).name(catalog.routes[0]!)).toBe('Khasan ⇄ Blagoveshchensk bus');
  });

  it('reports an unknown language, a field that cannot be translated and notes that do not match', () => {
    const { problems } = read(
      route({ translations: { fr: { name: 'x' }, ru: { notes: ['Только одна.'], sources: [] } } }),
      [{ id: 'x', name: 'X', names: { de: 'Iks', ko: '' }, country: 'RU', timeZone: 'UTC' }],
    );
    expect(problems.map((p) => `${p.pointer}: ${p.message}`)).toEqual([
      '/stations/2/names/de: unknown language "de" (expected ru, zh, ko)',
      '/stations/2/names/ko: expected a non-empty string, got ""',
      '/routes/0/translations/fr: unknown language "fr" (expected ru, zh, ko)',
      '/routes/0/translations/ru/sources: unknown field "sources"',
      '/routes/0/translations/ru/notes: gives 1 notes for the 2 in "notes"; translate each, in the same order',
    ]);
  });
});
