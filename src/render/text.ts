/**
 * Small text helpers shared by the terminal renderers.
 */

/** Styling the renderers may apply; identity functions when colour is off. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  mark(text: string): string;
  heading(text: string): string;
}

export const plain: Paint = { bold: (t) => t, dim: (t) => t, mark: (t) => t, heading: (t) => t };

// The guard lives in text-guard.ts; the renderers take it from here with the other text helpers.
export { jsonSafe, safe, safeLines } from '../text-guard.js';
