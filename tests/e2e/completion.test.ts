/**
 * Completion per command, worked out at completion time: the hidden
 * `railnext __complete` in-process (table-driven), and the printed scripts
 * (run in the real bash, zsh and fish by completion-shells.slow.test.ts). Names come from RAILNEXT_SCHEDULES (the frozen
 * fixtures) and --schedules on the line, the bundled data left out with
 * --no-bundled, so the candidates do not move with a data refresh.
 */
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  COMMANDS,
  completionFolder,
  ENV,
  FORMATS,
  ROUTES_OPTIONS,
  VALIDATE_OPTIONS,
} from '../helpers/completion-fixtures.js';
import { runCli } from '../helpers/run-cli.js';

let files = '';
beforeAll(() => {
  files = completionFolder();
});
afterAll(() => rmSync(files, { recursive: true, force: true }));

/** `railnext __complete <shell> <cword> -- railnext <words…>`, the last word being completed: its output lines. */
async function answer(
  shell: string,
  words: string[],
  env: Record<string, string> = ENV,
): Promise<{ lines: string[]; code: number; stderr: string }> {
  const r = await runCli(['__complete', shell, String(words.length), '--', 'railnext', ...words], { env });
  return { lines: r.stdout.split('\n').slice(0, -1), code: r.code, stderr: r.stderr };
}

