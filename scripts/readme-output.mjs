#!/usr/bin/env node
/**
 * Rewrites the output the README shows after each `$ railnext …` line that the
 * tests hold to the bin (tests/e2e/layout.test.ts, readme-formats.test.ts,
 * languages.test.ts), from the built bin and the bundled schedules. Run it
 * after `npm run build` when the data changes: `node scripts/readme-output.mjs`.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const README = `${ROOT}README.md`;
const BIN = `${ROOT}bin/railnext.cjs`;
/** The instant the README's examples are taken at, unless the command names its own. */
const NOW = '2026-11-22T06:00:00Z';

/** The commands whose output the tests compare, and the terminal each is shown on. */
const COMMANDS = [
  ['railnext', {}],
  ['railnext khasan --date 2026-12-01 --days 7', {}],
  ['COLUMNS=50 railnext khasan --date 2026-12-01 --days 7', {}],
  ['LANG=C railnext suifenhe grodekovo --date 2026-12-01 --days 2', {}],
  ['railnext zabaikalsk --date 2026-12-06 --days 4', {}],
  ['railnext khasan --date 2026-12-01 --days 3 --format csv', {}],
  ['railnext khasan --date 2026-12-01 --days 2 --format ics', {}],
  ['railnext khasan --calendar --date 2027-01', {}],
  ['railnext moscow beijing --date 2027-01-12 --days 1', { COLUMNS: '160' }],
  ['railnext khasan --date 2026-12-01 --days 7 --lang ru --now 2026-11-22T06:00:00Z', {}],
];

let readme = readFileSync(README, 'utf8');
for (const [command, extra] of COMMANDS) {
  const [, variable, value] = /^(?:(\w+)=(\S+) )?railnext/.exec(command);
  const args = command.replace(/^(\w+=\S+ )?railnext ?/, '').split(' ').filter(Boolean);
  if (!args.includes('--now')) args.push('--now', NOW);
  const env = { PATH: process.env.PATH ?? '', TZ: 'America/Los_Angeles', ...extra, ...(variable ? { [variable]: value } : {}) };
  const r = spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${command}: exit ${r.status}: ${r.stderr}`);
  const start = readme.indexOf(`$ ${command}\n`);
  if (start < 0) throw new Error(`README does not show "$ ${command}"`);
  const from = start + command.length + 3;
  readme = readme.slice(0, from) + r.stdout.replace(/\r\n/g, '\n') + readme.slice(readme.indexOf('```', from));
}
writeFileSync(README, readme);
