/**
 * Long output on a terminal goes through a pager (issue 19, point 4): the real
 * bin on a real pseudo-terminal of 80 columns and 24 rows, made by util-linux's
 * `script`, with a pager that records what it is given. A pipe, --no-pager and
 * output that fits the screen never page; a pager that cannot run leaves the
 * output on the terminal; quitting the pager early is a clean exit.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, binEnv, FROZEN, NODE, runBin, TEST_NOW } from '../helpers/run-bin.js';

const folder = mkdtempSync(join(tmpdir(), 'railnext-pager-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** A pager that keeps what it reads in $PAGER_OUT, and the LESS it was given in $PAGER_OUT.less. */
const RECORDER = join(folder, 'record-pager');
writeFileSync(RECORDER, '#!/bin/sh\ncat > "$PAGER_OUT"\nprintf %s "$LESS" > "$PAGER_OUT.less"\n');
chmodSync(RECORDER, 0o755);

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`;

/** Whether `script` (util-linux) is here to make a pseudo-terminal. */
const hasScript = spawnSync('script', ['--version']).status === 0;

/**
 * The bin run on a terminal of 80 columns and `rows` rows: what the terminal showed (line ends as the terminal writes
 * them, "\r\n"), the exit code, and what the recording pager got (null when no pager ran).
 */
function onTerminal(args: string[], env: Record<string, string | undefined> = {}, rows = 24) {
  const out = join(folder, `got-${Math.random().toString(36).slice(2)}`);
  const command = [
    `stty rows ${rows} cols 80`,
    `exec ${[NODE, BIN, ...FROZEN, ...args, '--now', TEST_NOW].map(quote).join(' ')}`,
  ].join('; ');
  const result = spawnSync('script', ['-qefc', command, '/dev/null'], {
    encoding: 'utf8',
    env: binEnv({ TZ: 'America/Los_Angeles', TERM: 'xterm', PAGER_OUT: out, ...env }),
    timeout: 60_000,
  });
  return {
    code: result.status,
    screen: result.stdout,
    pagerGot: existsSync(out) ? readFileSync(out, 'utf8') : null,
    less: existsSync(`${out}.less`) ? readFileSync(`${out}.less`, 'utf8') : null,
  };
}

/** What the bin writes for `args` to a pipe, coloured as on a terminal of 80 columns. */
const asOnTerminal = (args: string[]) =>
  runBin([...FROZEN, ...args], { env: { FORCE_COLOR: '1', COLUMNS: '80' } }).stdout;

/** Pyongyang for three months: more lines than 24 rows. */
const LONG = ['pyongyang', '--days', '90'];
/** Khasan for two days: a table that fits the screen. */
const SHORT = ['khasan', '--days', '2'];

describe.skipIf(!hasScript)('the pager', () => {
  it('gets output taller than the terminal, byte for byte, with LESS=FRX', () => {
    const r = onTerminal(LONG, { PAGER: RECORDER });
    expect(r.code).toBe(0);
    const expected = asOnTerminal(LONG);
    expect(expected.split('\n').length).toBeGreaterThan(24);
    expect(r.pagerGot).toBe(expected);
    expect(r.less).toBe('FRX');
    // Nothing but the pager wrote to the terminal.
    expect(r.screen).toBe('');
  });

  it('takes RAILNEXT_PAGER before PAGER, and leaves a LESS the user set', () => {
    const r = onTerminal(LONG, { RAILNEXT_PAGER: RECORDER, PAGER: '/nonexistent/pager', LESS: '-S' });
    expect(r.pagerGot).toBe(asOnTerminal(LONG));
    expect(r.less).toBe('-S');
  });

  it('is not started for output that fits the screen', () => {
    const r = onTerminal(SHORT, { PAGER: RECORDER });
    expect(r.code).toBe(0);
    expect(r.pagerGot).toBeNull();
    expect(r.screen).toBe(asOnTerminal(SHORT).replace(/\n/g, '\r\n'));
  });

  it('is not started with --no-pager', () => {
    const r = onTerminal([...LONG, '--no-pager'], { PAGER: RECORDER });
    expect(r.code).toBe(0);
    expect(r.pagerGot).toBeNull();
    expect(r.screen).toBe(asOnTerminal(LONG).replace(/\n/g, '\r\n'));
  });

  it('is not started when the output goes to a pipe', () => {
    const out = join(folder, 'piped');
    const r = runBin([...FROZEN, ...LONG], { env: { PAGER: RECORDER, PAGER_OUT: out } });
    expect(r.code).toBe(0);
    expect(existsSync(out)).toBe(false);
    expect(r.stdout).toBe(runBin([...FROZEN, ...LONG]).stdout);
  });

  it.each([
    ['not installed', '/nonexistent/pager'],
    ['not runnable by its shell', 'nonexistent-pager "$HOME"'],
  ])('that is %s leaves the output on the terminal, exit 0', (_, pager) => {
    const r = onTerminal(LONG, { PAGER: pager });
    expect(r.code).toBe(0);
    expect(r.screen.endsWith(asOnTerminal(LONG).replace(/\n/g, '\r\n'))).toBe(true);
    expect(r.screen).not.toContain('railnext:');
  });

  it('that its shell cannot run, given more than a pipe holds, leaves the whole output on the terminal', () => {
    // The writes fail part way (EPIPE) here: what was held, sent and not yet sent must all reach the terminal.
    const huge = ['pyongyang', '--days', '3000'];
    const r = onTerminal(huge, { PAGER: 'nonexistent-pager "$HOME"' });
    expect(r.code).toBe(0);
    expect(r.screen.endsWith(asOnTerminal(huge).replace(/\n/g, '\r\n'))).toBe(true);
  });

  it('quit before the end (the reader goes away) is a clean exit 0', () => {
    const r = onTerminal(['pyongyang', '--days', '3000'], { PAGER: 'head -3' });
    expect(r.code).toBe(0);
    expect(r.screen.split('\r\n').slice(0, 4)).toEqual([
      '\u001b[1m\u001b[36mDepartures from Pyongyang\u001b[39m\u001b[22m',
      '┌─────────────────┬─────────┬──────────────┬──────────┬─────────┬──────────────┐',
      expect.stringContaining('Date'),
      '',
    ]);
    expect(r.screen).not.toContain('railnext:');
  });
});
