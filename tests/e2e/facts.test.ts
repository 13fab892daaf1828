/**
 * The bundled schedules, held to ../shared/FACTS.md through the CLI as the bin
 * runs it (main(argv, io), in process: the data is under test here, and the
 * bin's own behaviour in the other end-to-end tests): every service, from each
 * of its stations, in windows that cross its first date, month ends and the
 * turn of a year.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli, runCliJson } from '../helpers/run-cli.js';

type Row = [service: string, departs: string | null, arrives: string | null, minutes: number | null, perDay?: number];

async function rows(args: string[]): Promise<{ code: number | null; rows: Row[] }> {
  const { code, json } = await runCliJson(args);
  return {
    code,
    rows: json.departures.map((d: any) => {
      const row: Row = [
        d.service,
        d.departure.at ?? d.departure.date,
        d.arrival.at ?? d.arrival.date,
        d.durationMinutes,
      ];
      if (d.timesPerDay !== 1) row.push(d.timesPerDay);
      return row;
    }),
  };
}

describe('Khasan ⇄ Tumangang: Mon/Wed/Fri from 2024-12-16, 08:30 and 06:00 Moscow time, 17 minutes', () => {
  it('from Khasan, starting with the first train', async () => {
    expect((await rows(['khasan', '--date', '2024-12-10', '--until', '2024-12-20'])).rows).toEqual([
      ['khasan-tumangang', '2024-12-16T15:30:00+10:00', '2024-12-16T14:47:00+09:00', 17],
      ['khasan-tumangang', '2024-12-18T15:30:00+10:00', '2024-12-18T14:47:00+09:00', 17],
      ['khasan-tumangang', '2024-12-20T15:30:00+10:00', '2024-12-20T14:47:00+09:00', 17],
    ]);
  });
  it('from Tumangang (두만강)', async () => {
    expect((await rows(['두만강', '--date', '2026-12-28', '--until', '2027-01-04'])).rows).toEqual([
      ['tumangang-khasan', '2026-12-28T12:00:00+09:00', '2026-12-28T13:17:00+10:00', 17],
      ['tumangang-khasan', '2026-12-30T12:00:00+09:00', '2026-12-30T13:17:00+10:00', 17],
      ['tumangang-khasan', '2027-01-01T12:00:00+09:00', '2027-01-01T13:17:00+10:00', 17],
      ['tumangang-khasan', '2027-01-04T12:00:00+09:00', '2027-01-04T13:17:00+10:00', 17],
    ]);
  });
});

describe('Suifenhe ⇄ Grodekovo: daily from 2024-12-15, times in Beijing time', () => {
  it('from Suifenhe at 09:52 Beijing time, arriving 13:30 Grodekovo time', async () => {
    expect((await rows(['绥芬河', '--date', '2024-12-14', '--days', '3'])).rows).toEqual([
      ['suifenhe-grodekovo', '2024-12-15T09:52:00+08:00', '2024-12-15T13:30:00+10:00', 98],
      ['suifenhe-grodekovo', '2024-12-16T09:52:00+08:00', '2024-12-16T13:30:00+10:00', 98],
    ]);
  });
  it('from Grodekovo at 15:43 Beijing time = 17:43 local, arriving 17:14 Beijing time', async () => {
    const { json } = await runCliJson(['Пограничный', '--date', '2027-02-28', '--days', '2']);
    expect(
      json.departures.map((d: any) => [d.departure.at, d.departure.published, d.arrival.at, d.durationMinutes]),
    ).toEqual([
      ['2027-02-28T17:43:00+10:00', '15:43 Asia/Shanghai', '2027-02-28T17:14:00+08:00', 91],
      ['2027-03-01T17:43:00+10:00', '15:43 Asia/Shanghai', '2027-03-01T17:14:00+08:00', 91],
    ]);
  });
});

describe('Heihe ⇄ Blagoveshchensk bus: daily from 2024-12-10, four a day, times not published', () => {
  it.each([
    ['黑河', 'heihe-blagoveshchensk'],
    ['Kanikurgan', 'blagoveshchensk-heihe'],
  ])('from %s', async (query, service) => {
    expect((await rows([query, '--date', '2024-12-09', '--days', '3'])).rows).toEqual([
      [service, '2024-12-10', null, null, 4],
      [service, '2024-12-11', null, null, 4],
    ]);
  });
});

describe('Pyongyang ⇄ Moscow through car', () => {
  it('leaves Pyongyang on the 3rd and 17th from 2025-06-17 and reaches Moscow 8 days later', async () => {
    expect((await rows(['pyongyang-moscow', '--date', '2025-06-01', '--until', '2025-07-31'])).rows).toEqual([
      ['pyongyang-moscow', '2025-06-17', '2025-06-25', null],
      ['moscow-pyongyang', '2025-06-26T01:00:00+03:00', '2025-07-04', null],
      ['pyongyang-moscow', '2025-07-03', '2025-07-11', null],
      ['moscow-pyongyang', '2025-07-12T01:00:00+03:00', '2025-07-20', null],
      ['pyongyang-moscow', '2025-07-17', '2025-07-25', null],
      ['moscow-pyongyang', '2025-07-26T01:00:00+03:00', '2025-08-03', null],
    ]);
  });
  it('arrives in Pyongyang on the 4th after a 30-day month, across the year end', async () => {
    expect((await rows(['Москва', '--date', '2026-11-20', '--until', '2026-12-31'])).rows).toEqual([
      ['moscow-pyongyang', '2026-11-26T01:00:00+03:00', '2026-12-04', null],
      ['moscow-pyongyang', '2026-12-12T01:00:00+03:00', '2026-12-20', null],
      ['moscow-pyongyang', '2026-12-26T01:00:00+03:00', '2027-01-03', null],
    ]);
  });
  it('reaches Novosibirsk on day 6 westbound at 09:30 (an arrival, FACTS §4) and leaves it on day 2 eastbound at 11:54, both low confidence', async () => {
    const { json } = await runCliJson(['novosibirsk', '--date', '2025-06-20', '--until', '2025-06-30']);
    expect(
      json.departures.map((d: any) => [
        d.service,
        d.departure.at,
        d.departure.confidence,
        d.arrival.station.id,
        d.arrival.date,
      ]),
    ).toEqual([['moscow-pyongyang', '2025-06-28T11:54:00+07:00', 'low', 'pyongyang', '2025-07-04']]);
    const west = (await runCliJson(['pyongyang', 'novosibirsk', '--date', '2025-06-17', '--days', '1'])).json
      .departures;
    expect(west.map((d: any) => [d.service, d.departure.date, d.arrival.at, d.arrival.confidence, d.numbers])).toEqual([
      ['pyongyang-moscow', '2025-06-17', '2025-06-23T09:30:00+07:00', 'low', ['651', '1/2 Rossiya']],
    ]);
  });
});

describe('Pyongyang ⇄ Khabarovsk through car (announced): monthly, two days', () => {
  it('leaves Pyongyang on the 19th and Khabarovsk on the 21st', async () => {
    const { json } = await runCliJson(['pyongyang-khabarovsk', '--date', '2025-06-01', '--until', '2025-07-31']);
    expect(json.departures.map((d: any) => [d.service, d.departure.date, d.arrival.date, d.status])).toEqual([
      ['pyongyang-khabarovsk', '2025-06-19', '2025-06-21', 'announced'],
      ['khabarovsk-pyongyang', '2025-06-21', '2025-06-23', 'announced'],
      ['pyongyang-khabarovsk', '2025-07-19', '2025-07-21', 'announced'],
      ['khabarovsk-pyongyang', '2025-07-21', '2025-07-23', 'announced'],
    ]);
  });
});

describe('Tumen River road bridge (planned)', () => {
  it('has no service, and says so, overdue once summer 2026 is over (§6, §11)', async () => {
    const { code, json } = await runCliJson(['tumen-road-bridge', '--date', '2026-12-01']);
    expect(code).toBe(1);
    expect(json.departures).toEqual([]);
    expect(json.next).toBeNull();
    expect(json.reason).toBe(
      'Tumen River road bridge (planned, due August 2026; no opening reported since): no scheduled service is known.',
    );
    expect(
      (await runCliJson(['tumen-road-bridge', '--date', '2026-08-01', '--now', '2026-08-31T23:00:00Z'])).json.reason,
    ).toBe('Tumen River road bridge (planned): no scheduled service is known.');
    expect(json.notes).toEqual([]);
  });
});

describe('the data: checked 2026-12-07, sources up to 2026-03 (FACTS §11, "What the sources do not reach")', () => {
  it('says so in the table, the JSON and routes, and validates clean on that day', async () => {
    expect((await runCli(['khasan', '--days', '1', '--now', '2026-12-07T00:00:00Z'])).stdout).toContain(
      '\nData last checked 2026-12-07 (sources up to 2026-03).\n',
    );
    const { json } = await runCliJson(['khasan', '--days', '1', '--now', '2026-12-07T00:00:00Z']);
    expect([json.lastChecked, json.sourcesUpTo, json.dataAge]).toEqual([
      '2026-12-07',
      '2026-03',
      { daysSinceChecked: 0, staleAfterDays: 180, stale: false, warning: null },
    ]);
    expect((await runCliJson(['routes'])).json.sourcesUpTo).toBe('2026-03');
    const v = await runCli(['validate', '--now', '2026-12-07T00:00:00Z']);
    expect([v.code, v.stdout]).toEqual([0, '12 files checked: no problems.\n']);
  });
  it('every schedule file gives lastChecked 2026-12-07 and sourcesUpTo 2026-03', async () => {
    const dir = new URL('../../schedules/', import.meta.url);
    const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'schema.json');
    expect(files).toHaveLength(12);
    for (const f of files) {
      const data = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
      expect([f, data.lastChecked, data.sourcesUpTo]).toEqual([f, '2026-12-07', '2026-03']);
    }
  });
  it('warns on stderr 181 days later, not 180', async () => {
    expect((await runCli(['khasan', '--days', '1', '--now', '2027-06-05T12:00:00Z'])).stderr).toBe('');
    expect((await runCli(['khasan', '--days', '1', '--now', '2027-06-06T12:00:00Z'])).stderr).toBe(
      'railnext: warning: the schedules were last checked 2026-12-07 (sources up to 2026-03), 181 days ago: times may have changed. Update with `npm install -g railnext@latest`, or load newer schedules with --schedules.\n',
    );
  });
});

/** [service, departure at (or date), arrival at (or date), minutes, numbers] from the JSON. */
async function legs(args: string[]): Promise<[string, string | null, string | null, number | null, string[]][]> {
  return (await runCliJson(args)).json.departures.map((d: any) => [
    d.service,
    d.departure.at ?? d.departure.date,
    d.arrival.at ?? d.arrival.date,
    d.durationMinutes,
    d.numbers,
  ]);
}

