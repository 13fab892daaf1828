/**
 * `--help` and `help <command>` fit the terminal in every language: no line
 * wider than the columns (counted as a terminal shows them), the lookup's
 * options under their headings, and on a narrow terminal each description
 * under its term and a long example continued with a backslash.
 */
import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { startBin } from '../helpers/run-bin.js';

const HEADINGS = {
  en: [
    'Arguments:',
    'What to look up:',
    'When:',
    'Output:',
    'Journeys with changes:',
    'Schedules:',
    'Options:',
    'Commands:',
    'Examples:',
  ],
  ru: [
    'Аргументы:',
    'Что искать:',
    'Когда:',
    'Вывод:',
    'Поездки с пересадками:',
    'Расписания:',
    'Параметры:',
    'Команды:',
    'Примеры:',
  ],
  zh: ['参数：', '查询对象：', '时间：', '输出：', '换乘行程：', '时刻表：', '选项：', '命令：', '示例：'],
  ko: ['인수:', '조회 대상:', '기간:', '출력:', '환승 여정:', '시간표:', '옵션:', '명령:', '예시:'],
} as const;

/** The headings of a help text: unindented lines that end in a colon, with an indented item under them. */
function headings(text: string): string[] {
  const lines = text.split('\n');
  return lines.filter((line, i) => /^\S.*[:：]$/.test(line) && lines[i + 1]?.startsWith('  '));
}

const tooWide = (text: string, columns: number): string[] =>
  text.split('\n').filter((line) => stringWidth(line) > columns);

describe.each(Object.keys(HEADINGS) as (keyof typeof HEADINGS)[])('help in %s', (lang) => {
  it.each([80, 50])('fits in %i columns, the lookup options under their headings', async (columns) => {
    const env = { COLUMNS: String(columns) };
    const [help, ...commands] = await Promise.all([
      startBin(['--help', '--lang', lang], { env }),
      ...['routes', 'stations', 'validate', 'completion', 'export'].map((command) =>
        startBin(['help', command, '--lang', lang], { env }),
      ),
    ]);
    expect([help!.code, help!.stderr]).toEqual([0, '']);
    expect(tooWide(help!.stdout, columns)).toEqual([]);
    expect(headings(help!.stdout)).toEqual(HEADINGS[lang]);
    // routes and stations take no argument; validate, completion and export do.
    const [args, options] = [HEADINGS[lang][0], HEADINGS[lang][6]];
    expect(commands.map((c) => [c.code, c.stderr, tooWide(c.stdout, columns), headings(c.stdout)])).toEqual(
      [[options], [options], [args, options], [args, options], [args, options]].map((h) => [0, '', [], h]),
    );
  });
});

describe('help on a narrow terminal', () => {
  it('puts each description under its term, wraps the usage under itself, and continues a long example with a backslash', async () => {
    const [narrow, wide] = await Promise.all([
      startBin(['--help'], { env: { COLUMNS: '50' } }),
      startBin(['--help'], { env: { COLUMNS: '80' } }),
    ]);
    expect(narrow.stdout).toContain('Usage: railnext [options] [command] [query]\n       [destination]\n');
    expect(narrow.stdout).toContain(
      '\nWhen:\n  --date <day>\n      first local date: YYYY-MM-DD, today,\n      tomorrow, a weekday (next one), +N, or a\n      month YYYY-MM (alone: the whole month)\n',
    );
    expect(narrow.stdout).toContain(
      "\n  $ railnext khasan --date fri --json | jq \\\n      '.departures[].departure.at'\n  $ railnext --tz Europe/Moscow\n      every service, times in Moscow time\n",
    );
    expect(narrow.stdout).toContain(
      '\nExit codes: 0 departures printed, 1 none in the\nwindow, 2 bad usage, 3 bad schedule data.\n',
    );
    // Wide enough, the descriptions stay beside their terms, as commander lays them out.
    expect(wide.stdout).toContain('Usage: railnext [options] [command] [query] [destination]\n');
    expect(wide.stdout).toContain(
      '\nWhen:\n  --date <day>                      first local date: YYYY-MM-DD, today,\n',
    );
    expect(wide.stdout).toContain('\n  $ railnext khasan                            next two weeks from Khasan\n');
  });

  it('help <topic> reads the topic past the options: help --lang ru routes is the Russian help of routes', async () => {
    const r = await startBin(['help', '--lang', 'ru', 'routes'], { env: { COLUMNS: '50' } });
    expect([r.code, r.stderr, r.stdout.split('\n')[0]]).toEqual([0, '', 'Использование: railnext routes [параметры]']);
  });
});
