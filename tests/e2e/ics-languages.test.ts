/**
 * The calendar speaks the language asked for, as the table does: each
 * event's title, place and description through the catalogue, with the
 * stations' names and the schedules' notes in the language (the real bin,
 * read back by ical.js). English is checked byte for byte elsewhere (ics tests).
 */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { runBin } from '../helpers/run-bin.js';

/** The first event's SUMMARY, LOCATION and DESCRIPTION, unfolded and unescaped. */
function firstEvent(args: string[]): string[] {
  const r = runBin([...args, '--format', 'ics']);
  expect([r.code, r.stderr]).toEqual([0, '']);
  const event = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent')[0]!;
  return ['summary', 'location', 'description'].map((p) => String(event.getFirstPropertyValue(p)));
}

const SOURCES_KHASAN =
  'EurAsian Times / RIA Novosti, 2024-12; transport-news.ru (RZD), 2024-12; prim.rbc.ru 2024-12-10; TASS 2025-06-25';

describe('iCalendar events in the language asked for', () => {
  it('Russian', () => {
    expect(firstEvent(['khasan', '--lang', 'ru'])).toEqual([
      'Поезд 646 Хасан → Туманган',
      'Хасан',
      [
        'Маршрут: Хасан ⇄ Туманган.',
        'Отправление: Хасан, 2026-11-27 в 15:30 (UTC+10:00, Asia/Vladivostok); опубликовано как 08:30 Europe/Moscow.',
        'Прибытие: Туманган, 2026-11-27 в 14:47 (UTC+09:00, Asia/Pyongyang), вычислено по времени в пути.',
        'В пути: 17 мин.',
        'Статус: курсирует; достоверность: высокая.',
        'Опубликовано как 08:30 по московскому времени (15:30 в Хасане).',
        'Прибытие вычислено по опубликованному времени в пути, 17 минут.',
        `Источники: ${SOURCES_KHASAN}.`,
      ].join('\n'),
    ]);
  });

  it('Chinese, for a bus whose times are not published', () => {
    expect(firstEvent(['heihe', '--lang', 'zh'])).toEqual([
      '客车 黑河 → 布拉戈维申斯克（每天4班，时间未公布）',
      '黑河',
      [
        '线路：黑河 ⇄ 布拉戈维申斯克 客车。',
        '2026-11-27 黑河出发：时间未公布。',
        '每天4班。',
        '布拉戈维申斯克到达：日期和时间未公布。',
        '状态：运行中；可信度：中。',
        '到达时刻未公布。',
        '票价：30 CNY，黑河客运站在5,000 RUB往返票回程时收取的费用（可信度：中；biang.ru 2025-01-22）。',
        '资料来源：EurAsian Times / RIA Novosti, 2024-12；amur.life 2024-12-09。',
      ].join('\n'),
    ]);
  });

  it('Korean', () => {
    const [summary, location, description] = firstEvent(['khasan', '--lang', 'ko']);
    expect([summary, location]).toEqual(['열차 646 하산 → 두만강', '하산']);
    expect(description!.split('\n').slice(0, 5)).toEqual([
      '노선: 하산 ⇄ 두만강.',
      '하산 출발: 2026-11-27 15:30 (UTC+10:00, Asia/Vladivostok); 공표 시각 08:30 Europe/Moscow.',
      '두만강 도착: 2026-11-27 14:47 (UTC+09:00, Asia/Pyongyang), 소요 시간으로 계산.',
      '소요 시간: 17분.',
      '상태: 운행 중; 신뢰도: 높음.',
    ]);
  });

  it('a journey: each leg titled, and the change said, in the language', () => {
    const args = ['--no-bundled', '--schedules', 'tests/fixtures/journeys', 'moscow', 'beijing'];
    const r = runBin([...args, '--date', '2027-01-12', '--days', '1', '--format', 'ics', '--lang', 'ru']);
    const events = new ICAL.Component(ICAL.parse(r.stdout)).getAllSubcomponents('vevent');
    expect(String(events[0]!.getFirstPropertyValue('summary'))).toBe(
      'Поездка 1 (возможная), участок 1/2: Поезд Moscow → Pyongyang',
    );
    expect(String(events[0]!.getFirstPropertyValue('description')).split('\n').at(-1)).toBe(
      'Затем пересадка: Pyongyang (возможная; успеете, если прибытие не позже 2027-01-20T09:26:00+09:00); ожидание от 0 мин до 10 ч 26 мин.',
    );
  });
});
