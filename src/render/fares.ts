/**
 * Fares and citations as every format shows them: the same words in the
 * table's notes, `routes`, CSV and iCalendar, the same objects in JSON.
 */
import type { Citation, Fare } from '../domain/model.js';
import { en } from '../i18n/en.js';
import type { Messages } from '../i18n/messages.js';

export interface JsonFare {
  amount: number;
  currency: string;
  qualifier: Fare['qualifier'];
  covers: string;
  confidence: Fare['confidence'];
  sources: string[];
}

export function jsonFare(fare: Fare): JsonFare {
  return {
    amount: fare.amount,
    currency: fare.currency,
    qualifier: fare.qualifier,
    covers: fare.covers,
    confidence: fare.confidence,
    sources: fare.sources,
  };
}

/** "from 674 RUB, Zabaikalsk–Manzhouli, one way (high confidence; m24.ru 2026-02-25)", in the catalogue's words; `covers` as the schedule gives it, or its translation. */
export function fareInWords(
  fare: Pick<Fare, 'amount' | 'currency' | 'qualifier' | 'covers' | 'confidence' | 'sources'>,
  m: Messages = en,
  covers: string = fare.covers,
): string {
  return m.fares.fare(
    fare.qualifier,
    m.fares.amount(fare.amount),
    fare.currency,
    covers,
    m.confidence[fare.confidence],
    fare.sources,
  );
}

/** "news.cnyes.com (China Railway notice), 2026-03-11, https://news.cnyes.com/news/id/6376688". */
export function citationInWords(c: Citation, m: Messages = en): string {
  return [c.title, c.date ?? m.fares.undated, c.url].filter((part) => part !== null).join(', ');
}
