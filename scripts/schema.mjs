/**
 * Writes what comes from the one definition of the schedule format,
 * src/input/format.ts (TypeBox): schedules/schema.json, for editors, and
 * src/input/structure.generated.ts, the structural validator the reader runs
 * (ajv's standalone code: the bin carries no ajv and compiles no schema).
 * `npm run schema` writes both; tests/unit/schema-generated.test.ts fails when
 * a committed file differs from what this makes.
 */
import { writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { build } from 'esbuild';

const root = new URL('../', import.meta.url);
export const SCHEMA_FILE = new URL('schedules/schema.json', root);
export const VALIDATOR_FILE = new URL('src/input/structure.generated.ts', root);

/** The format module, compiled in memory (it is TypeScript, and the build has not run yet). */
async function loadFormat() {
  const out = await build({
    entryPoints: [new URL('src/input/format.ts', root).pathname],
    bundle: true,
    platform: 'node',
    format: 'esm',
    write: false,
    logLevel: 'warning',
  });
  const code = out.outputFiles[0].text;
  return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
}

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
}
