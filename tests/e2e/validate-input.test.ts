/**
 * `validate -` reads a schedule from standard input, and validate's hints: the
 * closest station id or field name for an unknown one, in the output's
 * language, and a warning for a `journeyMinutes` that can never be worked
 * out. The real bin.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FILES, CHECK_DAY_NOW } from '../helpers/bundled.js';
import { runBin } from '../helpers/run-bin.js';

const DIR = 'tests/fixtures/broken';
const MISSPELT = readFileSync(`${DIR}/misspelt-station.json`, 'utf8');
const AT = '/routes/0/services/0/stops/1/station: unknown station id "tumangan"';

describe('validate - (standard input)', () => {
  it('checks the piped schedule with the bundled ones, naming it <stdin>', () => {
    const r = runBin(['validate', '-', ...CHECK_DAY_NOW], { input: MISSPELT });
    expect([r.code, r.stdout, r.stderr]).toEqual([
      3,
      `<stdin>:${AT}; did you mean "tumangang"? (line 33)\n${BUNDLED_FILES + 1} files checked: 1 error, 0 warnings.\n`,
      '',
    ]);
  });

  it('passes a good schedule; --json lists <stdin> among the files, and gives the suggestion as a field', () => {
    const good = runBin(['validate', '-', '--json', ...CHECK_DAY_NOW], {
      input: readFileSync('tests/fixtures/user/extra.json', 'utf8'),
    });
    expect(good.code).toBe(0);
    expect(JSON.parse(good.stdout)).toMatchObject({ ok: true, errors: 0, warnings: 0, problems: [] });
    const { files } = JSON.parse(good.stdout) as { files: string[] };
    expect([files.length, files.at(-1)]).toEqual([BUNDLED_FILES + 1, '<stdin>']);
    const bad = runBin(['validate', '-', '--json', ...CHECK_DAY_NOW], { input: MISSPELT });
    expect(JSON.parse(bad.stdout).problems).toEqual([
      {
        file: '<stdin>',
        pointer: '/routes/0/services/0/stops/1/station',
        message: 'unknown station id "tumangan"',
        severity: 'error',
        line: 33,
        suggestion: 'tumangang',
      },
    ]);
  });

  it('says where bad JSON is, as for a file', () => {
    const r = runBin(['validate', '-', '--no-bundled'], { input: '{"routes": [,]}\n' });
    expect([r.code, r.stdout]).toEqual([
      3,
      '<stdin>: invalid JSON at line 1, column 13: unexpected "," (expected a value)\n1 file checked: 1 error, 0 warnings.\n',
    ]);
  });

  it('stops reading past the size limit, and says so', () => {
    const r = runBin(['validate', '-', '--no-bundled'], { input: ' '.repeat(5 * 1024 * 1024 + 1) });
    expect([r.code, r.stdout]).toEqual([
      3,
      '<stdin>: is over 5 MiB; schedule files are limited to 5 MiB\n1 file checked: 1 error, 0 warnings.\n',
    ]);
  });

  it('empty input is an empty schedule', () => {
    const r = runBin(['validate', '-', '--no-bundled']);
    expect([r.code, r.stdout]).toEqual([
      3,
      '<stdin>: is empty (expected a JSON schedule with "stations" or "routes")\n1 file checked: 1 error, 0 warnings.\n',
    ]);
  });
});

describe('did you mean, in the language of the output', () => {
  it.each([
    ['en', '; did you mean "tumangang"?', `${BUNDLED_FILES + 1} files checked: 1 error, 0 warnings.`],
    ['ru', '; может быть, «tumangang»?', `Проверено ${BUNDLED_FILES + 1} файлов: 1 ошибка, 0 предупреждений.`],
    ['zh', '; 您是否要找“tumangang”？', `已检查 ${BUNDLED_FILES + 1} 个文件：1 个错误，0 个警告。`],
    ['ko', '; 혹시 "tumangang"?', `파일 ${BUNDLED_FILES + 1}개 검사: 오류 1개, 경고 0개.`],
  ])('--lang %s', (lang, hint, summary) => {
    for (const columns of ['80', '50']) {
      const r = runBin(['validate', `${DIR}/misspelt-station.json`, '--lang', lang, ...CHECK_DAY_NOW], {
        env: { COLUMNS: columns },
      });
      expect([r.code, r.stdout], columns).toEqual([
        3,
        `${DIR}/misspelt-station.json:${AT}${hint} (line 33)\n${summary}\n`,
      ]);
    }
  });

  it('a lookup refusing the file says it too', () => {
    const r = runBin(['khasan', '--schedules', `${DIR}/misspelt-station.json`, '--lang', 'ru']);
    expect([r.code, r.stdout, r.stderr]).toEqual([
      3,
      '',
      `railnext: ${DIR}/misspelt-station.json:${AT}; может быть, «tumangang»? (line 33)\n`,
    ]);
  });

  it('no id far from every known one gets a guess', () => {
    const r = runBin(['validate', `${DIR}/unknown-station.json`, '--no-bundled', ...CHECK_DAY_NOW]);
    expect(r.stdout).toContain('unknown station id "nakhodka" (line 33)\n');
  });
});

describe('did you mean, for a misspelt field', () => {
  const FILE = 'tests/fixtures/misspelt-fields.json';
  /** The problems of the file, each with its hint in the output's words (or none, for a field far from every known one). */
  const problems = (hint: (field: string) => string) => [
    `${FILE}:/stations/1/timezone: unknown field "timezone"${hint('timeZone')} (line 6)`,
    `${FILE}:/stations/1/timeZone: is required (line 6)`,
    `${FILE}:/routes/0/services/0/colour: unknown field "colour" (line 14)`,
    `${FILE}:/routes/0/services/0/stpos: unknown field "stpos"${hint('stops')} (line 16)`,
    `${FILE}:/routes/0/services/0/runs/untill: unknown field "untill"${hint('until')} (line 15)`,
    `${FILE}:/routes/0/services/0/stops: expected an array, got nothing (line 13)`,
    `${FILE}:/routes/0/services/0/stops: a service needs at least two stops (line 13)`,
  ];

  it.each([
    ['en', (f: string) => `; did you mean "${f}"?`, '1 file checked: 7 errors, 0 warnings.'],
    ['ru', (f: string) => `; может быть, «${f}»?`, 'Проверен 1 файл: 7 ошибок, 0 предупреждений.'],
    ['zh', (f: string) => `; 您是否要找“${f}”？`, '已检查 1 个文件：7 个错误，0 个警告。'],
    ['ko', (f: string) => `; 혹시 "${f}"?`, '파일 1개 검사: 오류 7개, 경고 0개.'],
  ])('--lang %s, at 80 and 50 columns', (lang, hint, summary) => {
    for (const columns of ['80', '50']) {
      const r = runBin(['validate', FILE, '--no-bundled', '--lang', lang], { env: { COLUMNS: columns } });
      expect([r.code, r.stdout, r.stderr], columns).toEqual([3, `${[...problems(hint), summary].join('\n')}\n`, '']);
    }
  });

  it('--json gives the field name as the suggestion', () => {
    const r = runBin(['validate', FILE, '--no-bundled', '--json']);
    expect(
      JSON.parse(r.stdout).problems.map((p: { pointer: string; suggestion?: string }) => [p.pointer, p.suggestion]),
    ).toEqual([
      ['/stations/1/timezone', 'timeZone'],
      ['/stations/1/timeZone', undefined],
      ['/routes/0/services/0/colour', undefined],
      ['/routes/0/services/0/stpos', 'stops'],
      ['/routes/0/services/0/runs/untill', 'until'],
      ['/routes/0/services/0/stops', undefined],
      ['/routes/0/services/0/stops', undefined],
    ]);
  });

  it('a lookup refusing the file says it in the output language too', () => {
    const r = runBin(['home', '--schedules', FILE, '--no-bundled', '--lang', 'ko']);
    expect(r.code).toBe(3);
    expect(r.stderr).toContain(
      `\n${FILE}:/routes/0/services/0/stpos: unknown field "stpos"; 혹시 "stops"? (line 16)\n`,
    );
  });
});

describe('a journeyMinutes that can never be worked out', () => {
  it('is a warning: the departure it counts from has no time', () => {
    const r = runBin(['validate', `${DIR}/derived-after-untimed.json`, ...CHECK_DAY_NOW]);
    expect([r.code, r.stdout]).toEqual([
      0,
      `${DIR}/derived-after-untimed.json:/routes/0/services/0/stops/1/arrival/journeyMinutes: warning: counts from the departure at khasan (stop 0), which has no time of its own and none that can be worked out: this time can never be known (line 34)\n${BUNDLED_FILES + 1} files checked: 0 errors, 1 warning.\n`,
    ]);
  });
});
