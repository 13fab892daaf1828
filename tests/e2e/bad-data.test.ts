import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { binEnv } from '../helpers/run-bin.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A copy of the installed package whose bundled schedules we may break: the frozen ones (tests/fixtures/frozen),
 * so that the lines and fields named here stay put when the real data is refreshed.
 */
function packageCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'railnext-bad-data-'));
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  cpSync(join(ROOT, 'tests', 'fixtures', 'frozen'), join(dir, 'schedules'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

function runWithSchedule(file: string, edit: (text: string) => string, args: string[]) {
  const dir = packageCopy();
  copies.push(dir);
  const path = join(dir, 'schedules', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  return spawnSync(process.execPath, [join(dir, 'bin', 'railnext.cjs'), ...args], { encoding: 'utf8', env: binEnv() });
}

describe('bad bundled data', () => {
  it('exits 3 naming the file and the field, instead of printing departures', () => {
    const r = runWithSchedule('khasan-tumangang.json', (t) => t.replace('"time": "08:30"', '"time": "25:30"'), [
      'khasan',
      '--date',
      '2026-12-01',
    ]);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'railnext: schedules/khasan-tumangang.json:/routes/0/services/0/stops/0/departure/time: expected a time HH:MM from 00:00 to 23:59, got "25:30" (line 29)\n',
    );
    expect(r.status).toBe(3);
  });

  it('exits 3 for an unknown station id (naming the closest) and a zone that is not an IANA zone, listing both', () => {
    const r = runWithSchedule(
      'suifenhe-grodekovo.json',
      (t) =>
        t
          .replace('"station": "grodekovo"', '"station": "grodekova"')
          .replace('"zone": "Asia/Shanghai"', '"zone": "Asia/Beijing"'),
      ['suifenhe'],
    );
    expect(r.stderr).toBe(
      [
        'railnext: 2 problems in the schedules:',
        'schedules/suifenhe-grodekovo.json:/routes/0/services/0/stops/0/departure/zone: unknown time zone "Asia/Beijing" (expected an IANA zone such as Asia/Vladivostok) (line 28)',
        'schedules/suifenhe-grodekovo.json:/routes/0/services/0/stops/1/station: unknown station id "grodekova"; did you mean "grodekovo"? (line 35)',
        '',
      ].join('\n'),
    );
    expect(r.status).toBe(3);
  });
});
