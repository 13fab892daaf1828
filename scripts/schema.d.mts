// Types for scripts/schema.mjs, for the test that imports it.
export const SCHEMA_FILE: URL;
export function schemaDocument(): Promise<Record<string, unknown>>;
export function schemaText(): Promise<string>;
export const VALIDATOR_FILE: URL;
export function validatorText(): Promise<string>;
export const OUTPUT_SCHEMAS_DIR: URL;
export function outputSchemaDocuments(): Promise<Record<string, Record<string, unknown>>>;
export function outputSchemaTexts(): Promise<Record<string, string>>;
