/**
 * Builds the bin: src/cli.ts and everything it imports, commander included,
 * as one file, dist/railnext.cjs (see README, "Architecture"). Runs after
 * tsc, whose dist/ it reads for the zone table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { computeZoneTable, isKnownZone } from '../dist/domain/zones.js';

const root = new URL('../', import.meta.url);

/** Every `timeZone` and `zone` the bundled schedules name, and UTC. */
function scheduleZones() {
  const zones = new Set(['UTC']);
  const visit = (value) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      for (const [key, v] of Object.entries(value)) {
        if ((key === 'timeZone' || key === 'zone') && typeof v === 'string') zones.add(v);
        else visit(v);
      }
    }
  };
  const dir = new URL('schedules/', root);
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json') && n !== 'schema.json')) {
    visit(JSON.parse(readFileSync(new URL(name, dir), 'utf8')));
  }
  // A misspelt zone is left to the catalog's checks, which report it with its file.
  return [...zones].filter(isKnownZone).sort();
}

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  // CommonJS: Node 20 starts a CommonJS file measurably faster than an ES module.
  format: 'cjs',
  // Whitespace and syntax only: names stay, so `--verbose` stacks still say where.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'none',
  logLevel: 'warning',
};

/**
 * Start-up is mostly loading code. commander requires Node's child_process,
 * which pulls in net and stream, only to run subcommands that are separate
 * programs (railnext has none): the bundle requires it on first use instead.
 */
const lazyChildProcess = {
  name: 'railnext-lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.namespace === 'lazy' ? { path: 'node:child_process', external: true } : { path: 'child_process', namespace: 'lazy' },
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

await build({
  ...common,
  plugins: [lazyChildProcess],
  entryPoints: [new URL('src/cli.ts', root).pathname],
  outfile: new URL('dist/railnext.cjs', root).pathname,
  define: {
    // The bundle is dist/railnext.cjs; schedules/ is one folder up (src/input/load.ts).
    RAILNEXT_SCHEDULES_FROM_MODULE: JSON.stringify('../schedules/'),
    // Offsets of the schedules' zones, 1900-2199, so a lookup needs no Intl (src/domain/zones.ts).
    RAILNEXT_ZONE_TABLE: JSON.stringify(computeZoneTable(scheduleZones(), 1900, 2200)),
    'import.meta.url': '__railnext_module_url',
  },
  banner: { js: 'const __railnext_module_url = require("node:url").pathToFileURL(__filename).href;' },
});
