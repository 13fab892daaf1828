/**
 * The printed completion scripts in the real bash, zsh and fish: each Tab runs
 * `railnext __complete` through the built bin, so these run with the slow
 * suites (`npm run test:slow`, and in CI). Names come from RAILNEXT_SCHEDULES
 * (the frozen fixtures) and --schedules on the line, the bundled data left out
 * with --no-bundled, so the candidates do not move with a data refresh.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS, completionFolder, ENV, FORMATS, ROUTES_OPTIONS } from '../helpers/completion-fixtures.js';
import { completeInBash, completeInFish, completeInZsh, hasCommand } from '../helpers/shells.js';

let files = '';
beforeAll(() => {
  files = completionFolder();
});
afterAll(() => rmSync(files, { recursive: true, force: true }));

/** In CI a missing shell fails the run (.ci/run installs zsh and fish); on a workstation its tests are skipped. */
const CI = process.env.CI === 'true';
const describeShell = (shell: string) => describe.skipIf(!CI && !hasCommand(shell));

describeShell('bash')('railnext completion bash, in bash', () => {
  it("registers its function, and completes each command's words", () => {
    expect(hasCommand('bash')).toBe(true);
    const r = completeInBash(
      [
        ['--no-bundled', 'kha'],
        ['--no-bundled', 'tumen'],
        ['--no-bundled', 'Tumen\\ R'],
        ['--no-bundled', '"Tumen R'],
        ['--no-bundled', 'Ха'],
        ['--no-bundled', 'tum'],
        ['khasan', '--fo'],
        ['--format', '='],
        ['--format', '=', 'n'],
        ['--tz', 'asia/vl'],
        ['routes', '--'],
        ['completion', ''],
        ['help', 's'],
      ],
      { env: ENV },
    );
    expect(r.registration).toBe('complete -F _railnext railnext');
    expect(r.candidates).toEqual([
      ['khasan', 'khabarovsk', 'khasan-tumangang', 'khabarovsk-pyongyang'],
      ['Tumen\\ River', 'Tumen\\ River\\ Station', 'tumen-road-bridge'],
      ['Tumen\\ River', 'Tumen\\ River\\ Station'],
      ['Tumen\\ River', 'Tumen\\ River\\ Station'],
      ['Хасан', 'Хабаровск'],
      [
        'tumangang',
        'Tumen\\ River',
        'Tumen\\ River\\ Station',
        "Tuman\\'gang",
        'Tumangan',
        'tumen-road-bridge',
        'tumangang-khasan',
      ],
      ['--format'],
      FORMATS,
      ['ndjson'],
      ['Asia/Vladivostok'],
      ROUTES_OPTIONS,
      ['bash', 'zsh', 'fish'],
      ['stations'],
    ]);
    expect(r.stderr).toBe('');
  });

  it('completes files for validate and --schedules, files and folders for export gtfs (a .zip or a folder), and names from --schedules on the line', () => {
    const r = completeInBash(
      [
        ['validate', `${files}/`],
        ['--schedules', `${files}/my`],
        ['export', 'gtfs', `${files}/`],
        ['--no-bundled', '--schedules', 'tests/fixtures/through', 'a'],
      ],
      { env: { RAILNEXT_SCHEDULES: '/no/such/folder' } },
    );
    // compgen lists a folder in its own order; readline sorts what it shows.
    expect(r.candidates.map((c) => [...c].sort())).toEqual([
      [`${files}/feeds`, `${files}/my file.json`, `${files}/notes`, `${files}/plain.txt`],
      [`${files}/my file.json`],
      [`${files}/feeds`, `${files}/my file.json`, `${files}/notes`, `${files}/plain.txt`],
      ['alpha'],
    ]);
    // Sourcing the script says once that the variable holds a stale path (see rough-edges.test.ts); each Tab says nothing.
    expect(r.stderr).toBe(
      'railnext: warning: RAILNEXT_SCHEDULES: no such file or folder "/no/such/folder" (left out)\n',
    );
  });
});

