import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gtfsStopovers } from '../helpers/read-gtfs.js';
import { BIN, binEnv, FROZEN, runFrozen } from '../helpers/run-bin.js';

const WINDOW = ['--date', '2026-12-01', '--days', '60', '--now', '2026-11-28T00:00:00Z'];
const FILES = [
  'agency.txt',
  'calendar_dates.txt',
  'feed_info.txt',
  'routes.txt',
  'stop_times.txt',
  'stops.txt',
  'translations.txt',
  'trips.txt',
];
const temp = () => mkdtempSync(join(tmpdir(), 'railnext-gtfs-'));

/** Unzips with Python's zipfile: a zip reader that shares nothing with the one that wrote it. */
function unzip(zip: string, into: string): string[] {
  const r = spawnSync(
    'python3',
    [
      '-c',
      'import sys, zipfile\nz = zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nz.extractall(sys.argv[2])\nprint("\\n".join(z.namelist()))',
      zip,
      into,
    ],
    { encoding: 'utf8' },
  );
  expect(r.stderr).toBe('');
  return r.stdout.trim().split('\n');
}

describe('export gtfs feed.zip', () => {
  const dir = temp();
  const zip = join(dir, 'feed.zip');
  const folder = join(dir, 'folder');
  const r = runFrozen(['export', 'gtfs', zip, ...WINDOW]);
  runFrozen(['export', 'gtfs', folder, ...WINDOW]);

  it('writes one zip holding the same files as a folder export, readable by another zip reader and by gtfs-utils', async () => {
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`^Wrote a GTFS feed to ${zip}: 5 trips on 176 service days from 2026-12-01 to 2027-01-29\\.\n`),
    );
    expect(readdirSync(dir).sort()).toEqual(['feed.zip', 'folder']);
    const out = join(dir, 'unzipped');
    expect(unzip(zip, out).sort()).toEqual(FILES);
    for (const name of FILES)
      expect(readFileSync(join(out, name), 'utf8')).toBe(readFileSync(join(folder, name), 'utf8'));
    const [fromZip, fromFolder] = [
      await gtfsStopovers(out, 'Europe/Moscow'),
      await gtfsStopovers(folder, 'Europe/Moscow'),
    ];
    expect(fromZip.length).toBeGreaterThan(300);
    expect(fromZip).toEqual(fromFolder);
  });

  it('is the same file byte for byte for the same --now', () => {
    const again = join(dir, 'again.zip');
    runFrozen(['export', 'gtfs', again, ...WINDOW]);
    expect(readFileSync(again)).toEqual(readFileSync(zip));
  });

  it('refuses to replace a zip that exists unless --force', () => {
    expect(runFrozen(['export', 'gtfs', zip, ...WINDOW])).toEqual({
      code: 2,
      stdout: '',
      stderr: `railnext: ${zip} already exists: add --force to replace it\n`,
    });
    expect(runFrozen(['export', 'gtfs', zip, ...WINDOW, '--force']).code).toBe(0);
  });
});

describe('what the feed says', () => {
  const folder = join(temp(), 'feed');
  runFrozen(['export', 'gtfs', folder, ...WINDOW]);
  const read = (name: string) => readFileSync(join(folder, name), 'utf8');

  it('names one agency per operator, with its real site', () => {
    expect(read('agency.txt')).toBe(
      'agency_id,agency_name,agency_url,agency_timezone,agency_lang\r\n' +
        'china-railway,China Railway,https://www.12306.cn/,Europe/Moscow,zh\r\n' +
        'korean-state-railway,Korean State Railway,https://en.wikipedia.org/wiki/Korean_State_Railway,Europe/Moscow,ko\r\n' +
        'rzd,Russian Railways,https://www.rzd.ru/,Europe/Moscow,ru\r\n',
    );
  });

  it('gives each direction of a cross-border route the railway of the country it starts in', () => {
    expect(read('routes.txt')).toContain('khasan-tumangang.rzd,rzd,,Khasan ⇄ Tumangang,2\r\n');
    expect(read('routes.txt')).toContain(
      'khasan-tumangang.korean-state-railway,korean-state-railway,,Khasan ⇄ Tumangang,2\r\n',
    );
    expect(read('trips.txt')).toContain('khasan-tumangang.rzd,khasan-tumangang,khasan-tumangang,Tumangang,645\r\n');
    expect(read('trips.txt')).toContain(
      'khasan-tumangang.korean-state-railway,tumangang-khasan,tumangang-khasan,Khasan,646\r\n',
    );
  });

  it('has feed_info with the version and the dates the feed covers', () => {
    expect(read('feed_info.txt')).toBe(
      'feed_publisher_name,feed_publisher_url,feed_lang,feed_start_date,feed_end_date,feed_version\r\n' +
        'railnext,https://www.npmjs.com/package/railnext,en,20261201,20270129,"railnext 1.0.0, data checked 2026-11-22"\r\n',
    );
  });

  it('translates every station name into the scripts its aliases are in', () => {
    const rows = read('translations.txt').split('\r\n');
    expect(rows[0]).toBe('table_name,field_name,language,translation,record_id');
    expect(rows).toEqual(
      expect.arrayContaining([
        'stops,stop_name,ru,Хасан,khasan',
        'stops,stop_name,ko,하산,khasan',
        'stops,stop_name,ko,두만강,tumangang',
        'stops,stop_name,zh,绥芬河,suifenhe',
        'stops,stop_name,ru,Гродеково,grodekovo',
        'stops,stop_name,zh,莫斯科,moscow',
      ]),
    );
  });
});