describe('railnext __complete: what each command takes', () => {
  it.each([
    [
      ['--no-bundled', 'kha'],
      ['khasan', 'khabarovsk', 'khasan-tumangang', 'khabarovsk-pyongyang'],
    ],
    [
      ['--no-bundled', 'Ха'],
      ['Хасан', 'Хабаровск'],
    ],
    // Accents, spaces and punctuation count only when nothing matches as typed.
    [
      ['--no-bundled', 'pyo'],
      ['pyongyang', 'pyongyang-khabarovsk', 'pyongyang-moscow'],
    ],
    [['--no-bundled', "p'yŏ"], ["P'yŏngyang"]],
    [
      ['--no-bundled', 'pyŏ'],
      ['pyongyang', "P'yŏngyang", 'pyongyang-khabarovsk', 'pyongyang-moscow'],
    ],
    [
      ['--no-bundled', 'tumang'],
      ['tumangang', 'Tumangan', 'tumangang-khasan'],
    ],
    // The destination is a station: no route or service ids.
    [
      ['--no-bundled', 'khasan', 'tumang'],
      ['tumangang', 'Tumangan'],
    ],
    [['--no-bundled', 'khasan', "tuman'g"], ["Tuman'gang"]],
    [['--no-bundled', 'khasan', 'tumangang', ''], []],
    [
      ['--no-bundled', '--to', 'tumang'],
      ['tumangang', 'Tumangan'],
    ],
    [['--format', ''], FORMATS],
    [['--format', 'n'], ['ndjson']],
    [['--tz', 'asia/vl'], ['Asia/Vladivostok']],
    [['--tz', 'lo'], ['local']],
    [['--tz', 'ut'], ['UTC']],
    [['khasan', '--fo'], ['--format']],
    [['routes', '--'], ROUTES_OPTIONS],
    [
      ['stations', '--n'],
      ['--no-color', '--now', '--no-bundled'],
    ],
    [['validate', '--'], VALIDATE_OPTIONS],
    [
      ['export', '--d'],
      ['--date', '--days'],
    ],
    [['export', ''], ['gtfs']],
    [
      ['completion', ''],
      ['bash', 'zsh', 'fish'],
    ],
    [['help', ''], COMMANDS.slice(0, -1)],
    [['help', 'v'], ['validate']],
    [['--no-bundled', 'ro'], ['routes']],
    [['routes', ''], []],
    [['--date', ''], []],
    // After "--" everything is a query, never an option or a command.
    [['--no-bundled', '--', 'ro'], []],
  ])('%j offers %j', async (words, expected) => {
    const { lines, code, stderr } = await answer('bash', words);
    expect(lines).toEqual(['words\t', ...expected]);
    expect([code, stderr]).toEqual([0, '']);
  });

  it('asks the shell for files after validate and --schedules, and after export gtfs, which writes a .zip file or a folder', async () => {
    expect((await answer('bash', ['validate', 'my'])).lines).toEqual(['files\t']);
    expect((await answer('bash', ['validate', 'a.json', 'b'])).lines).toEqual(['files\t']);
    expect((await answer('bash', ['routes', '--schedules', ''])).lines).toEqual(['files\t']);
    expect((await answer('zsh', ['--schedules=tests/'])).lines).toEqual(['files\t--schedules=']);
    expect((await answer('bash', ['export', 'gtfs', ''])).lines).toEqual(['files\t']);
    expect((await answer('bash', ['export', 'gtfs', 'feed', ''])).lines).toEqual(['words\t']);
  });

  it('gives zsh and fish descriptions, and fish every candidate with the option in front (fish matches itself)', async () => {
    expect((await answer('zsh', ['routes', '--j'])).lines).toEqual(['words\t', '--json\tprint JSON']);
    expect((await answer('zsh', ['--no-bundled', 'Хас'])).lines).toEqual(['words\t', 'Хасан\tKhasan']);
    expect((await answer('fish', ['--format=x'])).lines).toEqual([
      'words\t--format=',
      ...FORMATS.map((f) => `--format=${f}`),
    ]);
    expect((await answer('fish', ['completion', ''])).lines).toEqual(['words\t', 'bash', 'zsh', 'fish']);
  });

  it('joins what bash splits at "=" (COMP_WORDBREAKS): --format = c is --format=c', async () => {
    expect((await answer('bash', ['khasan', '--format=c'])).lines).toEqual(['words\t--format=', 'csv']);
    expect((await answer('bash', ['--format', '='])).lines).toEqual(['words\t--format=', ...FORMATS]);
    expect((await answer('bash', ['--format', '=', 'j'])).lines).toEqual(['words\t--format=', 'json']);
    expect((await answer('bash', ['--tz', '=', 'asia/vl'])).lines).toEqual(['words\t--tz=', 'Asia/Vladivostok']);
  });

  it('names the stations of the catalogue the line would load: --schedules on the line, RAILNEXT_SCHEDULES, --no-bundled', async () => {
    expect((await answer('bash', ['--no-bundled', '--schedules', 'tests/fixtures/through', 'a'])).lines).toEqual([
      'words\t',
      'alpha',
    ]);
    expect(
      (await answer('bash', ['--no-bundled', '--schedules=tests/fixtures/through', 'khasan', 'bo'])).lines,
    ).toEqual(['words\t', 'border']);
    expect((await answer('bash', ['--no-bundled', 'a'])).lines).toEqual(['words\t']);
    // The shell leaves "~/" to the program on a line being typed.
    expect(
      (
        await answer('bash', ['--no-bundled', '--schedules', '~/through', 'a'], {
          HOME: `${process.cwd()}/tests/fixtures`,
        })
      ).lines,
    ).toEqual(['words\t', 'alpha']);
    expect(
      (
        await answer('bash', ['--no-bundled', 'a'], {
          RAILNEXT_SCHEDULES: `tests/fixtures/frozen:tests/fixtures/through`,
        })
      ).lines,
    ).toEqual(['words\t', 'alpha']);
  });

  it('stays silent on a RAILNEXT_SCHEDULES path that is not there, a broken file and a line it cannot read', async () => {
    const missing = await answer('bash', ['--no-bundled', 'kha'], {
      RAILNEXT_SCHEDULES: '/no/such/folder:tests/fixtures/frozen',
    });
    expect(missing).toEqual({
      lines: ['words\t', 'khasan', 'khabarovsk', 'khasan-tumangang', 'khabarovsk-pyongyang'],
      code: 0,
      stderr: '',
    });
    const broken = await answer('bash', [
      '--no-bundled',
      '--schedules',
      'tests/fixtures/broken/invalid-json.json',
      '--schedules',
      'nowhere.json',
      'kh',
    ]);
    expect(broken).toEqual({
      lines: ['words\t', 'khasan', 'khabarovsk', 'khasan-tumangang', 'khabarovsk-pyongyang'],
      code: 0,
      stderr: '',
    });
    for (const args of [
      ['__complete'],
      ['__complete', 'tcsh', '1', '--', 'railnext', ''],
      ['__complete', 'bash', 'x', '--', 'railnext'],
      ['__complete', 'bash', '5', '--', 'railnext'],
    ]) {
      expect(await runCli(args, { env: ENV })).toEqual({ code: 2, stdout: '', stderr: '' });
    }
  });
});

describe('railnext completion', () => {
  it('prints a script that holds no names: it asks railnext __complete on each Tab', async () => {
    for (const shell of ['bash', 'zsh', 'fish']) {
      const r = await runCli(['completion', shell], { env: { RAILNEXT_SCHEDULES: '/no/such/folder' } });
      expect([r.code, r.stderr]).toEqual([
        0,
        'railnext: warning: RAILNEXT_SCHEDULES: no such file or folder "/no/such/folder" (left out)\n',
      ]);
      expect(r.stdout).toContain(`__complete ${shell} `);
      expect(r.stdout).not.toContain('khasan');
    }
  });

  it('rejects a shell it does not know', async () => {
    const r = await runCli(['completion', 'tcsh']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('railnext: shell: invalid value "tcsh" (expected bash, zsh, fish) (see railnext --help)\n');
  });
});
