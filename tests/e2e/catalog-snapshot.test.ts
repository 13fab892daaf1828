import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshotTexts } from '../../src/input/catalog-snapshot.js';
import { filesAt, readSchedules } from '../../src/input/schedule-files.js';
import { binEnv, withNow } from '../helpers/run-bin.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/**
 * An installed package whose bundled schedules are the frozen ones (tests/fixtures/frozen), with the snapshot the
 * build would write for them, so that what is asserted here stays put when the real data is refreshed.
 */
function packageCopy(edit?: (schedules: string) => void): { dir: string; snapshot: string } {
  const dir = mkdtempSync(join(tmpdir(), 'railnext-snapshot-bin-'));
  copies.push(dir);
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(dir, part), { recursive: true });
  const schedules = join(dir, 'schedules');
  cpSync(join(ROOT, 'tests', 'fixtures', 'frozen'), schedules, { recursive: true });
  edit?.(schedules);
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  const catalog = readSchedules({ bundled: true, groups: [] }, { textChecks: 'all' }, schedules).catalog;
  for (const [name, text] of Object.entries(snapshotTexts(catalog, filesAt(schedules))))
    writeFileSync(join(dir, 'dist', name), text);
  return { dir, snapshot: join(dir, 'dist', 'catalog.json') };
}

const copies: string[] = [];
afterAll(() => {
  for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

const ARGS = withNow(['khasan', '--date', '2026-12-01', '--days', '3', '--no-color']);
const run = (dir: string, args = ARGS) =>
  spawnSync(process.execPath, [join(dir, 'bin', 'railnext.cjs'), ...args], { encoding: 'utf8', env: binEnv() });
/** Which way a run took the bundled schedules, as its debug log says. */
const taken = (dir: string, args = ARGS) => {
  const r = spawnSync(process.execPath, [join(dir, 'bin', 'railnext.cjs'), ...args], {
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

  it('in Russian, with the Russian of the schedules, kept in a file of its own that English never reads', () => {
    // The frozen route with the Russian of its notes, as the bundled data gives it.
    const { dir } = packageCopy((schedules) => {
      const path = join(schedules, 'khasan-tumangang.json');
      const data = JSON.parse(readFileSync(path, 'utf8'));
      data.routes[0].translations = {
        ru: {
          notes: [
            'Пересекает реку Туманную между Россией и КНДР по мосту Дружбы.',
            'Пробные рейсы начались 06.06.2024 (41 турист в первом поезде, около 1 200 пассажиров за пробный период); регулярное движение началось 16.12.2024 с двумя пассажирами.',
            'Одно сообщение 2025 года относит возобновление к концу 2023 года; грузовое движение возобновилось в ноябре 2022 года, пассажирское — в июне 2024 года, поэтому эта дата не используется.',
          ],
        },
      };
      writeFileSync(path, JSON.stringify(data, null, 2));
    });
    const routes = withNow(['routes', '--lang', 'ru', '--no-color']);
    const russian = run(dir, routes);
    expect(russian).toMatchObject({ status: 0, stderr: '' });
    expect(russian.stdout).toContain('  Пересекает реку Туманную между Россией и КНДР по мосту Дружбы.\n');
    expect(taken(dir, routes)).toBe('as the build read them');
    // Without the Russian file, English is still the build's, and Russian is read from the files, the same.
    unlinkSync(join(dir, 'dist', 'catalog-ru.json'));
    expect(taken(dir)).toBe('as the build read them');
    expect(taken(dir, routes)).toBe('read from the files');
    expect(run(dir, routes)).toMatchObject({ status: 0, stdout: russian.stdout, stderr: '' });
  });
});
