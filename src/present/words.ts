/**
 * Durations and running rules in the catalogue's words, for every output
 * that says them.
 */
import type { RunRule, Service } from '../domain/model.js';
import { en } from '../i18n/en.js';
import type { Messages } from '../i18n/messages.js';

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
