import { describe, expect, it } from 'vitest';
import { runFrozen } from '../helpers/run-bin.js';
import { runCliFrozen, runCliFrozenJson } from '../helpers/run-cli.js';

const NOW = ['--now', '2026-11-22T06:00:00Z'];
const ESC = '\u001b[';

describe('exit codes and errors', () => {
  it.each([
    [['--bogus'], "railnext: unknown option '--bogus' (see railnext --help)\n"],
    [['khasan', '--dat', 'fri'], "railnext: unknown option '--dat'; did you mean --date? (see railnext --help)\n"],
    [['a', 'b', 'c'], 'railnext: too many arguments. Expected 2 arguments but got 3 (see railnext --help)\n'],
    [['khasan', '--date', '2026-02-30'], 'railnext: --date: invalid day "2026-02-30" (no such date)\n'],
    [
      ['khasan', '--tz', 'Mars/Olympus'],
      'railnext: --tz: unknown time zone "Mars/Olympus" (expected an IANA zone such as Asia/Vladivostok, or local)\n',
    ],
    [
      ['khasan', '--tz', 'constructor'],
      'railnext: --tz: unknown time zone "constructor" (expected an IANA zone such as Asia/Vladivostok, or local)\n',
    ],
    [['khasn'], 'railnext: unknown station or route "khasn"; did you mean Khasan? (see `railnext stations`)\n'],
    [
      ['khasan', '--date', '2026-12-10', '--until', '2026-12-01'],
      'railnext: --until 2026-12-01 is before the start of the window (2026-12-10)\n',
    ],
    [
      ['khasan', '--date', '2026-01-01', '--days', '3652425'],
      'railnext: --days: expected a whole number from 1 to 365243, got "3652425"\n',
    ],
    [
      ['khasan', '--date', '2026-01-01', '--until', '12026-01-01'],
      'railnext: --until: invalid day "12026-01-01" (expected YYYY-MM-DD, a month YYYY-MM, today, tomorrow, a weekday such as mon, or +N)\n',
    ],
    [
      ['khasan', '--date', '1971-01-01', '--until', '3071-01-01'],
      'railnext: the window from 1971-01-01 to 3071-01-01 is longer than 1000 years (365243 days)\n',
    ],
    [
      ['khasan', '--date', '0999-12-25'],
      'railnext: the window from 0999-12-25 to 1000-01-07 goes outside the dates railnext covers, 1970-01-01 to 9998-12-31\n',
    ],
    [
      ['khasan', '--date', '9998-12-30'],
      'railnext: the window from 9998-12-30 to 9999-01-12 goes outside the dates railnext covers, 1970-01-01 to 9998-12-31\n',
    ],
    [['khasan', '--days', '3', '--until', 'fri'], 'railnext: --days and --until cannot be used together\n'],
    [
      ['khasan', '--now', 'yesterday'],
      'railnext: --now: invalid instant "yesterday" (expected ISO 8601 with an offset, such as 2026-12-01T09:00:00+10:00 or 2026-12-01T00:00:00Z)\n',
    ],
    [['khasan', '--next', '0'], 'railnext: --next: expected a whole number of at least 1, got "0"\n'],
    [['pyongyang-moscow', 'khasan'], 'railnext: a destination goes with a station; "pyongyang-moscow" is a route\n'],
  ])('%j exits 2 with one line on stderr', async (args, stderr) => {
    const r = await runCliFrozen(args);
    expect(r.stderr).toBe(stderr);
    expect(r.stdout).toBe('');
    expect(r.code).toBe(2);
  });

  it('the real bin: exit status 2, one line on stderr, nothing on stdout', () => {
    expect(runFrozen(['--bogus'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "railnext: unknown option '--bogus' (see railnext --help)\n",
    });
    expect(runFrozen(['khasan', '--date', '2026-02-30'])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'railnext: --date: invalid day "2026-02-30" (no such date)\n',
    });
  });

  it("shows the stack only with --verbose, with the bundle's function names", () => {
    expect(runFrozen(['khasn']).stderr).not.toContain(' at ');
    const r = runFrozen(['khasn', '--verbose']);
    expect(r.code).toBe(2);
    expect(r.stderr.split('\n')[0]).toBe(
      'railnext: unknown station or route "khasn"; did you mean Khasan? (see `railnext stations`)',
    );
    expect(r.stderr).toContain('at matchQuery');
  });

  it('exits 1 for a valid query with nothing in the window, and names the next departure', async () => {
    const r = await runCliFrozen(['khasan', '--date', '2024-12-01', '--days', '14']);
    expect(r.code).toBe(1);
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      'Departures from Khasan, 2024-12-01 – 2024-12-14',
      'No departures from 2024-12-01 to 2024-12-14.',
      'The next one is Mon 16 Dec 2024 at 15:30 (UTC+10), Khasan → Tumangang.',
    ]);
  });

  it('still prints the JSON with exit 1, with the next departure', async () => {
    const { code, json } = await runCliFrozenJson(['khasan', '--date', '2024-12-01', '--days', '14']);
    expect(code).toBe(1);
    expect(json.departures).toEqual([]);
    expect(json.next.departure.at).toBe('2024-12-16T15:30:00+10:00');
  });

  it('says when no service runs between two stations, and what is nearest', async () => {
    const r = await runCliFrozen(['khasan', 'suifenhe', ...NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'Khasan → Suifenhe, 2026-11-22 – 2026-12-05',
        'No service in the schedules runs from Khasan to Suifenhe.',
        'Nearest stations with a service to Suifenhe (straight-line distance from',
        '  Khasan):',
        '  Grodekovo, 229 km: Grodekovo → Suifenhe train',
        'Nearest stations to Suifenhe that a service from Khasan reaches (straight-line',
        '  distance):',
        '  Ussuriysk, 91 km: Pyongyang → Moscow train (dates not published at Khasan)',
        'Data last checked 2026-11-22.',
        '',
      ].join('\n'),
    );
  });

  it('says when a station has no departures with published dates', async () => {
    const r = await runCliFrozen(['ussuriysk', ...NOW]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      [
        'Departures from Ussuriysk, 2026-11-22 – 2026-12-05',
        'No departures with published dates.',
        // Wrapped on a word boundary at 80 columns, the continuation indented.
        'The Pyongyang → Moscow train also calls here; its dates and times here are not',
        '  published.',
        'The Moscow → Pyongyang train also calls here; its dates and times here are not',
        '  published.',
        'Data last checked 2026-11-22.',
        '',
      ].join('\n'),
    );
  });

  it('--help shows examples and exits 0; --version prints the version', () => {
    const help = runFrozen(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: railnext [options] [command] [query] [destination]');
    expect(help.stdout).toContain('$ railnext khasan');
    const version = runFrozen(['--version']);
    expect(version.stdout).toBe('1.0.0\n');
    expect(version.code).toBe(0);
  });

  it("-V prints the version (and -v, railnext 1.0's flag, still does, unlisted)", async () => {
    for (const flag of ['-V', '-v', '--version'])
      expect(await runCliFrozen([flag])).toEqual({ code: 0, stdout: '1.0.0\n', stderr: '' });
    const help = (await runCliFrozen(['--help'])).stdout;
    expect(help).toContain('  -V, --version ');
    expect(help).not.toMatch(/^\s+-v\b/m);
  });

  it("help <command> shows that command's help; help <unknown> exits 2 with one line and the closest command", async () => {
    const routes = await runCliFrozen(['help', 'routes']);
    expect([routes.code, routes.stderr]).toEqual([0, '']);
    expect(routes.stdout.startsWith('Usage: railnext routes [options]\n')).toBe(true);
    expect(await runCliFrozen(['help', 'rotues'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "railnext: help: unknown command 'rotues'; did you mean routes?\n",
    });
    expect(await runCliFrozen(['help', 'nope'])).toEqual({
      code: 2,
      stdout: '',
      stderr:
        "railnext: help: unknown command 'nope' (the commands are routes, stations, validate, completion, export)\n",
    });
    expect((await runCliFrozen(['help'])).code).toBe(0);
  });

  it('refuses a query longer than any name at once, with one line and exit 2 (100,000 characters took 20 s and 200 MB)', () => {
    const query = 'x'.repeat(100_000);
    const started = Date.now();
    const r = runFrozen([query]);
    expect(r).toEqual({
      code: 2,
      stdout: '',
      stderr:
        'railnext: a station or route name of 100000 characters is longer than any name can be (200; see `railnext stations`)\n',
    });
    // A start-up and a refusal; the edit distances it skips took 20 s to 70 s on this machine.
    expect(Date.now() - started).toBeLessThan(5000);
    expect(runFrozen(['khasan', query]).stderr).toBe(
      'railnext: a station name of 100000 characters is longer than any name can be (200; see `railnext stations`)\n',
    );
    expect(runFrozen(['x'.repeat(200)]).stderr).toMatch(/^railnext: unknown station or route "x{200}"/);
  });
});

