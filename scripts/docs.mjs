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
 * the bundled data as of the day the pages name (2026-12-07). Each block runs in a folder of its own holding
 * tests/fixtures/docs/files (the files the examples name), with NOW as now unless the command gives --now, TZ=America/Los_Angeles (output never
 * depends on it), a UTF-8 locale, and no terminal (80 columns unless the command sets COLUMNS).
 *
 * `--freeze` first copies schedules/ into tests/fixtures/docs/schedules, for examples that show newer data (then
 * change the day the pages give for it: `grep -rn 'as of 2026-12-07' README.md docs`).
 */
import { spawn } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = join(ROOT, 'tests/fixtures/docs');

/** The instant the examples are taken at, unless a command names its own. */
export const NOW = '2026-11-22T06:00:00Z';

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
  // The library's own dependencies (luxon, …), for the module examples.
  symlinkSync(join(ROOT, 'node_modules'), join(pkg, 'node_modules'));
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
  writeFileSync(
    join(path, 'railnext'),
    `#!/bin/sh\nexec ${JSON.stringify(process.execPath)} ${JSON.stringify(launcher)} "$@"\n`,
  );
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

/** Runs a program and gives what a terminal would show: stdout and stderr in the order written, LF line ends. */
function run(args, cwd, env) {
  return new Promise((resolve, reject) => {
    // Both streams into one pipe, so their order is the order written.
    const child = spawn('bash', ['-c', 'exec 2>&1\n"$@"', 'bash', ...args], {
      cwd,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let text = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (text += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      text = text.replace(/\r\n/g, '\n');
      resolve({ code, text: text === '' || text.endsWith('\n') ? text : `${text}\n` });
    });
  });
}

/** The commands of one block, in one folder of their own, one after another (a later one may read what an earlier one wrote). */
async function runBlock(commands, sandbox, n) {
  const cwd = join(sandbox.dir, `block-${n}`);
  cpSync(join(FIXTURE, 'files'), cwd, { recursive: true });
  const printed = [];
  for (const command of commands) printed.push((await run(['bash', '-c', command], cwd, sandbox.env)).text);
  return printed;
}

/** Runs a module inside the copied package, where `import … from 'railnext'` is the package, frozen schedules and all. */
async function runModule(code, sandbox) {
  const { code: status, text } = await run(
    [process.execPath, '--input-type=module', '-e', code],
    sandbox.pkg,
    sandbox.env,
  );
  // A module example that fails is a broken example, not output to show.
  if (status !== 0) throw new Error(`this example failed:\n${code}\n${text}`);
  return text;
}

/** Runs the jobs, `width` at a time: the examples' runs are mostly waiting for Node to start. */
async function pool(jobs, width) {
  const results = new Array(jobs.length);
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: width }, worker));
  return results;
}

/**
 * A page cut at its examples: text parts, and between them a job giving an example's lines as printed now
 * (a shell block's `$ ` lines each followed by its output; a module's code, `// prints:` and its output).
 */
function splitPage(text, sandbox, counter) {
  const lines = text.split('\n');
  const parts = [[]];
  const jobs = [];
  for (let i = 0; i < lines.length; i++) {
    const fence = /^(`{3,})(\w*)\s*$/.exec(lines[i]);
    parts.at(-1).push(lines[i]);
    if (!fence) continue;
    let end = i + 1;
    while (end < lines.length && lines[end] !== fence[1]) end++;
    const body = lines.slice(i + 1, end);
    if (body[0]?.startsWith('$ ')) {
      const commands = body.filter((l) => l.startsWith('$ '));
      const n = counter.n++;
      jobs.push(async () =>
        (
          await runBlock(
            commands.map((l) => l.slice(2)),
            sandbox,
            n,
          )
        ).flatMap((out, k) => [commands[k], ...out.split('\n').slice(0, -1)]),
      );
      parts.push([]);
    } else if (fence[2] === 'js' && body.includes('// prints:')) {
      const code = body.slice(0, body.indexOf('// prints:'));
      jobs.push(async () => [
        ...code,
        '// prints:',
        ...(await runModule(code.join('\n'), sandbox))
          .split('\n')
          .slice(0, -1)
          .map((l) => `// ${l}`.trimEnd()),
      ]);
      parts.push([]);
    } else {
      parts.at(-1).push(...body);
    }
    parts.at(-1).push(lines[end]);
    i = end;
  }
  return { parts, jobs };
}

/** Every page as committed and as the code prints it now. */
export async function renderDocs() {
  const sandbox = makeSandbox();
  const counter = { n: 0 };
  try {
    const split = pages().map((file) => {
      const committed = readFileSync(join(ROOT, file), 'utf8');
      return { file, committed, ...splitPage(committed, sandbox, counter) };
    });
    const printed = await pool(
      split.flatMap((page) => page.jobs),
      4,
    );
    return split.map(({ file, committed, parts, jobs }) => {
      const examples = printed.splice(0, jobs.length);
      return {
        file,
        committed,
        printed: parts.map((part, k) => [...part, ...(examples[k] ?? [])].join('\n')).join('\n'),
      };
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
    writeFileSync(
      join(into, name),
      text.replace('"$schema": "./schema.json"', '"$schema": "../../../../schedules/schema.json"'),
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--freeze')) freeze();
  const check = process.argv.includes('--check');
  let differ = 0;
  for (const { file, committed, printed } of await renderDocs()) {
    if (committed === printed) continue;
    differ++;
    if (check) console.log(`${file}: an example differs from what the code prints (\`npm run docs\` rewrites it)`);
    else writeFileSync(join(ROOT, file), printed);
  }
  if (!check) console.log(`${differ} page${differ === 1 ? '' : 's'} rewritten`);
  process.exitCode = check && differ ? 1 : 0;
}
