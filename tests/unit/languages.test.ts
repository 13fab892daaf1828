/**
 * Russian, Chinese and Korean output has no English left in it: many commands
 * on a fixture network whose stations have names in each script and whose
 * notes are translated, scanned for the English labels railnext prints.
 */
import { describe, expect, it } from 'vitest';
import { runMain } from '../helpers/fake-io.js';

const FIXTURE = ['--no-bundled', '--schedules', 'tests/fixtures/i18n'];
const NOW = ['--now', '2026-12-01T00:00:00Z'];

/** Commands that between them print every label, mark, note kind, listing and help text. */
const COMMANDS: string[][] = [
  [...NOW],
  ['khasan', ...NOW, '--verbose'],
  ['pyongyang', '--date', '2026-12-01', '--days', '20'],
  ['khasan', 'tumangang', '--next', '2', ...NOW],
  ['heihe', '--date', '2026-12-01', '--days', '2', '--tz', 'Europe/Moscow'],
  ['khasan', 'suifenhe', ...NOW],
  ['pyongyang-khabarovsk', '--date', '2026-12-01', '--days', '3'],
  ['pyongyang-khabarovsk', '--date', '2026-12-01', '--days', '1'],
  ['tumen-road-bridge', ...NOW],
  ['khasan', '--calendar', '--date', '2027-01'],
  ['khasan', '--calendar', '--tz', 'Asia/Tokyo', ...NOW],
  ['khasan', 'suifenhe', '--calendar', ...NOW],
  ['tumangang', '--calendar', '--date', '2020-01'],
  ['heihe', '--timed', ...NOW],
  ['heihe', '--mode', 'train', ...NOW],
  ['khasan', 'tumangang', '--mode', 'bus', ...NOW],
  ['khasan-tumangang', '--mode', 'bus', ...NOW],
  ['--mode', 'bus', '--timed', ...NOW],
  ['--on', '2026-12', '--days', '3'],
  ['--date', '2026-13'],
  ['--until', 'december'],
  ['khasan', 'pyongyang', '--journeys', '--timed', ...NOW],
  ['heihe', '--calendar', '--date', '2026-12', '--days', '40'],
  ['pyongyang', '--calendar', '--date', '2026-12'],
  ['routes'],
  ['stations'],
  ['validate', 'tests/fixtures/i18n', '--now', '2026-12-01T00:00:00Z'],
  ['--help'],
  ['routes', '--help'],
  ['stations', '--help'],
  ['validate', '--help'],
  ['completion', '--help'],
  ['export', '--help'],
  ['--dat', 'x'],
  ['--format', 'xml'],
  ['completion'],
  ['completion', 'tcsh'],
  ['routes', 'extra'],
  ['--days', '3', '--until', '2026-12-09'],
  ['--json', '--format', 'csv'],
  ['--calendar', '--json'],
  ['khasn'],
  ['harbin'],
  ['kha'],
  ['!!!'],
  ['khasan-tumangang', 'tumangang'],
  ['khasan', 'khasan-tumangang'],
  ['--date', '2026-02-30'],
  ['--date', 'someday'],
  ['--date', '2026-12-09', '--until', '2026-12-01'],
  ['--date', '1969-12-31'],
  ['--days', '0'],
  ['--next', 'x'],
  ['--now', 'yesterday'],
  ['--tz', 'Asia/Pyongyng'],
  ['--schedules', 'tests/fixtures/no-such-file.json'],
  ['--schedules', 'tests/fixtures/hostile', 'khasan', ...NOW],
  ['export', 'gtfs', 'tests/fixtures/i18n/routes.json', ...NOW],
];

/** Journeys, on the fixture network that mirrors FACTS (its stations have English names only). */
const JOURNEYS = ['--no-bundled', '--schedules', 'tests/fixtures/journeys', '--now', '2026-12-01T00:00:00Z'];
const JOURNEY_COMMANDS: string[][] = [
  ['moscow', 'beijing', '--date', '2027-01-12', '--days', '1'],
  ['beijing', 'khabarovsk', '--journeys', '--date', '2026-12-01', '--days', '3'],
  ['moscow', 'beijing', '--arrive-by', '2027-01-25'],
  ['--to', 'pyongyang', '--date', '2027-01-19', '--days', '2'],
  ['--to', 'khasan', '--date', '2027-01-19', '--days', '1'],
  ['khasan', 'beijing', '--journeys', '--changes', '0', '--date', '2027-01-19', '--days', '1'],
  ['khasan', '--journeys'],
  ['khasan', 'beijing', '--journeys', '--tz', 'UTC'],
  ['khasan', 'beijing', '--journeys', '--calendar'],
  ['khasan', '--to', 'beijing'],
  ['--to', 'beijing', '--arrive-by', '2027-01-25'],
  ['khasan', 'beijing', '--arrive-by', '2027-01-25', '--days', '3'],
  ['khasan', 'beijing', '--max-wait', '400d'],
];