describe('Beijing ⇄ Pyongyang through cars (§7): Mon, Wed, Thu, Sat from 2026-03-12', () => {
  it('leave Beijing 17:26 Beijing time as K27, become 95 at Dandong and 52 after Sinuiju, reach Pyongyang 18:07 Pyongyang time the next day', async () => {
    expect(await legs(['beijing', '--date', '2026-03-09', '--until', '2026-03-16'])).toEqual([
      [
        'beijing-pyongyang',
        '2026-03-12T17:26:00+08:00',
        '2026-03-13T18:07:00+09:00',
        23 * 60 + 41,
        ['K27', '95', '52'],
      ],
      [
        'beijing-pyongyang',
        '2026-03-14T17:26:00+08:00',
        '2026-03-15T18:07:00+09:00',
        23 * 60 + 41,
        ['K27', '95', '52'],
      ],
      [
        'beijing-pyongyang',
        '2026-03-16T17:26:00+08:00',
        '2026-03-17T18:07:00+09:00',
        23 * 60 + 41,
        ['K27', '95', '52'],
      ],
    ]);
  });
  it('leave Pyongyang 10:26 as 51, become 85 at Sinuiju and K28 at Dandong, reach Beijing 08:40 the next day (平壤 北京)', async () => {
    expect(await legs(['平壤', '北京', '--date', '2026-12-02', '--until', '2026-12-07'])).toEqual([
      [
        'pyongyang-beijing',
        '2026-12-02T10:26:00+09:00',
        '2026-12-03T08:40:00+08:00',
        23 * 60 + 14,
        ['51', '85', 'K28'],
      ],
      [
        'pyongyang-beijing',
        '2026-12-03T10:26:00+09:00',
        '2026-12-04T08:40:00+08:00',
        23 * 60 + 14,
        ['51', '85', 'K28'],
      ],
      [
        'pyongyang-beijing',
        '2026-12-05T10:26:00+09:00',
        '2026-12-06T08:40:00+08:00',
        23 * 60 + 14,
        ['51', '85', 'K28'],
      ],
      [
        'pyongyang-beijing',
        '2026-12-07T10:26:00+09:00',
        '2026-12-08T08:40:00+08:00',
        23 * 60 + 14,
        ['51', '85', 'K28'],
      ],
    ]);
  });
  it('the Pyongyang calendar marks the days the Beijing cars leave in train 51: Mon, Wed, Thu, Sat at 10:26', async () => {
    const r = await runCli(['pyongyang', '--calendar', '--date', '2026-12'], { env: { COLUMNS: '80' } });
    expect(r.stdout.split('\n').slice(0, 11)).toEqual([
      'Pyongyang → Beijing  train 51 · Mondays, Wednesdays, Thursdays and Saturdays ·',
      '  10:26 UTC+9',
      '',
      '       December 2026',
      ' Mo  Tu  We  Th  Fr  Sa  Su',
      '      1  [2] [3]  4  [5]  6',
      ' [7]  8  [9][10] 11 [12] 13',
      '[14] 15 [16][17] 18 [19] 20',
      '[21] 22 [23][24] 25 [26] 27',
      '[28] 29 [30][31]',
      '',
    ]);
  });
  it('carry their fare: over 1,000 CNY, sleepers, high', async () => {
    const [d] = (await runCliJson(['K27', '--date', '2026-12-02', '--days', '1'])).json.departures;
    expect([d.number, d.fares]).toEqual([
      'K27',
      [
        {
          amount: 1000,
          currency: 'CNY',
          qualifier: 'over',
          covers: 'Beijing–Pyongyang, one way, in a hard or soft sleeper',
          confidence: 'high',
          sources: ['ettoday.net 2026-03-12', 'etnet.com.hk 2026-03-11'],
        },
      ],
    ]);
  });
});

describe('Dandong ⇄ Pyongyang (§8): daily from 2026-03-12', () => {
  it('one row a day at Dandong: train 95 at 10:00, with the Beijing cars on the day after they leave Beijing', async () => {
    const { json } = await runCliJson(['丹东', '--date', '2026-03-11', '--until', '2026-03-15']);
    expect(
      json.departures.map((d: any) => [
        d.service,
        d.number,
        d.departure.at,
        d.arrival.at,
        d.throughCars.map((c: any) => c.service),
        d.notes.includes('Through cars from Beijing.'),
      ]),
    ).toEqual([
      ['dandong-pyongyang', '95', '2026-03-12T10:00:00+08:00', '2026-03-12T18:07:00+09:00', [], false],
      [
        'dandong-pyongyang',
        '95',
        '2026-03-13T10:00:00+08:00',
        '2026-03-13T18:07:00+09:00',
        ['beijing-pyongyang'],
        true,
      ],
      ['dandong-pyongyang', '95', '2026-03-14T10:00:00+08:00', '2026-03-14T18:07:00+09:00', [], false],
      [
        'dandong-pyongyang',
        '95',
        '2026-03-15T10:00:00+08:00',
        '2026-03-15T18:07:00+09:00',
        ['beijing-pyongyang'],
        true,
      ],
    ]);
  });
  it('train 51 leaves Pyongyang 10:26; its Dandong arrival time is not published', async () => {
    expect(await legs(['pyongyang', 'dandong', '--date', '2026-03-12', '--days', '1'])).toEqual([
      ['pyongyang-dandong', '2026-03-12T10:26:00+09:00', '2026-03-12', null, ['51', '85']],
    ]);
  });
  it('the table shows one train at Dandong, naming the through cars', async () => {
    const lines = (
      await runCli(['dandong', '--date', '2026-03-13', '--days', '1'], { env: { COLUMNS: '120' } })
    ).stdout.split('\n');
    expect(lines.filter((l) => l.startsWith('│ Fri'))).toEqual([
      '│ Fri 13 Mar │ 10:00   │ Dandong → Pyongyang │ 18:07   │ 7 h 7 min │ train 95, through cars from Beijing │',
    ]);
  });
});

