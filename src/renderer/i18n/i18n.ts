// The UI language: Vietnamese by default, English on request; remembered between sessions.
import { en } from './en';
import type { Messages } from './vi';
import { vi } from './vi';

export type Lang = 'vi' | 'en';
const STORAGE_KEY = 'roadgis.lang';
const listeners = new Set<() => void>();

function initialLang(): Lang {
  const fromUrl = new URLSearchParams(location.search).get('lang');
  if (fromUrl === 'vi' || fromUrl === 'en') return fromUrl;
  return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'vi';
}

let current: Lang = initialLang();

export function lang(): Lang {
  return current;
}

export function t(): Messages {
  return current === 'en' ? en : vi;
}

export function setLang(next: Lang): void {
  current = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  listeners.forEach((l) => l());
}

export function onLangChange(listener: () => void): void {
  listeners.add(listener);
}
