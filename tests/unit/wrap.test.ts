/**
 * Wrapping to a terminal's width, in terminal columns: words break at
 * spaces; Chinese and Japanese, written without them, between characters,
 * never leaving a closing mark at the start of a line or an opening one at
 * the end.
 */
import { describe, expect, it } from 'vitest';
import { displayWidth, widestWord, wrapText } from '../../src/render/layout.js';

describe('wrapText', () => {
  it('breaks Latin and Cyrillic text at spaces, continuation lines indented', () => {
    expect(wrapText('Through cars from Irkutsk and Chita reach Manzhouli at 11:00.', 24, '  ')).toEqual([
      'Through cars from',
      '  Irkutsk and Chita',
      '  reach Manzhouli at',
      '  11:00.',
    ]);
    expect(wrapText('Поезд Москва → Пхеньян также останавливается здесь.', 20)).toEqual([
      'Поезд Москва →',
      'Пхеньян также',
      'останавливается',
      'здесь.',
    ]);
  });

  it('breaks Chinese between characters, keeping 。 and ； off the start of a line', () => {
    const lines = wrapText('莫斯科 → 平壤列车也在本站停靠；其在本站的日期和时间未公布。', 24, '  ');
    expect(lines).toEqual(['莫斯科 → 平壤列车也在本', '  站停靠；其在本站的日期', '  和时间未公布。']);
    expect(lines.every((line) => displayWidth(line) <= 24)).toBe(true);
  });

  it('keeps an opening mark with what follows it, and Latin words inside Chinese whole', () => {
    expect(wrapText('数据核对日期：2026年11月27日（资料截至2026年3月）', 20)).toEqual([
      '数据核对日期：2026年',
      '11月27日（资料截至',
      '2026年3月）',
    ]);
  });

  it('keeps a number with its unit or month: "10 h", "27 мин", "21 Dec"', () => {
    expect(wrapText('ожидание от 10 ч 27 мин до 1 сут. 10 ч', 14)).toEqual([
      'ожидание от',
      '10 ч 27 мин до',
      '1 сут. 10 ч',
    ]);
    expect(wrapText('Mon 21 Dec ?', 8)).toEqual(['Mon', '21 Dec ?']);
    // Not with anything longer or other than a word: a year stays apart from what follows.
    expect(wrapText('Wed 20 Jan 2027  ?', 16)).toEqual(['Wed 20 Jan 2027', '?']);
  });

  it('leaves Korean, written with spaces, to break at them', () => {
    expect(wrapText('도착지는 역과 함께만 쓸 수 있습니다', 13)).toEqual(['도착지는 역과', '함께만 쓸 수', '있습니다']);
  });
});

describe('one notion of what never breaks, for the line-breaker and the column fitter', () => {
  it('widestWord counts a number with its unit as one piece, as wrapText keeps it', () => {
    expect(widestWord('25 мин')).toBe(6);
    expect(wrapText('25 мин', 6)).toEqual(['25 мин']);
    expect(widestWord('1 ч 38 мин')).toBe(6);
    expect(widestWord('Wed 20 Jan 2027')).toBe(6);
  });

  it('widestWord counts Chinese by the pieces it breaks between, a closing mark with its character', () => {
    expect(widestWord('列车 K27，北京车厢')).toBe(5);
    expect(wrapText('列车 K27，北京车厢', 5)).toEqual(['列车', 'K27，', '北京', '车厢']);
  });

  it('keeps a station named in Chinese whole when it fits, and breaks elsewhere', () => {
    const names = ['北京', '平壤', '格罗迭科沃'];
    expect(wrapText('列车 K27，北京车厢', 12)).toEqual(['列车 K27，北', '京车厢']);
    expect(wrapText('列车 K27，北京车厢', 12, '', names)).toEqual(['列车 K27，', '北京车厢']);
    expect(wrapText('绥芬河 → 格罗迭科沃', 14, '', names)).toEqual(['绥芬河 →', '格罗迭科沃']);
    expect(widestWord('绥芬河 → 格罗迭科沃', names)).toBe(10);
    // A number keeps its unit, and 周 its weekday.
    expect(wrapText('11月29日周日 18:07', 8)).toEqual(['11月29日', '周日', '18:07']);
    // Wider than the line, a name is cut as any word is.
    expect(wrapText('格罗迭科沃', 6, '', names)).toEqual(['格罗迭', '科沃']);
  });
});
