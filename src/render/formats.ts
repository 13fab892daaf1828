/**
 * The choices of shell and mode: each list serves as the type, the validation
 * (commander's choices) and the help text. The output formats are named by
 * their registry, src/output/registry.ts.
 */
export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The modes `--mode` filters on: the two that run (the road bridge, cableway and river routes have no service yet). */
export const MODE_CHOICES = ['train', 'bus'] as const;
export type ModeChoice = (typeof MODE_CHOICES)[number];
