/**
 * Where output goes wrong: a full disk, a stderr that cannot be written. Run
 * through the real bin with a real /dev/full and real pipes (a reader that goes
 * away from a century: century.slow.test.ts).
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/run-bin.js';

const NOW = ['--now', '2026-11-22T06:00:00Z'];
const CENTURY = ['--date', '2025-01-01', '--until', '2124-12-31'];

/** Runs the bin with stdout on `path` (opened for writing), as `railnext … > path` does. */
function runInto(path: string, args: string[]) {
  const fd = openSync(path, 'w');
  try {
    const r = spawnSync(process.execPath, [BIN, ...args], {
      stdio: ['ignore', fd, 'pipe'],
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '' },
    });
    return { code: r.status, stderr: r.stderr };
  } finally {
    closeSync(fd);
  }
}

describe('a full disk (/dev/full)', () => {
  const FULL = { code: 74, stderr: 'railnext: cannot write output: no space left on device\n' };
  it.each([
    ['the table', ['khasan', ...NOW]],
    ['a century of the table', [...CENTURY]],
    ['JSON', ['khasan', '--json', ...NOW]],
    ['a century of NDJSON', [...CENTURY, '--format', 'ndjson']],
    ['CSV', ['--format', 'csv', ...NOW]],
    ['iCalendar', ['--format', 'ics', ...NOW]],
    ['the calendar', ['khasan', '--calendar', ...NOW]],
    ['a listing', ['routes']],
    ['the help', ['--help']],
  ])('%s: one line, exit 74', (_name, args) => {
    expect(runInto('/dev/full', args)).toEqual(FULL);
  });

  it('--verbose adds the stack', () => {
    const r = runInto('/dev/full', ['khasan', '--verbose', ...NOW]);
    expect(r.code).toBe(74);
    expect(r.stderr.split('\n')[0]).toBe('railnext: cannot write output: no space left on device');
    expect(r.stderr).toContain('OutputError');
  });
});

describe('export gtfs', () => {
  it('leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'railnext-feed-'));
    const r = spawnSync(process.execPath, [BIN, 'export', 'gtfs', dir, '--date', '2026-12-01', '--days', '7'], {
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual([
      'agency.txt',
      'calendar_dates.txt',
      'feed_info.txt',
      'routes.txt',
      'stop_times.txt',
      'stops.txt',
      'translations.txt',
      'trips.txt',
    ]);
  });
});

/** Runs the bin with stderr on /dev/full and stdout on `stdout` (a pipe unless given), as `railnext … 2>/dev/full` does. */
function runWithFullStderr(args: string[], stdout: 'pipe' | string = 'pipe', env: Record<string, string> = {}) {
  const err = openSync('/dev/full', 'w');
  const out = stdout === 'pipe' ? 'pipe' : openSync(stdout, 'w');
  try {
    return spawnSync(process.execPath, [BIN, ...args], {
      stdio: ['ignore', out, err],
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', ...env },
    }).status;
  } finally {
    closeSync(err);
    if (typeof out === 'number') closeSync(out);
  }
}

describe('a stderr that cannot be written (2>/dev/full) leaves the exit code as it was', () => {
  it.each([
    ['an unknown station', 2, ['harbin', ...NOW]],
    ['a bad flag', 2, ['khasan', '--dat', '2026-12-01', ...NOW]],
    ['a bad date', 2, ['khasan', '--date', '2026-13-01', ...NOW]],
    ['a --schedules path that is not there', 2, ['khasan', '--schedules', 'no/such/file.json', ...NOW]],
    ['bad data in a lookup', 3, ['khasan', '--schedules', 'tests/fixtures/broken/unknown-zone.json', ...NOW]],
    [
      'validate of a broken file (its report is on stdout)',
      3,
      ['validate', 'tests/fixtures/broken/unknown-zone.json', ...NOW],
    ],
    [
      'the warning of old data, with the answer printed',
      0,
      ['khasan', '--date', '2026-12-01', '--now', '2029-01-01T00:00:00Z'],
    ],
    ['completion for a shell it does not know', 2, ['completion', 'fish1']],
    ['help on an unknown topic', 2, ['help', 'nothing']],
  ])('%s: exit %i', (_name, code, args) => {
    expect(runWithFullStderr(args as string[])).toBe(code);
  });

  it('a bad RAILNEXT_LANG warns on stderr and still answers: exit 0', () => {
    expect(runWithFullStderr(['khasan', ...NOW], 'pipe', { RAILNEXT_LANG: 'xx' })).toBe(0);
  });

  it('stdout and stderr both full: exit 74, as with stdout alone', () => {
    expect(runWithFullStderr(['khasan', ...NOW], '/dev/full')).toBe(74);
  });
});

describe('the completion helper on a full disk', () => {
  it('`__complete` with stdout on /dev/full: exit 74 and nothing on stderr (a prompt is not the place for a message), never 70', () => {
    expect(runInto('/dev/full', ['__complete', 'bash', '1', '--', 'railnext', 'kh'])).toEqual({ code: 74, stderr: '' });
    expect(runWithFullStderr(['__complete', 'bash', '1', '--', 'railnext', 'kh'], '/dev/full')).toBe(74);
  });

  it('`completion bash` with stdout on /dev/full: the documented 74', () => {
    expect(runInto('/dev/full', ['completion', 'bash'])).toEqual({
      code: 74,
      stderr: 'railnext: cannot write output: no space left on device\n',
    });
  });
});
