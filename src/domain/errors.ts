// Errors the layers below the hosts throw (domain rules, store, io, jobs): a kind the one door maps to an API
// error code, and the message as a code with values (plus the English sentence) so each UI can say it in its
// own language. Nothing below the hosts knows about HTTP or the API's error shapes.
import type { CodedText, TextParams } from './assets/coded-text';

export type ErrorKind = 'invalid_input' | 'not_found' | 'conflict' | 'cancelled' | 'project_locked' | 'io';

export interface ErrorIssue {
  /** Dotted path of the offending field, or file:row:field for a row of a file. */
  path: string;
  message: string;
}

/** A DomainError as plain data: what crosses a worker thread's message port. */
export interface DomainErrorBody {
  domainError: true;
  kind: ErrorKind;
  code: string;
  params: TextParams;
  message: string;
  issues?: ErrorIssue[];
}

export class DomainError extends Error {
  readonly code: string;
  readonly params: TextParams;

  constructor(
    readonly kind: ErrorKind,
    detail: CodedText<string>,
    readonly issues?: ErrorIssue[],
  ) {
    super(detail.text);
    this.name = 'DomainError';
    this.code = detail.code;
    this.params = detail.params;
  }

  toBody(): DomainErrorBody {
    return {
      domainError: true,
      kind: this.kind,
      code: this.code,
      params: this.params,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
    };
  }

  static fromBody(body: DomainErrorBody): DomainError {
    return new DomainError(
      body.kind,
      { code: body.code, params: body.params, text: body.message },
      body.issues,
    );
  }
}

export function isDomainErrorBody(v: unknown): v is DomainErrorBody {
  return typeof v === 'object' && v !== null && (v as DomainErrorBody).domainError === true;
}
