// Typed errors every host returns the same way: a code a program can branch on, a message a person can act on.
export type ApiErrorCode =
  | 'INVALID_INPUT'
  | 'UNKNOWN_METHOD'
  | 'NOT_FOUND'
  | 'CONFLICT'
  /** A long job stopped because the person asked (jobs.cancel): nothing landed, nothing was written. */
  | 'CANCELLED'
  | 'PROJECT_LOCKED'
  | 'NO_PROJECT'
  | 'IO'
  | 'INTERNAL';

export interface ApiIssue {
  /** Dotted path of the offending field, e.g. "properties.lanes". */
  path: string;
  message: string;
}

/** The message as a code and values, where the service has one, so a UI can say it in its own language. */
export interface ApiErrorDetail {
  code: string;
  params: Record<string, string | number>;
}

export interface ApiErrorBody {
  code: ApiErrorCode;
  message: string;
  issues?: ApiIssue[];
  detail?: ApiErrorDetail;
}

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly issues?: ApiIssue[],
    readonly detail?: ApiErrorDetail,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  toBody(): ApiErrorBody {
    return {
      code: this.code,
      message: this.message,
      ...(this.issues ? { issues: this.issues } : {}),
      ...(this.detail ? { detail: this.detail } : {}),
    };
  }

  static fromBody(body: ApiErrorBody): ApiError {
    return new ApiError(body.code, body.message, body.issues, body.detail);
  }
}

export function isApiErrorBody(v: unknown): v is ApiErrorBody {
  return (
    typeof v === 'object' &&
    v !== null &&
    typeof (v as ApiErrorBody).code === 'string' &&
    typeof (v as ApiErrorBody).message === 'string'
  );
}