describe('where export gtfs writes', () => {
  it("refuses a folder that is not empty unless --force, and then replaces only the feed's files", () => {
    const folder = temp();
    writeFileSync(join(folder, 'notes.md'), 'mine');
    writeFileSync(join(folder, 'calendar.txt'), 'service_id,monday\r\nold,1\r\n');
    writeFileSync(join(folder, 'stops.txt'), 'old');
    expect(runFrozen(['export', 'gtfs', folder, ...WINDOW])).toEqual({
      code: 2,
      stdout: '',
      stderr: `railnext: ${folder} is not empty: add --force to replace the feed's files in it (other files are left alone)\n`,
    });
    expect(readFileSync(join(folder, 'stops.txt'), 'utf8')).toBe('old');
    expect(runFrozen(['export', 'gtfs', folder, ...WINDOW, '--force']).code).toBe(0);
    // An old calendar.txt would add service days to the new feed: it goes; a file that is not GTFS stays.
    expect(readdirSync(folder).sort()).toEqual([...FILES, 'notes.md'].sort());
    expect(readFileSync(join(folder, 'notes.md'), 'utf8')).toBe('mine');
    expect(readFileSync(join(folder, 'stops.txt'), 'utf8')).toMatch(/^stop_id,stop_name/);
  });

  it('never writes through a link inside the folder: the link is replaced, its target untouched', () => {
    const folder = temp();
    const victim = join(temp(), 'victim.txt');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(folder, 'stops.txt'));
    symlinkSync(victim, join(folder, 'calendar.txt'));
    expect(runFrozen(['export', 'gtfs', folder, ...WINDOW, '--force']).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(join(folder, 'stops.txt')).isSymbolicLink()).toBe(false);
    expect(existsSync(join(folder, 'calendar.txt'))).toBe(false);
  });

  it('refuses to write through a link where a zip goes, unless --force, and then replaces the link', () => {
    const folder = temp();
    const victim = join(folder, 'victim');
    writeFileSync(victim, 'precious');
    symlinkSync(victim, join(folder, 'feed.zip'));
    expect(runFrozen(['export', 'gtfs', join(folder, 'feed.zip'), ...WINDOW]).code).toBe(2);
    expect(runFrozen(['export', 'gtfs', join(folder, 'feed.zip'), ...WINDOW, '--force']).code).toBe(0);
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(lstatSync(join(folder, 'feed.zip')).isFile()).toBe(true);
  });

  it('refuses an empty path and "-", writing nothing in the current folder', () => {
    const cwd = temp();
    mkdirSync(join(cwd, 'x'));
    const run = (path: string) =>
      spawnSync(
        process.execPath,
        [
          BIN,
          ...FROZEN.map((a) => (a.startsWith('tests/') ? join(process.cwd(), a) : a)),
          'export',
          'gtfs',
          path,
          '--days',
          '3',
        ],
        { cwd, env: binEnv(), encoding: 'utf8' },
      );
    const empty = run('');
    expect([empty.status, empty.stdout, empty.stderr]).toEqual([
      2,
      '',
      'railnext: export gtfs needs a folder or a file ending in .zip to write to, not an empty path\n',
    ]);
    const dash = run('-');
    expect([dash.status, dash.stdout, dash.stderr]).toEqual([
      2,
      '',
      "railnext: export gtfs writes files, not standard output: give a folder or a file ending in .zip instead of '-'\n",
    ]);
    expect(readdirSync(cwd)).toEqual(['x']);
  });
});
