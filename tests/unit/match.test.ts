import { describe, expect, it } from 'vitest';
import { loadBundled } from '../../src/input/schedule-files.js';
import { MAX_QUERY_LENGTH, matchQuery } from '../../src/domain/match.js';
import { normalizeName } from '../../src/domain/names.js';
import { MAX_LENGTH } from '../../src/input/reader.js';
import { messageOf } from '../helpers/user-message.js';

/** The frozen schedules (as of 2026-11-22), read as the bundled ones: a data refresh does not move these names. */
const catalog = loadBundled('tests/fixtures/frozen');

function named(query: string): string {
  const m = matchQuery(catalog, query);
  return m.kind === 'station'
    ? `station:${m.station.id}`
    : m.kind === 'route'
      ? `route:${m.route.id}`
      : m.kind === 'service'
        ? `service:${m.service.id}`
        : 'all';
}

describe('query matching', () => {
  it.each([
    ['khasan', 'station:khasan'],
    ['KHASAN', 'station:khasan'],
    ['Хасан', 'station:khasan'],
    ['하산', 'station:khasan'],
    ['두만강', 'station:tumangang'],
    ['Tumen River', 'station:tumangang'],
    ["Tuman'gang", 'station:tumangang'],
    ['绥芬河', 'station:suifenhe'],
    ['綏芬河', 'station:suifenhe'],
    ['Pogranichny', 'station:grodekovo'],
    ['Blagoveshchensk', 'station:blagoveshchensk'],
    ['Kanikurgan', 'station:blagoveshchensk'],
    ['kani-kurgan', 'station:blagoveshchensk'],
    ['海兰泡', 'station:blagoveshchensk'],
    ["P'yŏngyang", 'station:pyongyang'],
    ['평양', 'station:pyongyang'],
    ['Moscow', 'station:moscow'],
    ['Москва-Ярославская', 'station:moscow'],
    ['novosibirsk-glavny', 'station:novosibirsk'],
    ['pyongyang-moscow', 'route:pyongyang-moscow'],
    ['moscow-pyongyang', 'service:moscow-pyongyang'],
    ['tumen-road-bridge', 'route:tumen-road-bridge'],
    ['khab', 'station:khabarovsk'],
    ['pyongyan', 'station:pyongyang'],
    ['tumen', 'station:tumangang'],
  ])('%s → %s', (query, expected) => expect(named(query)).toBe(expected));

  it('finds every station by every alias', () => {
    for (const station of catalog.stations) {
      for (const alias of [station.name, ...station.aliases]) expect(named(alias)).toBe(`station:${station.id}`);
    }
  });

  it.each([
    ['khasn', 'unknown station or route "khasn"; did you mean Khasan? (see `railnext stations`)'],
    ['kha', '"kha" could be Khasan or Khabarovsk; please be more specific'],
  ])('%s is refused: %s', (query, message) => expect(messageOf(() => matchQuery(catalog, query))).toBe(message));

  it.each([
    [
      'khasn',
      {
        code: 'unknown-place',
        details: { query: 'khasn', wanted: 'station or route', suggestions: ['Khasan'], coverage: null },
      },
    ],
    ['kha', { code: 'ambiguous-place', details: { query: 'kha', candidates: ['Khasan', 'Khabarovsk'] } }],
    ['!!!', { code: 'invalid-place-name', details: { query: '!!!', wanted: 'station or route' } }],
    ['k'.repeat(201), { code: 'query-too-long', details: { length: 201, max: 200, wanted: 'station or route' } }],
  ])('%s throws a typed error: %j', (query, error) =>
    expect(() => matchQuery(catalog, query)).toThrow(expect.objectContaining(error)),
  );

  it('without a suggestion, says what the schedules cover (the bundled data decides which crossings)', () => {
    const message = messageOf(() => matchQuery(catalog, 'xyzzy'));
    expect(
      message.startsWith(
        'unknown station or route "xyzzy" (see `railnext stations`). railnext covers the border crossings ',
      ),
    ).toBe(true);
    expect(message).toContain('Khasan–Tumangang');
    expect(message.endsWith(' and the stations of the services through them.')).toBe(true);
    expect(() => matchQuery(catalog, 'xyzzy')).toThrow(
      expect.objectContaining({
        code: 'unknown-place',
        details: expect.objectContaining({ suggestions: [], coverage: expect.objectContaining({ kind: 'crossings' }) }),
      }),
    );
  });

  it("refuses a query no name can equal: longer than a schedule's names may be", () => {
    expect(MAX_QUERY_LENGTH).toBe(MAX_LENGTH.name);
    expect(() => matchQuery(catalog, 'x'.repeat(MAX_QUERY_LENGTH))).toThrow(
      expect.objectContaining({ code: 'unknown-place' }),
    );
  });

  it('folds case, accents and punctuation', () => {
    expect(normalizeName("P'yŏngyang")).toBe('pyongyang');
    expect(normalizeName('Kani-Kurgan')).toBe('kanikurgan');
    expect(normalizeName('두만강')).toBe('두만강');
  });

  it('folds ASCII without Unicode tables to what the tables give', () => {
    const viaTables = (text: string) =>
      text
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .normalize('NFC')
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]/gu, '');
    const ascii = String.fromCharCode(...Array.from({ length: 128 }, (_, i) => i));
    for (const c of ascii) expect(normalizeName(c)).toBe(viaTables(c));
    expect(normalizeName(ascii)).toBe('0123456789abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz');
  });
});
