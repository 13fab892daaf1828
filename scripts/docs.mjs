#!/usr/bin/env node
/**
 * Writes every example of README.md and docs/*.md from what the real bin prints (`npm run docs`, which builds
 * first; `node scripts/docs.mjs --check` only says which page differs, and tests/e2e/docs.test.ts fails then).
 *
 * An example is a fenced block whose first line starts with `$ `: each `$ ` line is a command, run by bash, and
 * the lines after it, up to the next `$ ` line or the end of the block, are what it printed (stdout and stderr, as
 * a terminal shows them). A ```js block with a line `// prints:` is run as a module, and the comment lines after
 * that line are what it printed. Nothing else in a page is touched.
 *
 * The answers must not move when the bundled data is refreshed, so the examples never see `schedules/`: the bin
 * runs from a copy of the package (bin/, dist/, package.json) whose `schedules/` is tests/fixtures/docs/schedules,
 * the bundled data as of FROZEN_ON. Each block runs in a folder of its own holding tests/fixtures/docs/files (the
 * files the examples name), with NOW as now unless the command gives --now, TZ=America/Los_Angeles (output never
 * depends on it), a UTF-8 locale, and no terminal (80 columns unless the command sets COLUMNS).
 *
 * `--freeze` first copies schedules/ into tests/fixtures/docs/schedules, for examples that show newer data (then
 * change FROZEN_ON, which the pages name).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/docs');

/** The instant the examples are taken at, unless a command names its own. */
export const NOW = '2026-11-22T06:00:00Z';
/** The day tests/fixtures/docs/schedules was copied from schedules/. */
export const FROZEN_ON = '2026-12-07';

/** The pages that hold examples: the README and every page of docs/. */
export function pages() {
  const docs = readdirSync(join(ROOT, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => `docs/${name}`);
  return ['README.md', ...docs];
}

/**
 * A copy of the package whose bundled schedules are the frozen ones, and a `railnext` on PATH that runs its bin in
 * the same process, with --now added where the command reads the clock (as tests/helpers/run-bin.ts does).
 */
function makeSandbox() {
  const dir = mkdtempSync(join(tmpdir(), 'railnext-docs-'));
  const pkg = join(dir, 'package');
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(pkg, part), { recursive: true });
  cpSync(join(FIXTURE, 'schedules'), join(pkg, 'schedules'), { recursive: true });
  cpSync(join(ROOT, 'schedules/schema.json'), join(pkg, 'schedules/schema.json'));
  const path = join(dir, 'path');
  mkdirSync(path);
  const launcher = join(path, 'railnext.cjs');
  writeFileSync(
    launcher,
    `const args = process.argv.slice(2);
const clockless = args.some((a) => a === '--now' || a.startsWith('--now=') || a === '--' || /^(-h|--help|-V|--version|help|completion)$/.test(a));
process.argv.splice(2, Infinity, ...args, ...(clockless ? [] : ['--now', ${JSON.stringify(NOW)}]));
require(${JSON.stringify(join(pkg, 'bin/railnext.cjs'))});
`,
  );
  writeFileSync(join(path, 'railnext'), `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(launcher)} "$@"\n`);
  chmodSync(join(path, 'railnext'), 0o755);
  const env = {
    PATH: `${path}:${process.env.PATH ?? '/usr/bin:/bin'}`,
    HOME: join(dir, 'home'),
    XDG_CACHE_HOME: join(dir, 'cache'),
    TZ: 'America/Los_Angeles',
    LANG: 'C.UTF-8',
  };
  return { dir, pkg, env };
}

/** A fresh folder for one block, holding the files the examples name. */
function blockFolder(sandbox, n) {
  const cwd = join(sandbox.dir, `block-${n}`);
  cpSync(join(FIXTURE, 'files'), cwd, { recursive: true });
  return cwd;
}

/** What a terminal would show: stdout and stderr in the order written, LF line ends. */
function shown(result, what) {
  if (result.error) throw new Error(`${what}: ${result.error.message}`);
  const text = result.stdout.replace(/\r\n/g, '\n');
  return text === '' || text.endsWith('\n') ? text : `${text}\n`;
}

function runShell(command, cwd, sandbox) {
  return shown(spawnSync('bash', ['-c', `exec 2>&1\n${command}`], { cwd, env: sandbox.env, encoding: 'utf8', maxBuffer: 1 << 26 }), command);
}

/** Runs a module inside the copied package, where `import … from 'railnext'` is the package, frozen schedules and all. */
function runModule(code, sandbox) {
  return shown(spawnSync('bash', ['-c', 'exec 2>&1\nexec "$0" --input-type=module -e "$1"', process.execPath, code], { cwd: sandbox.pkg, env: sandbox.env, encoding: 'utf8' }), code);
}

/** The page with each example's output as the code prints it now. */
function renderPage(text, sandbox, counter) {
  const lines = text.split('\n');
  const out = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(`{3,})(\w*)\s*$/.exec(lines[i]);
    out.push(lines[i]);
    if (!fence) continue;
    let end = i + 1;
    while (end < lines.length && lines[end] !== fence[1]) end++;
    const body = lines.slice(i + 1, end);
    if (body[0]?.startsWith('$ ')) {
      const cwd = blockFolder(sandbox, counter.n++);
      for (const line of body.filter((l) => l.startsWith('$ '))) {
        out.push(line, ...runShell(line.slice(2), cwd, sandbox).split('\n').slice(0, -1));
      }
    } else if (fence[2] === 'js' && body.includes('// prints:')) {
      const code = body.slice(0, body.indexOf('// prints:'));
      const printed = runModule(code.join('\n'), sandbox).split('\n').slice(0, -1);
      out.push(...code, '// prints:', ...printed.map((l) => `// ${l}`.trimEnd()));
    } else {
      out.push(...body);
    }
    out.push(lines[end]);
    i = end;
  }
  return out.join('\n');
}

/** Every page as committed and as the code prints it now. */
export function renderDocs() {
  const sandbox = makeSandbox();
  const counter = { n: 0 };
  try {
    return pages().map((file) => {
      const committed = readFileSync(join(ROOT, file), 'utf8');
      return { file, committed, printed: renderPage(committed, sandbox, counter) };
    });
  } finally {
    rmSync(sandbox.dir, { recursive: true, force: true });
  }
}

/** Copies the bundled schedules into the fixture the examples run on, their `$schema` pointing back at the schema. */
function freeze() {
  const into = join(FIXTURE, 'schedules');
  rmSync(into, { recursive: true, force: true });
  mkdirSync(into);
  for (const name of readdirSync(join(ROOT, 'schedules')).filter((n) => n.endsWith('.json') && n !== 'schema.json')) {
    const text = readFileSync(join(ROOT, 'schedules', name), 'utf8');
    writeFileSync(join(into, name), text.replace('"$schema": "./schema.json"', '"$schema": "../../../../schedules/schema.json"'));
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--freeze')) freeze();
  const check = process.argv.includes('--check');
  let differ = 0;
  for (const { file, committed, printed } of renderDocs()) {
    if (committed === printed) continue;
    differ++;
    if (check) console.log(`${file}: an example differs from what the code prints (\`npm run docs\` rewrites it)`);
    else writeFileSync(join(ROOT, file), printed);
  }
  if (!check) console.log(`${differ} page${differ === 1 ? '' : 's'} rewritten`);
  process.exitCode = check && differ ? 1 : 0;
}
