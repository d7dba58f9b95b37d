import type { ResponseMeta } from '@sessionkit/core/surface';
import type { RateLimitInfo } from './rate-limit.ts';

/**
 * Facts about the HTTP response a result came from — core's `ResponseMeta` (status, headers, request id, attempts
 * with retries) plus the `ININ-Correlation-Id` to quote to Genesys support and the `inin-ratelimit-*` window. What
 * `.withResponse()` gives next to the data, on every single-result method and on the first page of a list.
 *
 * @example
 * ```ts
 * const { data: session, response } = await gj.sessions.get(sessionId).withResponse();
 * console.log(response.correlationId, response.rateLimit?.remaining, response.attempts);
 * ```
 */
export interface GenesysResponse extends ResponseMeta {
  /** The `ININ-Correlation-Id` response header (the same as `requestId`); `undefined` when Genesys sent none. */
  readonly correlationId: string | undefined;
  /** The rate-limit window as Genesys reported it (`inin-ratelimit-*`), when it did. */
  readonly rateLimit: RateLimitInfo | undefined;
}
