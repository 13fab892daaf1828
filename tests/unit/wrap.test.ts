/**
 * Wrapping to a terminal's width, in terminal columns: words break at
 * spaces; Chinese and Japanese, written without them, between characters,
 * never leaving a closing mark at the start of a line or an opening one at
 * the end.
 */
import { describe, expect, it } from 'vitest';
import { displayWidth, wrapText } from '../../src/render/layout.js';

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
