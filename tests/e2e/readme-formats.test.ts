import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.js';

const README = readFileSync(fileURLToPath(new URL('../../README.md', import.meta.url)), 'utf8');

/** The text the README shows after a `$ railnext …` line, up to the end of its code block. */
function shownAfter(command: string): string {
  const start = README.indexOf(`$ ${command}\n`);
  expect(start, `README shows "$ ${command}"`).toBeGreaterThan(-1);
  const from = start + command.length + 3;
  return README.slice(from, README.indexOf('```', from));
}

const args = (command: string) => command.replace(/^railnext /, '').split(' ');
const NOW = ['--now', '2026-11-22T06:00:00Z'];

describe('the README shows what the bin prints', () => {
  it.each(['railnext khasan --date 2026-12-01 --days 3 --format csv', 'railnext khasan --date 2026-12-01 --days 2 --format ics', 'railnext khasan --calendar --date 2027-01'])('%s', async (command) => {
    expect((await runCli([...args(command), ...NOW])).stdout.replace(/\r\n/g, '\n')).toBe(shownAfter(command));
  });

  it('railnext moscow beijing --date 2027-01-12 --days 1, on a terminal of 160 columns and, stacked, of 80', async () => {
    const command = 'railnext moscow beijing --date 2027-01-12 --days 1';
    expect((await runCli([...args(command), ...NOW], { env: { COLUMNS: '160' } })).stdout).toBe(shownAfter(command));
    const stacked = (await runCli([...args(command), ...NOW], { env: { COLUMNS: '80' } })).stdout.split('\n').slice(3, 12).join('\n');
    expect(stacked.startsWith('Journey 1 · possible')).toBe(true);
    expect(README).toContain(`\n${stacked}\n\`\`\``);
  });

  it('railnext export gtfs feed --date 2026-12-01 --days 60', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'railnext-readme-'));
    const r = await runCli(['export', 'gtfs', join(dir, 'feed'), '--date', '2026-12-01', '--days', '60'], { env: {} });
    const shown = shownAfter('railnext export gtfs feed --date 2026-12-01 --days 60');
    const [said, files] = shown.split('$ cat feed/stop_times.txt\n') as [string, string];
    expect(r.stdout.replace(join(dir, 'feed'), 'feed')).toBe(said);
    expect(readFileSync(join(dir, 'feed', 'stop_times.txt'), 'utf8').replace(/\r\n/g, '\n')).toBe(files);
  });
});
