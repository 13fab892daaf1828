/**
 * The bin starts through a V8 code cache in the user's cache directory
 * (src/start.ts): made on the first run, used on the next, and never in the
 * way: a corrupt cache or a directory that cannot be written gives the same
 * output. NODE_DEBUG=railnext makes the loader say what it did.
 */
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

const ARGS = ['khasan', '--date', '2026-12-01', '--days', '7', '--now', '2026-11-27T12:00:00Z'];
const home = mkdtempSync(join(tmpdir(), 'railnext-code-cache-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

const run = (cacheHome: string, debug = true) => runBin(ARGS, { env: { XDG_CACHE_HOME: cacheHome, ...(debug ? { NODE_DEBUG: 'railnext' } : {}) } });
const cacheFiles = (cacheHome: string) => readdirSync(join(cacheHome, 'railnext')).map((name) => join(cacheHome, 'railnext', name));
/** The loader's own lines, without the "RAILNEXT <pid>:" prefix and the file name. */
const said = (stderr: string) => [...stderr.matchAll(/^RAILNEXT \d+: (code cache [a-z ]+)/gm)].map((m) => m[1]!.trim());

describe('the V8 code cache', () => {
  const expected = run(join(home, 'first'), false);

  it('prints the departures and nothing else', () => {
    expect(expected.code).toBe(0);
    expect(expected.stdout).toContain('│ Wed 2 Dec │ 15:30   │ Khasan → Tumangang │');
    expect(expected.stderr).toBe('');
  });

  it('is written on the first run, named for the bundle, Node and its flags, and used on the second', () => {
    const dir = join(home, 'reuse');
    const first = run(dir);
    expect(said(first.stderr)).toEqual(['code cache missing', 'code cache written']);
    const [file, ...more] = cacheFiles(dir);
    expect(more).toEqual([]);
    expect(file).toMatch(new RegExp(`/railnext/[0-9a-f]{16}-node${process.version.replace(/\./g, '\\.')}-${process.arch}-[0-9a-f]{8}\\.v8cache$`));
    const written = statSync(file!).mtimeMs;

    const second = run(dir);
    expect(said(second.stderr)).toEqual(['code cache accepted']);
    expect(statSync(file!).mtimeMs).toBe(written);
    expect([first.stdout, second.stdout]).toEqual([expected.stdout, expected.stdout]);
  });

  it('is written again, once, by a run that takes a path it has not seen, so each path is compiled once', () => {
    const dir = join(home, 'paths');
    const json = (cacheHome: string) => runBin([...ARGS, '--json'], { env: { XDG_CACHE_HOME: cacheHome, NODE_DEBUG: 'railnext' } });
    expect(said(run(dir).stderr)).toEqual(['code cache missing', 'code cache written']);
    const [file] = cacheFiles(dir);
    const header = () => readFileSync(file!).toString('latin1').split('\n')[0];
    expect(header()).toBe('railnext code paths: table');
    const first = json(dir);
    expect([first.code, said(first.stderr)]).toEqual([0, ['code cache accepted', 'code cache extended']]);
    expect(header()).toBe('railnext code paths: json table');
    expect(said(json(dir).stderr)).toEqual(['code cache accepted']);
    expect(said(run(dir).stderr)).toEqual(['code cache accepted']);
    expect(cacheFiles(dir)).toEqual([file]);
  });

  it('is not written by a run that changed V8 flags (a long window), which V8 would make the next run reject', () => {
    const dir = join(home, 'flags');
    const long = runBin(['khasan', '--date', '2026-12-01', '--days', '40', '--json', '--now', '2026-11-27T12:00:00Z'], { env: { XDG_CACHE_HOME: dir, NODE_DEBUG: 'railnext' } });
    expect([long.code, said(long.stderr)]).toEqual([0, ['code cache missing', 'code cache not written']]);
    expect(said(run(dir).stderr)).toEqual(['code cache missing', 'code cache written']);
    const again = runBin(['khasan', '--date', '2026-12-01', '--days', '40', '--json', '--now', '2026-11-27T12:00:00Z'], { env: { XDG_CACHE_HOME: dir, NODE_DEBUG: 'railnext' } });
    expect(said(again.stderr)).toEqual(['code cache accepted', 'code cache not written']);
    expect(said(run(dir).stderr)).toEqual(['code cache accepted']);
  });

  it('replaces the caches of other bundles when it writes its own, and leaves other files alone', () => {
    const dir = join(home, 'stale');
    mkdirSync(join(dir, 'railnext'), { recursive: true });
    const stale = join(dir, 'railnext', `0123456789abcdef-node${process.version}-${process.arch}-00000000.v8cache`);
    const other = join(dir, 'railnext', 'notes.txt');
    writeFileSync(stale, 'an earlier version');
    writeFileSync(other, 'not ours');
    expect(said(run(dir).stderr)).toEqual(['code cache missing', 'code cache written']);
    const files = cacheFiles(dir);
    expect(files).toHaveLength(2);
    expect(files).toContain(other);
    expect(files).not.toContain(stale);
  });

  it('is replaced when V8 rejects it (corrupt), with the same output', () => {
    const dir = join(home, 'corrupt');
    run(dir);
    const [file] = cacheFiles(dir);
    writeFileSync(file!, 'not a code cache');
    const r = run(dir);
    expect(said(r.stderr)).toEqual(['code cache rejected', 'code cache written']);
    expect(r.stdout).toBe(expected.stdout);
    expect(readFileSync(file!).length).toBeGreaterThan(1000);
    expect(said(run(dir).stderr)).toEqual(['code cache accepted']);
  });

  it('is left out when its directory cannot be made, with the same output and exit code', () => {
    // A file where the cache directory should be: no user, root included, can write under it.
    const blocked = join(home, 'a-file');
    writeFileSync(blocked, '');
    const r = run(blocked);
    expect(said(r.stderr)).toEqual(['code cache missing', 'code cache not written']);
    expect([r.code, r.stdout]).toEqual([0, expected.stdout]);
    expect(run(blocked, false).stderr).toBe('');
  });

  it('is left out in a read-only directory, with the same output and exit code', () => {
    const dir = join(home, 'read-only');
    mkdirSync(join(dir, 'railnext'), { recursive: true });
    chmodSync(join(dir, 'railnext'), 0o555);
    const r = run(dir);
    expect([r.code, r.stdout]).toEqual([0, expected.stdout]);
    // Root writes anyway; anyone else is refused.
    if (process.getuid?.() !== 0) expect(said(r.stderr)).toEqual(['code cache missing', 'code cache not written']);
    chmodSync(join(dir, 'railnext'), 0o755);
  });
});
