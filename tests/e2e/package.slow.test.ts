/**
 * The package as npm would publish it: packed, installed into a scratch project, then
 * required, imported and run from there, the way a user or a script meets it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { binEnv } from '../helpers/run-bin.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';
let scratch = '';
let packed: string[] = [];
let tarball = '';

/** A self-contained schedule: two stations and a ferry on odd days, so the test owes nothing to the bundled data. */
const FERRY = {
  lastChecked: '2026-11-27',
  stations: [
    { id: 'north', name: 'North Pier', aliases: [], country: 'KP', timeZone: 'Asia/Pyongyang' },
    { id: 'south', name: 'South Pier', aliases: [], country: 'CN', timeZone: 'Asia/Shanghai' },
  ],
  routes: [
    {
      id: 'ferry',
      name: 'North ⇄ South',
      mode: 'train',
      status: 'running',
      sources: ['package test'],
      services: [
        {
          id: 'ferry-south',
          name: 'North → South',
          confidence: 'high',
          sources: ['package test'],
          runs: { every: 'month', days: [1, 3, 5], from: '2027-01-01' },
          stops: [
            { station: 'north', departure: { time: '09:15', confidence: 'high' } },
            { station: 'south', arrival: { time: '09:45', confidence: 'high' } },
          ],
        },
      ],
    },
  ],
};

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'railnext-package-'));
  // `npm test` has just built dist/; packing must not build it again.
  const report = JSON.parse(
    execFileSync(NPM, ['pack', '--json', '--ignore-scripts', '--pack-destination', scratch], {
      cwd: ROOT,
      encoding: 'utf8',
    }),
  );
  packed = (report[0].files as { path: string }[]).map((f) => f.path).sort();
  tarball = join(scratch, report[0].filename);
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'scratch', private: true }));
  execFileSync(
    NPM,
    ['install', '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error', join(scratch, report[0].filename)],
    { cwd: scratch, encoding: 'utf8' },
  );
}, 120_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function node(args: string[]) {
  return spawnSync(process.execPath, args, {
    cwd: scratch,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', TZ: 'UTC' },
  });
}

describe('the npm package', () => {
  it('ships the bin, the bundle, the library, the schedules, the docs and the licence, and no tests', () => {
    for (const path of [
      'bin/railnext.cjs',
      'dist/bundle.js',
      'dist/index.js',
      'dist/index.d.ts',
      'schedules/schema.json',
      'schedules/stations.json',
      'schemas/departures.json',
      'schemas/journeys.json',
      'schemas/arrivals.json',
      'schemas/routes.json',
      'schemas/stations.json',
      'schemas/validate.json',
      'man/railnext.1',
      'LICENSE',
      'README.md',
      'docs/guide.md',
      'docs/library.md',
      'package.json',
    ]) {
      expect(packed).toContain(path);
    }
    expect(packed.filter((p) => /^(tests|scripts|src|\.ci)\//.test(p) || p.includes('fixtures'))).toEqual([]);
    // The build-time definitions import TypeBox, a development dependency.
    expect(packed.filter((p) => /^dist\/(input\/format|output\/schemas)\./.test(p))).toEqual([]);
  });

  it("finds the schema a JSON document names in its $schema with Node's resolver, in the installed package", () => {
    const bin = join(scratch, 'node_modules', '.bin', 'railnext');
    const doc = JSON.parse(
      spawnSync(bin, ['stations', '--json'], { cwd: scratch, encoding: 'utf8', env: binEnv({ TZ: 'UTC' }) }).stdout,
    );
    const r = node(['-p', `require(require.resolve(${JSON.stringify(doc.$schema)})).$id`]);
    expect([doc.$schema, r.stderr, r.stdout]).toEqual([
      'railnext/schemas/stations.json',
      '',
      'urn:railnext:stations:1\n',
    ]);
  });

  it('can be required from CommonJS', () => {
    const r = node([
      '-e',
      "const r = require('railnext'); console.log(typeof r.lookup, typeof r.loadBundled, r.formatIsoDate(r.parseIsoDate('2027-01-12')))",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('function function 2027-01-12\n');
  });

  it('can be imported from an ES module', () => {
    const r = node([
      '--input-type=module',
      '-e',
      "import { lookup, loadBundled } from 'railnext'; console.log(typeof lookup, typeof loadBundled)",
    ]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('function function\n');
  });

  it('runs its bin from node_modules/.bin, with its bundled schedules and with a file of ours', () => {
    const bin = join(scratch, 'node_modules', '.bin', 'railnext');
    const run = (args: string[]) =>
      spawnSync(bin, args, { cwd: scratch, encoding: 'utf8', env: binEnv({ TZ: 'UTC' }) });
    const validate = run(['validate', '--json']);
    expect(validate.status).toBe(0);
    const bundled = readdirSync(join(ROOT, 'schedules')).filter((n) => n.endsWith('.json') && n !== 'schema.json');
    expect(JSON.parse(validate.stdout).files).toEqual(bundled.map((n) => `schedules/${n}`));

    writeFileSync(join(scratch, 'ferry.json'), JSON.stringify(FERRY));
    const r = run([
      '--no-bundled',
      '--schedules',
      'ferry.json',
      'north',
      '--date',
      '2027-01-01',
      '--days',
      '3',
      '--format',
      'ndjson',
    ]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).departure.at),
    ).toEqual(['2027-01-01T09:15:00+09:00', '2027-01-03T09:15:00+09:00']);
  });

  // npm on Windows installs no manual pages, and puts the bin at the prefix's top.
  it.skipIf(process.platform === 'win32')(
    'installed globally (npm install -g), puts its manual page where man finds it and its bin on the PATH',
    () => {
      const prefix = join(scratch, 'global');
      execFileSync(
        NPM,
        [
          'install',
          '-g',
          '--prefix',
          prefix,
          '--prefer-offline',
          '--no-audit',
          '--no-fund',
          '--loglevel=error',
          tarball,
        ],
        { cwd: scratch, encoding: 'utf8' },
      );
      const page = join(prefix, 'share', 'man', 'man1', 'railnext.1');
      expect(readFileSync(page, 'utf8')).toBe(readFileSync(join(ROOT, 'man', 'railnext.1'), 'utf8'));
      expect(realpathSync(page)).toBe(
        realpathSync(join(prefix, 'lib', 'node_modules', 'railnext', 'man', 'railnext.1')),
      );
      const r = spawnSync(join(prefix, 'bin', 'railnext'), ['--version'], { encoding: 'utf8', env: binEnv() });
      expect([r.status, r.stdout]).toEqual([
        0,
        `${JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version}\n`,
      ]);
    },
    120_000,
  );
});
