/**
 * The languages railnext speaks and how one is chosen: --lang, then
 * RAILNEXT_LANG, then the POSIX locale variables, else English.
 */

export const LANGS = ['en', 'ru', 'zh', 'ko'] as const;
export type Lang = (typeof LANGS)[number];
export function isLang(text: string): text is Lang {
  return (LANGS as readonly string[]).includes(text);
}

/**
 * The language of a POSIX locale name ("ru_RU.UTF-8" → ru, "zh_CN" → zh, "ko" → ko),
 * or undefined for C, POSIX and languages railnext does not speak.
 */
export function langOfLocale(locale: string): Lang | undefined {
  const language = /^([a-z]{2,3})(?:[_.@-]|$)/i.exec(locale)?.[1]?.toLowerCase();
  return language !== undefined && isLang(language) ? language : undefined;
}

/** A locale whose charset is UTF-8, or not named ("ru_RU"); not one whose charset is another ("ru_RU.KOI8-R"). */
const utf8 = (locale: string): boolean => {
  const charset = /\.([^@]+)/.exec(locale)?.[1];
  return charset === undefined || /^utf-?8$/i.test(charset);
};

export interface LangChoice {
  lang: Lang;
  /** Set when RAILNEXT_LANG names a language railnext does not speak: said on stderr, then the locale decides. */
  warning?: { variable: 'RAILNEXT_LANG'; value: string };
}

/**
 * Chooses the language. `flag` is --lang as typed (already checked against LANGS by the caller);
 * RAILNEXT_LANG takes only a language code; LC_ALL, LC_MESSAGES and LANG are read
 * in POSIX order, the first set and non-empty one deciding (LC_ALL=C means English even under LANG=ru_RU),
 * and a locale in a charset other than UTF-8 means English too.
 */
export function chooseLang(flag: Lang | undefined, env: Record<string, string | undefined>): LangChoice {
  if (flag !== undefined) return { lang: flag };
  const own = env.RAILNEXT_LANG;
  let warning: LangChoice['warning'];
  if (own) {
    const lang = own.toLowerCase();
    if (isLang(lang)) return { lang };
    warning = { variable: 'RAILNEXT_LANG', value: own };
  }
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  // A terminal set to KOI8-R, EUC-KR or GB18030 would show UTF-8 text as mojibake and ASCII output as "?": English it is.
  const lang = (locale && utf8(locale) && langOfLocale(locale)) || 'en';
  return warning ? { lang, warning } : { lang };
}
