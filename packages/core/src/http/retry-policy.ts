import { ConfigurationError } from '../errors/configuration-error.ts';

/**
 * How failed attempts are retried. Every field can be set per client and per call.
 *
 * @example
 * ```ts
 * const retry: Partial<RetryOptions> = { maxRetries: 5, initialDelayMs: 250, maxRetryAfterMs: 120_000 };
 * const vapi = new VapiClient({ retry });
 * await vapi.sessions.get(id, { retry: { retryOnTimeout: false } });
 * ```
 */
export interface RetryOptions {
  /** Retries after the first attempt. Default 2. */
  readonly maxRetries: number;
  /** Backoff base: the first retry waits up to this long (full jitter). Default 500 ms. */
  readonly initialDelayMs: number;
  /** Cap of one backoff wait. Default 8 s. */
  readonly maxDelayMs: number;
  /** The longest server-requested wait (Retry-After) honoured; a longer one fails at once. Default 60 s. */
  readonly maxRetryAfterMs: number;
  /** Statuses retried. Default 408, 429, 500, 502, 503, 504. */
  readonly statusCodes: readonly number[];
  /** Retry an attempt that timed out (idempotent requests only). Default true. */
  readonly retryOnTimeout: boolean;
}

/**
 * The default retry policy: 2 retries, full-jitter backoff from 500 ms capped at 8 s, Retry-After honoured up to
 * 60 s, statuses 408, 429, 500, 502, 503 and 504, timeouts retried.
 *
 * @example
 * ```ts
 * // Also retry 409, keeping the default statuses.
 * const vapi = new VapiClient({ retry: { statusCodes: [...DEFAULT_RETRY_OPTIONS.statusCodes, 409] } });
 * ```
 */
export const DEFAULT_RETRY_OPTIONS: RetryOptions = Object.freeze({
  maxRetries: 2,
  initialDelayMs: 500,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 60_000,
  statusCodes: Object.freeze([408, 429, 500, 502, 503, 504]),
  retryOnTimeout: true,
});

/**
 * What went wrong in one attempt, as the policy sees it.
 *
 * @example
 * ```ts
 * const failure: AttemptFailure = { kind: 'status', status: 503, retryAfterMs: undefined };
 * const decision = decideRetry(failure, 0, true, DEFAULT_RETRY_OPTIONS);
 * ```
 */
export type AttemptFailure =
  | { readonly kind: 'status'; readonly status: number; readonly retryAfterMs: number | undefined }
  | { readonly kind: 'connection'; readonly reachedServer: boolean }
  | { readonly kind: 'timeout' };

/**
 * The policy's answer: wait and retry, or stop (with the reason, for logs).
 *
 * @example
 * ```ts
 * const decision: RetryDecision = decideRetry(failure, retriesSoFar, idempotent, options);
 * if (decision.retry) await new Promise((resolve) => setTimeout(resolve, decision.delayMs));
 * else console.debug('not retrying:', decision.reason);
 * ```
 */
export type RetryDecision =
  | { readonly retry: true; readonly delayMs: number }
  | { readonly retry: false; readonly reason: string };

/**
 * Decides whether attempt number `retriesSoFar + 1` may be retried.
 *
 * A request that is not idempotent is retried only when it provably was not processed: the connection never
 * reached the server, or the server answered 429.
 *
 * @example
 * ```ts
 * // failure, retries so far, idempotent, options: a POST that got a 429 is retried after the asked-for wait.
 * decideRetry({ kind: 'status', status: 429, retryAfterMs: 2_000 }, 0, false, DEFAULT_RETRY_OPTIONS);
 * // → { retry: true, delayMs: 2000 }
 * ```
 */
export function decideRetry(
  failure: AttemptFailure,
  retriesSoFar: number,
  idempotent: boolean,
  options: RetryOptions,
  random: () => number = Math.random,
): RetryDecision {
  if (retriesSoFar >= options.maxRetries) return { retry: false, reason: 'retries exhausted' };
  const backoff = (): number => fullJitterDelay(retriesSoFar, options, random);
  switch (failure.kind) {
    case 'connection':
      if (!mayRepeat(failure, idempotent))
        return { retry: false, reason: 'not idempotent; may have reached the server' };
      return { retry: true, delayMs: backoff() };
    case 'timeout':
      if (!mayRepeat(failure, idempotent))
        return { retry: false, reason: 'not idempotent; may have reached the server' };
      if (!options.retryOnTimeout) return { retry: false, reason: 'timeouts not retried' };
      return { retry: true, delayMs: backoff() };
    case 'status': {
      if (!options.statusCodes.includes(failure.status))
        return { retry: false, reason: `status ${failure.status} not retried` };
      if (!mayRepeat(failure, idempotent)) return { retry: false, reason: 'not idempotent' };
      if (failure.retryAfterMs === undefined) return { retry: true, delayMs: backoff() };
      if (failure.retryAfterMs > options.maxRetryAfterMs) {
        return { retry: false, reason: `server asked to wait ${failure.retryAfterMs} ms, above maxRetryAfterMs` };
      }
      return { retry: true, delayMs: Math.max(0, failure.retryAfterMs) };
    }
  }
}

/**
 * sessionkit's idempotency rule, the one part of the policy no HTTP method list can say: a request that is not
 * idempotent may be sent again only when it provably was not processed — the connection never reached the server,
 * or the server answered 429. Shared by `decideRetry` and the transport's ky configuration.
 *
 * @internal
 */
export function mayRepeat(
  failure:
    | { readonly kind: 'status'; readonly status: number }
    | { readonly kind: 'connection'; readonly reachedServer: boolean }
    | { readonly kind: 'timeout' },
  idempotent: boolean,
): boolean {
  if (idempotent) return true;
  switch (failure.kind) {
    case 'connection':
      return !failure.reachedServer;
    case 'timeout':
      return false;
    case 'status':
      return failure.status === 429;
  }
}

/**
 * The ceiling of the backoff before retry number `retriesSoFar + 1`: `min(maxDelayMs, initialDelayMs × 2^n)`. Full
 * jitter then waits a random time below it.
 *
 * @internal
 */
export function backoffCeiling(retriesSoFar: number, options: RetryOptions): number {
  return Math.min(options.maxDelayMs, options.initialDelayMs * 2 ** retriesSoFar);
}

/**
 * The retry options of one call: the client's, then the call's `retry`, then its `maxRetries`.
 *
 * @internal
 */
export function resolveRetry(
  base: RetryOptions,
  override: Partial<RetryOptions> | undefined,
  maxRetries: number | undefined,
): RetryOptions {
  if (override === undefined && maxRetries === undefined) return base;
  const merged = { ...base, ...override, ...(maxRetries === undefined ? {} : { maxRetries }) };
  if (!Number.isInteger(merged.maxRetries) || merged.maxRetries < 0) {
    throw new ConfigurationError('maxRetries must be a whole number ≥ 0.');
  }
  return merged;
}

/**
 * Exponential backoff with full jitter: a random wait in [0, min(maxDelay, initial × 2^n)].
 *
 * @example
 * ```ts
 * fullJitterDelay(2, DEFAULT_RETRY_OPTIONS); // random in [0, 2000]: min(8000, 500 × 2²)
 * fullJitterDelay(2, DEFAULT_RETRY_OPTIONS, () => 0.5); // 1000
 * ```
 */
export function fullJitterDelay(
  retriesSoFar: number,
  options: RetryOptions,
  random: () => number = Math.random,
): number {
  return Math.round(random() * backoffCeiling(retriesSoFar, options));
}
