/**
 * What a table never breaks (the real bin): a number with its unit ("25 мин")
 * and a station's name in Chinese ("平壤", "北京") stay whole in their cell
 * when they fit, because the column fitter and the line-breaker share one
 * notion of an unbreakable piece (src/render/layout.ts).
 */
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

const lines = (args: string[], columns: string): string[] =>
  runBin(args, { env: { COLUMNS: columns } }).stdout.split('\n');

describe('a number with its unit', () => {
  const zabaikalsk = ['zabaikalsk', '--lang', 'ru', '--days', '4', '--now', '2026-12-07T00:00:00Z'];

  it('keeps its column wide enough at 82 columns: "25 мин", never "25 ми" over "н"', () => {
    expect(lines(zabaikalsk, '82').slice(4, 12)).toEqual([
      '┌───────────┬─────────────┬────────────────┬──────────┬────────┬─────────────────┐',
      '│ Дата      │ Отправление │ Откуда → куда  │ Прибытие │ В пути │ Рейс            │',
      '├───────────┼─────────────┼────────────────┼──────────┼────────┼─────────────────┤',
      '│ ср 9 дек. │ 11:35       │ Забайкальск →  │ 11:00    │ 25 мин │ поезд 354,      │',
      '│           │             │ Маньчжурия     │          │        │ беспересадочные │',
      '│           │             │                │          │        │ вагоны из:      │',
      '│           │             │                │          │        │ Иркутск и Чита  │',
      '└───────────┴─────────────┴────────────────┴──────────┴────────┴─────────────────┘',
    ]);
  });

  it('at 78 columns, where the table cannot keep it whole, gives way to the stacked list', () => {
    expect(lines(zabaikalsk, '78').slice(4, 8)).toEqual([
      '',
      'ср 9 дек.  11:35 → 11:00',
      '  Забайкальск → Маньчжурия',
      '  поезд 354, беспересадочные вагоны из: Иркутск и Чита · 25 мин',
    ]);
  });
});

describe('a station named in Chinese', () => {
  it('is not broken between its characters in a cell at 80 columns: "北京 → 平壤", "北京车厢"', () => {
    const out = lines(['beijing', '--lang', 'zh', '--days', '3'], '80');
    expect(out.slice(3, 10)).toEqual([
      '┌──────────────┬───────┬─────────────┬─────────────┬────────────┬──────────────┐',
      '│ 日期         │ 出发  │ 发站 → 到站 │ 到达        │ 历时       │ 车次         │',
      '├──────────────┼───────┼─────────────┼─────────────┼────────────┼──────────────┤',
      '│ 11月28日周六 │ 17:26 │ 北京 → 平壤 │ 11月29日    │ 23小时41分 │ 列车 K27，   │',
      '│              │       │             │ 周日 18:07  │            │ 北京车厢     │',
      '└──────────────┴───────┴─────────────┴─────────────┴────────────┴──────────────┘',
      '票价：超过 1,000 CNY，北京—平壤，单程，硬卧或软卧（可信度：高；ettoday.net',
    ]);
  });

  it('is not broken in the lines around the table at 60 columns', () => {
    expect(lines(['pyongyang', '--lang', 'zh', '--days', '3'], '60').slice(2, 4)).toEqual([
      '下一班 1小时26分后发车：2026年11月27日周五 10:26 (UTC+9)，',
      '  平壤 → 丹东。',
    ]);
  });

  it('is not broken in the notes of `routes` at 50 columns, nor a date', () => {
    const out = lines(['routes', '--lang', 'zh'], '50');
    // Each name cut in two at a line's end: "…布拉戈维" then "申斯克…" on the next line.
    const cuts = out
      .slice(1)
      .flatMap((next, i) =>
        ['乌苏里斯克', '布拉戈维申斯克', '莫斯科', '符拉迪沃斯托克', '克拉斯基诺'].flatMap((name) =>
          [...name]
            .slice(1)
            .some((_, k) => out[i]!.endsWith(name.slice(0, k + 1)) && next.trim().startsWith(name.slice(k + 1)))
            ? [`${out[i]} / ${next}`]
            : [],
        ),
      );
    expect(cuts).toEqual([]);
    // A number keeps its unit too: "2026年3月12日", not "2026年3月12" over "日起".
    expect(out.slice(2, 4)).toEqual([
      '  北京 → 平壤 列车 K27：每周一、三、四、六，自',
      '    2026年3月12日起（运行中，可信度：高）',
    ]);
  });
});
