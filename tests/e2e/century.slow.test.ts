/**
 * A century of departures through the real bin: drawn whole as a table, streamed
 * in flat memory, and cut short by a reader that goes away. Each run expands
 * every service over a hundred years, so these run with the slow suites
 * (`npm run test:slow`, and in CI), not in `npm test`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { BIN, FROZEN, NODE, TEST_NOW, binEnv, runFrozen } from '../helpers/run-bin.js';

const CENTURY = ['--date', '2025-01-01', '--until', '2124-12-31'];

/** Runs a bash pipeline; stderr ends with the bin's exit status. */
const pipe = (command: string) =>
  spawnSync('bash', ['--norc', '--noprofile', '-c', `${command}; echo "status \${PIPESTATUS[0]}" >&2`], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { PATH: process.env.PATH ?? '' },
  });

describe('long windows', () => {
  it('a century of every service prints as a table on a wide terminal', () => {
    const r = runFrozen(CENTURY, { env: { COLUMNS: '160' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const rows = r.stdout.split('\n').filter((line) => line.startsWith('│ ') && !line.startsWith('│ Date'));
    // The buses without published times are a row per run of days; --expand gives each departure its row.
    expect(rows).toHaveLength(116_302);
    expect(rows.at(-1)).toBe(
      '│ Sun 31 Dec 2124                 │ 17:43       │ Grodekovo → Suifenhe                    │ 17:14             │ 1 h 31 min │ train                             │',
    );
  });
});

describe('the table of a century', () => {
  it('is drawn in flat memory: 16 MB of heap carry every service for a hundred years, a row each', () => {
    const r = spawnSync(NODE, ['--max-old-space-size=16', BIN, ...FROZEN, ...CENTURY, '--expand', '--now', TEST_NOW], {
      encoding: 'utf8',
      env: binEnv({ COLUMNS: '160' }),
      maxBuffer: 1 << 30,
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.split('\n').filter((line) => line.startsWith('│ ') && !line.startsWith('│ Date'))).toHaveLength(
      184_570,
    );
  }, 120_000);
});

describe('--format ndjson', () => {
  it('streams a century in flat memory: 16 MB of heap carry 36,524 daily trains', async () => {
    const child = spawn(
      process.execPath,
      [
        '--max-old-space-size=16',
        BIN,
        ...FROZEN,
        'suifenhe',
        'grodekovo',
        '--date',
        '2026-01-01',
        '--days',
        '36524',
        '--format',
        'ndjson',
      ],
      {
        env: binEnv({ TZ: 'America/Los_Angeles' }),
      },
    );
    let lines = 0;
    let last = '';
    let tail = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const parts = (tail + chunk).split('\n');
      tail = parts.pop()!;
      lines += parts.length;
      if (parts.length) last = parts[parts.length - 1]!;
    });
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(lines).toBe(36524);
    expect(JSON.parse(last).departure.at).toBe('2125-12-31T09:52:00+08:00');
  }, 60_000);
});

describe('a reader that goes away', () => {
  it('`railnext <a century> | head -c 10`: success, nothing on stderr', () => {
    const r = pipe(`"${process.execPath}" "${BIN}" ${CENTURY.join(' ')} | head -c 10`);
    expect(r.stdout).toBe('All servic');
    expect(r.stderr).toBe('status 0\n');
  });

  it('a century table starts at once: the title comes before the rows are counted', async () => {
    const start = Date.now();
    const child = spawn(process.execPath, [BIN, ...CENTURY], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const first = await new Promise<string>((resolve) =>
      child.stdout.once('data', (d: Buffer) => resolve(d.toString())),
    );
    const firstByte = Date.now() - start;
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    // A century has no window in the title: each row carries its year.
    expect([first, code, stderr]).toEqual(['All services\n', 0, '']);
    // Start-up alone; drawing the whole century first took 11 s.
    expect(firstByte).toBeLessThan(3000);
  });

  it.each([['json'], ['ndjson'], ['csv'], ['ics']])(
    'a century of %s | head -1: success, nothing on stderr',
    (format) => {
      const r = pipe(`"${process.execPath}" "${BIN}" ${CENTURY.join(' ')} --format ${format} | head -1 > /dev/null`);
      expect(r.stderr).toBe('status 0\n');
    },
  );
});