describe('colour', () => {
  const args = ['khasan', '--date', '2026-12-01', '--days', '7'];
  it('piped output has no escape codes', async () => {
    expect((await runCliFrozen(args)).stdout).not.toContain(ESC);
    expect((await runCliFrozen(['routes'])).stdout).not.toContain(ESC);
    expect((await runCliFrozen(['stations'])).stdout).not.toContain(ESC);
  });
  it('FORCE_COLOR turns colour on; NO_COLOR and --no-color win over it', async () => {
    expect((await runCliFrozen(args, { env: { FORCE_COLOR: '1' } })).stdout).toContain(ESC);
    expect((await runCliFrozen(args, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).stdout).not.toContain(ESC);
    expect((await runCliFrozen([...args, '--no-color'], { env: { FORCE_COLOR: '1' } })).stdout).not.toContain(ESC);
  });
  it('colour changes nothing but the escape codes', async () => {
    // eslint-disable-next-line no-control-regex
    const stripped = (await runCliFrozen(args, { env: { FORCE_COLOR: '3' } })).stdout.replace(/\u001b\[[0-9;]*m/g, '');
    expect(stripped).toBe((await runCliFrozen(args)).stdout);
  });
});

describe('output does not depend on the machine', () => {
  it('is the same under any TZ', () => {
    const args = ['--date', '2026-12-01', '--days', '31', '--json'];
    const a = runFrozen(args, { env: { TZ: 'Pacific/Kiritimati' } });
    const b = runFrozen(args, { env: { TZ: 'America/Adak' } });
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
  });

  it('"now" leaves out departures already gone, in each station\'s own zone', async () => {
    // 07:00 UTC on Mon 23 Nov is 17:00 in Khasan (train gone at 15:30) and 16:00 in Tumangang (gone at 12:00).
    const { json } = await runCliFrozenJson(['khasan-tumangang', '--now', '2026-11-23T07:00:00Z', '--days', '3']);
    expect(json.from).toBe('2026-11-23');
    expect(json.departures.map((d: any) => `${d.service} ${d.departure.at}`)).toEqual([
      'tumangang-khasan 2026-11-25T12:00:00+09:00',
      'khasan-tumangang 2026-11-25T15:30:00+10:00',
    ]);
  });
});

describe('options', () => {
  it('--tz shows every time on one clock', async () => {
    const r = await runCliFrozen(['grodekovo', '--date', '2026-12-01', '--days', '1', '--tz', 'Europe/Moscow', ...NOW]);
    expect(r.stdout.split('\n').slice(0, 7).join('\n')).toBe(
      [
        'Departures from Grodekovo, 2026-12-01',
        'Times in Europe/Moscow.',
        'Next departure in 9 d 2 h: Tue 1 Dec 2026 at 10:43, Grodekovo → Suifenhe.',
        '┌───────────┬─────────┬──────────────────────┬─────────┬────────────┬─────────┐',
        '│ Date      │ Departs │ From → To            │ Arrives │ Journey    │ Service │',
        '├───────────┼─────────┼──────────────────────┼─────────┼────────────┼─────────┤',
        '│ Tue 1 Dec │ 10:43   │ Grodekovo → Suifenhe │ 12:14   │ 1 h 31 min │ train   │',
      ].join('\n'),
    );
  });

  it('--next --untimed takes the first n departures in time order across services, times not published included', async () => {
    const { json } = await runCliFrozenJson(['--date', '2026-12-03', '--next', '4', '--untimed']);
    expect(json.departures.map((d: any) => [d.service, d.departure.date, d.departure.time])).toEqual([
      // Unpublished times sort at local midnight: Blagoveshchensk and Pyongyang (UTC+9) before Heihe (UTC+8).
      ['blagoveshchensk-heihe', '2026-12-03', null],
      ['pyongyang-moscow', '2026-12-03', null],
      ['heihe-blagoveshchensk', '2026-12-03', null],
      ['suifenhe-grodekovo', '2026-12-03', '09:52'],
    ]);
  });

  it('--next alone takes the first n departures with a known time, and counts the others it passed over', async () => {
    const { json, stderr } = await runCliFrozenJson(['--date', '2026-12-03', '--next', '4']);
    expect([json.departures.map((d: any) => [d.service, d.departure.date, d.departure.time]), stderr]).toEqual([
      [
        ['suifenhe-grodekovo', '2026-12-03', '09:52'],
        ['grodekovo-suifenhe', '2026-12-03', '17:43'],
        ['suifenhe-grodekovo', '2026-12-04', '09:52'],
        ['tumangang-khasan', '2026-12-04', '12:00'],
      ],
      'railnext: --next passed over 5 departures whose time is not published; --untimed counts them too\n',
    ]);
  });

  it('a destination keeps only services that reach it', async () => {
    const { json } = await runCliFrozenJson(['novosibirsk', 'moscow', '--date', '2026-12-01', '--days', '31']);
    expect(json.destination).toBe('moscow');
    expect(json.departures.map((d: any) => [d.departure.at, d.arrival.date])).toEqual([
      ['2026-12-09T09:30:00+07:00', '2026-12-11'],
      ['2026-12-23T09:30:00+07:00', '2026-12-25'],
    ]);
  });
});

describe('listings', () => {
  it('routes: each rule in words, first date, status and sources', async () => {
    // Wide enough that no line wraps (wrapping is tested in layout.test.ts).
    const r = await runCliFrozen(['routes'], { env: { COLUMNS: '200' } });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      '  Khasan → Tumangang train 645: Mondays, Wednesdays and Fridays, from 2024-12-16 (running, high confidence)',
    );
    expect(r.stdout).toContain(
      '  Pyongyang → Moscow: the 3rd and 17th of each month, from 2025-06-17 (running, high confidence)',
    );
    expect(r.stdout).toContain(
      '  Heihe → Blagoveshchensk: daily, 4 a day, from 2024-12-10 (running, medium confidence)',
    );
    // A year and more after its first date with no run reported, the announced car reads as overdue.
    expect(r.stdout).toContain(
      '  Khabarovsk → Pyongyang: the 21st of each month, from 2025-06-21 (announced, due June 2025; no run reported since, high confidence)',
    );
    expect(r.stdout).toContain(
      'Tumen River road bridge  tumen-road-bridge · road · planned\n  A road bridge between Russia and the DPRK',
    );
  });

  it('routes --json lists every service with its rule', async () => {
    const { json } = await runCliFrozenJson(['routes']);
    expect(json.routes.map((r: any) => r.id)).toEqual([
      'heihe-blagoveshchensk',
      'khasan-tumangang',
      'pyongyang-khabarovsk',
      'pyongyang-moscow',
      'suifenhe-grodekovo',
      'tumen-road-bridge',
    ]);
    const moscow = json.routes.find((r: any) => r.id === 'pyongyang-moscow').services[1];
    expect(moscow.runs).toEqual({
      every: 'month',
      days: [12, 26],
      from: '2025-06-26',
      until: null,
      added: [],
      cancelled: [],
      zone: 'Europe/Moscow',
      inWords: 'the 12th and 26th of each month',
    });
  });

  it('stations --json lists names, aliases, country and zone', async () => {
    const { json } = await runCliFrozenJson(['stations']);
    expect(json.stations).toHaveLength(12);
    expect(json.stations.find((s: any) => s.id === 'tumangang')).toMatchObject({
      name: 'Tumangang',
      country: 'KP',
      timeZone: 'Asia/Pyongyang',
      aliases: [
        '두만강',
        '두만강역',
        '豆滿江',
        'Туманган',
        'Tumen River',
        'Tumen River Station',
        "Tuman'gang",
        'Dumangang',
        'Tumangan',
      ],
    });
  });
});

describe('--next near the end of the calendar', () => {
  it('looks ahead only as far as the last date railnext covers', async () => {
    const { code, json } = await runCliFrozenJson(['khasan', '--next', '1', '--date', '9998-12-20']);
    expect(code).toBe(0);
    expect(json.until).toBe('9998-12-31');
    expect(json.departures.map((d: any) => d.departure.at)).toEqual(['9998-12-21T15:30:00+10:00']);
  });
});

describe('data age (the frozen schedules were checked 2026-11-22)', () => {
  const WARNING =
    'railnext: warning: the schedules were last checked 2026-11-22, 191 days ago: times may have changed. Update with `npm install -g railnext@latest`, or load newer schedules with --schedules.\n';
  const OLD = ['khasan', '--date', '2027-06-02', '--days', '1', '--now', '2027-06-01T00:00:00Z'];

  it('over 180 days later, one line on stderr after the answer; stdout as before; --quiet drops it', async () => {
    const r = await runCliFrozen(OLD);
    expect([r.code, r.stderr]).toEqual([0, WARNING]);
    const quiet = await runCliFrozen([...OLD, '--quiet']);
    expect([quiet.stdout, quiet.stderr]).toEqual([r.stdout, '']);
  });

  it('--json carries the same fact in dataAge; CSV keeps stdout clean', async () => {
    const { json, stderr } = await runCliFrozenJson([...OLD, '--json']);
    expect(json.dataAge).toEqual({
      daysSinceChecked: 191,
      staleAfterDays: 180,
      stale: true,
      warning: WARNING.slice('railnext: warning: '.length, -1),
    });
    expect(stderr).toBe(WARNING);
    const csv = await runCliFrozen([...OLD, '--format', 'csv']);
    expect(csv.stdout.startsWith('service,route,')).toBe(true);
    expect(csv.stderr).toBe(WARNING);
  });

  it('within 180 days, nothing', async () => {
    expect((await runCliFrozen(['khasan', '--days', '1', '--now', '2027-05-21T12:00:00Z'])).stderr).toBe('');
  });
});
