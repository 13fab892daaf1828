import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import * as railnext from '../../src/index.js';

describe('the library', () => {
  it('checks the rules and time order of a folder given as the bundled one; only the real bundled folder is taken as checked', () => {
    // A lookup skips those checks for the bundled schedules (validate and tests/e2e/facts.test.ts run them).
    const dir = mkdtempSync(join(tmpdir(), 'railnext-bundled-'));
    try {
      copyFileSync('tests/fixtures/frozen/stations.json', join(dir, 'stations.json'));
      copyFileSync('tests/fixtures/broken/backwards.json', join(dir, 'backwards.json'));
      expect(() => railnext.loadBundled(dir)).toThrow(/time runs backwards/);
      expect(railnext.loadBundled().services.length).toBeGreaterThan(10);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('importing it prints nothing and registers no listeners', () => {
    const script = `
      const before = process.listenerCount('exit') + process.listenerCount('uncaughtException') + process.stdout.listenerCount('error');
      await import(${JSON.stringify(new URL('../../dist/index.js', import.meta.url).href)});
      const after = process.listenerCount('exit') + process.listenerCount('uncaughtException') + process.stdout.listenerCount('error');
      if (after !== before) process.exitCode = 9;`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('answers offsets from the zone table its build left beside it, asking Intl nothing', () => {
    // Without the table, the first loadBundled() asks ICU for twenty years of offsets per zone (seconds).
    const script = `
      let made = 0;
      const Original = Intl.DateTimeFormat;
      Intl.DateTimeFormat = function (...args) { made++; return new Original(...args); };
      const railnext = await import(${JSON.stringify(new URL('../../dist/index.js', import.meta.url).href)});
      railnext.loadBundled();
      console.log(made, railnext.offsetAt('Asia/Pyongyang', Date.UTC(2016, 0, 1)), railnext.offsetAt('Asia/Pyongyang', Date.UTC(2019, 0, 1)));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('0 510 540\n');
  });

  it('looks up departures without the CLI (on the frozen schedules, read as the bundled ones)', () => {
    const catalog = railnext.loadBundled('tests/fixtures/frozen');
    const l = railnext.lookup(catalog, {
      query: 'Хасан',
      window: { from: { kind: 'date', day: railnext.parseIsoDate('2026-12-02')!, text: '2026-12-02' }, days: 1 },
      now: 0,
    });
    expect([...l.departures()].map((d) => railnext.jsonDeparture(d).departure.at)).toEqual([
      '2026-12-02T15:30:00+10:00',
    ]);
  });

  it('plans journeys without the CLI: Moscow to Beijing, possible on the 20th, sure on the 21st', () => {
    const fixtures = fileURLToPath(new URL('../fixtures/journeys', import.meta.url));
    const plan = railnext.planJourneys(
      railnext.loadSchedules({ bundled: false, groups: [{ layer: 'fixtures', paths: [fixtures] }] }),
      'moscow',
      'beijing',
      {
        window: { from: { kind: 'date', day: railnext.parseIsoDate('2027-01-12')!, text: '2027-01-12' }, days: 1 },
        now: 0,
      },
    );
    expect(
      plan.journeys.map((j) => [
        j.status,
        ...j.legs.map(
          (l) => railnext.jsonDeparture(l.departure).arrival.at ?? railnext.jsonDeparture(l.departure).arrival.date,
        ),
      ]),
    ).toEqual([
      ['possible', '2027-01-20', '2027-01-21T08:40:00+08:00'],
      ['sure', '2027-01-20', '2027-01-22T08:40:00+08:00'],
    ]);
  });

  it('exports exactly the names docs/library.md documents, values and types', () => {
    const page = readFileSync('docs/library.md', 'utf8');
    const index = readFileSync('src/index.ts', 'utf8');
    const exported = [...index.matchAll(/^export (?:type )?\{([^}]*)\}/gm)].flatMap((m) =>
      m[1]!
        .split(',')
        .map((name) => name.replace(/^\s*type\s+/, '').trim())
        .filter(Boolean),
    );
    // The statements read here are all the module exports: its runtime names are among them.
    expect(Object.keys(railnext).filter((name) => !exported.includes(name))).toEqual([]);
    expect(exported.filter((name) => !new RegExp(`\`${name}[\`(]`).test(page))).toEqual([]);
    // Each table row documents the names in its first cell: each is exported.
    const documented = page
      .split('\n')
      .filter((line) => line.startsWith('| `'))
      .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([A-Za-z]\w*)/g)].map((m) => m[1]!));
    expect(documented.filter((name) => !exported.includes(name))).toEqual([]);
    expect(exported.length).toBe(new Set(exported).size);
  });

  it('throws typed errors with codes and details, never CLI wording', () => {
    const catalog = railnext.loadBundled('tests/fixtures/frozen');
    const day = (text: string) => railnext.parseDay(text);
    const attempt = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return error;
      }
      return undefined;
    };
    const backwards = attempt(() =>
      railnext.lookup(catalog, {
        query: 'khasan',
        window: { from: day('2026-12-10'), until: day('2026-12-01'), days: 1 },
        now: 0,
      }),
    );
    expect(backwards).toBeInstanceOf(railnext.WindowBackwardsError);
    expect(backwards).toBeInstanceOf(railnext.UsageError);
    expect(backwards).toMatchObject({
      code: 'window-backwards',
      isRailnextError: true,
      details: { first: '2026-12-10', last: '2026-12-01', until: '2026-12-01' },
    });
    expect((backwards as Error).message).not.toContain('--');
    const destination = attempt(() =>
      railnext.lookup(catalog, { query: 'pyongyang-moscow', destination: 'khasan', window: { days: 1 }, now: 0 }),
    );
    expect(destination).toMatchObject({
      code: 'destination-needs-station',
      details: { query: 'pyongyang-moscow', kind: 'route' },
    });
    expect(attempt(() => railnext.matchStation(catalog, 'pyongyang-moscow'))).toMatchObject({
      code: 'not-a-station',
      details: { query: 'pyongyang-moscow', kind: 'route' },
    });
    expect(
      attempt(() =>
        railnext.loadSchedules({ bundled: false, groups: [{ layer: 'user', paths: ['/nonexistent/railnext'] }] }),
      ),
    ).toMatchObject({ code: 'schedules-not-found', details: { path: '/nonexistent/railnext' } });
  });
});
