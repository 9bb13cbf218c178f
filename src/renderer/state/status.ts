// The status line: what just happened, said in the current language (a text is kept as a function of the
// catalog, so switching language re-says it).
import type { ReadonlySignal } from '@preact/signals';
import { signal } from '@preact/signals';
import type { Messages } from '../i18n/i18n';
import { errorText } from '../i18n/api-messages';

export type Text = (m: Messages) => string;

export interface StatusLine {
  text: Text;
  error: boolean;
}

export interface StatusState {
  line: ReadonlySignal<StatusLine | null>;
  show(text: Text, error?: boolean): void;
  /** A failed call: the kind of error in words, then the service's detail. */
  fail(e: unknown): void;
}

export function createStatus(): StatusState {
  const line = signal<StatusLine | null>(null);
  return {
    line,
    show(text, error = false) {
      line.value = { text, error };
    },
    fail(e) {
      line.value = { text: (m) => errorText(m, e), error: true };
    },
  };
}
