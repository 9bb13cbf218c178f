// The UI language as a signal: components read their texts from it, so switching re-renders them.
import type { ReadonlySignal } from '@preact/signals';
import { computed, signal } from '@preact/signals';
import type { Lang, Messages } from '../i18n/i18n';
import { localeOf, messagesFor } from '../i18n/i18n';

export interface LanguageState {
  lang: ReadonlySignal<Lang>;
  texts: ReadonlySignal<Messages>;
  /** For numbers and dates: vi-VN or en-GB. */
  locale: ReadonlySignal<string>;
  setLang(next: Lang): void;
}

/** `remember` keeps the choice for the next session (localStorage in the app, nothing in tests). */
export function createLanguage(initial: Lang, remember: (lang: Lang) => void = () => {}): LanguageState {
  const lang = signal<Lang>(initial);
  return {
    lang,
    texts: computed(() => messagesFor(lang.value)),
    locale: computed(() => localeOf(lang.value)),
    setLang(next) {
      lang.value = next;
      remember(next);
    },
  };
}
