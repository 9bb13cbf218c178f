// The one door (design.md): every host hands (method, input) here. Unknown method? Invalid input? Typed error.
// Otherwise call the service and map whatever it throws to an ApiError a person can act on.
import type { MethodName, MethodOutput, ApiHandlers } from '../../api/contract';
import { API, isMethodName } from '../../api/contract';
import { ApiError } from '../../api/errors';
import type { ApiErrorCode } from '../../api/errors';
import type { ErrorKind } from '../../domain/errors';
import { DomainError } from '../../domain/errors';

const API_CODE: Record<ErrorKind, ApiErrorCode> = {
  invalid_input: 'INVALID_INPUT',
  not_found: 'NOT_FOUND',
  conflict: 'CONFLICT',
  cancelled: 'CANCELLED',
  project_locked: 'PROJECT_LOCKED',
  io: 'IO',
};

export function toApiError(e: unknown): ApiError {
  if (e instanceof ApiError) return e;
  if (e instanceof DomainError) {
    return new ApiError(API_CODE[e.kind], e.message, e.issues, { code: e.code, params: e.params });
  }
  const err = e as NodeJS.ErrnoException;
  if (err?.code && ['ENOENT', 'EACCES', 'ENOSPC', 'EIO', 'EROFS', 'EPERM'].includes(err.code)) {
    return new ApiError('IO', `Could not read or write a file: ${err.message}`);
  }
  return new ApiError('INTERNAL', `Unexpected error: ${err?.message ?? String(e)}`);
}

export async function dispatch(
  handlers: ApiHandlers,
  method: string,
  input: unknown,
): Promise<MethodOutput<MethodName>> {
  if (!isMethodName(method)) {
    throw new ApiError('UNKNOWN_METHOD', `RoadGIS has no method "${method.slice(0, 100)}"`);
  }
  const parsed = API[method].input.safeParse(input ?? {});
  if (!parsed.success) {
    throw new ApiError(
      'INVALID_INPUT',
      `Invalid input for ${method}`,
      parsed.error.issues.map((i) => ({
        path: i.path.map(String).join('.') || '(input)',
        message: i.message,
      })),
    );
  }
  try {
    const handler = handlers[method] as (input: unknown) => Promise<MethodOutput<MethodName>>;
    return await handler(parsed.data);
  } catch (e) {
    throw toApiError(e);
  }
}
