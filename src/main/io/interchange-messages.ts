// How import and export say things through the API: an English sentence for the CLI and scripts, and the same
// as a code with values (ApiError.detail, `notices`) for a UI to say in its own language.
import type { ApiErrorCode, ApiIssue } from '../../api/errors';
import { ApiError } from '../../api/errors';
import type { CodedText } from '../../domain/assets/coded-text';

export function fail<C extends string>(code: ApiErrorCode, f: CodedText<C>, issues?: ApiIssue[]): ApiError {
  return new ApiError(code, f.text, issues, { code: f.code, params: f.params });
}

/** Notices as the API gives them: English sentences in `warnings`, codes and values in `notices`, same order. */
export function noticesOut<C extends string>(all: readonly CodedText<C>[]) {
  return {
    warnings: all.map((n) => n.text),
    notices: all.map(({ code, params }) => ({ code, params })),
  };
}
