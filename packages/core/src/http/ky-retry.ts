import type { RetryOptions as KyRetryOptions } from 'ky';
import type { Exchange } from './exchange.ts';
import { backoffCeiling } from './retry-policy.ts';
import { backoff, shouldRetry } from './retry-rules.ts';

/**
 * sessionkit's retry policy of one call as ky's `retry` option. ky runs the retries, their backoff and their waits;
 * what ky's options cannot say is added by `shouldRetry` and the backoff's last step, so ky needs no `afterResponse`
 * hook (which would clone every response):
 *
 * - `limit`: `maxRetries`, plus one when the call's credentials can be refreshed — ky counts the forced retry after
 *   a 401 against `limit`, sessionkit never counted it (`shouldRetry` keeps the failures to `maxRetries`);
 * - `methods`: the call's own method; whether it may be repeated is the idempotency rule in `shouldRetry` (a POST may
 *   be, when it never reached the server or got a 429), which no method list can say;
 * - `statusCodes`, `retryOnTimeout`: sessionkit's, as they are;
 * - `afterStatusCodes`: none — a server-requested wait is read with the vendor's own reader and honoured or refused
 *   in `shouldRetry` (`server-wait.ts`), since ky reads only the standard headers and caps a long wait instead of
 *   failing; `maxRetryAfter` is therefore not used;
 * - `delay`: `min(maxDelayMs, initialDelayMs × 2^n)`, n counting the failures retried so far; no `backoffLimit`,
 *   which would cap a server-requested wait too;
 * - `jitter`: the server's wait when it named one, none for the refresh, else full jitter (as ky's `jitter: true`),
 *   followed by the deadline and `onRetry` rules (`retry-rules.ts`).
 */
export function kyRetry(exchange: Exchange): KyRetryOptions {
  const { plan } = exchange;
  const { retry } = plan;
  return {
    limit: retry.maxRetries + (plan.auth?.invalidate ? 1 : 0),
    methods: [plan.method.toLowerCase() as Lowercase<typeof plan.method>],
    statusCodes: [...retry.statusCodes],
    afterStatusCodes: [],
    retryOnTimeout: retry.retryOnTimeout,
    delay: (retryNumber) => backoffCeiling(exchange.retriesSpent(retryNumber - 1), retry),
    jitter: (ceilingMs) => backoff(exchange, ceilingMs),
    shouldRetry: (state) => shouldRetry(exchange, state),
  };
}
