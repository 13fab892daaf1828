/**
 * Small text helpers shared by the terminal renderers.
 */
import type { RunRule, Service } from '../domain/model.js';
import { WEEKDAY_WORDS } from '../domain/days.js';

/** Styling the renderers may apply; identity functions when colour is off. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  mark(text: string): string;
  heading(text: string): string;
}

export const plain: Paint = { bold: (t) => t, dim: (t) => t, mark: (t) => t, heading: (t) => t };

/**
 * Makes text from schedule files safe for a terminal: control characters
 * (escape sequences among them) are shown as visible escapes, never sent raw.
 */
export function safe(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** `safe` line by line: line breaks (LF, CRLF or a lone CR) stay, as LF. */
export function safeLines(text: string): string {
  return text.split(/\r\n?|\n/).map(safe).join('\n');
}

/**
 * JSON text with DEL, the C1 controls and the bidi overrides written as `\u`
 * escapes: JSON.stringify escapes only C0, and a terminal (or a viewer) would
 * act on the rest. Outside strings JSON text is ASCII, so only strings change.
 */
export function jsonSafe(text: string): string {
  return text.replace(/[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** "17 min", "1 h 38 min", "8 d 2 h". */
export function formatDuration(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 24 * 60) {
    const m = minutes % 60;
    return m === 0 ? `${Math.floor(minutes / 60)} h` : `${Math.floor(minutes / 60)} h ${m} min`;
  }
  // Rounded to the hour before splitting into days, so 11 d 23 h 59 min reads "12 d", not "11 d 24 h".
  const hours = Math.round(minutes / 60);
  const d = Math.floor(hours / 24);
  const h = hours % 24;
  return h === 0 ? `${d} d` : `${d} d ${h} h`;
}


function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** "a, b and c". */
export function andList(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** A running rule in words: "daily", "Mondays, Wednesdays and Fridays", "the 3rd and 17th of each month". */
export function ruleInWords(rule: RunRule): string {
  switch (rule.every) {
    case 'day':
      return 'daily';
    case 'week':
      return andList([...rule.weekdays].sort((a, b) => a - b).map((d) => `${WEEKDAY_WORDS[d - 1]}s`));
    case 'month':
      return `the ${andList([...rule.days].sort((a, b) => a - b).map(ordinal))} of each month`;
  }
}

/** The service's rule with its count per day: "daily, 4 a day". */
export function serviceRuleInWords(service: Service): string {
  const words = ruleInWords(service.runs.rule);
  return service.timesPerDay > 1 ? `${words}, ${service.timesPerDay} a day` : words;
}
