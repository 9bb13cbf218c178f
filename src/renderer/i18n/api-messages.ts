// What the service said, in the UI's language: errors and notices come with a code and values (see
// src/main/io/interchange-messages.ts); where a code is unknown here, the service's English is shown.
import { ApiError } from '../../api/errors';
import type { TextParams } from '../../domain/assets/coded-text';
import type { Messages } from './vi';

const sentence = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Why an import, export or file read stopped. */
export function failureText(m: Messages, e: unknown): string {
  const detail = e instanceof ApiError ? e.detail : undefined;
  if (!detail) return (e as Error).message;
  const failure = m.failures[detail.code as keyof Messages['failures']];
  if (failure) return failure(detail.params);
  const unreadable = m.readErrors[detail.code as keyof Messages['readErrors']];
  return unreadable ? `${m.where(detail.params)}: ${unreadable(detail.params)}` : (e as Error).message;
}

/** The service's detail in the UI's language, when its code is one this UI knows; else its English. */
function detailText(m: Messages, e: unknown): string {
  const detail = e instanceof ApiError ? e.detail : undefined;
  if (!detail) return (e as Error).message;
  const change = m.changeFailures[detail.code as keyof Messages['changeFailures']];
  if (change) return change(detail.params);
  const reason = m.reasons[detail.code as keyof Messages['reasons']];
  if (reason) return `${String(detail.params.field ?? '')}: ${reason(detail.params)}`;
  return failureText(m, e);
}

/** Any failed call, for the status line: the kind of error in words, then the service's detail. */
export function errorText(m: Messages, e: unknown): string {
  const code = e instanceof ApiError ? e.code : 'NETWORK';
  return `${m.errorPrefix}: ${m.errors[code]} — ${detailText(m, e)}`;
}

/** One notice as a sentence; `english` is the service's own text for it. */
export function noticeText(m: Messages, n: { code: string; params: TextParams }, english: string): string {
  return sentence(m.notices[n.code as keyof Messages['notices']]?.(n.params) ?? english);
}

/** Why one imported row was rejected. */
export function reasonText(m: Messages, r: { code: string; params: TextParams; reason: string }): string {
  return m.reasons[r.code as keyof Messages['reasons']]?.(r.params) ?? r.reason;
}
