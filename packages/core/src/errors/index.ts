export {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  createApiError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  type VendorErrorDetails,
} from './api-error.ts';
export { ConfigurationError } from './configuration-error.ts';
export {
  ConnectionError,
  type ConnectionErrorOptions,
  RequestAbortedError,
  TimeoutError,
} from './connection-error.ts';
export { readOAuthErrorBody } from './oauth-error-body.ts';
export { PaginationError, type PaginationErrorReason } from './pagination-error.ts';
export { Redactor } from './redactor.ts';
export { SessionkitError } from './sessionkit-error.ts';
export { RequestValidationError, ResponseValidationError, type ValidationIssue } from './validation-errors.ts';
