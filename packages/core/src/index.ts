export type { AuthContext, AuthStrategy, TokenRequester } from './auth/auth-strategy.ts';
export { type ClientCredentialsOptions, clientCredentials } from './auth/client-credentials.ts';
export { type ClientCredentialsSource, clientCredentialsFrom } from './auth/client-credentials-from-env.ts';
export { oneKindOfCredentials } from './auth/one-kind.ts';
export { apiKeyHeader, bearerToken, noAuth } from './auth/static-credentials.ts';
export { type TokenProvider, tokenProvider } from './auth/token-provider.ts';
export { httpUrl } from './config/http-url.ts';
export { readEnv } from './config/read-env.ts';
export * from './errors/index.ts';
export {
  memoryRateLimiter,
  type PacingOptions,
  type RateLimiter,
  type RateLimitSignal,
} from './fleet/rate-limiter.ts';
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
export {
  HttpClient,
  type HttpClientConfig,
  type HttpRequest,
  type StreamedResponse,
} from './http/http-client.ts';
export type { HttpMethod } from './http/http-method.ts';
export { path } from './http/path.ts';
export type { QueryParams, QueryValue } from './http/query.ts';
export type { RawRequest } from './http/raw-request.ts';
export type { ReceivedResponse, ResponseMeta, WithResponse } from './http/response-meta.ts';
export { type RetryAfterReader, readRetryAfter, withResetHeader } from './http/retry-after.ts';
export {
  type AttemptFailure,
  DEFAULT_RETRY_OPTIONS,
  decideRetry,
  fullJitterDelay,
  type RetryDecision,
  type RetryOptions,
} from './http/retry-policy.ts';
export type { StreamedBody } from './http/streamed-fetch.ts';
export { type ListPaging, listPaginator } from './pagination/list-paginator.ts';
export { DEFAULT_MAX_PAGES, Page } from './pagination/page.ts';
export { PagePromise } from './pagination/page-promise.ts';
export type { FetchedPage, Paginator } from './pagination/paginator.ts';
export { cursorStrategy, type NextParams, nextUriStrategy, pageNumberStrategy } from './pagination/strategies.ts';
export { isBrowser } from './runtime/is-browser.ts';
export { DateTimeInput, IsoDateTime, JsonObject, PathId } from './schema/building-blocks.ts';
export { findUnknownKeys } from './schema/find-unknown-keys.ts';
export { formatPath, toValidationIssues } from './schema/issue-path.ts';
export { openEnum } from './schema/open-enum.ts';
export { parseResponse, type ResponseContext } from './schema/parse-response.ts';
export type { AssertTrue, Identical, InputMatches, SchemaMatches, SchemaOf } from './schema/schema-of.ts';
export type {
  StandardSchemaIssue,
  StandardSchemaProps,
  StandardSchemaResult,
  StandardSchemaV1,
} from './schema/standard-schema.ts';
export { unknownFieldsOf } from './schema/unknown-fields.ts';
export { validateInput } from './schema/validate-input.ts';
export { validateStandard } from './schema/validate-standard.ts';
export type { ValidationMode } from './schema/validation-mode.ts';
export type { RecentSessionsOptions, SessionSource } from './session/session-source.ts';
export type {
  SessionCounts,
  SessionCustomer,
  SessionSummary,
  SessionSummaryStatus,
  VendorName,
} from './session/session-summary.ts';
export { SessionSummarySchema, VendorNameSchema } from './session/session-summary-schema.ts';
export { summarize } from './session/summarize.ts';
export { VERSION } from './version.ts';