/** What English output says; none of it may be left in another language's. */
const ENGLISH = [
  /\b(Date|Departs|Arrives|Journey|Service|From → To)\b/,
  /not published|derived from|low confidence|All services|Departures from|times local|times in|a day\b/,
  /No departures?|The next one|None is scheduled|Sources:|Data last checked|also calls here|No service|no scheduled service|No scheduled/,
  /\b(train|bus|road|running|announced|planned|suspended|confidence|daily|each month|until|never runs|From)\b/,
  /\b(Mondays?|Wednesdays?|Fridays?|Mon|Tue|Wed|Thu|Fri|Sat|Sun|Mo|Tu|We|Th|Fr|Sa|Su)\b/,
  /\b(January|December|Jan|Dec)\b/,
  /\d (min|h|d)\b/,
  /a departure on that date|local to the departing station/,
  /\b(Usage|Options|Commands|Arguments|Examples|Exit codes)\b/,
  /display help|output the version|show help|\[options\]|\[command\]|<(day|zone|instant|path|lang)>|\b(query|destination)\b/,
  /files? checked|no problems|\berrors?\b|\bwarnings?\b/,
  /unknown|invalid|expected|did you mean|cannot be used|does not go with|missing required|too many arguments|see railnext/,
  /change at|\bwait\b|works if|works only|\b(sure|possible|direct)\b|\bchanges?\b|arriving by|leaving (on|from)|Arrivals at|Nothing arrives|No journey|journeys? leaves?|or later|a range of dates|at least|not known|at most a year/,
];

/**
 * Options, ids and the values an option takes ("--until", "tumen-road-bridge",
 * the quoted choices of --mode in the help: "train", "bus") are the command
 * line's own words, the same in every language.
 */
const SYNTAX = /--[a-z-]+|\b[a-z0-9]+(-[a-z0-9]+)+\b|"[a-z0-9]+"/g;

function leftovers(text: string): string[] {
  const lines = text.split('\n');
  return ENGLISH.flatMap((pattern) =>
    lines
      .filter((line) => pattern.test(line.replace(SYNTAX, ' ')))
      .map((line) => `${pattern.source.slice(0, 30)}…: ${line}`),
  );
}

describe.each(['ru', 'zh', 'ko'])('--lang %s', (lang) => {
  /** Every English label left in the output of `commands`, each run on `fixture`, with the command that printed it. */
  async function scan(commands: string[][], fixture: string[]): Promise<string[]> {
    const found: string[] = [];
    for (const args of commands) {
      const r = await runMain([...args, ...fixture, '--lang', lang]);
      found.push(...leftovers(r.stdout + r.stderr).map((l) => `${args.join(' ')} → ${l}`));
    }
    return found;
  }

  it('leaves no English label in the table, listings, calendar, help and errors', async () => {
    expect(await scan(COMMANDS, FIXTURE)).toEqual([]);
  });

  it('leaves no English label in journeys, arrivals and their errors', async () => {
    expect(await scan(JOURNEY_COMMANDS, JOURNEYS)).toEqual([]);
  });

  it('the scan would see English: the same commands in English are caught', async () => {
    const r = await runMain([...NOW, ...FIXTURE, '--lang', 'en']);
    expect(leftovers(r.stdout).length).toBeGreaterThan(5);
    const journeys = await runMain([...JOURNEY_COMMANDS[0]!, ...JOURNEYS, '--lang', 'en']);
    expect(leftovers(journeys.stdout).length).toBeGreaterThan(5);
  });
});

describe('the language comes from the environment too', () => {
  const args = ['khasan', '--date', '2026-12-02', '--days', '1', ...FIXTURE];
  it.each([
    [{ LANG: 'ru_RU.UTF-8' }, 'ru'],
    [{ LC_MESSAGES: 'zh_CN.UTF-8', LANG: 'ru_RU.UTF-8' }, 'zh'],
    [{ LC_ALL: 'ko_KR.UTF-8', LANG: 'ru_RU.UTF-8' }, 'ko'],
    [{ RAILNEXT_LANG: 'ru', LANG: 'ko_KR.UTF-8' }, 'ru'],
  ])('%j speaks %s, as --lang would', async (env, lang) => {
    const byEnv = await runMain(args, env);
    const byFlag = await runMain([...args, '--lang', lang]);
    expect(byEnv).toEqual(byFlag);
  });

  it('LC_ALL=C means English whatever LANG says, in ASCII; --lang wins over everything', async () => {
    expect(await runMain(args, { LC_ALL: 'C', LANG: 'ru_RU.UTF-8' })).toEqual(await runMain([...args, '--ascii']));
    expect(await runMain([...args, '--lang', 'en'], { RAILNEXT_LANG: 'ru', LANG: 'ru_RU.UTF-8' })).toEqual(
      await runMain(args),
    );
  });

  it('a RAILNEXT_LANG railnext does not speak is said once on stderr; the locale decides', async () => {
    const r = await runMain(args, { RAILNEXT_LANG: 'fr', LANG: 'ru_RU.UTF-8' });
    expect(r.stderr).toBe(
      'railnext: RAILNEXT_LANG: неизвестный язык «fr» (ожидается en, ru, zh или ko); используется язык локали или английский\n',
    );
    expect(r.stdout).toBe((await runMain([...args, '--lang', 'ru'])).stdout);
  });
});

describe('English pays nothing for the other languages', () => {
  it('an English lookup and listing build no plural rules or list formats', async () => {
    const { vi } = await import('vitest');
    const plural = vi.spyOn(Intl, 'PluralRules');
    const list = vi.spyOn(Intl, 'ListFormat');
    try {
      await runMain(['routes', ...FIXTURE]);
      await runMain([...NOW, ...FIXTURE, '--verbose']);
      expect(plural).not.toHaveBeenCalled();
      expect(list).not.toHaveBeenCalled();
    } finally {
      vi.restoreAllMocks();
    }
  });
});
