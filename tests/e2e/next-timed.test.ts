/**
 * `--next n` is the next n departures a traveller can plan on: those with a
 * known time. The Heihe bus publishes no times, so its rows are passed over,
 * and one line on stderr says how many and how to count them (`--untimed`).
 */
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

const rows = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => {
      const d = JSON.parse(line);
      return [d.service, d.departure.at];
    });

const FIRST_FOUR_TIMED = [
  ['pyongyang-dandong', '2026-11-27T10:26:00+09:00'],
  ['suifenhe-grodekovo', '2026-11-27T09:52:00+08:00'],
  ['dandong-pyongyang', '2026-11-27T10:00:00+08:00'],
  ['tumangang-khasan', '2026-11-27T12:00:00+09:00'],
];
const PASSED_OVER_TWO =
  'railnext: --next passed over 2 departures whose time is not published; --untimed counts them too\n';

describe('--next counts departures with a known time', () => {
  it('--next 4: the first four timed departures, and one stderr line for the two bus rows passed over', () => {
    const r = runBin(['--next', '4', '--format', 'ndjson']);
    expect([r.code, rows(r.stdout), r.stderr]).toEqual([0, FIRST_FOUR_TIMED, PASSED_OVER_TWO]);
  });

  it('--next 4 --untimed counts the bus rows, as --next did before; nothing on stderr', () => {
    const r = runBin(['--next', '4', '--untimed', '--format', 'ndjson']);
    expect([r.code, rows(r.stdout), r.stderr]).toEqual([
      0,
      [['blagoveshchensk-heihe', null], ['heihe-blagoveshchensk', null], ...FIRST_FOUR_TIMED.slice(0, 2)],
      '',
    ]);
  });

  it.each([
    [['--timed'], 'leaves them out by request'],
    [['--quiet'], 'asks for no warning'],
    [['--untimed', '--days', '1'], 'counts them'],
  ])('--next 4 %j: the same timed departures or all, and no line (%s)', (flags) => {
    expect(runBin(['--next', '4', ...flags, '--format', 'ndjson']).stderr).toBe('');
  });

  it('the table and JSON say the same, 80 and 50 columns alike', () => {
    for (const columns of ['80', '50']) {
      const table = runBin(['--next', '4'], { env: { COLUMNS: columns } });
      expect([table.code, table.stderr, table.stdout.includes('? (4 a day)')]).toEqual([0, PASSED_OVER_TWO, false]);
    }
    const json = JSON.parse(runBin(['--next', '4', '--json']).stdout);
    expect(json.departures.map((d: any) => [d.service, d.departure.at])).toEqual(FIRST_FOUR_TIMED);
  });

  it('heihe --next 3: no timed departure at all, said as --timed says it, with the ten years of bus rows counted', () => {
    const r = runBin(['heihe', '--next', '3', '--json']);
    const json = JSON.parse(r.stdout);
    expect([r.code, json.departures, json.next, json.reason, r.stderr]).toEqual([
      1,
      [],
      null,
      'No service with a published time in the schedules leaves Heihe.',
      'railnext: --next passed over 3,653 departures whose time is not published; --untimed counts them too\n',
    ]);
    const untimed = JSON.parse(runBin(['heihe', '--next', '3', '--untimed', '--json']).stdout);
    expect(untimed.departures.map((d: any) => [d.service, d.departure.date, d.departure.at])).toEqual([
      ['heihe-blagoveshchensk', '2026-11-27', null],
      ['heihe-blagoveshchensk', '2026-11-28', null],
      ['heihe-blagoveshchensk', '2026-11-29', null],
    ]);
  });

  it.each([
    ['ru', 'railnext: --next пропустил 3\u00a0653 отправления с неопубликованным временем; --untimed учитывает и их\n'],
    ['zh', 'railnext: --next 略过了 3,653 班时间未公布的出发；加 --untimed 可一并计入\n'],
    ['ko', 'railnext: --next가 시각이 공개되지 않은 출발편 3,653편을 건너뛰었습니다. --untimed를 주면 함께 셉니다\n'],
  ])('a count in the thousands is grouped as --lang %s writes numbers', (lang, line) => {
    expect(runBin(['heihe', '--next', '3', '--lang', lang]).stderr).toBe(line);
  });

  it.each([
    ['ru', 'railnext: --next пропустил 2 отправления с неопубликованным временем; --untimed учитывает и их\n'],
    ['zh', 'railnext: --next 略过了 2 班时间未公布的出发；加 --untimed 可一并计入\n'],
    ['ko', 'railnext: --next가 시각이 공개되지 않은 출발편 2편을 건너뛰었습니다. --untimed를 주면 함께 셉니다\n'],
  ])('the line in --lang %s', (lang, line) => {
    for (const columns of ['80', '50']) {
      expect(runBin(['--next', '4', '--lang', lang], { env: { COLUMNS: columns } }).stderr).toBe(line);
    }
  });

  it.each([
    [
      'en',
      'railnext: --timed leaves out the departures whose time is not published, --untimed counts them: give one\n',
    ],
    [
      'ru',
      'railnext: --timed убирает отправления с неопубликованным временем, а --untimed их учитывает: укажите что-то одно\n',
    ],
    ['zh', 'railnext: --timed 不列时间未公布的出发，--untimed 则将其计入：只能给出其一\n'],
    ['ko', 'railnext: --timed는 시각이 공개되지 않은 출발편을 빼고 --untimed는 함께 셉니다: 하나만 지정하세요\n'],
  ])('--timed with --untimed is one line and exit 2 (%s)', (lang, line) => {
    const r = runBin(['--next', '2', '--timed', '--untimed', '--lang', lang]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, '', line]);
  });

  it('--help lists --untimed after --next, and Tab completes it', () => {
    const help = runBin(['--help'], { env: { COLUMNS: '80' } }).stdout;
    expect(help).toContain(
      [
        '  --next <n>                        only the first n departures with a known',
        '                                    time (looking up to 10 years ahead unless',
        '                                    --days or --until is given)',
        '  --untimed                         with --next: count the departures whose time',
        '                                    is not published too',
      ].join('\n'),
    );
    expect(runBin(['__complete', 'bash', '1', '--', 'railnext', '--untim']).stdout).toBe('words\t\n--untimed\n');
  });
});