describe('Zabaikalsk ⇄ Manzhouli (§9): 354/353 on Wednesdays and Sundays from 2026-03-08, with the Irkutsk and Chita cars', () => {
  it('354 leaves Zabaikalsk 11:35 local and reaches Manzhouli 11:00 Beijing time: one row, carrying both through cars', async () => {
    const { json } = await runCliJson(['zabaikalsk', 'manzhouli', '--date', '2026-03-07', '--days', '5']);
    expect(
      json.departures.map((d: any) => [
        d.number,
        d.departure.at,
        d.arrival.at,
        d.durationMinutes,
        d.throughCars.map((c: any) => c.from),
      ]),
    ).toEqual([
      ['354', '2026-03-08T11:35:00+09:00', '2026-03-08T11:00:00+08:00', 25, ['irkutsk', 'chita']],
      ['354', '2026-03-11T11:35:00+09:00', '2026-03-11T11:00:00+08:00', 25, ['irkutsk', 'chita']],
    ]);
    expect(json.departures[0].fares.map((f: any) => [f.qualifier, f.amount, f.currency, f.covers])).toEqual([
      ['from', 674, 'RUB', 'Zabaikalsk–Manzhouli, one way'],
    ]);
  });
  it('353 leaves Manzhouli 14:00 Beijing time and reaches Zabaikalsk 15:25 local', async () => {
    expect(await legs(['满洲里', '--date', '2026-12-02', '--days', '5'])).toEqual([
      ['manzhouli-zabaikalsk', '2026-12-02T14:00:00+08:00', '2026-12-02T15:25:00+09:00', 25, ['353']],
      ['manzhouli-zabaikalsk', '2026-12-06T14:00:00+08:00', '2026-12-06T15:25:00+09:00', 25, ['353']],
    ]);
  });
  it('the Irkutsk car (Mon, Fri 21:45 Irkutsk time, 1 d 13 h 15 min) and the Chita car (Tue, Sat 20:20, derived, low) reach Manzhouli at 11:00', async () => {
    expect(await legs(['irkutsk', '--date', '2026-03-06', '--days', '4'])).toEqual([
      ['irkutsk-manzhouli', '2026-03-06T21:45:00+08:00', '2026-03-08T11:00:00+08:00', 37 * 60 + 15, ['328', '354']],
      ['irkutsk-manzhouli', '2026-03-09T21:45:00+08:00', '2026-03-11T11:00:00+08:00', 37 * 60 + 15, ['328', '354']],
    ]);
    const { json } = await runCliJson(['chita', '--date', '2026-12-01', '--days', '5']);
    expect(
      json.departures.map((d: any) => [
        d.departure.at,
        d.departure.derived,
        d.departure.confidence,
        d.arrival.at,
        d.durationMinutes,
      ]),
    ).toEqual([
      ['2026-12-01T20:20:00+09:00', true, 'low', '2026-12-02T11:00:00+08:00', 15 * 60 + 40],
      ['2026-12-05T20:20:00+09:00', true, 'low', '2026-12-06T11:00:00+08:00', 15 * 60 + 40],
    ]);
  });
  it('train 328 is both cars: `railnext 328` lists the Irkutsk car and the Chita car', async () => {
    expect((await legs(['328', '--date', '2026-12-04', '--days', '2'])).map(([service, at]) => [service, at])).toEqual([
      ['irkutsk-manzhouli', '2026-12-04T21:45:00+08:00'],
      ['chita-manzhouli', '2026-12-05T20:20:00+09:00'],
    ]);
  });
  it('the Zabaikalsk calendar: one block, train 354 on Wednesdays and Sundays, which the Irkutsk and Chita cars are part of', async () => {
    const r = await runCli(['zabaikalsk', '--calendar', '--date', '2026-12'], { env: { COLUMNS: '80' } });
    expect(r.stdout.split('\n').filter((line) => line.includes('→'))).toEqual([
      'Zabaikalsk → Manzhouli  train 354 · Wednesdays and Sundays · 11:35 UTC+9',
    ]);
    expect(r.stdout).toContain(
      '\n      1  [2]  3   4   5  [6]\n  7   8  [9] 10  11  12 [13]\n 14  15 [16] 17  18  19 [20]\n 21  22 [23] 24  25  26 [27]\n 28  29 [30] 31\n',
    );
  });
  it('the table: one row for train 354 at Zabaikalsk, with the fare in the notes', async () => {
    const out = (await runCli(['Забайкальск', '--date', '2026-12-06', '--days', '1'], { env: { COLUMNS: '120' } }))
      .stdout;
    expect(out.split('\n').filter((l) => l.startsWith('│ Sun'))).toEqual([
      '│ Sun 6 Dec │ 11:35   │ Zabaikalsk → Manzhouli │ 11:00   │ 25 min  │ train 354, through cars from Irkutsk and Chita │',
    ]);
    expect(out).toContain(
      '\nFare: from 674 RUB, Zabaikalsk–Manzhouli, one way (high confidence; m24.ru 2026-02-25).\n',
    );
  });
});

describe('a dead end points somewhere: Vladivostok → Pyongyang (the stations table, §4 calls at, the tourist train; issue 19)', () => {
  const NOW = ['--now', '2026-12-07T06:00:00Z'];

  it("names Ussuriysk, 77 km by the stations' coordinates, where the Moscow → Pyongyang car calls, then Khasan and Tumangang, and the Vladivostok–Rajin tourist train", async () => {
    const r = await runCli(['vladivostok', 'pyongyang', ...NOW]);
    expect([r.code, r.stdout.split('\n')]).toEqual([
      1,
      [
        'Vladivostok → Pyongyang, 2026-12-07 – 2026-12-20',
        'No service in the schedules runs from Vladivostok to Pyongyang.',
        'Nearest stations with a service to Pyongyang (straight-line distance from',
        '  Vladivostok):',
        '  Ussuriysk, 77 km: Moscow → Pyongyang train (dates not published there)',
        '  Khasan, 126 km: Moscow → Pyongyang train (dates not published there)',
        '  Tumangang, 127 km: Moscow → Pyongyang train (dates not published there)',
        'Routes without a timetable that mention Vladivostok or Pyongyang:',
        '  Vladivostok → Khasan → Tumangang → Rajin tourist train (reported, last seen',
        '    2025)',
        '  Yanji ⇄ Vladivostok bus (reported)',
        'Data last checked 2026-12-07 (sources up to 2026-03).',
        '',
      ],
    ]);
    const { json } = await runCliJson(['vladivostok', 'pyongyang', ...NOW]);
    expect(json.nearest.nearOrigin.map((n: any) => [n.station.id, n.distanceKm, n.services[0].service])).toEqual([
      ['ussuriysk', 77, 'moscow-pyongyang'],
      ['khasan', 126, 'moscow-pyongyang'],
      ['tumangang', 127, 'moscow-pyongyang'],
    ]);
    expect(json.nearest.routes.map((r: any) => [r.route, r.status])).toEqual([
      ['vladivostok-rajin-tour', 'reported'],
      ['yanji-vladivostok', 'reported'],
    ]);
  });
});

