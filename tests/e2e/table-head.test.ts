/**
 * The departures table keeps the rule under its head whatever wraps (issue
 * 19, point 6): a head cell in two lines ("Откуда →" over "куда") used to
 * lose the rule, and the head then read like the first row. The real bin, at
 * 80 columns and narrower in English, Russian, Chinese and Korean, and at 50,
 * where the table gives way to a block per departure.
 */
import { describe, expect, it } from 'vitest';
import { runFrozen } from '../helpers/run-bin.js';

/** The table's top border, its head, the rule under it and the first row's first line. */
function head(stdout: string): string[] {
  const lines = stdout.split('\n');
  const top = lines.findIndex((line) => line.startsWith('┌'));
  const rule = lines.findIndex((line) => line.startsWith('├'));
  return top < 0 || rule < 0 ? [] : lines.slice(top, rule + 2);
}

const run = (columns: number, args: string[]) => {
  const r = runFrozen(args, { env: { COLUMNS: String(columns) } });
  expect(r.code).toBe(0);
  return r.stdout;
};

describe('the rule under the head', () => {
  it.each<[string, number, string[], string[]]>([
    [
      'English, 80 columns',
      80,
      ['khasan', '--lang', 'en'],
      [
        '┌────────────┬─────────┬────────────────────┬─────────┬─────────┬───────────┐',
        '│ Date       │ Departs │ From → To          │ Arrives │ Journey │ Service   │',
        '├────────────┼─────────┼────────────────────┼─────────┼─────────┼───────────┤',
        '│ Fri 27 Nov │ 15:30   │ Khasan → Tumangang │ 14:47 ~ │ 17 min  │ train 645 │',
      ],
    ],
    [
      'Russian, 80 columns, "Откуда → куда" in two lines',
      80,
      ['pyongyang', '--lang', 'ru'],
      [
        '┌───────────┬─────────────┬──────────────┬─────────────┬────────┬──────────────┐',
        '│ Дата      │ Отправление │ Откуда →     │ Прибытие    │ В пути │ Рейс         │',
        '│           │             │ куда         │             │        │              │',
        '├───────────┼─────────────┼──────────────┼─────────────┼────────┼──────────────┤',
        '│ чт 3 дек. │ ?           │ Pyongyang →  │ пт 11 дек.  │ ?      │ поезд, вагон │',
      ],
    ],
    [
      'Chinese, 80 columns',
      80,
      ['khasan', '--lang', 'zh'],
      [
        '┌──────────────┬───────┬────────────────────┬─────────┬────────┬──────────┐',
        '│ 日期         │ 出发  │ 发站 → 到站        │ 到达    │ 历时   │ 车次     │',
        '├──────────────┼───────┼────────────────────┼─────────┼────────┼──────────┤',
        '│ 11月27日周五 │ 15:30 │ Khasan → Tumangang │ 14:47 ~ │ 17分钟 │ 列车 645 │',
      ],
    ],
    [
      'Chinese, 64 columns, "发站 → 到站" in two lines',
      64,
      ['khasan', '--lang', 'zh'],
      [
        '┌──────────────┬───────┬───────────┬────────┬────────┬─────────┐',
        '│ 日期         │ 出发  │ 发站 → 到 │ 到达   │ 历时   │ 车次    │',
        '│              │       │ 站        │        │        │         │',
        '├──────────────┼───────┼───────────┼────────┼────────┼─────────┤',
        '│ 11月27日周五 │ 15:30 │ Khasan →  │ 14:47  │ 17分钟 │ 列车    │',
      ],
    ],
    [
      'Korean, 80 columns',
      80,
      ['khasan', '--lang', 'ko'],
      [
        '┌────────────────┬───────┬───────────────────┬─────────┬───────────┬───────────┐',
        '│ 날짜           │ 출발  │ 구간              │ 도착    │ 소요 시간 │ 열차·버스 │',
        '├────────────────┼───────┼───────────────────┼─────────┼───────────┼───────────┤',
        '│ 11월 27일 (금) │ 15:30 │ Khasan →          │ 14:47 ~ │ 17분      │ 열차 645  │',
      ],
    ],
    [
      'Korean, 70 columns, "소요 시간" in two lines',
      70,
      ['khasan', '--lang', 'ko'],
      [
        '┌────────────────┬───────┬───────────┬─────────┬─────────┬───────────┐',
        '│ 날짜           │ 출발  │ 구간      │ 도착    │ 소요    │ 열차·버스 │',
        '│                │       │           │         │ 시간    │           │',
        '├────────────────┼───────┼───────────┼─────────┼─────────┼───────────┤',
        '│ 11월 27일 (금) │ 15:30 │ Khasan →  │ 14:47 ~ │ 17분    │ 열차 645  │',
      ],
    ],
  ])('%s', (_, columns, args, expected) => {
    expect(head(run(columns, args))).toEqual(expected);
  });

  it.each<[string, string[], string[]]>([
    [
      'English',
      ['khasan', '--lang', 'en'],
      ['Fri 27 Nov  15:30 → 14:47 ~', '  Khasan → Tumangang', '  train 645 · 17 min'],
    ],
    [
      'Russian',
      ['pyongyang', '--lang', 'ru'],
      ['чт 3 дек.  ? → пт 11 дек. ?', '  Pyongyang → Moscow (Yaroslavsky station)', '  поезд, вагон «Moscow» · ?'],
    ],
    [
      'Chinese',
      ['khasan', '--lang', 'zh'],
      ['11月27日周五  15:30 → 14:47 ~', '  Khasan → Tumangang', '  列车 645 · 17分钟'],
    ],
    [
      'Korean',
      ['khasan', '--lang', 'ko'],
      ['11월 27일 (금)  15:30 → 14:47 ~', '  Khasan → Tumangang', '  열차 645 · 17분'],
    ],
  ])('%s at 50 columns: no head to lose, a block per departure', (_, args, block) => {
    const stdout = run(50, args);
    expect(head(stdout)).toEqual([]);
    const lines = stdout.split('\n');
    const first = lines.indexOf('') + 1;
    expect(lines.slice(first, first + 3)).toEqual(block);
  });
});
