/**
 * A locale whose charset is not UTF-8 (KOI8-R, EUC-KR, GB18030) keeps railnext
 * in English, in ASCII: its language is not chosen from the locale, where its
 * words would come out as "?" (the real bin).
 */
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

const FIXTURE = ['--no-bundled', '--schedules', 'tests/fixtures/i18n'];

describe('a locale in another charset than UTF-8', () => {
  it.each([{ LANG: 'ru_RU.KOI8-R' }, { LC_ALL: 'ko_KR.EUC-KR' }, { LANG: 'zh_CN.GB18030' }])(
    '%j answers in English, in ASCII',
    (env) => {
      const r = runBin(['routes', ...FIXTURE], { env: { ...env, COLUMNS: '80' } });
      expect([r.code, r.stderr]).toEqual([0, '']);
      expect(r.stdout.split('\n')[0]).toBe('Khasan <-> Tumangang  khasan-tumangang - train - running');
      // eslint-disable-next-line no-control-regex
      expect(r.stdout).not.toMatch(/[^\u0000-\u007f]/);
    },
  );

  it('the same locale with its charset UTF-8 answers in its language', () => {
    const r = runBin(['routes', ...FIXTURE], { env: { LANG: 'ru_RU.UTF-8', COLUMNS: '80' } });
    expect(r.stdout.split('\n')[0]).toBe('Хасан ⇄ Туманган  khasan-tumangang · поезд · курсирует');
  });
});
