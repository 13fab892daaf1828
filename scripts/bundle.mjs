/**
 * Builds the bin: src/cli.ts and everything it imports, commander and luxon
 * included, as one file, dist/bundle.js (see docs/architecture.md). Runs
 * after tsc, whose dist/ it reads for the zone table.
 */
import { createHash } from 'node:crypto';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { TABLE_YEARS } from '../dist/domain/zone-tables.js';
import { computeZoneTable, isKnownZone } from '../dist/domain/zones.js';
import { BUNDLED_DIR, filesAt, readSchedules } from '../dist/input/schedule-files.js';
import { snapshotTexts } from '../dist/input/catalog-snapshot.js';

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

/**
 * The zone table for `zones`, from luxon's IANAZone: a few seconds of Intl
 * calls, so it is kept in dist/ and made again only when something it depends
 * on changes (the runtime's tz database, luxon, the zones, the code that
 * computes it).
 */
function zoneTable(zones) {
  const luxon = createRequire(import.meta.url)('luxon/package.json').version;
  const code = readFileSync(new URL('dist/domain/zones.js', root));
  const key = createHash('sha256')
    .update(JSON.stringify([process.versions.tz, luxon, zones, TABLE_YEARS]))
    .update(code)
    .update(readFileSync(new URL('dist/domain/zone-tables.js', root)))
    .digest('hex');
  const file = new URL('dist/zone-table.json', root);
  try {
    const kept = JSON.parse(readFileSync(file, 'utf8'));
    if (kept.key === key) return kept.table;
  } catch {
    // None yet, or unreadable: compute it.
  }
  const table = computeZoneTable(zones, TABLE_YEARS.from, TABLE_YEARS.until);
  writeFileSync(file, JSON.stringify({ key, table }));
  return table;
}

/**
 * dist/catalog.json and its translations (dist/catalog-ru.json, …): the bundled schedules read with every check, for
 * the runs that load them alone (src/input/catalog-snapshot.ts). Data with an error fails the build, with the errors
 * as validate gives them.
 */
function writeCatalogSnapshot() {
  const { catalog, problems } = readSchedules({ bundled: true, groups: [] }, { textChecks: 'all' });
  const errors = problems.filter((p) => p.severity === 'error');
  if (errors.length > 0) {
    throw new Error(
      `the bundled schedules have errors:\n${errors.map((p) => `${p.file}:${p.pointer ?? ''}: ${p.message}`).join('\n')}`,
    );
  }
  for (const [name, text] of Object.entries(snapshotTexts(catalog, filesAt(BUNDLED_DIR))))
    writeFileSync(new URL(`dist/${name}`, root), text);
}
writeCatalogSnapshot();

/**
 * The bundle in ASCII, so the loader reads it as Latin-1 into a one-byte string (src/start/code-cache.ts): a
 * single other character makes V8 hold the whole source as UTF-16, twice the memory, after a slower decode.
 * esbuild escapes strings but leaves regular expressions as written (the line breakers' CJK punctuation); a
 * \uXXXX escape means the same there, with or without the u flag, and a surrogate pair escaped half by half is
 * one code point under u. Comments are stripped and no code reads a template's raw text, the one place an
 * escape would read differently.
 */
function asciiOnly(file) {
  const text = readFileSync(file, 'utf8');
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(file, ascii);
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
 * programs (railnext has none), node:v8 (src/cli/heap.ts, for long windows
 * only) pulls in stream too, and node:os (0.4 ms on Node 20) is needed only
 * where HOME is unset (src/cache-files.ts): the bundle and the loader require
 * each on first use.
 */
const lazyBuiltins = {
  name: 'railnext-lazy-builtins',
  setup(b) {
    b.onResolve({ filter: /^(node:)?(child_process|v8|os)$/ }, (args) => {
      const name = args.path.replace(/^node:/, '');
      return args.namespace === 'lazy' ? { path: `node:${name}`, external: true } : { path: name, namespace: 'lazy' };
    });
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, (args) => ({
      contents: `module.exports = new Proxy({}, { get: (_, name) => require('node:${args.path}')[name] });`,
      loader: 'js',
    }));
  },
};

/**
 * What an English lookup of the bundled data never runs is a file of its own, required on first use: the other
 * languages' catalogues and the schedule validator (only for files other than the bundled ones) were 40% of the
 * bundle, and every start reads, checksums and copies the bundle whole. Each chunk is self-contained (a language
 * brings its own copy of the few date helpers it uses), and the stub left in the bundle requires it from dist/.
 */
