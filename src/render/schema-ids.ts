/**
 * Every JSON document railnext prints opens with `$schema`: the path of its
 * JSON Schema inside the installed package, `railnext/schemas/<kind>.json`,
 * which Node's resolver finds (`require.resolve`, `import … with { type:
 * 'json' }`) and which a shell finds under `npm root -g`. The schemas are
 * generated from src/output/schemas.ts (`npm run schema`); docs/json.md says
 * why a package path and not an address.
 */

/** The kinds of document, each with its schema file. */
export const DOCUMENT_KINDS = ['departures', 'journeys', 'arrivals', 'routes', 'stations', 'validate'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** The document's `$schema`: "railnext/schemas/departures.json". */
export const schemaPath = (kind: DocumentKind): string => `railnext/schemas/${kind}.json`;

/** The schema's own `$id`, to register it under in a validator; the number is the contract's major version. */
export const schemaId = (kind: DocumentKind): string => `urn:railnext:${kind}:1`;
