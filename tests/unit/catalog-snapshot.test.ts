import { cpSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { catalogFromSnapshot, snapshotTexts, translationsPath } from '../../src/input/catalog-snapshot.js';
import { BUNDLED_DIR, filesAt, loadBundled, readSchedules } from '../../src/input/schedule-files.js';
import type { Catalog } from '../../src/domain/model.js';

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A copy of the bundled schedules with its snapshot, in a folder of its own. */
function copy(): { dir: string; snapshot: string; files: () => string[] } {
  const root = mkdtempSync(join(tmpdir(), 'railnext-snapshot-'));
  folders.push(root);
  const dir = join(root, 'schedules');
  cpSync(BUNDLED_DIR, dir, { recursive: true });
  const snapshot = join(root, 'catalog.json');
  const catalog = readSchedules({ bundled: true, groups: [] }, { textChecks: 'all' }, dir).catalog;
  for (const [name, text] of Object.entries(snapshotTexts(catalog, filesAt(dir))))
    writeFileSync(join(root, name), text);
  return { dir, snapshot, files: () => filesAt(dir) };
}

/** Every link of the catalog's graph: each stop's station is the catalog's station, each service is its route's. */
function links(catalog: Catalog): void {
  const stations = new Set(catalog.stations);
  const inRoutes = catalog.routes.flatMap((route) => route.services.map((service) => ({ route, service })));
  expect(catalog.services).toHaveLength(inRoutes.length);
  inRoutes.forEach(({ route, service }, i) => {
    expect(catalog.services[i]).toBe(service);
    expect(service.route).toBe(route);
    for (const stop of service.stops) expect(stations.has(stop.station)).toBe(true);
  });
}

describe('the catalog snapshot of the bundled schedules', () => {
  it('is the catalog the files give when read afresh with every check, links and all', () => {
    const afresh = readSchedules({ bundled: true, groups: [] }, { textChecks: 'all' });
    expect(afresh.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const kept = catalogFromSnapshot(join(BUNDLED_DIR, '..', 'dist', 'catalog.json'), filesAt(BUNDLED_DIR));
    expect(kept).toBeDefined();
    expect(kept).toStrictEqual(afresh.catalog);
    links(kept!);
    expect(loadBundled()).toStrictEqual(afresh.catalog);
  });

  it('carries the translations of the languages asked for, and of no other', () => {
    const afresh = readSchedules({ bundled: true, groups: [] }, { textChecks: 'all' }).catalog;
    const path = join(BUNDLED_DIR, '..', 'dist', 'catalog.json');
    /** The catalog with only the translations into `languages`, as a plain tree (stations and routes by id). */
    const only = (catalog: Catalog, languages: string[]) =>
      JSON.parse(
        JSON.stringify({ ...catalog, services: undefined }, (key, value) => {
          if (key === 'route' || key === 'station') return typeof value === 'string' ? value : value.id;
          if (key !== 'translations' || Object.keys(value).length === 0) return value;
          const kept = Object.fromEntries(Object.entries(value).filter(([lang]) => languages.includes(lang)));
          return Object.keys(kept).length > 0 ? kept : undefined;
        }),
      );
    for (const languages of [['ru'], ['zh', 'ko'], ['en'], []]) {
      const kept = catalogFromSnapshot(path, filesAt(BUNDLED_DIR), languages);
      expect(only(kept!, ['ru', 'zh', 'ko'])).toEqual(only(afresh, languages));
      links(kept!);
    }
    // A Russian name of a route, as the Russian table shows it.
    const ru = catalogFromSnapshot(path, filesAt(BUNDLED_DIR), ['ru'])!;
    expect(ru.routes.find((r) => r.id === 'khasan-tumangang')?.translations?.ru?.name).toBe(
      afresh.routes.find((r) => r.id === 'khasan-tumangang')?.translations?.ru?.name,
    );
    expect(ru.routes.some((r) => r.translations?.ru?.name !== undefined)).toBe(true);
  });

  it('is not taken in a language whose file of translations is missing, damaged or another catalog’s', () => {
    const { snapshot, files } = copy();
    const ru = translationsPath(snapshot, 'ru');
    const text = readFileSync(ru, 'latin1');
    const other = JSON.parse(text) as { objects: number };
    writeFileSync(ru, JSON.stringify({ ...other, objects: other.objects + 1 }));
    expect(catalogFromSnapshot(snapshot, files(), ['ru'])).toBeUndefined();
    writeFileSync(ru, text.slice(0, 100));
    expect(catalogFromSnapshot(snapshot, files(), ['ru'])).toBeUndefined();
    unlinkSync(ru);
    expect(catalogFromSnapshot(snapshot, files(), ['ru'])).toBeUndefined();
    expect(catalogFromSnapshot(snapshot, files(), ['ko'])).toBeDefined();
    expect(catalogFromSnapshot(snapshot, files(), ['en'])).toBeDefined();
  });

  it('keeps each name that is not ASCII folded as a lookup folds it', () => {
    const { snapshot } = copy();
    const { folded } = JSON.parse(readFileSync(snapshot, 'latin1')) as { folded: Record<string, string> };
    expect(folded.Хасан).toBe('хасан');
    expect(folded["P'yŏngyang"]).toBe('pyongyang');
    expect(Object.keys(folded).length).toBeGreaterThan(20);
    for (const [name, key] of Object.entries(folded)) {
      expect(name).not.toMatch(/^[\x00-\x7f]*$/);
      expect(key).toBe(
        name
          .normalize('NFKD')
          .replace(/\p{M}/gu, '')
          .normalize('NFC')
          .toLowerCase()
          .replace(/[^\p{L}\p{N}]/gu, ''),
      );
    }
  });

  it('is written in ASCII', () => {
    const { snapshot } = copy();
    expect(readFileSync(snapshot, 'latin1')).toMatch(/^[\x20-\x7e]*$/);
  });

  it('is taken only while the folder holds exactly the files it was made from', () => {
    const { dir, snapshot, files } = copy();
    expect(catalogFromSnapshot(snapshot, files())?.services.length).toBeGreaterThan(10);

    // One character changed, the file's size the same.
    const path = join(dir, 'khasan-tumangang.json');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('"time": "08:30"', '"time": "08:31"'));
    expect(catalogFromSnapshot(snapshot, files())).toBeUndefined();
    writeFileSync(path, text);
    expect(catalogFromSnapshot(snapshot, files())).toBeDefined();

    writeFileSync(join(dir, 'zz-mine.json'), '{"stations": []}');
    expect(catalogFromSnapshot(snapshot, files())).toBeUndefined();
    unlinkSync(join(dir, 'zz-mine.json'));
    unlinkSync(join(dir, 'tumen-road-bridge.json'));
    expect(catalogFromSnapshot(snapshot, files())).toBeUndefined();
  });

  it('is not taken when damaged, cut short or missing', () => {
    const { snapshot, files } = copy();
    const text = readFileSync(snapshot, 'latin1');
    writeFileSync(snapshot, text.slice(0, text.length / 2));
    expect(catalogFromSnapshot(snapshot, files())).toBeUndefined();
    writeFileSync(snapshot, text.replace('"station":"khasan"', '"station":"nowhere"'));
    expect(catalogFromSnapshot(snapshot, files())).toBeUndefined();
    writeFileSync(snapshot, 'null');
    expect(catalogFromSnapshot(snapshot, files())).toBeUndefined();
    unlinkSync(snapshot);
    expect(catalogFromSnapshot(snapshot, files())).toBeUndefined();
  });
});
