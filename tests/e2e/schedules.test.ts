/**
 * A user's schedule folder through the real bin: lookup, routes and validate;
 * the variable, --no-bundled, replacement of a bundled route; and a reader
 * that closes the pipe early.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES, CHECK_DAY_NOW } from '../helpers/bundled.js';
import { BIN, binEnv } from '../helpers/run-bin.js';
import { runCli, runCliJson } from '../helpers/run-cli.js';

const USER = 'tests/fixtures/user';
const OVERRIDE = 'tests/fixtures/override';
const NOW = ['--now', '2026-11-22T06:00:00Z'];

describe('a user schedule folder', () => {
  it('adds its services to lookups, on the 31st of the months that have one', async () => {
    const { code, json } = await runCliJson([
      'khasan',
      'chongjin',
      '--schedules',
      USER,
      '--date',
      '2027-01-01',
      '--days',
      '90',
      ...NOW,
    ]);
    expect(code).toBe(0);
    expect(json.departures.map((d: any) => [d.departure.at, d.arrival.at, d.durationMinutes, d.service])).toEqual([
      ['2027-01-31T08:00:00+10:00', '2027-01-31T09:30:00+09:00', 150, 'khasan-chongjin'],
      ['2027-03-31T08:00:00+10:00', '2027-03-31T09:30:00+09:00', 150, 'khasan-chongjin'],
    ]);
  });

  it('is read from RAILNEXT_SCHEDULES too, and routes says where each route came from', async () => {
    const r = await runCli(['routes'], { env: { RAILNEXT_SCHEDULES: `:${USER}:`, COLUMNS: '200' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      'Khasan ⇄ Chongjin  khasan-chongjin · train · planned\n  Khasan → Chongjin: the 31st of each month, from 2027-01-31 (planned, low confidence)\n  From tests/fixtures/user/extra.json.',
    );
    const { json } = await runCliJson(['routes'], { env: { RAILNEXT_SCHEDULES: USER } });
    const origins: [string, string][] = json.routes.map((route: any) => [route.id, route.origin]);
    // The bundled routes first, each from its file; the user's after them.
    expect(origins.slice(0, -2).every(([, origin]) => origin.startsWith('schedules/'))).toBe(true);
    expect(origins.slice(-2)).toEqual([
      ['extra', 'tests/fixtures/user/extra.json'],
      ['khasan-chongjin', 'tests/fixtures/user/extra.json'],
    ]);
  });

  it('validates clean, and fails without the bundled stations it refers to', async () => {
    expect(await runCli(['validate', USER, ...CHECK_DAY_NOW])).toEqual({
      code: 0,
      stdout: `${BUNDLED_FILES + 1} files checked: no problems.\n`,
      stderr: '',
    });
    const alone = await runCli(['validate', '--no-bundled', USER, ...NOW]);
    expect(alone.code).toBe(3);
    expect(alone.stdout).toBe(
      [
        'tests/fixtures/user/extra.json:/routes/0/services/0/stops/0/station: unknown station id "khasan" (line 39)',
        'tests/fixtures/user/extra.json:/routes/0/services/0/stops/1/station: unknown station id "tumangang" (line 46)',
        'tests/fixtures/user/extra.json:/routes/1/services/0/stops/0/station: unknown station id "khasan" (line 81)',
        '1 file checked: 3 errors, 0 warnings.',
        '',
      ].join('\n'),
    );
    const lookup = await runCli(['--no-bundled', '--schedules', USER, ...NOW]);
    expect(lookup.code).toBe(3);
    expect(lookup.stderr.split('\n')[0]).toBe('railnext: 3 problems in the schedules:');
  });

  it('replaces a bundled route of the same id', async () => {
    const r = await runCli(['khasan', '--schedules', OVERRIDE, '--date', '2026-12-01', '--days', '3', ...NOW]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('│ Wed 2 Dec │ 16:00 * │ Khasan → Tumangang │ 15:17 ~ │ 17 min  │ train 645 │');
    expect(r.stdout).not.toContain('15:30');
    const { json } = await runCliJson(['routes', '--schedules', OVERRIDE]);
    const route = json.routes.find((x: any) => x.id === 'khasan-tumangang');
    expect([route.origin, route.services.map((s: any) => s.id)]).toEqual([
      'tests/fixtures/override/khasan-tumangang.json',
      ['khasan-tumangang'],
    ]);
  });
});

describe('a closed stdout', () => {
  const pipe = (command: string) =>
    spawnSync('bash', ['--norc', '--noprofile', '-c', `${command}; echo "status \${PIPESTATUS[0]}" >&2`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
      env: binEnv(),
    });

  it('ends quietly: `railnext --days 3650 --json | head -1`', () => {
    const r = pipe(`"${process.execPath}" "${BIN}" --days 3650 --json --now 2026-11-22T06:00:00Z | head -1`);
    expect(r.stdout).toBe('{\n');
    expect(r.stderr).toBe('status 0\n');
  });

  it('ends quietly with the table too (a year of departures is far more than a pipe buffer)', () => {
    const r = pipe(`"${process.execPath}" "${BIN}" --days 365 --now 2026-11-22T06:00:00Z | head -1`);
    expect(r.stdout).toBe('All services, 2026-11-22 – 2027-11-21\n');
    expect(r.stderr).toBe('status 0\n');
  });
});

describe('an install without its schedules folder', () => {
  it('says which folder it cannot read, in one line, and exits 2 rather than 70', () => {
    // The bin and its bundle copied without schedules/ beside them, as a broken install would leave them.
    const dir = mkdtempSync(join(tmpdir(), 'railnext-no-schedules-'));
    try {
      cpSync('bin', join(dir, 'bin'), { recursive: true });
      cpSync('dist', join(dir, 'dist'), { recursive: true });
      const r = spawnSync(process.execPath, [join(dir, 'bin', 'railnext.cjs'), 'khasan'], {
        env: binEnv(),
        encoding: 'utf8',
      });
      expect([r.status, r.stdout, r.stderr]).toEqual([
        2,
        '',
        `railnext: schedules: cannot read the folder "${join(dir, 'schedules')}/" (ENOENT)\n`,
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
