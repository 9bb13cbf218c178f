import type { ApiErrorCode } from '../../../api/errors';

export const HTTP_STATUS: Record<ApiErrorCode, number> = {
  INVALID_INPUT: 400,
  UNKNOWN_METHOD: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  CANCELLED: 409,
  NO_PROJECT: 409,
  PROJECT_LOCKED: 423,
  IO: 500,
  INTERNAL: 500,
};