describeShell('zsh')('railnext completion zsh, in zsh with compinit, pressing Tab in a pseudo-terminal', () => {
  it("completes each command's words, values after --opt= included, ignoring case in any script", () => {
    expect(hasCommand('zsh')).toBe(true);
    const r = completeInZsh(
      [
        'railnext --no-bundled kha',
        'railnext --no-bundled "Tumen R',
        'railnext --no-bundled Ха',
        'railnext --no-bundled khasan tumang',
        'railnext --format=c',
        'railnext --format ',
        'railnext --tz asia/vl',
        'railnext routes --',
        'railnext validate --n',
        'railnext help ',
        'railnext --no-bundled --schedules tests/fixtures/through a',
        `railnext validate ${files}/`,
        `railnext export gtfs ${files}/`,
        `railnext --schedules=${files}/m`,
      ],
      { env: ENV },
    );
    expect(r.candidates).toEqual([
      ['khasan', 'khabarovsk', 'khasan-tumangang', 'khabarovsk-pyongyang'],
      ['Tumen River', 'Tumen River Station'],
      ['Хасан', 'Хабаровск'],
      ['tumangang', 'Tumangan'],
      ['--format=csv'],
      FORMATS,
      ['Asia/Vladivostok'],
      ROUTES_OPTIONS,
      ['--now', '--no-bundled'],
      COMMANDS.slice(0, -1),
      ['alpha'],
      // As zsh inserts them: quoted.
      [`${files}/feeds`, `${files}/my\\ file.json`, `${files}/notes`, `${files}/plain.txt`],
      [`${files}/feeds`, `${files}/my\\ file.json`, `${files}/notes`, `${files}/plain.txt`],
      [`--schedules=${files}/my\\ file.json`],
    ]);
  });
});

describeShell('fish')('railnext completion fish, in fish (complete -C)', () => {
  it("completes each command's words with descriptions, values after --opt= included", () => {
    expect(hasCommand('fish')).toBe(true);
    const r = completeInFish(
      [
        'railnext --no-bundled kha',
        'railnext --no-bundled Ха',
        'railnext --no-bundled khasan tumang',
        'railnext --format=',
        'railnext --format=n',
        'railnext --tz asia/vl',
        'railnext routes --',
        'railnext help ',
        'railnext --no-bundled --schedules tests/fixtures/through a',
        `railnext validate ${files}/`,
        `railnext export gtfs ${files}/`,
        `railnext --schedules=${files}/m`,
      ],
      { env: { ...ENV, RAILNEXT_SCHEDULES: `/no/such/folder:${ENV.RAILNEXT_SCHEDULES}` } },
    );
    expect(r.candidates).toEqual([
      ['khabarovsk', 'khabarovsk-pyongyang', 'khasan', 'khasan-tumangang'],
      ['Хабаровск', 'Хасан'],
      ['tumangang', 'Tumangan'],
      ['--format=csv', '--format=ics', '--format=json', '--format=ndjson', '--format=table'],
      ['--format=ndjson'],
      ['Asia/Vladivostok'],
      ['--ascii', '--help', '--json', '--lang', '--now', '--no-bundled', '--no-color', '--schedules'],
      ['completion', 'export', 'routes', 'stations', 'validate'],
      ['alpha'],
      [`${files}/feeds/`, `${files}/my file.json`, `${files}/notes/`, `${files}/plain.txt`],
      [`${files}/feeds/`, `${files}/my file.json`, `${files}/notes/`, `${files}/plain.txt`],
      [`--schedules=${files}/my file.json`],
    ]);
    expect(r.described[0]).toContain('khasan-tumangang\tKhasan ⇄ Tumangang');
    expect(r.described[6]).toContain('--json\tprint JSON');
    expect(r.stderr).toBe(
      'railnext: warning: RAILNEXT_SCHEDULES: no such file or folder "/no/such/folder" (left out)\n',
    );
  });
});
