// Types for scripts/docs.mjs, for the test that imports it.
export const NOW: string;
export function pages(): string[];
export function renderDocs(): Promise<Array<{ file: string; committed: string; printed: string }>>;
