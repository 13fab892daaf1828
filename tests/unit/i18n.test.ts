import { afterEach, describe, expect, it, vi } from 'vitest';
import { toEpochDay } from '../../src/domain/days.js';
import { en } from '../../src/i18n/en.js';
import { ko } from '../../src/i18n/ko.js';
import { lineOptions } from '../../src/cli.js';
import { chooseLang, langOfLocale } from '../../src/i18n/langs.js';
import { loadMessages } from '../../src/i18n/catalogues.js';
import type { Messages } from '../../src/i18n/messages.js';
import { ru } from '../../src/i18n/ru.js';
import { zh } from '../../src/i18n/zh.js';

const DEC_2 = toEpochDay(2026, 12, 2);

describe('choosing the language', () => {
  it.each([
    [undefined, {}, 'en'],
    ['ko', { RAILNEXT_LANG: 'ru', LANG: 'zh_CN.UTF-8' }, 'ko'],
    [undefined, { RAILNEXT_LANG: 'ru', LANG: 'zh_CN.UTF-8' }, 'ru'],
    [undefined, { RAILNEXT_LANG: 'ZH' }, 'zh'],
    [undefined, { LANG: 'ru_RU.UTF-8' }, 'ru'],
    [undefined, { LANG: 'ko_KR.UTF-8' }, 'ko'],
    [undefined, { LANG: 'zh_TW.UTF-8' }, 'zh'],
    [undefined, { LANG: 'de_DE.UTF-8' }, 'en'],
    [undefined, { LANG: 'C' }, 'en'],
    [undefined, { LANG: 'POSIX' }, 'en'],
    [undefined, { LC_MESSAGES: 'ru_RU.UTF-8', LANG: 'ko_KR.UTF-8' }, 'ru'],
    [undefined, { LC_ALL: 'ko_KR.UTF-8', LC_MESSAGES: 'ru_RU.UTF-8', LANG: 'zh_CN' }, 'ko'],
    // POSIX: LC_ALL=C overrides LANG, an empty variable counts as unset.
    [undefined, { LC_ALL: 'C', LANG: 'ru_RU.UTF-8' }, 'en'],
    [undefined, { LC_ALL: '', LANG: 'ru_RU.UTF-8' }, 'ru'],
    [undefined, { RAILNEXT_LANG: '', LANG: 'ko' }, 'ko'],
    // A locale in another charset than UTF-8 keeps English; a language named on the line or in RAILNEXT_LANG is that language.
    [undefined, { LANG: 'ru_RU.KOI8-R' }, 'en'],
    [undefined, { LC_ALL: 'ko_KR.EUC-KR', LANG: 'ko_KR.UTF-8' }, 'en'],
    [undefined, { LANG: 'zh_CN.GB18030' }, 'en'],
    [undefined, { LANG: 'ru_RU.utf8' }, 'ru'],
    ['ru', { LANG: 'ru_RU.KOI8-R' }, 'ru'],
    [undefined, { RAILNEXT_LANG: 'zh', LANG: 'C' }, 'zh'],
  ] as const)('--lang %s with %j gives %s', (flag, env, lang) => {
    expect(chooseLang(flag, env)).toEqual({ lang });
  });

  it('says when RAILNEXT_LANG names a language railnext does not speak, then follows the locale', () => {
    expect(chooseLang(undefined, { RAILNEXT_LANG: 'fr', LANG: 'ru_RU.UTF-8' })).toEqual({
      lang: 'ru',
      warning: { variable: 'RAILNEXT_LANG', value: 'fr' },
    });
  });

  it.each([
    ['ru_RU.UTF-8', 'ru'],
    ['ru', 'ru'],
    ['zh_CN.GB18030', 'zh'],
    ['ko_KR@euro', 'ko'],
    ['en_GB.UTF-8', 'en'],
    ['C.UTF-8', undefined],
    ['rus', undefined],
  ] as const)('locale %s is %s', (locale, lang) => {
    expect(langOfLocale(locale)).toBe(lang);
  });

  it('reads --lang as commander reads the line, before the program is declared in the language, up to --', () => {
    const langFlag = (argv: string[]) => lineOptions(argv).lang;
    expect(langFlag(['khasan', '--lang', 'ru'])).toBe('ru');
    expect(langFlag(['--lang=ko', 'routes'])).toBe('ko');
    expect(langFlag(['--lang', 'ru', '--lang', 'zh'])).toBe('zh');
    expect(langFlag(['--', '--lang', 'ru'])).toBeUndefined();
    expect(langFlag(['khasan'])).toBeUndefined();
    // A command's own --lang, the help of a command, and a value that only looks like --lang.
    expect(langFlag(['--lang', 'ru', 'routes', '--lang', 'ko'])).toBe('ko');
    expect(langFlag(['help', 'routes', '--lang', 'zh'])).toBe('zh');
    expect(langFlag(['khasan', '--to', '--lang', 'ru'])).toBeUndefined();
    expect(lineOptions(['khasan', '--verbose', '--format', 'xml', '--lang', 'ko'])).toEqual({
      lang: 'ko',
      verbose: true,
    });
  });
});

