/**
 * The bin starts through a V8 code cache of railnext's own in the user's cache
 * folder (src/start.ts, start/code-cache.ts), on every Node. Whatever is wrong with the
 * cache, a run prints exactly what a run without one prints. The Node these
 * tests run the bin under is tests/helpers/run-bin.ts's NODE.
 * NODE_DEBUG=railnext makes the loader say what it did. Each case spawns the bin
 * several times (one flips a bit in 40 places), so this runs with the slow suites.
 */
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { type BinOptions, type BinResult, runBin, startBin } from '../helpers/run-bin.js';

/** A lookup on the frozen schedules (an absolute path: some runs are in folders of their own), so no data refresh moves it. */
const FROZEN_DIR = fileURLToPath(new URL('../fixtures/frozen', import.meta.url));
const ARGS = [
  'khasan',
  '--date',
  '2026-12-01',
  '--days',
  '7',
  '--now',
  '2026-11-27T12:00:00Z',
  '--no-bundled',
  '--schedules',
  FROZEN_DIR,
];
const home = mkdtempSync(join(tmpdir(), 'railnext-code-cache-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

/** A folder of its own for one test. */
const folder = (name: string) => {
  const dir = join(home, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

/** A run with its cache in `cacheHome`; killed (code null) after 30 s, as a damaged cache once made V8 spin forever. */
const run = (cacheHome: string, options: BinOptions & { args?: string[] } = {}) =>
  runBin(options.args ?? ARGS, { timeout: 30_000, ...options, env: { XDG_CACHE_HOME: cacheHome, ...options.env } });
const runDebug = (cacheHome: string) => run(cacheHome, { env: { NODE_DEBUG: 'railnext' } });

/** A run with no cache at all: no cache folder (HOME empty, no XDG_CACHE_HOME), in a folder of its own. */
const uncached = (args = ARGS): BinResult =>
  runBin(args, { env: { HOME: '', XDG_CACHE_HOME: undefined }, cwd: folder(`uncached-${args.length}`) });

/** Every file under `dir`, as paths, sorted. */
function filesUnder(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).isFile())
    .sort();
}

/** The cache files a run wrote under `cacheHome`: the code cache, and the zone tables where the build's did not serve. */
const cacheFiles = (cacheHome: string) => filesUnder(join(cacheHome, 'railnext'));

/** The files in railnext's cache folder but the zone tables' folders (zones-<tz version>/). */
const codeCacheFiles = (cacheHome: string) =>
  cacheFiles(cacheHome).filter((path) => !/\/railnext\/zones-[^/]+\//.test(path));

/** The loader's own lines, without the "RAILNEXT <pid>:" prefix and the file name. */
const said = (stderr: string) => [...stderr.matchAll(/^RAILNEXT \d+: (code cache [a-z ]+)/gm)].map((m) => m[1]!.trim());

/** A deterministic stream of numbers in [0, 1) for `seed` (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/** A cache folder with a cache written by a first run, and that cache's files with their bytes. */
function primed(
  name: string,
  options: BinOptions & { args?: string[] } = {},
): { dir: string; files: Map<string, Buffer> } {
  const dir = folder(name);
  expect(run(dir, options).code).toBe(0);
  const files = new Map(cacheFiles(dir).map((path) => [path, readFileSync(path)]));
  expect(files.size).toBeGreaterThan(0);
  return { dir, files };
}

describe('the code cache', () => {
  const expected = uncached();
  const expectedJson = uncached([...ARGS, '--json']);

  it('a run without one prints the departures and nothing else', () => {
    expect(expected.code).toBe(0);
    expect(expected.stdout).toContain('│ Wed 2 Dec │ 15:30   │ Khasan → Tumangang │');
    expect(expected.stderr).toBe('');
    expect(expectedJson.code).toBe(0);
  });

  it('is written by the first run and gives the same output on the next ones', () => {
    const dir = folder('reuse');
    const runs = [run(dir), run(dir), run(dir, { args: [...ARGS, '--json'] }), run(dir)];
    expect(runs).toEqual([expected, expected, expectedJson, expected]);
    expect(cacheFiles(dir).length).toBeGreaterThan(0);
  });

  describe('its file', () => {
    it('is named for the bundle, Node, its flags and the kind of run, written on the first run and used on the second', () => {
      const dir = folder('own');
      const first = runDebug(dir);
      expect(said(first.stderr)).toEqual(['code cache missing', 'code cache written']);
      const [file, ...more] = codeCacheFiles(dir);
      expect(more).toEqual([]);
      expect(file).toMatch(/\/railnext\/[0-9a-f]{16}-nodev[0-9.]+-[a-z0-9]+-[0-9a-f]{8}-text\.v8cache$/);
      const written = statSync(file!).mtimeMs;
      const second = runDebug(dir);
      expect(said(second.stderr)).toEqual(['code cache accepted']);
      expect(statSync(file!).mtimeMs).toBe(written);
      expect([first.stdout, second.stdout]).toEqual([expected.stdout, expected.stdout]);
    });

    it('is written again, once, by a run that takes a path it has not seen, so each path is compiled once', () => {
      const dir = folder('paths');
      const routes = () =>
        run(dir, { args: ['routes', '--now', '2026-11-27T12:00:00Z'], env: { NODE_DEBUG: 'railnext' } });
      expect(said(runDebug(dir).stderr)).toEqual(['code cache missing', 'code cache written']);
      const [file] = codeCacheFiles(dir);
      const paths = () => readFileSync(file!).toString('latin1').split('\n')[0]!.split(' ').slice(5);
      expect(paths()).toEqual(['table']);
      const first = routes();
      expect([first.code, said(first.stderr)]).toEqual([0, ['code cache accepted', 'code cache extended']]);
      expect(paths()).toEqual(['routes', 'table']);
      expect(said(routes().stderr)).toEqual(['code cache accepted']);
      expect(said(runDebug(dir).stderr)).toEqual(['code cache accepted']);
      expect(codeCacheFiles(dir)).toEqual([file]);
    });

    it('is one file for each kind of run (text, data, a Tab), so a run reads no code of the others', () => {
      const dir = folder('kinds');
      const debug = (args: string[]) => said(run(dir, { args, env: { NODE_DEBUG: 'railnext' } }).stderr);
      expect(debug(ARGS)).toEqual(['code cache missing', 'code cache written']);
      expect(debug([...ARGS, '--json'])).toEqual(['code cache missing', 'code cache written']);
      expect(debug([...ARGS, '--format', 'csv'])).toEqual(['code cache accepted', 'code cache extended']);
      expect(debug(['__complete', 'bash', '1', '--', 'railnext', 'kha'])).toEqual([
        'code cache missing',
        'code cache written',
      ]);
      expect(debug(ARGS)).toEqual(['code cache accepted']);
      expect(debug([...ARGS, '--json'])).toEqual(['code cache accepted']);
      expect(
        codeCacheFiles(dir)
          .map((f) => /-(\w+)\.v8cache$/.exec(f)?.[1])
          .sort(),
      ).toEqual(['data', 'tab', 'text']);
    });

    it('is not written by a run that changed V8 flags (a long window), which V8 would make the next run reject', () => {
      const dir = folder('flags');
      const json = (days: string) =>
        run(dir, {
          args: ['khasan', '--date', '2026-12-01', '--days', days, '--json', '--now', '2026-11-27T12:00:00Z'],
          env: { NODE_DEBUG: 'railnext' },
        });
      const first = json('40');
      expect([first.code, said(first.stderr)]).toEqual([0, ['code cache missing', 'code cache not written']]);
      expect(said(json('7').stderr)).toEqual(['code cache missing', 'code cache written']);
      expect(said(json('40').stderr)).toEqual(['code cache accepted']);
      expect(said(json('7').stderr)).toEqual(['code cache accepted']);
    });

    it('replaces the caches of other bundles and temporary files abandoned long ago when it writes its own, and leaves other files alone', () => {
      const dir = folder('stale');
      mkdirSync(join(dir, 'railnext'), { recursive: true });
      const stale = join(dir, 'railnext', `0123456789abcdef-node${process.version}-${process.arch}-00000000.v8cache`);
      // A run killed mid-write an hour ago left its temporary file; one writing now has a fresh one.
      const abandoned = `${stale}.4242.k3j5.tmp`;
      const others = ['notes.txt', 'zones-2026e-Europe_Berlin.json', `${basename(stale)}.4343.x9y8.tmp`].map((name) =>
        join(dir, 'railnext', name),
      );
      writeFileSync(stale, 'an earlier version');
      writeFileSync(abandoned, 'half a cache');
      const hourAgo = new Date(Date.now() - 3_600_000);
      utimesSync(abandoned, hourAgo, hourAgo);
      for (const other of others) writeFileSync(other, 'not ours');
      expect(said(runDebug(dir).stderr)).toEqual(['code cache missing', 'code cache written']);
      const files = codeCacheFiles(dir);
      expect(files).not.toContain(abandoned);
      expect(files).toHaveLength(4);
      expect(files).toEqual(expect.arrayContaining(others));
      expect(files).not.toContain(stale);
    });

    it('says when it ignores a damaged file, and replaces it', () => {
      const { dir, files } = primed('said-damaged');
      const [file, bytes] = [...files].find(([path]) => path.endsWith('.v8cache'))!;
      writeFileSync(file, Buffer.concat([bytes.subarray(0, 200), Buffer.from([bytes[200]! ^ 1]), bytes.subarray(201)]));
      expect(said(runDebug(dir).stderr)).toEqual(['code cache damaged or foreign', 'code cache written']);
      expect(said(runDebug(dir).stderr)).toEqual(['code cache accepted']);
    });
  });

  // Forty runs of the bin, four at a time, each on a copy of the cache with its own bit flipped.
  it('a bit flipped anywhere in it, 40 places: the same output, and the cache replaced', {
    timeout: 120_000,
  }, async () => {
    const { dir, files } = primed('flips');
    const cases = Array.from({ length: 40 }, (_, i) => {
      const seed = i + 1;
      const next = random(seed);
      const [file, bytes] = [...files][Math.floor(next() * files.size)]!;
      // One in five in the first 128 bytes, where the headers are.
      const at = Math.floor(next() * (seed % 5 === 0 ? Math.min(128, bytes.length) : bytes.length));
      const flipped = Buffer.from(bytes);
      flipped[at]! ^= 1 << Math.floor(next() * 8);
      const copy = folder(`flips-${seed}`);
      cpSync(join(dir, 'railnext'), join(copy, 'railnext'), { recursive: true });
      const target = join(copy, relative(dir, file));
      writeFileSync(target, flipped);
      return { seed, at, copy, target, flipped };
    });
    const wrong: string[] = [];
    for (let i = 0; i < cases.length; i += 4) {
      const batch = cases.slice(i, i + 4);
      const results = await Promise.all(
        batch.map((c) => startBin(ARGS, { timeout: 30_000, env: { XDG_CACHE_HOME: c.copy } })),
      );
      batch.forEach(({ seed, at, target, flipped }, j) => {
        const r = results[j]!;
        if (r.code !== expected.code || r.stdout !== expected.stdout || r.stderr !== expected.stderr)
          wrong.push(`seed ${seed}, byte ${at}: exit ${r.code} ${r.stderr.slice(0, 200)}`);
        else if (readFileSync(target).equals(flipped)) wrong.push(`seed ${seed}, byte ${at}: not replaced`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('truncated, or empty: the same output', () => {
    const { dir, files } = primed('truncated');
    for (const size of [0, 10, 0.5]) {
      for (const [file, bytes] of files)
        writeFileSync(file, bytes.subarray(0, size < 1 ? Math.floor(bytes.length * size) : size));
      expect(run(dir)).toEqual(expected);
    }
  });

  it('written by another build of the same length, one string apart: this build’s output', () => {
    // A copy of the install whose bundle is edited in place: the loader, built with the original, is the same.
    const copy = folder('build');
    for (const part of ['bin', 'dist', 'schedules', 'package.json'])
      cpSync(fileURLToPath(new URL(`../../${part}`, import.meta.url)), join(copy, part), { recursive: true });
    const bundle = join(copy, 'dist', 'bundle.js');
    const original = readFileSync(bundle, 'utf8');
    const other = original.replace('Departures from ${station}', 'DEPARTURES FROM ${station}');
    expect([other.length, other === original]).toEqual([original.length, false]);
    const dir = folder('build-cache');
    writeFileSync(bundle, other);
    const theirs = run(dir, { bin: join(copy, 'bin', 'railnext.cjs') });
    expect(theirs.stdout).toContain('DEPARTURES FROM Khasan');
    run(dir, { bin: join(copy, 'bin', 'railnext.cjs'), args: [...ARGS, '--json'] });
    writeFileSync(bundle, original);
    expect(run(dir, { bin: join(copy, 'bin', 'railnext.cjs') })).toEqual(expected);
    expect(run(dir, { bin: join(copy, 'bin', 'railnext.cjs') })).toEqual(expected);
  });

  it('with HOME empty and no XDG_CACHE_HOME: no cache, nothing written in the current folder', () => {
    const cwd = folder('home-empty');
    for (const env of [
      { HOME: '', XDG_CACHE_HOME: undefined },
      { HOME: '', XDG_CACHE_HOME: '' },
      { HOME: 'relative', XDG_CACHE_HOME: undefined },
    ]) {
      expect(runBin(ARGS, { env, cwd })).toEqual(expected);
      expect(readdirSync(cwd)).toEqual([]);
    }
  });

  it('with a relative XDG_CACHE_HOME: ignored, the cache goes under HOME, nothing in the current folder', () => {
    const cwd = folder('xdg-relative');
    const userHome = folder('xdg-relative-home');
    expect(runBin(ARGS, { env: { HOME: userHome, XDG_CACHE_HOME: 'cache' }, cwd })).toEqual(expected);
    expect(readdirSync(cwd)).toEqual([]);
    expect(filesUnder(join(userHome, '.cache', 'railnext')).length).toBeGreaterThan(0);
    const noHome = folder('xdg-relative-nohome');
    expect(runBin(ARGS, { env: { HOME: '', XDG_CACHE_HOME: 'cache' }, cwd: noHome })).toEqual(expected);
    expect(readdirSync(noHome)).toEqual([]);
  });

  it('a FIFO or a folder where a cache file goes: never waited on, the same output', () => {
    for (const kind of ['fifo', 'folder']) {
      const { dir, files } = primed(`not-a-file-${kind}`);
      for (const file of files.keys()) {
        rmSync(file);
        if (kind === 'folder') mkdirSync(file);
        else expect(spawnSync('mkfifo', [file]).status).toBe(0);
      }
      // A FIFO opened for reading would wait for a writer forever: the timeout kills such a run (code null).
      expect([kind, run(dir, { timeout: 15_000 })]).toEqual([kind, expected]);
      expect([kind, run(dir, { timeout: 15_000 })]).toEqual([kind, expected]);
    }
  });

  it('in a folder that cannot be written: the same output and exit code', () => {
    // A file where the cache folder should be: no user, root included, can write under it.
    const blocked = join(home, 'a-file');
    writeFileSync(blocked, '');
    expect(run(blocked)).toEqual(expected);
    // A read-only folder (root writes anyway).
    const dir = folder('read-only');
    mkdirSync(join(dir, 'railnext'));
    chmodSync(join(dir, 'railnext'), 0o555);
    expect([run(dir), run(dir)]).toEqual([expected, expected]);
    chmodSync(join(dir, 'railnext'), 0o755);
    // A read-only cache: used, and never in the way.
    const { dir: kept } = primed('read-only-cache');
    chmodSync(join(kept, 'railnext'), 0o555);
    expect(run(kept)).toEqual(expected);
    chmodSync(join(kept, 'railnext'), 0o755);
  });

  it('ten runs started at once on an empty cache: each the same output, and a whole cache after', {
    timeout: 60_000,
  }, async () => {
    const dir = folder('ten');
    const runs = await Promise.all(Array.from({ length: 10 }, () => startBin(ARGS, { env: { XDG_CACHE_HOME: dir } })));
    expect(runs).toEqual(Array.from({ length: 10 }, () => expected));
    const files = cacheFiles(dir);
    // Only whole files: no run's temporary file is left (a code cache, and zone tables where the build's did not serve).
    expect(files.filter((f) => !/(\.v8cache|\/zones-[0-9a-z.]+\/[^/]+\.json)$/.test(f))).toEqual([]);
    expect(run(dir)).toEqual(expected);
    expect(cacheFiles(dir)).toEqual(files);
  });
});
