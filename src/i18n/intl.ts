/**
 * Dates, plurals and lists through Intl, for the languages other than
 * English. Formatters are made on first use and kept: only a process that
 * speaks the language pays for ICU's set-up.
 */
import { fromEpochDay, MS_PER_DAY } from '../domain/days.js';
import type { DateWords } from './messages.js';

/**
 * Epoch days are civil dates with no zone: each is formatted as the UTC
 * midnight that begins it, in UTC, so the machine's zone never moves it.
 */
const CIVIL_ZONE = 'UTC';

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export interface IntlDateStyle {
  /** The table's date: weekday, day, month, year. */
  day: Intl.DateTimeFormatOptions;
  /** A date in running text. */
  date: Intl.DateTimeFormatOptions;
  /** The width of the calendar's weekday heads. */
  weekday: 'short' | 'narrow';
  /** Titles start with a capital ("Декабрь 2026 г."): Russian months are written lower-case inside a sentence. */
  capitalizeTitle: boolean;
  /**
   * The table's date as its parts joined by spaces, without the locale's
   * punctuation and year mark ("ср 2 дек. 2026" rather than "ср, 2 дек. 2026 г."):
   * a table column, read down, needs no sentence around it.
   */
  compactDay?: boolean;
  /**
   * What joins the two ends of a run of days: `near` within a month ("7–20 дек.", "12月7日–20日"), `far` across
   * months ("27 нояб. – 10 дек."). The ends are written as the locale writes a day and month, the month said once
   * within a month; composed here rather than by Intl's formatRange, whose output changes with ICU's version
   * (zh-CN's is "12/7 – 12/20", unlike the table's "12月7日").
   */
  range: { near: string; far: string };
}

/** The date words of a BCP 47 locale. */
export function intlDates(locale: string, style: IntlDateStyle): DateWords {
  const format = (options: Intl.DateTimeFormatOptions) =>
    lazy(() => new Intl.DateTimeFormat(locale, { ...options, timeZone: CIVIL_ZONE }));
  const day = format(style.day);
  const date = format(style.date);
  // The table's date without its year, when the title gives it.
  const shortDay = format({ ...style.day, year: undefined });
  const dayMonth = format({ day: 'numeric', month: style.day.month });
  const dayMonthYear = format({ day: 'numeric', month: style.day.month, year: 'numeric' });
  const month = format({ year: 'numeric', month: 'long' });
  const year = format({ year: 'numeric' });
  const weekday = format({ weekday: style.weekday });
  const heads = lazy(() =>
    // 2024-01-01 was a Monday.
    Array.from({ length: 7 }, (_, i) => weekday().format(Date.UTC(2024, 0, 1 + i))),
  );
  /** A day as `formatter` writes it; compact styles keep its parts and drop the punctuation between them. */
  const label =
    (formatter: () => Intl.DateTimeFormat) =>
    (epochDay: number): string =>
      style.compactDay
        ? formatter()
            .formatToParts(epochDay * MS_PER_DAY)
            .filter((p) => p.type !== 'literal')
            .map((p) => p.value)
            .join(' ')
        : formatter().format(epochDay * MS_PER_DAY);
  /** A day's parts as written: compact styles keep the parts alone, joined by spaces. */
  const written = (parts: readonly Intl.DateTimeFormatPart[]): string =>
    style.compactDay
      ? parts
          .filter((p) => p.type !== 'literal')
          .map((p) => p.value)
          .join(' ')
      : parts.map((p) => p.value).join('');
  const dayRange = (first: number, last: number, withYear: boolean): string[] => {
    const formatter = withYear ? dayMonthYear : dayMonth;
    const a = formatter().formatToParts(first * MS_PER_DAY);
    const b = formatter().formatToParts(last * MS_PER_DAY);
    const [from, to] = [fromEpochDay(first), fromEpochDay(last)];
    if (from.year !== to.year || from.month !== to.month) return [`${written(a)}${style.range.far}`, written(b)];
    const dayAt = a.findIndex((p) => p.type === 'day');
    // The month said once: after the second day where the day comes first ("7–20 дек."), before the first where it follows ("12月7日–20日").
    return dayAt < a.findIndex((p) => p.type === 'month')
      ? [`${a[dayAt]!.value}${style.range.near}${written(b)}`]
      : [`${written(a)}${style.range.near}${written(b.slice(b.findIndex((p) => p.type === 'day')))}`];
  };
  return {
    dayLabel: label(day),
    shortDayLabel: label(shortDay),
    dayRange,
    date: (epochDay) => date().format(epochDay * MS_PER_DAY),
    monthTitle(year, m) {
      const title = month().format(Date.UTC(year, m - 1, 1));
      return style.capitalizeTitle ? title.charAt(0).toLocaleUpperCase(locale) + title.slice(1) : title;
    },
    weekdayHeads: heads,
    yearMonth(text) {
      const m = /^(\d{4})(?:-(\d{2}))?$/.exec(text);
      if (!m) return text;
      return m[2] === undefined
        ? year().format(Date.UTC(Number(m[1]), 0, 1))
        : month().format(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1));
    },
  };
}

/** The plural category of `n` in `locale` ("one", "few", "many", "other"…). */
export function pluralRules(locale: string): (n: number) => Intl.LDMLPluralRule {
  const rules = lazy(() => new Intl.PluralRules(locale));
  return (n) => rules().select(n);
}

/** "a, b и c" and "a, b или c" in `locale`. */
export function listFormats(locale: string): {
  and(items: readonly string[]): string;
  or(items: readonly string[]): string;
} {
  const and = lazy(() => new Intl.ListFormat(locale, { type: 'conjunction' }));
  const or = lazy(() => new Intl.ListFormat(locale, { type: 'disjunction' }));
  return { and: (items) => and().format(items), or: (items) => or().format(items) };
}

/** Amounts as the language writes them ("2 500" in Russian), up to two decimals. */
export function numberFormat(locale: string): () => Intl.NumberFormat {
  return lazy(() => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }));
}
