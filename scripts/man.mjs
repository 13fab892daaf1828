/**
 * Writes man/railnext.1 from the built CLI's command declaration (dist/cli.js),
 * the one --help prints: `npm run build` runs it after tsc, so the page cannot
 * describe options the build does not have (see README, "Manual page").
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describeProgram } from '../dist/cli.js';
import { manPage } from '../dist/cli/man.js';

const root = new URL('../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
mkdirSync(new URL('man/', root), { recursive: true });
writeFileSync(
  new URL('man/railnext.1', root),
  manPage(describeProgram(), { version: pkg.version, summary: pkg.description }),
);
