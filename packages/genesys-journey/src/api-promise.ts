import type { ResponseMeta } from '@sessionkit/core';
import type { RateLimitInfo } from './rate-limit.ts';

/**
 * Facts about the HTTP response a result came from: status, headers, attempts (retries included), the
 * `ININ-Correlation-Id` to quote to Genesys support, and the `inin-ratelimit-*` headers.
 *
 * @example
 * ```ts
 * const { data: session, response } = await gj.sessions.get(sessionId).withResponse();
 * console.log(response.correlationId, response.rateLimit?.remaining, response.attempts);
 * ```
 */
export interface GenesysResponse extends ResponseMeta {
  /** The `ININ-Correlation-Id` response header (same as `requestId`). */
  readonly correlationId: string | undefined;
  /** The rate-limit window as Genesys reported it, when it did. */
  readonly rateLimit: RateLimitInfo | undefined;
}

/**
 * A result with the response it came from; what `ApiPromise.withResponse()` resolves to.
 *
 * @example
 * ```ts
 * const result: WithResponse<Session> = await gj.sessions.get(sessionId).withResponse();
 * ```
 */
export interface WithResponse<T> {
  readonly data: T;
  readonly response: GenesysResponse;
}

/**
 * What every single-result method returns: await it for the data, or call `.withResponse()` for the data together
 * with the response's status, headers, correlation id and rate-limit window. The request is sent at once, whether or
 * not the promise is awaited.
 *
 * @example
 * ```ts
 * const session = await gj.sessions.get(sessionId);
 * const { data, response } = await gj.sessions.get(sessionId).withResponse();
 * ```
 */
export class ApiPromise<T> implements PromiseLike<T> {
  readonly #result: Promise<WithResponse<T>>;

  constructor(result: Promise<WithResponse<T>>) {
    this.#result = result;
  }

  /** The data together with the response it came from. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result;
  }

  then<R1 = T, R2 = never>(
    onFulfilled?: ((value: T) => R1 | PromiseLike<R1>) | null,
    onRejected?: ((reason: unknown) => R2 | PromiseLike<R2>) | null,
  ): Promise<R1 | R2> {
    return this.#result.then((result) => result.data).then(onFulfilled, onRejected);
  }

  catch<R = never>(onRejected?: ((reason: unknown) => R | PromiseLike<R>) | null): Promise<T | R> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }

  get [Symbol.toStringTag](): string {
    return 'ApiPromise';
  }
}