describe('catalogues', () => {
  const leaves = (m: unknown, prefix = ''): string[] =>
    m && typeof m === 'object' && !Array.isArray(m)
      ? Object.entries(m).flatMap(([k, v]) => leaves(v, `${prefix}${prefix ? '.' : ''}${k}`))
      : [prefix];

  it.each([ru, zh, ko])('$lang has exactly the keys English has', (m) => {
    expect(leaves(m).sort()).toEqual(leaves(en).sort());
  });

  it('loads each language on demand', async () => {
    for (const lang of ['en', 'ru', 'zh', 'ko'] as const) expect((await loadMessages(lang)).lang).toBe(lang);
  });

  /**
   * Every string a catalogue can produce, with sample arguments: plain strings,
   * and functions called with numbers and texts that are not words.
   */
  const KINDS: Record<string, unknown[]> = {
    invalidPlaceName: ['⟨x⟩', 'station or route'],
    queryTooLong: ['station', 7, 8],
    unknownPlace: ['⟨x⟩', 'station', ['⟨y⟩']],
    notAStation: ['⟨x⟩', 'route'],
    destinationNeedsStation: ['⟨x⟩', 'service'],
    fare: ['from', '2 500', '⟨c⟩', '⟨x⟩', '⟨y⟩', ['⟨z⟩']],
    amount: [2500],
    fact: ['⟨x⟩', '⟨y⟩', { date: '⟨d⟩', ended: true }, '⟨c⟩', ['⟨z⟩']],
    mentionedBy: ['⟨x⟩', [{ name: '⟨r⟩', status: '⟨s⟩', departuresListed: false, stations: ['⟨a⟩', '⟨b⟩'] }]],
    windowLimit: [3660, 365000],
    servicesLimit: [50000, 60000],
    stopsLimit: [5000, '⟨x⟩', 6000],
    km: [77],
    untimedSkipped: [3653],
    eventTitle: ['⟨m⟩', '7', '⟨x⟩', '⟨y⟩', 4],
    event: [true, '⟨x⟩', '⟨d⟩', { time: '⟨t⟩', offset: '⟨o⟩', zone: '⟨z⟩', derived: true, published: '⟨p⟩' }],
  };

  function samples(m: Messages): string[] {
    const out: string[] = [];
    const visit = (v: unknown, key: string): void => {
      if (key === 'lang' || key === 'dates') return;
      if (typeof v === 'string') out.push(v);
      else if (typeof v === 'function') {
        // A one-item array reads as its item in a template and as a list where a list is wanted.
        const args =
          KINDS[key] ??
          Array.from({ length: v.length }, (_, i) =>
            key === 'weekly' || key === 'monthly' ? [1, 3] : i % 2 ? ['7'] : ['⟨x⟩'],
          );
        out.push(String((v as (...a: unknown[]) => unknown)(...args)));
      } else if (v && typeof v === 'object') for (const [k, inner] of Object.entries(v)) visit(inner, k);
    };
    visit(m, '');
    return out;
  }

  /**
   * What stays Latin in every language: the command line's own words, names of formats, tools and standards,
   * and the SI symbol after a number (Korean writes 77km).
   */
  const SYNTAX =
    /^ +\$ [^\n]*?(?= {2,}\S|$)|`[^`]*`|--[a-z-]+|<[a-z]+>|\bYYYY(-MM(-DD)?)?\b|\b(railnext|README|JSON|GTFS|IANA|ISO|ASCII|UTF|UTC|LANG|RAILNEXT_LANG|RAILNEXT_SCHEDULES|RAILNEXT_PAGER|PAGER|less -FRX|stderr|today|tomorrow|mon|local|table|json|ndjson|csv|ics|gtfs|bash|zsh|fish|shell|source|stations|export|completion|Tab|Asia\/Vladivostok|en|ru|zh|ko)\b|\*\.json|docs\/[a-z]+\.md|[0-9T:+Z-]{10,}|file:\/json\/pointer|\[d\]|(?<=\d)km\b/gm;

  it.each([ru, zh, ko])('$lang leaves no English word in any message', (m) => {
    const leftovers = samples(m)
      .map((s) => s.replace(SYNTAX, ' '))
      .flatMap((s) => s.match(/[A-Za-z]{2,}/g) ?? []);
    expect(leftovers).toEqual([]);
  });
});

describe('plurals through Intl.PluralRules', () => {
  it.each([
    [1, '1 раз в день'],
    [2, '2 раза в день'],
    [4, '4 раза в день'],
    [5, '5 раз в день'],
    [11, '11 раз в день'],
    [21, '21 раз в день'],
    [22, '22 раза в день'],
  ])('Russian: %i a day is "%s"', (n, text) => {
    expect(ru.timesPerDay(n)).toBe(text);
  });

  it('Russian validate summary agrees in number', () => {
    expect(ru.validate.summary(1, 0, 0)).toBe('Проверен 1 файл: проблем нет.');
    expect(ru.validate.summary(8, 1, 0)).toBe('Проверено 8 файлов: 1 ошибка, 0 предупреждений.');
    expect(ru.validate.summary(3, 2, 5)).toBe('Проверено 3 файла: 2 ошибки, 5 предупреждений.');
    expect(ru.validate.problemsInSchedules(2)).toBe('2 проблемы в расписаниях:');
  });

  it('English keeps its words', () => {
    expect(en.validate.summary(1, 0, 0)).toBe('1 file checked: no problems.');
    expect(en.validate.summary(8, 1, 2)).toBe('8 files checked: 1 error, 2 warnings.');
  });
});

describe('dates through Intl.DateTimeFormat in the language, on a named zone', () => {
  it.each([
    [en, 'Wed 2 Dec 2026', '2026-12-02', 'December 2026', 'Mo Tu We Th Fr Sa Su'],
    [ru, 'ср 2 дек. 2026', '2 декабря 2026 г.', 'Декабрь 2026 г.', 'пн вт ср чт пт сб вс'],
    [zh, '2026年12月2日周三', '2026年12月2日', '2026年12月', '一 二 三 四 五 六 日'],
    [ko, '2026년 12월 2일 (수)', '2026년 12월 2일', '2026년 12월', '월 화 수 목 금 토 일'],
  ])('$lang', (m, day, date, title, heads) => {
    expect(m.dates.dayLabel(DEC_2)).toBe(day);
    expect(m.dates.date(DEC_2)).toBe(date);
    expect(m.dates.monthTitle(2026, 12)).toBe(title);
    expect(m.dates.weekdayHeads().join(' ')).toBe(heads);
  });

  it('a date is the same whatever the machine zone', () => {
    const before = process.env.TZ;
    try {
      for (const tz of ['Pacific/Kiritimati', 'Pacific/Niue']) {
        process.env.TZ = tz;
        expect(ru.dates.dayLabel(toEpochDay(2027, 1, 1))).toBe('пт 1 янв. 2027');
      }
    } finally {
      process.env.TZ = before;
    }
  });

  it('rules in words', () => {
    expect([ru, zh, ko].map((m) => m.rules.weekly([1, 3, 5]))).toEqual([
      'по понедельникам, средам и пятницам',
      '每周一、三、五',
      '매주 월·수·금요일',
    ]);
    expect([ru, zh, ko].map((m) => m.rules.monthly([3, 17]))).toEqual([
      '3 и 17 числа каждого месяца',
      '每月3日、17日',
      '매월 3일, 17일',
    ]);
    expect(en.rules.monthly([3, 17])).toBe('the 3rd and 17th of each month');
  });
});

describe('English pays for no Intl', () => {
  afterEach(() => vi.restoreAllMocks());

  it('builds no Intl formatter, plural rule or list format', () => {
    const made = [vi.spyOn(Intl, 'DateTimeFormat'), vi.spyOn(Intl, 'PluralRules'), vi.spyOn(Intl, 'ListFormat')];
    en.dates.dayLabel(DEC_2);
    en.dates.monthTitle(2026, 12);
    en.andList(['a', 'b', 'c']);
    en.validate.summary(2, 1, 1);
    en.rules.weekly([1, 3]);
    en.errors.unknownPlace('x', 'station', ['a', 'b']);
    for (const spy of made) expect(spy).not.toHaveBeenCalled();
  });
});
