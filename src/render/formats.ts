/**
 * The choices of output format, shell and mode: each list serves as the type,
 * the validation (commander's choices) and the help text. Kept apart from the
 * renderers, so the CLI can name them without loading any.
 */
export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'ics'] as const;
export type Format = (typeof FORMATS)[number];

/** The formats written line by line as departures are computed. */
export type StreamFormat = Extract<Format, 'ndjson' | 'csv' | 'ics'>;

export const isStreamFormat = (format: Format): format is StreamFormat => format === 'ndjson' || format === 'csv' || format === 'ics';

export const SHELLS = ['bash', 'zsh', 'fish'] as const;
export type Shell = (typeof SHELLS)[number];

/** The modes `--mode` filters on: the two that run (the road bridge, cableway and river routes have no service yet). */
export const MODE_CHOICES = ['train', 'bus'] as const;
export type ModeChoice = (typeof MODE_CHOICES)[number];
