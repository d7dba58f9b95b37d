import { HTTPError, TimeoutError as KyTimeoutError, NetworkError, type ShouldRetryState } from 'ky';
import type { Exchange } from './exchange.ts';
import { mayHaveReachedServer } from './network-failure.ts';
import { mayRepeat } from './retry-policy.ts';
import { toSessionkitError } from './to-sessionkit-error.ts';

/**
 * ky's `shouldRetry` for one call: the rules of sessionkit's that ky's options cannot say. It answers `false` to
 * stop, or `undefined` to let ky's own checks decide (`statusCodes`, `retryOnTimeout`, network errors); `true` only
 * where ky's checks would refuse what sessionkit retries: a failure of `fetch` that ky does not recognise as a
 * network error (a runtime with other messages), which is a connection failure all the same, and a 413 listed in
 * `statusCodes` (ky retries a 413 only when it names a wait).
 *
 * - the caller's signal has fired: stop;
 * - `maxRetries` is spent (ky's `limit` leaves room for the one 401 refresh, which is not a retry of a failure);
 * - an error response with a server-requested wait: already decided in `afterResponse` (see `server-wait.ts`);
 * - a timeout once the call's deadline has passed: stop (the call fails with the deadline);
 * - the idempotency rule: a request that is not idempotent is repeated only when it provably was not processed.
 *
 * A failure it lets through is kept on the exchange, so that the backoff can announce it (`onRetry`) before ky waits.
 */
export function shouldRetry(exchange: Exchange, { error, retryCount }: ShouldRetryState): boolean | undefined {
  const { plan } = exchange;
  if (exchange.aborted) return false;
  if (exchange.retriesSpent(retryCount - 1) >= plan.retry.maxRetries) return false;
  let failure: Parameters<typeof mayRepeat>[0];
  let unrecognised = false;
  if (error instanceof HTTPError) {
    if (exchange.context.retryAfter(error.response.headers, Date.now()) !== undefined) return false;
    failure = { kind: 'status', status: error.response.status };
  } else if (error instanceof KyTimeoutError) {
    if (exchange.deadlinePassed()) return false;
    failure = { kind: 'timeout' };
  } else if (error instanceof NetworkError) {
    failure = { kind: 'connection', reachedServer: mayHaveReachedServer(error.cause) };
  } else if (error === exchange.fetchError) {
    failure = { kind: 'connection', reachedServer: mayHaveReachedServer(error) };
    unrecognised = true;
  } else {
    return false;
  }
  if (!mayRepeat(failure, plan.idempotent)) return false;
  exchange.retrying = { error, attempt: retryCount };
  // ky retries a 413 only when it names a wait; sessionkit retries every status listed in `statusCodes`.
  if (failure.kind === 'status' && failure.status === 413 && plan.retry.statusCodes.includes(413)) return true;
  return unrecognised ? true : undefined;
}

/**
 * The last step before ky waits out a backoff (ky's `jitter`, which it calls once it has chosen to retry): full
 * jitter below ky's ceiling, then two of sessionkit's rules ky has no hook for, since `beforeRetry` runs only after
 * the wait. A wait that would end past the call's deadline fails the call at once with the failure it would have
 * retried (ky would sleep until the deadline, then throw a `TimeoutError`); any other wait is announced to `onRetry`
 * with its length, before it starts — so an abort from `onRetry` stops the call before the wait.
 */
export function backoff(exchange: Exchange, ceilingMs: number, random: () => number = Math.random): number {
  const delayMs = Math.round(random() * ceilingMs);
  const retrying = exchange.retrying;
  exchange.retrying = undefined;
  if (!retrying) return delayMs;
  const error = toSessionkitError(retrying.error, exchange);
  if (!error) throw retrying.error;
  if (exchange.wouldPassDeadline(delayMs)) throw error;
  exchange.announceRetry(error, retrying.attempt, delayMs);
  return delayMs;
}
