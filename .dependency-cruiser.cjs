/**
 * The import graph of src/, checked by `npm run lint`: no circles, and every arrow points down the layers.
 *
 *   entry points   src/index.ts (the library), src/start.ts and src/start/ (the bin)
 *   cli            src/cli.ts, src/cli/            argv, files and streams; a thin adapter
 *   output         src/present/, src/render/,    clocks, labels and sentences; the formats,
 *                  src/output/                   and their registry
 *   i18n           src/i18n/                     the message catalogues and language choice
 *   input, domain  src/input/, src/domain/       reading schedules and arguments; the timetable itself
 *   shared         src/errors.ts, src/text-guard.ts, src/cache-files.ts
 *
 * input reads into the domain's model, so it may import domain, never the reverse. i18n may name domain types
 * (a day, a remark's data); the domain returns codes and data, never sentences, so it does not import i18n.
 * Type-only imports count: a layer that names a higher layer's types depends on it all the same.
 */
const layer = {
  shared: '^src/(errors|text-guard|cache-files)\\.ts$',
  domain: '^src/domain/',
  input: '^src/input/',
  i18n: '^src/i18n/',
  output: '^src/(present|render|output)/',
  cli: '^src/(cli\\.ts$|cli/)',
  entry: '^src/(index\\.ts|start\\.ts|start/)',
};
const layers = (...names) => names.map((name) => layer[name]);

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other cannot be read, tested or moved one at a time.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'shared-imports-no-layer',
      severity: 'error',
      comment: 'errors.ts, text-guard.ts and cache-files.ts sit below every layer.',
      from: { path: layer.shared },
      to: { path: layers('domain', 'input', 'i18n', 'output', 'cli', 'entry') },
    },
    {
      name: 'domain-imports-down-only',
      severity: 'error',
      comment: 'The domain returns codes and data: it reads no input format, speaks no language, renders nothing.',
      from: { path: layer.domain },
      to: { path: layers('input', 'i18n', 'output', 'cli', 'entry') },
    },
    {
      name: 'input-imports-down-only',
      severity: 'error',
      comment: 'Reading a schedule or an argument yields domain data; how it is worded and shown is decided above.',
      from: { path: layer.input },
      to: { path: layers('i18n', 'output', 'cli', 'entry') },
    },
    {
      name: 'i18n-imports-down-only',
      severity: 'error',
      comment: 'The catalogues word domain data; they do not read input or lay out output.',
      from: { path: layer.i18n },
      to: { path: layers('input', 'output', 'cli', 'entry') },
    },
    {
      name: 'output-imports-down-only',
      severity: 'error',
      comment: 'Renderers return text; argv, files and exit codes belong to the cli.',
      from: { path: layer.output },
      to: { path: layers('cli', 'entry') },
    },
    {
      name: 'cli-imports-no-entry',
      severity: 'error',
      comment: 'The entry points wrap the cli; the cli does not reach back into them.',
      from: { path: layer.cli },
      to: { path: layer.entry },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing fails at run time, in the bundle or in the library.',
      from: { path: '^src/' },
      to: { couldNotResolve: true },
    },
    {
      name: 'src-not-to-dev-dependency',
      severity: 'error',
      comment:
        'src/ ships to users, who do not install devDependencies; type-only imports vanish in the build. ' +
        'input/format.ts and output/schemas.ts are the build-time definitions of the schedule format and of the ' +
        'JSON output: scripts/schema.mjs runs them, the code imports at most their types, and the package leaves ' +
        'their compiled files out.',
      from: { path: '^src/', pathNot: '^src/(input/format|output/schemas)\\.ts$' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'] },
  },
};
