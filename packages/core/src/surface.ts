/**
 * The part of `@sessionkit/core` every vendor client re-exports (`export * from '@sessionkit/core/surface'`), so
 * that a user imports errors, paging and option types from the one client package they installed. Adding a name
 * here adds it to every client.
 *
 * @example
 * ```ts
 * import { NotFoundError, VapiClient } from '@sessionkit/vapi'; // NotFoundError comes from this module
 * ```
 *
 * @packageDocumentation
 */

export type { TokenProvider } from './auth/token-provider.ts';
export {
  ApiError,
  type ApiErrorInit,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './errors/api-error.ts';
export { ConfigurationError } from './errors/configuration-error.ts';
export { ConnectionError, RequestAbortedError, TimeoutError } from './errors/connection-error.ts';
export { PaginationError, type PaginationErrorReason } from './errors/pagination-error.ts';
export { SessionkitError } from './errors/sessionkit-error.ts';
export { RequestValidationError, ResponseValidationError, type ValidationIssue } from './errors/validation-errors.ts';
export type { RateLimiter, RateLimitSignal } from './fleet/rate-limiter.ts';
export type { StoredToken, TokenCache } from './fleet/token-cache.ts';
export type { SessionkitWarning } from './fleet/warning.ts';
export { ApiPromise } from './http/api-promise.ts';
export type { ClientOptions, FetchLike, ListOptions, RequestOptions, SchemaCompiler } from './http/client-options.ts';
export type {
  HttpHooks,
  RequestLogEntry,
  ResponseLogEntry,
  RetryLogEntry,
  ValidationIssueReport,
} from './http/hooks.ts';
export type { HttpMethod } from './http/http-method.ts';
export { path } from './http/path.ts';
export type { QueryParams, QueryValue } from './http/query.ts';
export type { RawRequest } from './http/raw-request.ts';
export type { ReceivedResponse, ResponseMeta, WithResponse } from './http/response-meta.ts';
export type { RetryOptions } from './http/retry-policy.ts';
export { Page } from './pagination/page.ts';
export { PagePromise } from './pagination/page-promise.ts';
export type {
  StandardSchemaIssue,
  StandardSchemaProps,
  StandardSchemaResult,
  StandardSchemaV1,
} from './schema/standard-schema.ts';
export type { ValidationMode } from './schema/validation-mode.ts';
export type { RecentSessionsOptions, SessionSource } from './session/session-source.ts';
export type {
  SessionCounts,
  SessionCustomer,
  SessionSummary,
  SessionSummaryStatus,
  VendorName,
} from './session/session-summary.ts';