const CHUNKS = [
  { importer: /src\/i18n\/catalogues\.ts$/, request: './ru.js', source: 'src/i18n/ru.ts', file: 'lang-ru.cjs' },
  { importer: /src\/i18n\/catalogues\.ts$/, request: './zh.js', source: 'src/i18n/zh.ts', file: 'lang-zh.cjs' },
  { importer: /src\/i18n\/catalogues\.ts$/, request: './ko.js', source: 'src/i18n/ko.ts', file: 'lang-ko.cjs' },
  {
    importer: /src\/input\/structure\.ts$/,
    request: './structure.generated.js',
    source: 'src/input/structure.generated.ts',
    file: 'structure.cjs',
    // Imported at the top of structure.ts, so the stub defers the require to the validator's first call.
    stub: 'let chunk; export default function validator() { return (chunk ??= require(`${__dirname}/structure.cjs`).default)(); }',
  },
];
const lazyChunks = {
  name: 'railnext-lazy-chunks',
  setup(b) {
    b.onResolve({ filter: /^\.\/[a-z-]+\.cjs$/, namespace: 'chunk' }, (args) => ({ path: args.path, external: true }));
    b.onResolve({ filter: /^\.\/[a-z.]+\.js$/ }, (args) => {
      const chunk = CHUNKS.find((c) => c.request === args.path && c.importer.test(args.importer));
      return chunk ? { path: chunk.file, namespace: 'chunk' } : undefined;
    });
    b.onLoad({ filter: /.*/, namespace: 'chunk' }, (args) => {
      const chunk = CHUNKS.find((c) => c.file === args.path);
      // From the bundle's own folder, whichever file's require the loader hands it (src/start.ts).
      return { contents: chunk.stub ?? `module.exports = require(\`\${__dirname}/${chunk.file}\`);`, loader: 'js' };
    });
  },
};

/**
 * The bundle is not a module but one function expression, the one Node's CommonJS loader would wrap a module's
 * text in: the loader (src/start/code-cache.ts) compiles the file's text as it was read. Wrapping it at run time
 * copied the 0.5 MB once more and gave the young generation another 0.5 MB string to collect: about 4 ms of a
 * start on Node 20 (timed in turns with `node -e 0`, 2026-12-07).
 */
const BUNDLE_OPEN =
  '// Not a module: bin/railnext.cjs compiles this function expression with a code cache and calls it.\n' +
  '(function (exports, require, module, __filename, __dirname) {';

await build({
  ...common,
  plugins: [lazyBuiltins, lazyChunks],
  entryPoints: [new URL('src/cli.ts', root).pathname],
  outfile: new URL('dist/bundle.js', root).pathname,
  define: {
    // The bundle is dist/bundle.js; schedules/ is one folder up from dist/ (src/input/schedule-files.ts).
    RAILNEXT_SCHEDULES_FROM_MODULE: JSON.stringify('../schedules/'),
    // Offset changes of the schedules' zones, 1970-2199, so a lookup needs no Intl (src/domain/zones.ts).
    RAILNEXT_ZONE_TABLE: JSON.stringify(zoneTable(scheduleZones())),
    // Worked out on first use: only the library's fallbacks read it (a file URL costs 0.4 ms to make on Node 20).
    'import.meta.url': '__railnext_module.url',
  },
  banner: {
    js: `${BUNDLE_OPEN}const __railnext_module = { get url() { return require("node:url").pathToFileURL(__filename).href; } };`,
  },
  footer: { js: '})' },
});
asciiOnly(new URL('dist/bundle.js', root));
for (const chunk of CHUNKS) {
  await build({
    ...common,
    entryPoints: [new URL(chunk.source, root).pathname],
    outfile: new URL(`dist/${chunk.file}`, root).pathname,
  });
  asciiOnly(new URL(`dist/${chunk.file}`, root));
}

// The bin itself, bin/railnext.cjs: runs the bundle with a code cache (src/start.ts). Built rather than a
// hand-written line that requires the loader: resolving, reading and compiling a second file cost 1-2 ms of a start
// on Node 20.
mkdirSync(new URL('bin/', root), { recursive: true });
await build({
  ...common,
  plugins: [lazyBuiltins],
  entryPoints: [new URL('src/start.ts', root).pathname],
  outfile: new URL('bin/railnext.cjs', root).pathname,
  banner: { js: '#!/usr/bin/env node' },
  define: {
    RAILNEXT_BUNDLE_HASH: JSON.stringify(
      createHash('sha256')
        .update(readFileSync(new URL('dist/bundle.js', root)))
        .digest('hex'),
    ),
  },
});
chmodSync(new URL('bin/railnext.cjs', root), 0o755);
