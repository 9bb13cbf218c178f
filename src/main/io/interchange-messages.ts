// How import and export say things: an English sentence for the CLI and scripts, and the same as a code with
// values (DomainError code/params, `notices`) for a UI to say in its own language.
import type { CodedText } from '../../domain/assets/coded-text';
import type { ErrorIssue, ErrorKind } from '../../domain/errors';
import { DomainError } from '../../domain/errors';

export function fail<C extends string>(kind: ErrorKind, f: CodedText<C>, issues?: ErrorIssue[]): DomainError {
  return new DomainError(kind, f, issues);
}

/** Notices as the API gives them: English sentences in `warnings`, codes and values in `notices`, same order. */
export function noticesOut<C extends string>(all: readonly CodedText<C>[]) {
  return {
    warnings: all.map((n) => n.text),
    notices: all.map(({ code, params }) => ({ code, params })),
  };
}
