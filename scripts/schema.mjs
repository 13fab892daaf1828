/**
 * Writes what comes from the one definition of the schedule format,
 * src/input/format.ts (TypeBox): schedules/schema.json, for editors, and
 * src/input/structure.generated.ts, the structural validator the reader runs
 * (ajv's standalone code: the bin carries no ajv and compiles no schema).
 * And from the one definition of the JSON output, src/output/schemas.ts, the
 * schemas/<kind>.json files every JSON document names in its `$schema`.
 * `npm run schema` writes them all; tests/unit/schema-generated.test.ts fails
 * when a committed file differs from what this makes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
export const SCHEMA_FILE = new URL('schedules/schema.json', root);
export const VALIDATOR_FILE = new URL('src/input/structure.generated.ts', root);
export const OUTPUT_SCHEMAS_DIR = new URL('schemas/', root);

/** A TypeScript module, compiled in memory (the build has not run yet). */
async function load(path) {
  const out = await build({
    entryPoints: [new URL(path, root).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

const loadFormat = () => load('src/input/format.ts');

/** Keys in the order a reader of the schema expects them; the rest keep theirs. */
const ORDER = [
  '$schema',
  '$id',
  'title',
  '$ref',
  'type',
  'enum',
  'const',
  'pattern',
  'format',
  'minimum',
  'exclusiveMinimum',
  'maximum',
  'maxLength',
  'minItems',
  'description',
  'required',
  'properties',
  'items',
  'anyOf',
  'allOf',
  'if',
  'then',
  'not',
  'additionalProperties',
];
/** The document itself opens with its title and description. */
const DOCUMENT_ORDER = ['$schema', '$id', 'title', 'description', ...ORDER];

function ordered(schema) {
  const keys = Object.keys(schema);
  const order = '$id' in schema ? DOCUMENT_ORDER : ORDER;
  return [...new Set([...order.filter((k) => keys.includes(k)), ...keys])];
}

/** The schema document: TypeBox's schemas as plain JSON, each named one in `$defs` and used by `$ref`. */
export async function schemaDocument() {
  const { scheduleFile, DEFS, DEF_NAME } = await loadFormat();
  const plain = (value, top) => {
    if (Array.isArray(value)) return value.map((v) => plain(v));
    if (value === null || typeof value !== 'object') return value;
    const name = value[DEF_NAME];
    if (name !== undefined && value !== top) {
      const own = value.description !== DEFS.get(name).description ? value.description : undefined;
      return own === undefined ? { $ref: `#/$defs/${name}` } : { $ref: `#/$defs/${name}`, description: own };
    }
    const out = {};
    for (const key of ordered(value)) if (value[key] !== undefined) out[key] = plain(value[key]);
    return out;
  };
  const doc = plain(scheduleFile, scheduleFile);
  doc.$defs = Object.fromEntries([...DEFS].map(([name, schema]) => [name, plain(schema, schema)]));
  return doc;
}

/**
 * The schema of each JSON document, by kind: its named parts (src/output/schemas.ts) in its own `$defs`, so each
 * file stands alone, and every use of one as a `$ref`.
 */
export async function outputSchemaDocuments() {
  const { DOCUMENTS, DEF_NAME } = await load('src/output/schemas.ts');
  const document = (top) => {
    const defs = new Map();
    const plain = (value, own) => {
      if (Array.isArray(value)) return value.map((v) => plain(v));
      if (value === null || typeof value !== 'object') return value;
      const name = value[DEF_NAME];
      if (name !== undefined && !own) {
        if (!defs.has(name)) defs.set(name, null);
        if (defs.get(name) === null) defs.set(name, plain(value, true));
        return { $ref: `#/$defs/${name}` };
      }
      const out = {};
      for (const key of ordered(value)) if (value[key] !== undefined) out[key] = plain(value[key]);
      return out;
    };
    const doc = plain(top, true);
    doc.$defs = Object.fromEntries([...defs].sort(([a], [b]) => (a < b ? -1 : 1)));
    return doc;
  };
  return Object.fromEntries(Object.entries(DOCUMENTS).map(([kind, schema]) => [kind, document(schema)]));
}

/** The text of each schemas/<kind>.json, by file name. */
export async function outputSchemaTexts() {
  const docs = await outputSchemaDocuments();
  return Object.fromEntries(
    Object.entries(docs).map(([kind, doc]) => [`${kind}.json`, `${JSON.stringify(doc, null, 2)}\n`]),
  );
}

/** The text of schedules/schema.json. */
export async function schemaText() {
  return `${JSON.stringify(await schemaDocument(), null, 2)}\n`;
}

/** The schema without its words for people: the validator carries only what it checks. */
function withoutWords(schema) {
  if (Array.isArray(schema)) return schema.map(withoutWords);
  if (schema === null || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema)
      .filter(([key]) => key !== 'description' && key !== 'title')
      .map(([key, value]) => [
        key,
        key === 'properties' || key === '$defs'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withoutWords(v)]))
          : withoutWords(value),
      ]),
  );
}

/**
 * The validator's module. Every error, not the first (a user sees every
 * problem at once); with the schema that failed (`verbose`), whose limits the
 * reader's messages give; no formats (whether a date exists is the reader's
 * question) and no ajv messages (the reader words each fault). Lengths count
 * UTF-16 units, as the reader's "N characters long" does, not code points.
 */
export async function validatorText() {
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    verbose: true,
    validateFormats: false,
    messages: false,
    code: { source: true, esm: true, optimize: true },
  });
  const code = standaloneCode.default(ajv, ajv.compile(withoutWords(await schemaDocument())));
  const lengths = /const (func\d+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/;
  if (!lengths.test(code) || /require\(/.test(code.replace(lengths, '')))
    throw new Error("the validator requires more than ajv's ucs2length: check the replacement below");
  const exports = /^"use strict";export const validate = (validate\d+);export default \1;/;
  const name = exports.exec(code)?.[1];
  if (name === undefined)
    throw new Error("ajv's standalone module no longer opens with its exports: check the wrapping below");
  return [
    '// Generated by scripts/schema.mjs from src/input/format.ts (`npm run schema`): do not edit.',
    '// @ts-nocheck',
    '/* eslint-disable */',
    'let built;',
    '/** The validator, built on its first use (a run that reads no schedule, such as --help, never pays for it). */',
    'export default function validator() {',
    '  return (built ??= build());',
    '}',
    'function build() {',
    code.replace(exports, '').replace(lengths, 'const $1 = (text) => text.length;'),
    `return ${name};`,
    '}',
    '',
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  writeFileSync(SCHEMA_FILE, await schemaText());
  writeFileSync(VALIDATOR_FILE, await validatorText());
  mkdirSync(OUTPUT_SCHEMAS_DIR, { recursive: true });
  for (const [name, text] of Object.entries(await outputSchemaTexts()))
    writeFileSync(new URL(name, OUTPUT_SCHEMAS_DIR), text);
}
