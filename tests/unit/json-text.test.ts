import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateKeys, findSyntaxError, valueLines } from '../../src/input/json-text.js';

describe('findSyntaxError: where JSON goes wrong, counted from 1 as editors do', () => {
  it.each([
    ['{\n  "a": 1,\n}', { line: 3, column: 1, message: 'trailing comma before "}"' }],
    ['{"a" 1}', { line: 1, column: 6, message: 'unexpected "1" (expected ":" after the key "a")' }],
    ['{"a": 1 "b": 2}', { line: 1, column: 9, message: 'unexpected """ (expected "," or "}")' }],
    ['{a: 1}', { line: 1, column: 2, message: 'unexpected "a" (expected a "quoted" key)' }],
    ['{"a": "b', { line: 1, column: 7, message: 'unterminated string' }],
    [
      '{"a": "x\ty"}',
      { line: 1, column: 9, message: 'control character U+0009 inside a string (write it as an escape such as \\n)' },
    ],
    ['{"a": "\\x"}', { line: 1, column: 8, message: 'bad escape "\\x" in a string' }],
    ['{"a": tru}', { line: 1, column: 7, message: 'unexpected "t" (expected a value)' }],
    ['{"a": 1}\n{"b": 2}', { line: 2, column: 1, message: 'unexpected "{" after the end of the JSON value' }],
    ['[1, 2', { line: 1, column: 6, message: 'unexpected end of the file (expected "," or "]")' }],
    ["{'a': 1}", { line: 1, column: 2, message: 'unexpected "\'" (expected a "quoted" key)' }],
    ['{\r"a": 1,\r}', { line: 3, column: 1, message: 'trailing comma before "}"' }],
    ['{\r\n"a": 1,\r\n}', { line: 3, column: 1, message: 'trailing comma before "}"' }],
  ])('%j', (text, expected) => {
    expect(() => JSON.parse(text)).toThrow();
    expect(findSyntaxError(text)).toEqual(expected);
  });

  it('finds nothing wrong in JSON that JSON.parse accepts', () => {
    for (const text of [
      '{}',
      '[]',
      '"x"',
      '-1.5e3',
      '{"a": [1, {"b": null}], "c": "\\u00e9\\n"}',
      ' \n{ "__proto__": 1 } \n',
    ]) {
      expect(JSON.parse(text)).toBeDefined();
      expect(findSyntaxError(text)).toBeUndefined();
    }
  });

  it('does not overflow the stack on deep nesting', () => {
    expect(findSyntaxError('['.repeat(200_000))).toMatchObject({ line: 1, column: 200_001 });
  });
});

describe('valueLines: the line of each value by JSON pointer', () => {
  it('maps pointers, escaping "/" and "~" in keys', () => {
    const text = '{\n  "a/b": [\n    1,\n    { "~x": true }\n  ]\n}';
    expect([...valueLines(text)]).toEqual([
      ['', 1],
      ['/a~1b', 2],
      ['/a~1b/0', 3],
      ['/a~1b/1', 4],
      ['/a~1b/1/~0x', 4],
    ]);
  });
});

describe('duplicateKeys: a key given twice in one object', () => {
  it('names each later occurrence with its line and the first one', () => {
    const text = '{\n  "a": 1,\n  "b": {"c": 1, "c": 2},\n  "a": 3,\n  "d": [{"a": 1}, {"a": 2}]\n}';
    expect(JSON.parse(text).a).toBe(3);
    expect(duplicateKeys(text)).toEqual([
      { pointer: '/b/c', line: 3, firstLine: 3 },
      { pointer: '/a', line: 4, firstLine: 2 },
    ]);
  });

  it('points into arrays and escapes keys as RFC 6901 asks', () => {
    const text = '{"routes": [{"id": 1}, {"x/y~": {"s": [0, {"t": 1,\n"t": 2}]}}]}';
    expect(duplicateKeys(text)).toEqual([{ pointer: '/routes/1/x~1y~0/s/1/t', line: 2, firstLine: 1 }]);
  });
});

describe("readSchedules with textChecks: 'none' (what completion reads) and 'user' (a lookup)", () => {
  it('builds the same catalogue, leaving out only the problems found by scanning the text', async () => {
    const { readSchedules } = await import('../../src/input/schedule-files.js');
    const dir = mkdtempSync(join(tmpdir(), 'railnext-text-checks-'));
    try {
      // A station given its name twice, the last one winning, and lines ending in a lone CR.
      const file = join(dir, 'twice.json');
      writeFileSync(
        file,
        '{"stations": [{"id": "east", "name": "East", "name": "East Pier", "aliases": [], "country": "CN", "timeZone": "Asia/Shanghai"}]}\r{}'.replace(
          '\r{}',
          '\r',
        ),
      );
      const sources = { bundled: false, groups: [{ layer: 'command line', paths: ['tests/fixtures/frozen', file] }] };
      const full = readSchedules(sources);
      const names = readSchedules(sources, { textChecks: 'none' });
      expect(full.problems.map((p) => p.message)).toEqual([
        'the key "name" is given twice in one object (first at line 1); only the last would count',
        'line 1 ends with a carriage return alone (old Mac line endings); lines are counted at each one, but save the file with LF or CRLF',
      ]);
      expect(names.problems).toEqual([]);
      expect(names.catalog).toEqual(full.catalog);
      expect(names.catalog.stations.find((s) => s.id === 'east')?.name).toBe('East Pier');

      // A lookup scans the user's files, not the bundled ones (validate and the tests scan those).
      const bundled = { bundled: true, groups: [] };
      expect(readSchedules(bundled, { textChecks: 'user' }, dir).problems).toEqual([]);
      expect(readSchedules(bundled, {}, dir).problems.map((p) => p.file)).toEqual([
        'schedules/twice.json',
        'schedules/twice.json',
      ]);
      expect(readSchedules(sources, { textChecks: 'user' }).problems.map((p) => p.message)).toEqual(
        full.problems.map((p) => p.message),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
