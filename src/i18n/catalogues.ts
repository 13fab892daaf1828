/**
 * The catalogue of a language. English is part of every bundle; the others
 * are imported only when chosen, so an English run never evaluates them.
 */
import { en } from './en.js';
import type { Lang } from './langs.js';
import type { Messages } from './messages.js';

export async function loadMessages(lang: Lang): Promise<Messages> {
  switch (lang) {
    case 'en':
      return en;
    case 'ru':
      return (await import('./ru.js')).ru;
    case 'zh':
      return (await import('./zh.js')).zh;
    case 'ko':
      return (await import('./ko.js')).ko;
  }
}
