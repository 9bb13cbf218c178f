// The UI languages: Vietnamese by default, English on request (?lang=en, or remembered from last time).
import { en } from './en';
import type { Messages } from './vi';
import { vi } from './vi';

export type Lang = 'vi' | 'en';
export type { Messages };

/** Where the choice is remembered between sessions. */
export const LANG_STORAGE_KEY = 'roadgis.lang';

export function messagesFor(lang: Lang): Messages {
  return lang === 'en' ? en : vi;
}

/** Number and date formatting that goes with the language. */
export function localeOf(lang: Lang): string {
  return lang === 'vi' ? 'vi-VN' : 'en-GB';
}

/** `?lang=` in the address wins, then the remembered choice, then Vietnamese. */
export function initialLang(search: string, remembered: string | null): Lang {
  const fromUrl = new URLSearchParams(search).get('lang');
  if (fromUrl === 'vi' || fromUrl === 'en') return fromUrl;
  return remembered === 'en' ? 'en' : 'vi';
}
