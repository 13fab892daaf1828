/** What `npm run bench` writes into docs/performance.md, and what it leaves alone there. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { benchResults, END, START, withBenchResults } from '../../scripts/performance-page.mjs';

const page = readFileSync('docs/performance.md', 'utf8');

describe('the performance page', () => {
  const results = benchResults({
    started: new Date('2026-12-08T01:02:00Z'),
    ended: new Date('2026-12-08T01:14:30Z'),
    loads: [0.52, 1.234],
    nodes: [
      { version: 'v20.20.2', tz: '2025c' },
      { version: 'v24.22.3', tz: '2026e' },
    ],
    cpu: 'AMD EPYC 7B13',
    cpus: 2,
    runs: 30,
    rows: [
      { what: 'Node 20: `node -e 0`', value: '109.7 ms (99.4–133.4)', budget: '', ok: true },
      { what: 'Node 20: `railnext khasan`', value: '187.9 ms (172.7–213.4) = 1.71×', budget: '≤ 1.5×', ok: false },
    ],
  });

  it('gets a run as a line saying when, where and under which Nodes, then its table', () => {
    expect(results).toBe(
      [
        'Measured by `npm run bench` on 2026-12-08 from 01:02 to 01:14 UTC on 2 × AMD EPYC 7B13, at a load average of 0.5 at the start and 1.2 at the end, under Node 20.20.2 (tz 2025c) and Node 24.22.3 (tz 2026e), 30 rounds:',
        '',
        '| measurement | median (min–max) | budget | |',
        '|---|---|---|---|',
        '| Node 20: `node -e 0` | 109.7 ms (99.4–133.4) |  | ok |',
        '| Node 20: `railnext khasan` | 187.9 ms (172.7–213.4) = 1.71× | ≤ 1.5× | MISSED |',
      ].join('\n'),
    );
  });

  it('replaces what is between its markers and keeps the hand-written text around them, byte for byte', () => {
    const written = withBenchResults(page, results);
    expect(written.slice(0, written.indexOf(START))).toBe(page.slice(0, page.indexOf(START)));
    expect(written.slice(written.indexOf(END))).toBe(page.slice(page.indexOf(END)));
    expect(written).toContain(`${START}\n${results}\n${END}`);
    expect(withBenchResults(written, results)).toBe(written);
    expect(page.slice(page.indexOf(START) + START.length, page.indexOf(END))).toMatch(
      /^\nMeasured by `npm run bench` on [\s\S]*\n\| measurement \| median \(min–max\) \| budget \| \|\n[\s\S]*\|\n$/,
    );
  });

  it('refuses a page that lost its markers rather than writing somewhere', () => {
    expect(() => withBenchResults(page.replace(END, ''), results)).toThrow(/has no/);
  });
});