describe('journeys across the services (§4, §5, §7, §8, §9; issue 10)', () => {
  const NOW = ['--now', '2026-11-27T12:00:00Z'];
  const legs = (j: any) => [
    j.status,
    j.legs.map((l: any) => `${l.service} ${l.departure.at ?? l.departure.date} ${l.arrival.at ?? l.arrival.date}`),
  ];

  it('Moscow → Beijing leaving 2027-01-12: the car reaches Pyongyang on the 20th (time not published); the Beijing car of the 20th is possible, of Thursday the 21st sure, in Beijing on the 22nd at 08:40', async () => {
    const { code, json } = await runCliJson(['moscow', 'beijing', '--date', '2027-01-12', '--days', '1', ...NOW]);
    expect(code).toBe(0);
    expect(json.journeys.map(legs)).toEqual([
      [
        'possible',
        [
          'moscow-pyongyang 2027-01-12T01:00:00+03:00 2027-01-20',
          'pyongyang-beijing 2027-01-20T10:26:00+09:00 2027-01-21T08:40:00+08:00',
        ],
      ],
      [
        'sure',
        [
          'moscow-pyongyang 2027-01-12T01:00:00+03:00 2027-01-20',
          'pyongyang-beijing 2027-01-21T10:26:00+09:00 2027-01-22T08:40:00+08:00',
        ],
      ],
    ]);
  });

  it('Khabarovsk → Dandong leaving 2026-12-21: the monthly car reaches Pyongyang on the 23rd; train 51 at 10:26 that day is possible, the next day sure', async () => {
    const { json } = await runCliJson(['khabarovsk', 'dandong', '--date', '2026-12-21', '--days', '1', ...NOW]);
    expect(json.journeys.map(legs)).toEqual([
      [
        'possible',
        ['khabarovsk-pyongyang 2026-12-21 2026-12-23', 'pyongyang-dandong 2026-12-23T10:26:00+09:00 2026-12-23'],
      ],
      [
        'sure',
        ['khabarovsk-pyongyang 2026-12-21 2026-12-23', 'pyongyang-dandong 2026-12-24T10:26:00+09:00 2026-12-24'],
      ],
    ]);
  });

  it('Irkutsk → Manzhouli is one through car, no change', async () => {
    const { json } = await runCliJson([
      'irkutsk',
      'manzhouli',
      '--date',
      '2027-01-11',
      '--days',
      '1',
      '--journeys',
      ...NOW,
    ]);
    expect(json.journeys.map(legs)).toEqual([
      ['sure', ['irkutsk-manzhouli 2027-01-11T21:45:00+08:00 2027-01-13T11:00:00+08:00']],
    ]);
  });
});

describe('the same departures in NDJSON, CSV and iCalendar', () => {
  const args = ['zabaikalsk', '--date', '2026-12-06', '--days', '1'];
  it('NDJSON: the JSON departure, through cars and all', async () => {
    const lines = (await runCli([...args, '--format', 'ndjson'])).stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toEqual((await runCliJson(args)).json.departures);
    expect(lines.map((d: any) => [d.number, d.throughCars.length])).toEqual([['354', 2]]);
  });
  it('CSV: numbers, fares and through cars in their columns', async () => {
    const [header, row] = (await runCli([...args, '--format', 'csv'])).stdout.split('\r\n');
    expect(header!.split(',').slice(-4)).toEqual(['numbers', 'status_note', 'fares', 'through_cars']);
    expect(row!.slice(row!.indexOf(',354,,'))).toBe(
      ',354,,"from 674 RUB, Zabaikalsk–Manzhouli, one way (high confidence; m24.ru 2026-02-25)",irkutsk-manzhouli chita-manzhouli',
    );
  });
  it('iCalendar: UTC instants (11:35 +09 is 02:35Z), the fare and the through cars in the description', async () => {
    const ics = (await runCli([...args, '--format', 'ics'])).stdout.replace(/\r\n /g, '');
    expect(ics).toContain('DTSTART:20261206T023500Z\r\nDTEND:20261206T030000Z\r\n');
    expect(ics).toContain('Through cars from Irkutsk and Chita.');
    expect(ics).toContain('Fare: from 674 RUB\\, Zabaikalsk–Manzhouli\\, one way');
  });
  it("iCalendar on Pyongyang's clock: Dandong 10:00 +08 to Pyongyang 18:07 +09 is 02:00Z to 09:07Z", async () => {
    const ics = (await runCli(['dandong', '--date', '2026-12-01', '--days', '1', '--format', 'ics'])).stdout;
    expect(ics).toContain('DTSTART:20261201T020000Z\r\nDTEND:20261201T090700Z\r\n');
  });
});

describe('corrections (§1, §2, §5)', () => {
  it('646 runs Khasan → Tumangang and 645 back; 402 Suifenhe → Grodekovo and 401 back', async () => {
    const numbers = async (q: string) =>
      (await runCliJson([q, '--date', '2026-12-02', '--days', '1'])).json.departures.map((d: any) => [
        d.service,
        d.number,
      ]);
    expect(await numbers('khasan')).toEqual([['khasan-tumangang', '646']]);
    expect(await numbers('tumangang')).toEqual([['tumangang-khasan', '645']]);
    expect(await numbers('suifenhe')).toEqual([['suifenhe-grodekovo', '402']]);
    expect(await numbers('401')).toEqual([['grodekovo-suifenhe', '401']]);
  });
  it('the Khabarovsk car is announced with no run confirmed, low confidence, in JSON, CSV, iCalendar and the table', async () => {
    const args = ['khabarovsk', '--date', '2026-12-21', '--days', '1'];
    const [d] = (await runCliJson(args)).json.departures;
    expect([d.service, d.status, d.statusNote, d.confidence]).toEqual([
      'khabarovsk-pyongyang',
      'announced',
      'no run confirmed',
      'low',
    ]);
    expect((await runCli([...args, '--format', 'csv'])).stdout).toContain(',announced,low,');
    expect((await runCli([...args, '--format', 'ics'])).stdout.replace(/\r\n /g, '')).toContain(
      'Status: announced (no run confirmed)\\; confidence: low.',
    );
    expect((await runCli(args, { env: { COLUMNS: '140' } })).stdout).toContain(
      '│ train (announced, no run confirmed), Khabarovsk car │',
    );
  });
});

describe('links without a timetable (§10, §3, §6) are listed by routes and never give departures', () => {
  it('routes --json: status, no services, citations', async () => {
    const routes = (await runCliJson(['routes'])).json.routes;
    const weak = routes
      .filter((r: any) => r.services.length === 0)
      .map((r: any) => [r.id, r.mode, r.status, r.confidence]);
    expect(weak).toEqual([
      ['blagoveshchensk-heihe-river', 'river', 'seasonal', 'medium'],
      ['blagoveshchensk-heihe-cable-car', 'cableway', 'planned', 'medium'],
      ['vladivostok-rajin-tour', 'train', 'reported', 'medium'],
      ['tongjiang-nizhneleninskoye', 'river', 'seasonal', 'medium'],
      ['hunchun-kraskino', 'bus', 'reported', 'low'],
      ['yanji-ussuriysk', 'bus', 'reported', 'low'],
      ['yanji-vladivostok', 'bus', 'reported', 'medium'],
      ['tumen-road-bridge', 'road', 'planned', 'medium'],
      ['ussuriysk-tumangang', 'train', 'planned', 'medium'],
    ]);
    expect(routes.find((r: any) => r.id === 'dandong-pyongyang').citations[0]).toEqual({
      title: 'news.cnyes.com (China Railway notice)',
      url: 'https://news.cnyes.com/news/id/6376688',
      date: '2026-03-11',
    });
  });
  it('a lookup of one says why there is nothing', async () => {
    const { code, json } = await runCliJson(['hunchun-kraskino', '--date', '2026-12-01']);
    expect([code, json.departures, json.reason]).toEqual([
      1,
      [],
      'Hunchun ⇄ Kraskino bus (reported): no scheduled service is known.',
    ]);
  });
});

