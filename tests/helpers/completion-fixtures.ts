/** What the completion tests share: the schedules they name, the words they expect, and a folder to complete in. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ENV = { RAILNEXT_SCHEDULES: 'tests/fixtures/frozen' };
export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'ics'];
export const COMMANDS = ['routes', 'stations', 'validate', 'completion', 'export', 'help'];
export const ROUTES_OPTIONS = [
  '--json',
  '--no-color',
  '--ascii',
  '--now',
  '--schedules',
  '--no-bundled',
  '--lang',
  '--help',
];
export const VALIDATE_OPTIONS = ['--json', '--now', '--schedules', '--no-bundled', '--lang', '--help'];

/** A new folder for file and folder completion: feeds/ and notes/, my file.json and plain.txt. */
export function completionFolder(): string {
  const files = mkdtempSync(join(tmpdir(), 'railnext-complete-'));
  mkdirSync(join(files, 'feeds'));
  mkdirSync(join(files, 'notes'));
  writeFileSync(join(files, 'my file.json'), '{}');
  writeFileSync(join(files, 'plain.txt'), '');
  return files;
}
