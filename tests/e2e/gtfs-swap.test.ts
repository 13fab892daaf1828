/**
 * `export gtfs --force` writes the new feed beside the old one and swaps it
 * in, or leaves the old one whole. A failure midway is a real one: the bin
 * runs under a file size limit (ulimit -f, with SIGXFSZ ignored so a write
 * fails with EFBIG instead of killing it) that the new feed's
 * calendar_dates.txt, or the new zip, goes past.
 */
import { spawnSync } from 'node:child_process';
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const temporary: string[] = [];
/** A folder this file made, removed after its tests. */
const made = (dir: string): string => (temporary.push(dir), dir);
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
import { BIN, FROZEN, runFrozen } from '../helpers/run-bin.js';

const NOW = ['--now', '2026-11-27T00:00:00Z'];
const DAY = ['--date', '2026-12-01', '--days', '1', ...NOW];
const YEAR = ['--date', '2026-12-01', '--days', '365', ...NOW];

/** Every entry under `dir`: a file's bytes, a link's target, a folder as such. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (at: string) => {
    for (const name of readdirSync(at).sort()) {
      const path = join(at, name);
      const entry = lstatSync(path);
      const key = relative(dir, path);
      if (entry.isSymbolicLink()) out[key] = `-> ${readlinkSync(path)}`;
      else if (entry.isDirectory()) {
        out[key] = 'folder';
        walk(path);
      } else out[key] = readFileSync(path).toString('base64');
    }
  };
  walk(dir);
  return out;
}

/** The export under a 2 KiB file size limit: the year's calendar_dates.txt (and zip) cannot be written whole. */
function exportLimited(path: string): { code: number | null; stderr: string } {
  const args = [BIN, ...FROZEN, 'export', 'gtfs', path, ...YEAR, '--force'].map((a) => `'${a}'`).join(' ');
  const r = spawnSync(
    'bash',
    ['--norc', '--noprofile', '-c', `trap '' XFSZ; ulimit -f 2; exec "${process.execPath}" ${args}`],
    { encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
  );
  return { code: r.status, stderr: r.stderr };
}

/** An old one-day feed, with a file, a folder and a link of the user's beside it. */
function oldFolder(): { parent: string; feed: string } {
  const parent = made(mkdtempSync(join(tmpdir(), 'railnext-swap-')));
  const feed = join(parent, 'feed');
  expect(runFrozen(['export', 'gtfs', feed, ...DAY]).code).toBe(0);
  writeFileSync(join(feed, 'notes.md'), 'mine');
  mkdirSync(join(feed, 'maps'));
  writeFileSync(join(feed, 'maps', 'route.svg'), '<svg/>');
  symlinkSync('../elsewhere.txt', join(feed, 'readme.link'));
  writeFileSync(join(feed, 'calendar.txt'), 'service_id,monday\r\nold,1\r\n');
  return { parent, feed };
}

describe('export gtfs --force', () => {
  it('a folder: a write that fails midway leaves the old feed byte for byte, and nothing beside it', () => {
    const { parent, feed } = oldFolder();
    const before = snapshot(feed);
    expect(exportLimited(feed)).toEqual({
      code: 74,
      stderr: `railnext: cannot write ${feed}/calendar_dates.txt: file too large\n`,
    });
    expect(snapshot(feed)).toEqual(before);
    expect(readdirSync(parent)).toEqual(['feed']);
  });

  it('a zip: a write that fails leaves the old zip byte for byte, and nothing beside it', () => {
    const parent = made(mkdtempSync(join(tmpdir(), 'railnext-swap-')));
    const zip = join(parent, 'feed.zip');
    expect(runFrozen(['export', 'gtfs', zip, ...DAY]).code).toBe(0);
    const before = readFileSync(zip);
    expect(exportLimited(zip)).toEqual({ code: 74, stderr: `railnext: cannot write ${zip}: file too large\n` });
    expect(readFileSync(zip).equals(before)).toBe(true);
    expect(readdirSync(parent)).toEqual(['feed.zip']);
  });

  it("a folder that succeeds: the new feed in place, the user's file (the same file, linked), folder and link carried over, old GTFS files gone", () => {
    const { parent, feed } = oldFolder();
    const notes = statSync(join(feed, 'notes.md')).ino;
    const r = runFrozen(['export', 'gtfs', feed, ...YEAR, '--force']);
    expect(r.code).toBe(0);
    expect(readdirSync(feed).sort()).toEqual(
      [
        'agency.txt',
        'calendar_dates.txt',
        'feed_info.txt',
        'maps',
        'notes.md',
        'readme.link',
        'routes.txt',
        'stop_times.txt',
        'stops.txt',
        'translations.txt',
        'trips.txt',
      ].sort(),
    );
    expect(statSync(join(feed, 'notes.md')).ino).toBe(notes);
    expect(readFileSync(join(feed, 'maps', 'route.svg'), 'utf8')).toBe('<svg/>');
    expect(readlinkSync(join(feed, 'readme.link'))).toBe('../elsewhere.txt');
    expect(readFileSync(join(feed, 'feed_info.txt'), 'utf8')).toContain(',20261201,20271130,');
    expect(readdirSync(parent)).toEqual(['feed']);
  });

  it('refuses to swap the folder it runs in, which would leave the shell in a removed folder', () => {
    const { feed } = oldFolder();
    const before = snapshot(feed);
    const r = spawnSync(
      process.execPath,
      [
        BIN,
        ...FROZEN.map((a) => (a.startsWith('tests/') ? join(process.cwd(), a) : a)),
        'export',
        'gtfs',
        '.',
        ...YEAR,
        '--force',
      ],
      { cwd: feed, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } },
    );
    expect({ code: r.status, stdout: r.stdout, stderr: r.stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "railnext: cannot replace the feed in .: it is the current folder or holds it, and the new feed takes the folder's place; run the export from outside it\n",
    });
    expect(snapshot(feed)).toEqual(before);
  });
});
