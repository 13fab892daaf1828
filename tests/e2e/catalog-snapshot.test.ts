import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshotText } from '../../src/input/catalog-snapshot.js';
import { filesAt, readSchedules } from '../../src/input/schedule-files.js';
import { binEnv, withNow } from '../helpers/run-bin.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * An installed package whose bundled schedules are the frozen ones (tests/fixtures/frozen), with the snapshot the
 * build would write for them, so that what is asserted here stays put when the real data is refreshed.
 */
function packageCopy(): { dir: string; snapshot: string } {
  const dir = mkdtempSync(join(tmpdir(), 'railnext-snapshot-bin-'));
  copies.push(dir);
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  const schedules = join(dir, 'schedules');
  cpSync(join(ROOT, 'tests', 'fixtures', 'frozen'), schedules, { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const snapshot = join(dir, 'dist', 'catalog.json');
  writeFileSync(
    snapshot,
    snapshotText(
      readSchedules({ bundled: true, groups: [] }, { textChecks: 'all' }, schedules).catalog,
      filesAt(schedules),
    ),
  );
  return { dir, snapshot };
}

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

const ARGS = withNow(['khasan', '--date', '2026-12-01', '--days', '3', '--no-color']);
const run = (dir: string, args = ARGS) =>
  spawnSync(process.execPath, [join(dir, 'bin', 'railnext.cjs'), ...args], { encoding: 'utf8', env: binEnv() });
/** Which way a run took the bundled schedules, as its debug log says. */
const taken = (dir: string) => {
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'railnext.cjs'), ...ARGS], {
    encoding: 'utf8',
    env: binEnv({ NODE_DEBUG: 'railnext' }),
  });
  return /bundled schedules: (as the build read them|read from the files)/.exec(r.stderr)?.[1];
};

describe('the bundled schedules as the build read them', () => {
  it('answer as the files do; a damaged or missing snapshot is read past', () => {
    const { dir, snapshot } = packageCopy();
    const kept = run(dir);
    expect(kept.stderr).toBe('');
    expect(kept.stdout).toContain('│ Wed 2 Dec │ 15:30   │ Khasan → Tumangang │ 14:47 ~ │');
    expect(taken(dir)).toBe('as the build read them');
    const text = readFileSync(snapshot, 'latin1');
    writeFileSync(snapshot, text.slice(0, 1000));
    expect(run(dir)).toMatchObject({ status: 0, stdout: kept.stdout, stderr: '' });
    expect(taken(dir)).toBe('read from the files');
    unlinkSync(snapshot);
    expect(run(dir)).toMatchObject({ status: 0, stdout: kept.stdout, stderr: '' });
  });

  it('are read afresh once a file is edited: the edit shows, and an error in it is told', () => {
    const { dir } = packageCopy();
    const path = join(dir, 'schedules', 'khasan-tumangang.json');
    const text = readFileSync(path, 'utf8');
    writeFileSync(path, text.replace('"time": "08:30"', '"time": "08:45"'));
    expect(taken(dir)).toBe('read from the files');
    expect(run(dir).stdout).toContain('│ Wed 2 Dec │ 15:45   │ Khasan → Tumangang │ 15:02 ~ │');
    writeFileSync(path, text.replace('"time": "08:30"', '"time": "25:30"'));
    const bad = run(dir);
    expect(bad.status).toBe(3);
    expect(bad.stderr).toBe(
      'railnext: schedules/khasan-tumangang.json:/routes/0/services/0/stops/0/departure/time: expected a time HH:MM from 00:00 to 23:59, got "25:30" (line 29)\n',
    );
  });
});
