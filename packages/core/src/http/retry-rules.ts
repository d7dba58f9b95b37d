import { HTTPError, TimeoutError as KyTimeoutError, NetworkError, type ShouldRetryState } from 'ky';
import { AuthenticationError } from '../errors/api-error.ts';
import { refreshCredentials } from './call-credentials.ts';
import type { Exchange } from './exchange.ts';
import { mayHaveReachedServer } from './network-failure.ts';
import { mayRepeat } from './retry-policy.ts';
import { serverWait } from './server-wait.ts';
import { toSessionkitError } from './to-sessionkit-error.ts';

/**
 * ky's `shouldRetry` for one call: the rules of sessionkit's that ky's options cannot say. It answers `false` to
 * stop, `true` to retry (the backoff then waits and announces it), or `undefined` to let ky's own checks decide
 * (`statusCodes`, `retryOnTimeout`, network errors). In order:
 *
 * - the caller's signal has fired: stop;
 * - rejected credentials — a 401, or an `AuthenticationError` the vendor's reading of a successful body found — are
 *   refreshed once and the request sent again at once (not counted against `maxRetries`); any other error that
 *   reading found is not retried;
 * - `maxRetries` is spent (ky's `limit` leaves room for the one refresh);
 * - an error response that names a wait: honoured when the rules allow it (`server-wait.ts`), else the call stops;
 * - a timeout once the call's deadline has passed: stop (the call fails with the deadline);
 * - the idempotency rule: a request that is not idempotent is repeated only when it provably was not processed.
 *
 * `true` is also the answer where ky's checks would refuse what sessionkit retries: a failure of `fetch` that ky
 * does not recognise as a network error (a runtime with other messages), which is a connection failure all the same,
 * and a 413 listed in `statusCodes` (ky retries a 413 only when it names a wait). The decision is kept on the
 * exchange for the backoff.
 */
export async function shouldRetry(
  exchange: Exchange,
  { error, retryCount }: ShouldRetryState,
): Promise<boolean | undefined> {
  const { plan } = exchange;
  if (exchange.aborted) return false;
  const rejectedCredentials =
    (error instanceof HTTPError && error.response.status === 401) ||
    (error === exchange.interpreted && AuthenticationError.isInstance(error));
  if (rejectedCredentials && (await refreshCredentials(exchange))) {
    exchange.retrying = { kind: 'refresh' };
    return true;
  }
  if (error === exchange.interpreted) return false;
  const retriesMade = retryCount - 1;
  if (exchange.retriesSpent(retriesMade) >= plan.retry.maxRetries) return false;
  let failure: Parameters<typeof mayRepeat>[0];
  let decided = false;
  if (error instanceof HTTPError) {
    const waitMs = serverWait(exchange, error.response, retriesMade);
    if (waitMs === false) return false;
    if (waitMs !== undefined) {
      exchange.retrying = { kind: 'failure', error, attempt: retryCount, waitMs };
      return true;
    }
    failure = { kind: 'status', status: error.response.status };
    // ky retries a 413 only when it names a wait; sessionkit retries every status listed in `statusCodes`.
    decided = failure.status === 413 && plan.retry.statusCodes.includes(413);
  } else if (error instanceof KyTimeoutError) {
    if (exchange.deadlinePassed()) return false;
    failure = { kind: 'timeout' };
  } else if (error instanceof NetworkError) {
    failure = { kind: 'connection', reachedServer: mayHaveReachedServer(error.cause) };
  } else if (error === exchange.fetchError) {
    failure = { kind: 'connection', reachedServer: mayHaveReachedServer(error) };
    decided = true;
  } else {
    return false;
  }
  if (!mayRepeat(failure, plan.idempotent)) return false;
  exchange.retrying = { kind: 'failure', error, attempt: retryCount };
  return decided ? true : undefined;
}

/**
 * The last step before ky waits (ky's `jitter`, which it calls once it has chosen to retry): the wait, then two of
 * sessionkit's rules ky has no hook for, since `beforeRetry` runs only after the wait. The wait is the server's when
 * it named one, none for the refresh after rejected credentials, and otherwise full jitter below ky's ceiling. A wait
 * that would end past the call's deadline fails the call at once with the failure it would have retried (ky would
 * sleep until the deadline, then throw a `TimeoutError`); any other wait of a failure is announced to `onRetry` with
 * its length, before it starts — so an abort from `onRetry` stops the call before the wait.
 */
export function backoff(exchange: Exchange, ceilingMs: number, random: () => number = Math.random): number {
  const retrying = exchange.retrying;
  exchange.retrying = undefined;
  if (retrying?.kind === 'refresh') return 0;
  const delayMs = retrying?.waitMs ?? Math.round(random() * ceilingMs);
  if (!retrying) return delayMs;
  const error = toSessionkitError(retrying.error, exchange);
  if (!error) throw retrying.error;
  if (exchange.wouldPassDeadline(delayMs)) throw error;
  exchange.announceRetry(error, retrying.attempt, delayMs);
  return delayMs;
}
