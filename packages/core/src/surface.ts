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
export {
  ApiError,
  AuthenticationError,
  BadRequestError,
  type ClientOptions,
  ConfigurationError,
  ConflictError,
  ConnectionError,
  type FetchLike,
  type HttpHooks,
  InternalServerError,
  NotFoundError,
  Page,
  PagePromise,
  PermissionDeniedError,
  path,
  RateLimitError,
  type RecentSessionsOptions,
  RequestAbortedError,
  type RequestLogEntry,
  type RequestOptions,
  RequestValidationError,
  type ResponseLogEntry,
  type ResponseMeta,
  ResponseValidationError,
  type RetryLogEntry,
  type RetryOptions,
  SessionkitError,
  type SessionSource,
  type SessionSummary,
  TimeoutError,
  type TokenProvider,
  UnprocessableEntityError,
  type ValidationIssue,
  type ValidationMode,
} from './index.ts';
