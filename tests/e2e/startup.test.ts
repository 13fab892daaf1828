/**
 * What the bin loads: Node's child_process and v8 modules pull in stream and
 * more, so the bundle requires them on first use (scripts/bundle.mjs). A
 * lookup of a week loads neither; a long window loads v8 to keep V8's young
 * generation small (src/cli/heap.ts), which `npm run bench` measures.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BIN, binEnv, FROZEN, NODE } from '../helpers/run-bin.js';

/** The built-in modules a run of the bin loaded, as Node lists them at exit. */
function builtinsLoaded(args: string[]): string[] {
  const report =
    "process.on('exit', () => process.stderr.write('loaded=' + process.moduleLoadList.filter((m) => m.startsWith('NativeModule ')).map((m) => m.slice(13)).join(',') + '\\n'))";
  const r = spawnSync(
    NODE,
    [
      '-e',
      `${report}; process.argv.splice(1, 0, ${JSON.stringify(BIN)}); require(${JSON.stringify(BIN)})`,
      '--',
      ...args,
    ],
    { env: binEnv({ NO_COLOR: '1' }), encoding: 'utf8' },
  );
  expect(r.status).toBe(0);
  return /loaded=(.*)/.exec(r.stderr)![1]!.split(',');
}

describe('what a start loads', () => {
  it('a week of departures, as a table or JSON: neither child_process nor v8, nor os where HOME is set', () => {
    for (const format of [[], ['--json']]) {
      const loaded = builtinsLoaded([...FROZEN, 'khasan', '--date', '2026-12-01', '--days', '7', ...format]);
      expect(loaded).toContain('fs');
      expect(loaded.filter((m) => m === 'child_process' || m === 'v8' || m === 'os')).toEqual([]);
    }
  });

  it('a window longer than a month: v8, to keep the young generation small', () => {
    expect(builtinsLoaded([...FROZEN, 'khasan', '--date', '2026-12-01', '--days', '32', '--json'])).toContain('v8');
    expect(builtinsLoaded([...FROZEN, 'khasan', '--date', '2026-12-01', '--days', '31', '--json'])).not.toContain('v8');
  });

  it('a bundle in ASCII, which the loader reads as Latin-1: every character outside it written as an escape', () => {
    const bundle = readFileSync(new URL('../../dist/bundle.js', import.meta.url));
    expect(bundle.findIndex((byte) => byte > 0x7f)).toBe(-1);
    // The line breakers' CJK punctuation, in a regular expression, escaped: and still breaking where it should.
    expect(bundle.toString('latin1')).toContain('\\u3002');
    const r = spawnSync(
      NODE,
      [
        BIN,
        ...FROZEN,
        'khasan',
        '--lang',
        'zh',
        '--date',
        '2026-12-01',
        '--days',
        '3',
        '--now',
        '2026-11-27T00:00:00Z',
      ],
      { env: binEnv({ NO_COLOR: '1', COLUMNS: '50' }), encoding: 'utf8' },
    );
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      '出发站：Khasan, 2026年12月1日 – 2026年12月3日',
      '当地时间：UTC+9 Tumangang；UTC+10 Khasan。',
      '下一班 5天6小时后发车：2026年12月2日周三 15:30',
    ]);
  });
});
