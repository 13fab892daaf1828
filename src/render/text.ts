/**
 * Small text helpers shared by the terminal renderers.
 */
import type { RunRule, Service } from '../domain/model.js';
import { en } from '../i18n/en.js';
import type { Messages } from '../i18n/messages.js';

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

/** "17 min", "1 h 38 min", "8 d 2 h", in the catalogue's words. */
export function formatDuration(minutes: number, m: Messages = en): string {
  if (minutes < 60) return m.duration(0, 0, minutes);
  if (minutes < 24 * 60) return m.duration(0, Math.floor(minutes / 60), minutes % 60);
  // Rounded to the hour before splitting into days, so 11 d 23 h 59 min reads "12 d", not "11 d 24 h".
  const hours = Math.round(minutes / 60);
  return m.duration(Math.floor(hours / 24), hours % 24, 0);
}

/** A running rule in words: "daily", "Mondays, Wednesdays and Fridays", "the 3rd and 17th of each month". */
export function ruleInWords(rule: RunRule, m: Messages = en): string {
  switch (rule.every) {
    case 'day':
      return m.rules.daily;
    case 'week':
      return m.rules.weekly([...rule.weekdays].sort((a, b) => a - b));
    case 'month':
      return m.rules.monthly([...rule.days].sort((a, b) => a - b));
  }
}

/** The service's rule with its count per day: "daily, 4 a day". */
export function serviceRuleInWords(service: Service, m: Messages = en): string {
  const words = ruleInWords(service.runs.rule, m);
  return service.timesPerDay > 1 ? m.rules.withCount(words, service.timesPerDay) : words;
}
