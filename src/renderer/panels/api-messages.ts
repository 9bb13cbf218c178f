// What the service said, in the UI's language: errors and notices come with a code and values (see
// src/main/io/interchange-messages.ts); where a code is unknown here, the service's English is shown.
import { ApiError } from '../../api/errors';
import type { TextParams } from '../../domain/assets/coded-text';
import { t } from '../i18n/i18n';
import type { Messages } from '../i18n/vi';

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function failureText(e: unknown): string {
  const detail = e instanceof ApiError ? e.detail : undefined;
  if (!detail) return (e as Error).message;
  const m = t();
  const failure = m.failures[detail.code as keyof Messages['failures']];
  if (failure) return failure(detail.params);
  const unreadable = m.readErrors[detail.code as keyof Messages['readErrors']];
  return unreadable ? `${m.where(detail.params)}: ${unreadable(detail.params)}` : (e as Error).message;
}

/** One notice as a sentence; `english` is the service's own text for it. */
export function noticeText(n: { code: string; params: TextParams }, english: string): string {
  return sentence(t().notices[n.code as keyof Messages['notices']]?.(n.params) ?? english);
}
