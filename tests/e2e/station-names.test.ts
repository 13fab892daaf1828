/**
 * Station names in the language of the output: each route's stations named in
 * Russian, Chinese and Korean (Khasan and Tumangang in Chinese, Suifenhe,
 * Grodekovo, Zabaikalsk and Manzhouli in Korean were English among those
 * words), at 80 and 50 columns. The real bin, on the bundled data.
 */
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

const TITLES: Record<string, string[]> = {
  en: [
    'Khasan ⇄ Tumangang, 2026-12-02',
    'Suifenhe ⇄ Grodekovo, 2026-12-02',
    'Zabaikalsk ⇄ Manzhouli, 2026-12-02',
    'Heihe ⇄ Blagoveshchensk bus, 2026-12-02',
  ],
  ru: [
    'Хасан ⇄ Туманган, 2 декабря 2026 г.',
    'Суйфэньхэ ⇄ Гродеково, 2 декабря 2026 г.',
    'Забайкальск ⇄ Маньчжурия, 2 декабря 2026 г.',
    'Автобус Хэйхэ ⇄ Благовещенск, 2 декабря 2026 г.',
  ],
  zh: [
    '哈桑 ⇄ 豆满江, 2026年12月2日',
    '绥芬河 ⇄ 格罗迭科沃, 2026年12月2日',
    '后贝加尔斯克 ⇄ 满洲里, 2026年12月2日',
    '黑河 ⇄ 布拉戈维申斯克 客车, 2026年12月2日',
  ],
  ko: [
    '하산 ⇄ 두만강, 2026년 12월 2일',
    '쑤이펀허 ⇄ 그로데코보, 2026년 12월 2일',
    '자바이칼스크 ⇄ 만저우리, 2026년 12월 2일',
    '헤이허 ⇄ 블라고베셴스크 버스, 2026년 12월 2일',
  ],
};
// The bus route's name is its translation, now that both its stations have a Korean name.
const ROUTES = ['khasan-tumangang', 'suifenhe-grodekovo', 'zabaikalsk-manzhouli', 'heihe-blagoveshchensk'];
const WINDOW = ['--date', '2026-12-02', '--days', '1'];

describe('every station named in the language of the output', () => {
  it.each(
    Object.keys(TITLES).flatMap((lang) => [
      [lang, '80'],
      [lang, '50'],
    ]),
  )("--lang %s at %s columns: the routes' titles", (lang, columns) => {
    const titles = ROUTES.map(
      (route) => runBin([route, ...WINDOW, '--lang', lang], { env: { COLUMNS: columns } }).stdout.split('\n')[0],
    );
    expect(titles).toEqual(TITLES[lang]);
  });

  it('the 646 from Khasan reads 哈桑 → 豆满江 in Chinese, in the table at 80 columns and in a block at 50', () => {
    const wide = runBin(['khasan-tumangang', ...WINDOW, '--lang', 'zh'], { env: { COLUMNS: '80' } }).stdout.split('\n');
    expect(wide.filter((line) => line.includes('646'))).toEqual([
      '│ 12月2日周三 │ 15:30 │ 哈桑 → 豆满江 │ 14:47 ~ │ 17分钟 │ 列车 646 │',
    ]);
    const narrow = runBin(['khasan-tumangang', ...WINDOW, '--lang', 'zh'], { env: { COLUMNS: '50' } }).stdout.split(
      '\n',
    );
    const at = narrow.indexOf('  哈桑 → 豆满江');
    expect(narrow.slice(at - 1, at + 2)).toEqual([
      '12月2日周三  15:30 → 14:47 ~',
      '  哈桑 → 豆满江',
      '  列车 646 · 17分钟',
    ]);
  });

  it('stations --json gives each name found outside FACTS with its source', () => {
    const { stations } = JSON.parse(runBin(['stations', '--json']).stdout) as {
      stations: { id: string; names?: Record<string, string>; nameSources?: Record<string, string[]> }[];
    };
    const suifenhe = stations.find((s) => s.id === 'suifenhe')!;
    expect([suifenhe.names, suifenhe.nameSources]).toEqual([
      { ru: 'Суйфэньхэ', zh: '绥芬河', ko: '쑤이펀허' },
      { ko: ['news1.kr 2024-12-16, https://news1.kr/amp/world/europe/5633835'] },
    ]);
    expect(stations.filter((s) => Object.keys(s.names ?? {}).length < 3).map((s) => s.id)).toEqual([]);
  });
});
