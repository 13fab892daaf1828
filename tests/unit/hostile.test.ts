/**
 * Hostile and broken input ends in one clear line and the documented exit
 * code: never a stack trace, a polluted prototype or a raw escape sequence.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCatalog } from '../../src/input/catalog.js';
import { MAX_FILE_BYTES } from '../../src/input/schedule-files.js';
import { DataError } from '../../src/errors.js';
import { BUNDLED_FILES, CHECK_DAY_NOW } from '../helpers/bundled.js';
import { runMain } from '../helpers/fake-io.js';

const NOW = CHECK_DAY_NOW;
const tmp = mkdtempSync(join(tmpdir(), 'railnext-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('files that are not schedules', () => {
  it('refuses a file over 5 MiB from its size alone (a 10 GiB sparse file is never read)', async () => {
    const path = join(tmp, 'huge.json');
    writeFileSync(path, '');
    truncateSync(path, 10 * 1024 ** 3);
    const r = await runMain(['validate', path, ...NOW]);
    expect(r.stdout).toBe(
      `${path}: is 10240.0 MiB; schedule files are limited to 5 MiB\n${BUNDLED_FILES + 1} files checked: 1 error, 0 warnings.\n`,
    );
    expect(r.code).toBe(3);
    expect(MAX_FILE_BYTES).toBe(5 * 1024 * 1024);
  });

  it('refuses a string longer than the limit, naming its length', async () => {
    const path = join(tmp, 'long.json');
    writeFileSync(
      path,
      JSON.stringify({ stations: [{ id: 'x', name: 'n'.repeat(5000), country: 'KP', timeZone: 'Asia/Pyongyang' }] }),
    );
    const r = await runMain(['stations', '--schedules', path]);
    expect(r).toEqual({
      code: 3,
      stdout: '',
      stderr: `railnext: ${path}:/stations/0/name: is 5000 characters long; at most 200 are allowed (line 1)\n`,
    });
  });

  it('refuses a path that is not there and a folder with no *.json file, as usage errors', async () => {
    expect(await runMain(['--schedules', join(tmp, 'missing.json')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `railnext: schedules: no such file or folder "${join(tmp, 'missing.json')}"\n`,
    });
    const empty = mkdtempSync(join(tmp, 'empty-'));
    expect((await runMain(['validate', empty])).stderr).toBe(
      `railnext: schedules: no *.json files in the folder "${empty}"\n`,
    );
  });

  it('survives ten thousand nested brackets', async () => {
    const path = join(tmp, 'deep.json');
    writeFileSync(path, `{"stations": ${'['.repeat(10_000)}${']'.repeat(10_000)}}`);
    const r = await runMain(['validate', path, ...NOW]);
    expect(r.code).toBe(3);
    expect(r.stdout.split('\n')[0]).toBe(`${path}:/stations/0: expected an object, got an array (line 1)`);
  });

  it('refuses a device, and binary garbage, in one line each', async () => {
    expect((await runMain(['validate', '/dev/null', ...NOW])).stdout).toBe(
      `/dev/null: is not a regular file\n${BUNDLED_FILES + 1} files checked: 1 error, 0 warnings.\n`,
    );
    const path = join(tmp, 'garbage.json');
    writeFileSync(path, Buffer.from([0x1b, 0x5b, 0x32, 0x4a, 0xff, 0x00, 0x9b]));
    const r = await runMain(['--schedules', path, ...NOW]);
    expect(r).toEqual({
      code: 3,
      stdout: '',
      stderr: `railnext: ${path}: invalid UTF-8 at line 1, column 5 (byte offset 4: 0xFF); save the file as UTF-8\n`,
    });
  });

  it('reads a file named twice only once', async () => {
    expect(
      await runMain(['validate', 'tests/fixtures/user', 'tests/fixtures/user/extra.json', ...NOW], {
        RAILNEXT_SCHEDULES: 'tests/fixtures/user',
      }),
    ).toEqual({
      code: 0,
      stdout: `${BUNDLED_FILES + 1} files checked: no problems.\n`,
      stderr: '',
    });
  });

  it('accepts a UTF-8 byte-order mark', async () => {
    const path = join(tmp, 'bom.json');
    writeFileSync(
      path,
      `\uFEFF${JSON.stringify({ stations: [{ id: 'chongjin', name: 'Chongjin', country: 'KP', timeZone: 'Asia/Pyongyang' }] })}`,
    );
    expect((await runMain(['validate', path, ...NOW])).code).toBe(0);
  });
});

describe('text that JSON.parse accepts but a person did not mean', () => {
  const station = (extra: string) =>
    `{"stations": [\n  {"id": "rason", "name": "Rason",${extra} "country": "KP", "timeZone": "Asia/Pyongyang"}\n]}`;

  it('reports a key given twice, with both lines, since JSON keeps only the last', async () => {
    const path = join(tmp, 'twice.json');
    writeFileSync(
      path,
      '{\n  "stations": [\n    {"id": "rason", "name": "Rason",\n     "name": "Rajin", "country": "KP", "timeZone": "Asia/Pyongyang"}\n  ]\n}\n',
    );
    expect(await runMain(['validate', '--no-bundled', path, ...NOW])).toEqual({
      code: 3,
      stdout: `${path}:/stations/0/name: the key "name" is given twice in one object (first at line 3); only the last would count (line 4)\n1 file checked: 1 error, 0 warnings.\n`,
      stderr: '',
    });
  });

  it('reports bytes that are not UTF-8 with their line and column, instead of reading U+FFFD', async () => {
    const path = join(tmp, 'latin1.json');
    const text = Buffer.from(station(''), 'utf8');
    const at = text.indexOf('Rason') + 1;
    text[at] = 0xe1; // "Rá…" as Latin-1 would write it, alone: not UTF-8
    writeFileSync(path, text);
    expect(await runMain(['validate', '--no-bundled', path, ...NOW])).toEqual({
      code: 3,
      stdout: `${path}: invalid UTF-8 at line 2, column 29 (byte offset 43: 0xE1); save the file as UTF-8\n1 file checked: 1 error, 0 warnings.\n`,
      stderr: '',
    });
  });

  it('does not mistake a real U+FFFD for a bad byte', async () => {
    const path = join(tmp, 'replacement.json');
    writeFileSync(path, station(' "notes": ["\uFFFD"],'));
    expect((await runMain(['validate', '--no-bundled', path, ...NOW])).code).toBe(0);
  });

  it('counts lines ended by a lone CR, and warns about them', async () => {
    const path = join(tmp, 'mac.json');
    writeFileSync(
      path,
      '{\r  "stations": [\r    {"id": "rason", "name": "Rason", "country": "KP",\r     "timeZone": "Asia/Nowhere"}\r  ]\r}\r',
    );
    const r = await runMain(['validate', '--no-bundled', path, ...NOW]);
    expect(r.stdout.split('\n').slice(0, 2)).toEqual([
      `${path}: warning: line 1 ends with a carriage return alone (old Mac line endings); lines are counted at each one, but save the file with LF or CRLF`,
      expect.stringMatching(new RegExp(`^${path.replace(/[.]/g, '\\.')}:/stations/0/timeZone: .*\\(line 4\\)$`)),
    ]);
    expect(r.code).toBe(3);
  });
});

describe('prototype pollution', () => {
  it('keeps __proto__, constructor and prototype keys as data, and reports them as unknown fields', () => {
    const data = JSON.parse(
      '{"__proto__": {"polluted": "yes"}, "constructor": {"prototype": {"polluted": "yes"}}, "stations": [{"id": "x", "name": "X", "country": "KP", "timeZone": "Asia/Pyongyang", "__proto__": {"polluted": "yes"}}]}',
    );
    let error: unknown;
    try {
      buildCatalog([{ file: 'evil.json', data }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).problems).toEqual([
      'evil.json:/__proto__: unknown field "__proto__"',
      'evil.json:/constructor: unknown field "constructor"',
      'evil.json:/stations/0/__proto__: unknown field "__proto__"',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads no inherited value: a station without "constructor" or "toString" keys is not given them', () => {
    const catalog = buildCatalog([
      {
        file: 'ok.json',
        data: { stations: [{ id: 'constructor', name: 'toString', country: 'KP', timeZone: 'Asia/Pyongyang' }] },
      },
    ]);
    expect(catalog.stations.map((s) => [s.id, s.name, s.aliases])).toEqual([['constructor', 'toString', []]]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('escape sequences in schedule text', () => {
  const FILE = 'tests/fixtures/hostile/escapes.json';
  const ESC = '\u001b';

  it('never reach the terminal raw in a lookup', async () => {
    const r = await runMain(['khasan', 'chongjin', '--schedules', FILE, '--date', '2026-12-01', '--days', '1']);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain(ESC);
    expect(r.stdout).not.toContain('\u202e');
    expect(r.stdout).toContain('Khasan → Chongjin\\u{1b}[2J\\u{1b}]0;pwned\\u{7}');
    expect(r.stdout).toContain('bus 7\\u{1b}[4m');
  });

  it('never reach the terminal raw in routes and stations', async () => {
    for (const command of ['routes', 'stations']) {
      const r = await runMain([command, '--schedules', FILE]);
      expect(r.code).toBe(0);
      expect(r.stdout).not.toContain(ESC);
    }
    expect((await runMain(['stations', '--schedules', FILE], { COLUMNS: '200' })).stdout).toContain(
      'chongjin          Chongjin\\u{1b}[2J\\u{1b}]0;pwned\\u{7}, KP, Asia/Pyongyang',
    );
    expect((await runMain(['routes', '--schedules', FILE], { COLUMNS: '200' })).stdout).toContain(
      '  Bidi \\u{202e}evil\\u{1b}[0m',
    );
  });

  it('are escaped in JSON output', async () => {
    const r = await runMain(['stations', '--json', '--schedules', FILE]);
    expect(r.stdout).not.toContain(ESC);
    expect(JSON.parse(r.stdout).stations.at(-1).name).toBe(`Chongjin${ESC}[2J${ESC}]0;pwned\u0007`);
  });

  it('are shown, not obeyed, in error messages and usage errors', async () => {
    const path = join(tmp, 'esc-error.json');
    writeFileSync(
      path,
      JSON.stringify({ stations: [{ id: 'x', name: `X${ESC}[2J`, country: 'KP', timeZone: `Asia/${ESC}[2J` }] }),
    );
    const bad = await runMain(['--schedules', path]);
    expect(bad.code).toBe(3);
    expect(bad.stderr).toBe(
      `railnext: ${path}:/stations/0/timeZone: unknown time zone "Asia/\\u001b[2J" (expected an IANA zone such as Asia/Vladivostok) (line 1)\n`,
    );
    const unknown = await runMain([`kh${ESC}[2J`]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).not.toContain(ESC);
    const option = await runMain([`--x${ESC}[2J`]);
    expect(option.code).toBe(2);
    expect(option.stderr).toBe("railnext: unknown option '--x\\u{1b}[2J' (see railnext --help)\n");
  });
});

describe('hostile command lines', () => {
  it('refuses a window of 10,000 years', async () => {
    expect(await runMain(['--days', '3652425', ...NOW])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'railnext: --days: expected a whole number from 1 to 365243, got "3652425"\n',
    });
    expect(await runMain(['--date', '2026-01-01', '--until', '9000-01-01', ...NOW])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'railnext: the window from 2026-01-01 to 9000-01-01 is longer than 1000 years (365243 days)\n',
    });
    // Its own --now, not the data's check day: the window's first day is in the message.
    expect((await runMain(['--until', '+999999', '--now', '2026-11-27T06:00:00Z'])).stderr).toBe(
      'railnext: the window from 2026-11-27 to 4764-10-23 is longer than 1000 years (365243 days)\n',
    );
  });

  it('refuses 2026-02-30 and an unknown zone', async () => {
    expect(await runMain(['--date', '2026-02-30', ...NOW])).toEqual({
      code: 2,
      stdout: '',
      stderr: 'railnext: --date: invalid day "2026-02-30" (no such date)\n',
    });
    expect((await runMain(['--tz', 'Mars/Olympus', ...NOW])).stderr).toBe(
      'railnext: --tz: unknown time zone "Mars/Olympus" (expected an IANA zone such as Asia/Vladivostok, or local)\n',
    );
  });
});
