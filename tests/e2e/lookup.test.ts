import { describe, expect, it } from 'vitest';
import { runFrozen } from '../helpers/run-bin.js';
import { runCliFrozenJson } from '../helpers/run-cli.js';

describe("railnext khasan (the issue's acceptance query)", () => {
  it('lists train 645 on Mon/Wed/Fri at 15:30 UTC+10, arriving 14:47 UTC+9, and says why it arrives "earlier"', () => {
    const r = runFrozen(['khasan', '--date', '2026-12-01', '--days', '14', '--now', '2026-11-22T06:00:00Z']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const rows = r.stdout.split('\n').filter((line) => line.startsWith('│ ') && line.includes('Khasan → Tumangang'));
    expect(
      rows.map((row) =>
        row
          .split('│')
          .map((c) => c.trim())
          .filter(Boolean),
      ),
    ).toEqual(
      ['Wed 2 Dec', 'Fri 4 Dec', 'Mon 7 Dec', 'Wed 9 Dec', 'Fri 11 Dec', 'Mon 14 Dec'].map((date) => [
        date,
        '15:30',
        'Khasan → Tumangang',
        '14:47 ~',
        '17 min',
        'train 645',
      ]),
    );
    // The offsets once, in the header; the marks used and the zone difference once, in the footer.
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'Departures from Khasan, 2026-12-01 – 2026-12-14',
      'Local times: UTC+9 Tumangang; UTC+10 Khasan.',
      'Next departure in 10 d: Wed 2 Dec 2026 at 15:30 (UTC+10), Khasan → Tumangang.',
    ]);
    expect(r.stdout).toContain("\n~ derived from the journey time.\nTumangang's clock is 1 h behind Khasan's.\n");
    expect(r.stdout).not.toContain('not published.\n? ');
    expect(r.stdout).toContain(
      'The Pyongyang → Moscow train also calls here; its dates and times here are not\n  published.',
    );
    expect(r.stdout).toContain('Data last checked 2026-11-22.');
  });

  it('gives the same departures as JSON, field by field', async () => {
    const { code, json } = await runCliFrozenJson(['khasan', '--date', '2026-12-01', '--days', '14']);
    expect(code).toBe(0);
    expect(json.query).toBe('khasan');
    expect(json.from).toBe('2026-12-01');
    expect(json.until).toBe('2026-12-14');
    expect(json.departures.map((d: any) => d.departure.date)).toEqual([
      '2026-12-02',
      '2026-12-04',
      '2026-12-07',
      '2026-12-09',
      '2026-12-11',
      '2026-12-14',
    ]);
    const first = json.departures[0];
    expect(first).toMatchObject({
      service: 'khasan-tumangang',
      route: 'khasan-tumangang',
      name: 'Khasan → Tumangang',
      mode: 'train',
      number: '645',
      durationMinutes: 17,
      timesPerDay: 1,
      status: 'running',
      confidence: 'high',
    });
    expect(first.departure).toMatchObject({
      station: { id: 'khasan', name: 'Khasan', country: 'RU', timeZone: 'Asia/Vladivostok' },
      date: '2026-12-02',
      at: '2026-12-02T15:30:00+10:00',
      published: '08:30 Europe/Moscow',
      derived: false,
    });
    expect(first.arrival).toMatchObject({
      station: { id: 'tumangang', name: 'Tumangang', country: 'KP', timeZone: 'Asia/Pyongyang' },
      date: '2026-12-02',
      at: '2026-12-02T14:47:00+09:00',
      derived: true,
      confidence: 'low',
    });
    expect(first.sources).toContain('EurAsian Times / RIA Novosti, 2024-12');
    expect(first.notes.length).toBeGreaterThan(0);
  });
});
