/**
 * Honest ranges and messages: every date option takes the range `--date`
 * takes, and a file that is not UTF-8 is named by its encoding, with the
 * byte offset, in every language.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const temporary: string[] = [];
/** A folder this file made, removed after its tests. */
const made = (dir: string): string => (temporary.push(dir), dir);
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
import { runBin } from '../helpers/run-bin.js';

const OUTSIDE = (first: string, last: string) =>
  `railnext: the window from ${first} to ${last} goes outside the dates railnext covers, 1970-01-01 to 9998-12-31\n`;

describe('every date option takes the same range', () => {
  it.each([
    ['--date', ['khasan', '--date', '9999-12-31'], OUTSIDE('9999-12-31', '10000-01-13')],
    ['--date', ['khasan', '--date', '1969-12-31'], OUTSIDE('1969-12-31', '1970-01-13')],
    ['--until', ['khasan', '--until', '9999-12-31'], OUTSIDE('2026-11-27', '9999-12-31')],
    ['--on', ['khasan', '--on', '1969-12-31'], OUTSIDE('1969-12-31', '1969-12-31')],
    ['--arrive-by', ['moscow', 'beijing', '--arrive-by', '9999-12-31'], OUTSIDE('9999-12-31', '9999-12-31')],
    ['--arrive-by', ['moscow', 'beijing', '--arrive-by', '1969-12-31'], OUTSIDE('1969-12-31', '1969-12-31')],
    ['--arrive-by a month', ['moscow', 'beijing', '--arrive-by', '9999-12'], OUTSIDE('9999-12-01', '9999-12-31')],
    [
      '--arrive-by a count of days',
      ['moscow', 'beijing', '--arrive-by', '+2', '--now', '9998-12-31T12:00:00Z'],
      OUTSIDE('9999-01-02', '9999-01-03'),
    ],
    [
      'export --date',
      ['export', 'gtfs', 'never-written', '--date', '9999-12-31'],
      OUTSIDE('9999-12-31', '10000-12-29'),
    ],
  ])('%s outside: refused in one line, exit 2', (_name, args, stderr) => {
    expect(runBin(args)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('--arrive-by on the last and first dates covered is a plan, not a refusal', () => {
    const last = runBin(['moscow', 'beijing', '--arrive-by', '9998-12-31']);
    expect([last.code, last.stderr, last.stdout.split('\n')[0]]).toEqual([
      0,
      '',
      'Moscow (Yaroslavsky station) → Beijing, arriving by 9998-12-31  (times local to',
    ]);
    const first = runBin(['moscow', 'beijing', '--arrive-by', '1970-01-01']);
    expect([first.code, first.stderr]).toEqual([1, '']);
  });
});

describe('a file that is not UTF-8 is named by its encoding, with the byte offset', () => {
  const dir = made(mkdtempSync(join(tmpdir(), 'railnext-encodings-')));
  const json = '{"stations": []}';
  const write = (name: string, bytes: Buffer) => {
    const path = join(dir, name);
    writeFileSync(path, bytes);
    return path;
  };
  const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
  const FILES: [name: string, bytes: Buffer, message: string][] = [
    [
      'utf16le-bom.json',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')]),
      'is UTF-16 (little-endian, with a byte-order mark: bytes 0-1 are FF FE), not UTF-8; save the file as UTF-8',
    ],
    [
      'utf16le.json',
      Buffer.from(json, 'utf16le'),
      'is UTF-16 (little-endian, without a byte-order mark: bytes 0-1 are 7B 00), not UTF-8; save the file as UTF-8',
    ],
    [
      'utf16be-bom.json',
      Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be(json)]),
      'is UTF-16 (big-endian, with a byte-order mark: bytes 0-1 are FE FF), not UTF-8; save the file as UTF-8',
    ],
    [
      'utf16be.json',
      utf16be(json),
      'is UTF-16 (big-endian, without a byte-order mark: bytes 0-1 are 00 7B), not UTF-8; save the file as UTF-8',
    ],
    // "Хасан" cut after the first byte of its "Х": the file ends inside the character.
    [
      'cut.json',
      Buffer.from('{"stations": [{"id": "\u0425').subarray(0, -1),
      'ends inside a UTF-8 character at line 1, column 23 (byte offset 22: 0xD0 begins a 2-byte character, the file ends 1 byte into it); the file was cut short',
    ],
    [
      'cut-3.json',
      Buffer.from('{"stations": [{"id": "\u4e39').subarray(0, -1),
      'ends inside a UTF-8 character at line 1, column 23 (byte offset 22: 0xE4 begins a 3-byte character, the file ends 2 bytes into it); the file was cut short',
    ],
  ];
  const SUMMARY = {
    en: '1 file checked: 1 error, 0 warnings.',
    ru: 'Проверен 1 файл: 1 ошибка, 0 предупреждений.',
    zh: '已检查 1 个文件：1 个错误，0 个警告。',
    ko: '파일 1개 검사: 오류 1개, 경고 0개.',
  };

  it.each(FILES)('%s', (name, bytes, message) => {
    const path = write(name, bytes);
    for (const [lang, summary] of Object.entries(SUMMARY)) {
      expect(runBin(['--no-bundled', 'validate', path, '--lang', lang])).toEqual({
        code: 3,
        stdout: `${path}: ${message}\n${summary}\n`,
        stderr: '',
      });
    }
    expect(runBin(['--no-bundled', '--schedules', path, 'khasan'])).toEqual({
      code: 3,
      stdout: '',
      stderr: `railnext: ${path}: ${message}\n`,
    });
  });
});