describe('names users type, and places railnext does not cover', () => {
  it.each([
    ['北京', 'Beijing'],
    ['丹东', 'Dandong'],
    ['단둥', 'Dandong'],
    ['满洲里', 'Manzhouli'],
    ['Забайкальск', 'Zabaikalsk'],
    ['신의주', 'Sinuiju'],
    ['海参崴', 'Vladivostok'],
    ['블라디보스토크', 'Vladivostok'],
    ['哈桑', 'Khasan'],
    ['图们江', 'Tumangang'],
    ['수이펀허', 'Suifenhe'],
    ['헤이허', 'Heihe'],
    ['블라고베셴스크', 'Blagoveshchensk (Kanikurgan)'],
    ['伯力', 'Khabarovsk'],
  ])('%s is %s', async (query, name) => {
    // The title, then the window's one day (today, on the tests' fixed clock).
    expect((await runCli([query, '--days', '1'])).stdout.split('\n')[0]).toMatch(
      new RegExp(`^Departures from ${name.replace(/[()]/g, '\\$&')}, \\d{4}-\\d\\d-\\d\\d$`),
    );
  });
  it('harbin: exit 2, with the border crossings railnext covers', async () => {
    expect(await runCli(['harbin'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'railnext: unknown station or route "harbin" (see `railnext stations`). railnext covers the border crossings Dandong–Sinuiju, Heihe–Blagoveshchensk, Khasan–Tumangang, Suifenhe–Grodekovo, Zabaikalsk–Manzhouli and the stations of the services through them.\n',
    });
  });
});

describe('station names in their own scripts: Cyrillic, simplified Chinese and Hangul, each from FACTS or with its source', () => {
  /** The names FACTS lists (Stations, New stations), by station. */
  const FROM_FACTS: Record<string, Record<string, string>> = {
    khasan: { ru: 'Хасан', ko: '하산' },
    tumangang: { ru: 'Туманган', ko: '두만강' },
    suifenhe: { ru: 'Суйфэньхэ', zh: '绥芬河' },
    grodekovo: { ru: 'Гродеково', zh: '格罗迭科沃' },
    heihe: { ru: 'Хэйхэ', zh: '黑河' },
    blagoveshchensk: { ru: 'Благовещенск', zh: '布拉戈维申斯克' },
    pyongyang: { ru: 'Пхеньян', zh: '平壤', ko: '평양' },
    ussuriysk: { ru: 'Уссурийск' },
    khabarovsk: { ru: 'Хабаровск', zh: '哈巴罗夫斯克', ko: '하바롭스크' },
    novosibirsk: { ru: 'Новосибирск' },
    kostroma: { ru: 'Кострома' },
    moscow: { ru: 'Москва', zh: '莫斯科', ko: '모스크바' },
    beijing: { ru: 'Пекин', zh: '北京', ko: '베이징' },
    tianjin: { ru: 'Тяньцзинь', zh: '天津', ko: '톈진' },
    shanhaiguan: { ru: 'Шаньхайгуань', zh: '山海关' },
    shenyang: { ru: 'Шэньян', zh: '沈阳', ko: '선양' },
    dandong: { ru: 'Даньдун', zh: '丹东', ko: '단둥' },
    sinuiju: { ru: 'Синыйджу', zh: '新义州', ko: '신의주' },
    zabaikalsk: { ru: 'Забайкальск', zh: '后贝加尔斯克' },
    manzhouli: { ru: 'Маньчжурия', zh: '满洲里' },
    chita: { ru: 'Чита', zh: '赤塔', ko: '치타' },
    irkutsk: { ru: 'Иркутск', zh: '伊尔库茨克', ko: '이르쿠츠크' },
    rajin: { ru: 'Раджин', zh: '罗津', ko: '라진' },
    vladivostok: { ru: 'Владивосток', zh: '符拉迪沃斯托克', ko: '블라디보스토크' },
    tongjiang: { ru: 'Тунцзян', zh: '同江' },
    nizhneleninskoye: { ru: 'Нижнеленинское' },
    hunchun: { ru: 'Хуньчунь', zh: '珲春', ko: '훈춘' },
    kraskino: { ru: 'Краскино' },
  };
  /** The names FACTS does not list, each with the source it was found in (checked 2026-12-07): a national news agency or paper, or the Wikipedia article in that language. */
  const SOURCED: Record<string, Record<string, [name: string, source: string]>> = {
    khasan: {
      zh: [
        '哈桑',
        'hkcna.hk 2022-11-02 (香港中通社: 哈桑-豆滿江口岸), http://www.hkcna.hk/docDetail.jsp?id=100204718&channel=2810',
      ],
    },
    tumangang: {
      zh: [
        '豆满江',
        'hkcna.hk 2022-11-02 (香港中通社: 哈桑-豆滿江口岸), http://www.hkcna.hk/docDetail.jsp?id=100204718&channel=2810',
      ],
    },
    suifenhe: { ko: ['쑤이펀허', 'news1.kr 2024-12-16, https://news1.kr/amp/world/europe/5633835'] },
    grodekovo: { ko: ['그로데코보', 'news1.kr 2024-12-16, https://news1.kr/amp/world/europe/5633835'] },
    heihe: {
      ko: [
        '헤이허',
        'Yonhap News 2022-06-10, https://m.wowtv.co.kr/NewsCenter/AMP/Read?articleId=AKR20220610114800096',
      ],
    },
    blagoveshchensk: {
      ko: [
        '블라고베셴스크',
        'Yonhap News 2022-06-10, https://m.wowtv.co.kr/NewsCenter/AMP/Read?articleId=AKR20220610114800096',
      ],
    },
    ussuriysk: {
      zh: ['乌苏里斯克', 'Chinese Wikipedia, 雙城子 (俄稱烏蘇里斯克), via https://wikiwand.com/zh-tw/articles/雙城子'],
      ko: [
        '우수리스크',
        'Yonhap News 2025-06-10 (Moscow–Pyongyang train, its stops), via https://v.daum.net/v/20250610092743430',
      ],
    },
    novosibirsk: {
      zh: [
        '新西伯利亚',
        'Chinese Wikipedia text of 新西伯利亚, via https://pediainside.com/index.php?title=新西伯利亚港&variant=zh',
      ],
      ko: [
        '노보시비르스크',
        'Yonhap News 2025-06-10 (Moscow–Pyongyang train, its stops), via https://v.daum.net/v/20250610092743430',
      ],
    },
    kostroma: {
      zh: [
        '科斯特罗马',
        'tsrus.cn (透视俄罗斯, Russia Beyond) 2013-04-19, http://tsrus.cn/shiting/gaoqingtupian/2013/04/19/23275.html',
      ],
      ko: [
        '코스트로마',
        'Yonhap News 2025-06-10 (Moscow–Pyongyang train, its stops), via https://v.daum.net/v/20250610092743430',
      ],
    },
    shanhaiguan: {
      ko: ['산하이관', 'seoul.co.kr 2026-03-13, https://www.seoul.co.kr/news/politics/north/2026/03/13/20260313800002'],
    },
    zabaikalsk: {
      ko: [
        '자바이칼스크',
        'klnews.co.kr 2017-10-19 (물류신문), http://www.klnews.co.kr/news/articleView.html?idxno=116181',
      ],
    },
    manzhouli: {
      ko: [
        '만저우리',
        'Yonhap News 2021-08-17, https://wowtv.co.kr/NewsCenter/News/Read?articleId=AKR20210817130200097',
      ],
    },
    tongjiang: {
      ko: ['퉁장', 'Yonhap News 2021-08-17, https://wowtv.co.kr/NewsCenter/News/Read?articleId=AKR20210817130200097'],
    },
    nizhneleninskoye: {
      zh: [
        '下列宁斯阔耶',
        "People's Daily (人民日报) 2021-08-18: 同江中俄黑龙江铁路大桥, via http://www.apps2be.com/n2/2021/0818/c399530-34871904.html",
      ],
      ko: [
        '니즈녜레닌스코예',
        'Yonhap News 2021-08-17, https://wowtv.co.kr/NewsCenter/News/Read?articleId=AKR20210817130200097',
      ],
    },
    kraskino: {
      zh: [
        '克拉斯基诺',
        'Sputnik (俄罗斯卫星通讯社) via rc-sc.cn 2025-06-19, http://rc-sc.cn/newsshow.aspx?id=17181&mid=288',
      ],
      ko: ['크라스키노', 'hangiltimes.com 2020-06-15, http://hangiltimes.com/news/view.php?idx=23439'],
    },
  };

  it("every station is named in Russian, Chinese and Korean: FACTS' names, and each other name with its source", async () => {
    const { json } = await runCliJson(['stations']);
    const names = Object.fromEntries(json.stations.map((s: any) => [s.id, s.names ?? {}]));
    const sources = Object.fromEntries(json.stations.map((s: any) => [s.id, s.nameSources ?? {}]));
    const expected = (id: string) => ({
      ...FROM_FACTS[id],
      ...Object.fromEntries(Object.entries(SOURCED[id] ?? {}).map(([lang, [name]]) => [lang, name])),
    });
    expect(names).toEqual(Object.fromEntries(Object.keys(FROM_FACTS).map((id) => [id, expected(id)])));
    expect(sources).toEqual(
      Object.fromEntries(
        Object.keys(FROM_FACTS).map((id) => [
          id,
          Object.fromEntries(Object.entries(SOURCED[id] ?? {}).map(([lang, [, source]]) => [lang, [source]])),
        ]),
      ),
    );
    // None is missing, and none is given twice (from FACTS and from a source of ours).
    for (const id of Object.keys(FROM_FACTS)) expect(Object.keys(names[id]).sort(), id).toEqual(['ko', 'ru', 'zh']);
    for (const [id, langs] of Object.entries(SOURCED))
      for (const lang of Object.keys(langs)) expect(FROM_FACTS[id]![lang], `${id} ${lang}`).toBeUndefined();
  });

  it('a name from a source can be typed, as the names FACTS lists can', async () => {
    const english = Object.fromEntries((await runCliJson(['stations'])).json.stations.map((s: any) => [s.id, s.name]));
    for (const [id, langs] of Object.entries(SOURCED)) {
      for (const [name] of Object.values(langs)) {
        const title = (await runCli([name, '--days', '1'])).stdout.split('\n')[0];
        expect(title, name).toMatch(
          new RegExp(`^Departures from ${english[id].replace(/[()]/g, '\\$&')}, \\d{4}-\\d\\d-\\d\\d$`),
        );
      }
    }
  });

  it('shows them with --lang', async () => {
    const ru = (await runCli(['khasan', '--date', '2026-12-02', '--days', '1', '--lang', 'ru'])).stdout;
    expect(ru).toContain('Хасан → Туманган');
    const zh = (await runCli(['pyongyang-moscow', '--date', '2026-12-03', '--days', '1', '--lang', 'zh'])).stdout;
    expect(zh).toContain('平壤 → 莫斯科');
    const ko = (await runCli(['khasan', '--date', '2026-12-02', '--days', '1', '--lang', 'ko'])).stdout;
    expect(ko).toContain('하산 → 두만강');
  });
});

describe('travel facts per route (§11, "For travellers"), each dated, with its confidence and sources', () => {
  const VISA_FREE = (now: string) => [
    [
      'Russian citizens may enter China without a visa.',
      '2026-03',
      '2026-09-14',
      now >= '2026-09-15',
      'high',
      ['travel.rambler.ru 2026-03-06', 'vedomosti.ru 2025-12-01'],
    ],
    [
      'Chinese citizens may enter Russia without a visa.',
      '2026-03',
      '2026-09-14',
      now >= '2026-09-15',
      'high',
      ['travel.rambler.ru 2026-03-06', 'vedomosti.ru 2025-12-01'],
    ],
  ];
  const CHINA_DPRK = [
    [
      'Officials and holders of business visas were served first; tourists could not yet buy tickets. Reports differ on the details.',
      '2026-03',
      null,
      false,
      'medium',
      [
        'khan.co.kr 2026-03',
        'ettoday.net 2026-03-12',
        'ltn.com.tw 2026-03',
        'donga.com 2026-03',
        'AFP 2026-03',
        'ANSA 2026-03',
      ],
    ],
    [
      'A DPRK visa, obtained beforehand from a DPRK embassy, is needed.',
      '2026-03',
      null,
      false,
      'medium',
      ['khan.co.kr 2026-03', 'ettoday.net 2026-03-12', 'donga.com 2026-03'],
    ],
  ];
  const TICKETS_UNKNOWN = [
    [
      'No source was found on where or how tickets are sold.',
      '2026-12-07',
      null,
      false,
      'low',
      ['railnext source check, 2026-12-07'],
    ],
  ];
  const RUSSIA_DPRK = [
    [
      'Organised tours (to Rason) and officials travel this way; no source was found on independent foreign travellers.',
      '2026-12-07',
      null,
      false,
      'low',
      ['railnext source check, 2026-12-07'],
    ],
  ];
  const facts = async (now: string) => {
    const { json } = await runCliJson(['routes', '--now', `${now}T00:00:00Z`]);
    const row = (f: any) => [f.text, f.asOf, f.until, f.ended, f.confidence, f.sources];
    return Object.fromEntries(
      json.routes
        .filter((r: any) => r.tickets.length + r.entry.length > 0)
        .map((r: any) => [r.id, { tickets: r.tickets.map(row), entry: r.entry.map(row) }]),
    );
  };

  it.each(['2026-09-14', '2026-09-15'])(
    'routes --json --now %s: the visa-free rules run to 2026-09-14, ended after it',
    async (now) => {
      expect(await facts(now)).toEqual({
        'beijing-pyongyang': {
          tickets: [
            [
              'Sold offline only: at the station counters of Beijing, Tianjin, Shanhaiguan, Shenyang and Dandong, and at Pyongyang station.',
              '2026-03-11',
              null,
              false,
              'high',
              ['ettoday.net 2026-03-12', 'etnet.com.hk 2026-03-11', 'AP 2026-03-11'],
            ],
            [
              'Pyongyang cannot be chosen as a destination in the China Railway app.',
              '2026-03',
              null,
              false,
              'medium',
              ['khan.co.kr 2026-03', 'ettoday.net 2026-03-12', 'ltn.com.tw 2026-03'],
            ],
          ],
          entry: CHINA_DPRK,
        },
        'dandong-pyongyang': { tickets: TICKETS_UNKNOWN, entry: CHINA_DPRK },
        'heihe-blagoveshchensk': {
          tickets: [
            [
              'Sold at the Amurasso bus station in Blagoveshchensk; tour groups filled the first runs.',
              '2024-12-09',
              null,
              false,
              'medium',
              ['amur.life 2024-12-09'],
            ],
          ],
          entry: VISA_FREE(now),
        },
        'khasan-tumangang': { tickets: TICKETS_UNKNOWN, entry: RUSSIA_DPRK },
        'pyongyang-khabarovsk': { tickets: [], entry: RUSSIA_DPRK },
        'pyongyang-moscow': {
          tickets: [
            [
              'Sold in Pyongyang at DPRK ticket offices and in Russia at Russian Railways ticket offices, up to 60 days ahead.',
              '2025-06-25',
              null,
              false,
              'high',
              ['dprk.news-pravda.com 2025-06-25'],
            ],
          ],
          entry: RUSSIA_DPRK,
        },
        'suifenhe-grodekovo': {
          tickets: [
            [
              'Not sold online: only at the international ticket office; fares from 1,300 RUB.',
              '2024-12',
              null,
              false,
              'low',
              ['tourpressclub.ru 2024-12'],
            ],
          ],
          entry: [
            ...VISA_FREE(now),
            [
              'The Pogranichny (Grodekovo) rail checkpoint is open 09:00–21:00 daily.',
              '2025-03',
              null,
              false,
              'medium',
              ['alta.ru 2025-03'],
            ],
          ],
        },
        'zabaikalsk-manzhouli': {
          tickets: [
            [
              'Sold at Russian Railways ticket offices and online from Russia, up to 60 days ahead; tickets from China are sold only in China.',
              '2026-03-08',
              null,
              false,
              'high',
              ['1prime.ru 2026-03-08', 'vedomosti.ru 2026-02-13', 'm24.ru 2026-02-25'],
            ],
          ],
          entry: VISA_FREE(now),
        },
      });
    },
  );

  it('routes --lang ru: for each running route, who may ride, with dates and sources; the visa-free rule said to have run out', async () => {
    const out = (await runCli(['routes', '--lang', 'ru', '--now', '2026-12-07T00:00:00Z'], { env: { COLUMNS: '400' } }))
      .stdout;
    const blocks = out.split('\n\n');
    const running = blocks.filter((b) => b.split('\n')[0]!.endsWith('· курсирует'));
    expect(running.map((b) => b.split('  ')[1]!.split(' ')[0])).toEqual([
      'beijing-pyongyang',
      'dandong-pyongyang',
      'heihe-blagoveshchensk',
      'khasan-tumangang',
      'pyongyang-moscow',
      'suifenhe-grodekovo',
      'zabaikalsk-manzhouli',
    ]);
    for (const b of running) expect(b).toContain('\n  Кто может ехать, въезд и визы:\n');
    for (const b of running) expect(b).toContain('\n  Билеты:\n');
    // Where no source says how tickets are sold, the route says that.
    expect(running.find((b) => b.includes('khasan-tumangang'))).toContain(
      '\n  Билеты:\n    Где и как продаются билеты, ни в одном источнике найти не удалось. (по состоянию на 7 декабря 2026 г.; достоверность: низкая; railnext source check, 2026-12-07)\n',
    );
    const suifenhe = running.find((b) => b.includes('suifenhe-grodekovo'))!;
    expect(suifenhe).toContain(
      '\n    Граждане России могут въезжать в Китай без визы. (по состоянию на март 2026 г.; срок действия истёк 14 сентября 2026 г., более поздних сведений нет; достоверность: высокая; travel.rambler.ru 2026-03-06; vedomosti.ru 2025-12-01)\n',
    );
    expect(suifenhe).toContain(
      '\n    Онлайн не продаются: только в международной билетной кассе; стоимость от 1 300 RUB. (по состоянию на декабрь 2024 г.; достоверность: низкая; tourpressclub.ru 2024-12)\n',
    );
    const before = (await runCli(['routes', '--now', '2026-09-14T00:00:00Z'], { env: { COLUMNS: '400' } })).stdout;
    expect(before).toContain(
      '\n    Russian citizens may enter China without a visa. (as of 2026-03; until 2026-09-14; high confidence; travel.rambler.ru 2026-03-06; vedomosti.ru 2025-12-01)\n',
    );
  });

  it('railnext ROUTE --verbose shows them under the table', async () => {
    const out = (
      await runCli(
        ['zabaikalsk-manzhouli', '--date', '2026-12-06', '--days', '1', '--verbose', '--now', '2026-12-07T00:00:00Z'],
        { env: { COLUMNS: '400' } },
      )
    ).stdout;
    expect(out).toContain(
      '\nTickets, Zabaikalsk ⇄ Manzhouli:\n  Sold at Russian Railways ticket offices and online from Russia, up to 60 days ahead; tickets from China are sold only in China. (as of 2026-03-08; high confidence; 1prime.ru 2026-03-08; vedomosti.ru 2026-02-13; m24.ru 2026-02-25)\nWho may ride, entry and visas, Zabaikalsk ⇄ Manzhouli:\n  Russian citizens may enter China without a visa. (as of 2026-03; its end date, 2026-09-14, has passed and nothing later is known; high confidence; travel.rambler.ru 2026-03-06; vedomosti.ru 2025-12-01)\n',
    );
    expect(
      (await runCli(['zabaikalsk-manzhouli', '--date', '2026-12-06', '--days', '1', '--now', '2026-12-07T00:00:00Z']))
        .stdout,
    ).not.toContain('Tickets, ');
  });
});

describe('plans past their date (§11, "Plans whose date has passed")', () => {
  const overdue = async (now: string) =>
    (await runCliJson(['routes', '--now', now])).json.routes
      .filter((r: any) => r.overdue)
      .map((r: any) => [r.id, r.status, r.due]);
  it('routes --json --now 2027-02-01: the cable car and the bridge (due August 2026), and the Khabarovsk car (announced for June 2025)', async () => {
    expect(await overdue('2027-02-01T00:00:00Z')).toEqual([
      ['blagoveshchensk-heihe-cable-car', 'planned', '2026-08'],
      ['pyongyang-khabarovsk', 'announced', null],
      ['tumen-road-bridge', 'planned', '2026-08'],
    ]);
    const khabarovsk = (await runCliJson(['routes', '--now', '2027-02-01T00:00:00Z'])).json.routes.find(
      (r: any) => r.id === 'pyongyang-khabarovsk',
    );
    expect(khabarovsk.services.map((s: any) => [s.id, s.overdue])).toEqual([
      ['pyongyang-khabarovsk', true],
      ['khabarovsk-pyongyang', true],
    ]);
  });
  it('on 2026-08-31 the August targets are not yet missed; the Khabarovsk car is a year past its first date from 2026-06-20', async () => {
    expect(await overdue('2026-08-31T23:00:00Z')).toEqual([['pyongyang-khabarovsk', 'announced', null]]);
    expect(await overdue('2026-06-19T12:00:00Z')).toEqual([]);
  });
  it('routes says so in each language, and a lookup says it under the table', async () => {
    const line = async (lang: string) =>
      (await runCli(['routes', '--lang', lang, '--now', '2026-12-07T00:00:00Z'], { env: { COLUMNS: '400' } })).stdout
        .split('\n')
        .find((l) => l.includes('blagoveshchensk-heihe-cable-car'));
    expect(await line('en')).toBe(
      'Blagoveshchensk ⇄ Heihe cable car  blagoveshchensk-heihe-cable-car · cableway · planned, due August 2026; no opening reported since',
    );
    expect(await line('ru')).toBe(
      'Канатная дорога Благовещенск ⇄ Хэйхэ  blagoveshchensk-heihe-cable-car · канатная дорога · планируется, срок — август 2026 г.; об открытии с тех пор не сообщалось',
    );
    expect(await line('zh')).toBe(
      '布拉戈维申斯克 ⇄ 黑河 索道  blagoveshchensk-heihe-cable-car · 索道 · 计划中，原定2026年8月；此后未见开通报道',
    );
    expect(await line('ko')).toBe(
      '블라고베셴스크 ⇄ 헤이허 케이블카  blagoveshchensk-heihe-cable-car · 케이블카 · 계획됨, 예정 시기 2026년 8월; 이후 개통 보도 없음',
    );
    const lookup = (
      await runCli(['khabarovsk', '--date', '2026-12-21', '--days', '1', '--now', '2026-12-07T00:00:00Z'], {
        env: { COLUMNS: '200' },
      })
    ).stdout;
    expect(lookup).toContain('\nKhabarovsk → Pyongyang: due June 2025; no run reported since.\n');
  });
});

describe('corrections of the 2026-12-07 check (§11), each with its source', () => {
  const routes = async () => (await runCliJson(['routes'])).json.routes;
  const route = async (id: string) => (await routes()).find((r: any) => r.id === id);
  it('the Heihe 5,000 RUB return fare: medium, on biang.ru alone', async () => {
    const fare = (await route('heihe-blagoveshchensk')).services[1].fares[1];
    expect([fare.amount, fare.currency, fare.confidence, fare.sources]).toEqual([
      5000,
      'RUB',
      'medium',
      ['biang.ru 2025-01-22'],
    ]);
  });
  it('645/646: the direction is an inference, and the note says why, citing prim.rbc.ru and TASS', async () => {
    const r = await route('khasan-tumangang');
    expect(r.citations).toContainEqual({
      title: 'prim.rbc.ru (Russian Railways)',
      url: 'https://prim.rbc.ru/prim/freenews/6757ef1b9a7947328113aede',
      date: '2024-12-10',
    });
    const { json } = await runCliJson(['khasan', '--date', '2026-12-02', '--days', '1']);
    expect(json.departures[0].sources).toEqual([
      'EurAsian Times / RIA Novosti, 2024-12',
      'transport-news.ru (RZD), 2024-12',
      'prim.rbc.ru 2024-12-10',
      'TASS 2025-06-25',
    ]);
    expect(
      (await runCli(['khasan', '--date', '2026-12-02', '--days', '1', '--verbose'], { env: { COLUMNS: '400' } }))
        .stdout,
    ).toContain('Low confidence.');
  });
  it('Suifenhe 09:52: stated by China Railway Harbin (en.people.cn, 2024-12-16)', async () => {
    const { json } = await runCliJson(['suifenhe', '--date', '2026-12-02', '--days', '1']);
    expect(json.departures[0].departure.sources).toEqual([
      'EurAsian Times / RIA Novosti, 2024-12',
      'en.people.cn 2024-12-16',
    ]);
    expect((await route('suifenhe-grodekovo')).citations).toContainEqual({
      title: 'en.people.cn (Global Times: China Railway Harbin)',
      url: 'http://en.people.cn/n3/2024/1216/c90000-20254199.html',
      date: '2024-12-16',
    });
  });
  it('Sinuiju: the Beijing cars board and alight there, on their dates, at times not published', async () => {
    const { json } = await runCliJson(['신의주', '--date', '2026-12-02', '--days', '2']);
    expect(
      json.departures.map((d: any) => [d.service, d.departure.date, d.departure.time, d.arrival.at ?? d.arrival.date]),
    ).toEqual([
      ['pyongyang-beijing', '2026-12-02', null, '2026-12-03T08:40:00+08:00'],
      ['beijing-pyongyang', '2026-12-03', null, '2026-12-03T18:07:00+09:00'],
      ['pyongyang-beijing', '2026-12-03', null, '2026-12-04T08:40:00+08:00'],
    ]);
  });
  it('the Vladivostok–Rajin tour train: reported, last seen 2025 (76.ru, 2025-08-20)', async () => {
    const r = await route('vladivostok-rajin-tour');
    expect([r.status, r.statusNote, r.sources.at(-1)]).toEqual(['reported', 'last seen 2025', '76.ru 2025-08-20']);
  });
  it("the hovercraft times and Heihe port's notice disagree, and the note cites both", async () => {
    const note = (await route('blagoveshchensk-heihe-river')).notes[2];
    expect(note).toContain('(gorodskoyportal.ru, 2024-10-28)');
    expect(note).toContain('(biang.ru, 2024-10-27). The two do not agree.');
  });
  it('the Yanji bus fares: 190 CNY to Ussuriysk, 150 CNY to Kraskino', async () => {
    expect((await route('yanji-ussuriysk')).notes[0]).toContain('190 CNY to Ussuriysk, 150 CNY to Kraskino');
  });
  it('the Yanji ⇄ Vladivostok bus: reported, medium, no departures', async () => {
    const r = await route('yanji-vladivostok');
    expect([r.mode, r.status, r.confidence, r.services, r.citations]).toEqual([
      'bus',
      'reported',
      'medium',
      [],
      [
        {
          title: 'russian.peopledaily.com.cn',
          url: 'http://russian.peopledaily.com.cn/n3/2025/0710/c31518-20338755.html',
          date: '2025-07-10',
        },
      ],
    ]);
    expect(r.notes[0]).toBe('A regular international bus since 2025-07-10: 399 km, about 8 h 50 min on the road.');
  });
  it('the cable car and the bridge: the missed targets in their notes', async () => {
    expect((await route('blagoveshchensk-heihe-cable-car')).notes[2]).toBe(
      'That target has passed: no report that it opened was found by 2026-12-07.',
    );
    expect((await route('tumen-road-bridge')).notes[1]).toContain(
      'summer 2026 has passed with no report that it opened',
    );
  });
});

describe('routes in Chinese and Korean: no English sentence about a service', () => {
  it.each(['zh', 'ko'])('%s', async (lang) => {
    const { json } = await runCliJson(['routes']);
    // What may stay Latin: ids, source names and titles, URLs, and names that have no translation (railnext makes none up).
    const kept = new Set<string>();
    for (const r of json.routes) {
      kept.add(r.id);
      kept.add(r.name);
      for (const s of r.services) kept.add(s.name);
      for (const c of r.citations) kept.add(c.title);
      for (const list of [r.sources, ...r.tickets.map((f: any) => f.sources), ...r.entry.map((f: any) => f.sources)])
        for (const s of list) kept.add(s);
      for (const s of r.services)
        for (const list of [s.sources, ...s.fares.map((f: any) => f.sources)]) for (const x of list) kept.add(x);
    }
    let out = (await runCli(['routes', '--lang', lang], { env: { COLUMNS: '4000' } })).stdout;
    for (const k of [...kept].sort((a, b) => b.length - a.length)) out = out.split(k).join(' ');
    out = out.replace(/https?:\/\/\S+/g, ' ');
    expect(out.match(/[A-Za-z]{2,}(?:[ ,'’-]+[A-Za-z]{2,}){2,}/g)).toBeNull();
  });
});

// Each route's stations named in Russian, Chinese and Korean, at 80 and 50 columns (Khasan and Tumangang in Chinese,
// Suifenhe, Grodekovo, Zabaikalsk and Manzhouli in Korean were English among those words).
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

describe('the bundled stations named in the language of the output', () => {
  it.each(
    Object.keys(TITLES).flatMap((lang) => [
      [lang, '80'],
      [lang, '50'],
    ]),
  )("--lang %s at %s columns: the routes' titles", async (lang, columns) => {
    const titles: string[] = [];
    for (const route of ROUTES)
      titles.push(
        (await runCli([route, ...WINDOW, '--lang', lang], { env: { COLUMNS: columns } })).stdout.split('\n')[0]!,
      );
    expect(titles).toEqual(TITLES[lang]);
  });

  it('the 646 from Khasan reads 哈桑 → 豆满江 in Chinese, in the table at 80 columns and in a block at 50', async () => {
    const wide = (
      await runCli(['khasan-tumangang', ...WINDOW, '--lang', 'zh'], { env: { COLUMNS: '80' } })
    ).stdout.split('\n');
    expect(wide.filter((line) => line.includes('646'))).toEqual([
      '│ 12月2日周三 │ 15:30 │ 哈桑 → 豆满江 │ 14:47 ~ │ 17分钟 │ 列车 646 │',
    ]);
    const narrow = (
      await runCli(['khasan-tumangang', ...WINDOW, '--lang', 'zh'], { env: { COLUMNS: '50' } })
    ).stdout.split('\n');
    const at = narrow.indexOf('  哈桑 → 豆满江');
    expect(narrow.slice(at - 1, at + 2)).toEqual([
      '12月2日周三  15:30 → 14:47 ~',
      '  哈桑 → 豆满江',
      '  列车 646 · 17分钟',
    ]);
  });

  it('stations --json gives each name found outside FACTS with its source', async () => {
    const { stations } = JSON.parse((await runCli(['stations', '--json'])).stdout) as {
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
