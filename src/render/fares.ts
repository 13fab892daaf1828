/**
 * Fares and citations as every format shows them: the same words in the
 * table's notes, `routes`, CSV and iCalendar, the same objects in JSON.
 */
import type { Citation, Fare } from '../domain/model.js';

export interface JsonFare {
  amount: number;
  currency: string;
  qualifier: Fare['qualifier'];
  covers: string;
  confidence: Fare['confidence'];
  sources: string[];
}

export function jsonFare(fare: Fare): JsonFare {
  return { amount: fare.amount, currency: fare.currency, qualifier: fare.qualifier, covers: fare.covers, confidence: fare.confidence, sources: fare.sources };
}

const QUALIFIER_WORDS: Record<Fare['qualifier'], string> = { exact: '', from: 'from ', about: 'about ', over: 'over ' };

/** "from 674 RUB, Zabaikalsk–Manzhouli, one way (high confidence; m24.ru 2026-02-25)". */
export function fareInWords(fare: Pick<Fare, 'amount' | 'currency' | 'qualifier' | 'covers' | 'confidence' | 'sources'>): string {
  const amount = fare.amount.toLocaleString('en-US', { maximumFractionDigits: 2 });
  const sources = fare.sources.length ? `; ${fare.sources.join('; ')}` : '';
  return `${QUALIFIER_WORDS[fare.qualifier]}${amount} ${fare.currency}, ${fare.covers} (${fare.confidence} confidence${sources})`;
}

/** "news.cnyes.com (China Railway notice), 2026-03-11, https://news.cnyes.com/news/id/6376688". */
export function citationInWords(c: Citation): string {
  return [c.title, c.date ?? 'undated', c.url].filter((part) => part !== null).join(', ');
}
