import ky from 'ky';
import type { Exchange } from './exchange.ts';
import { mayRepeat } from './retry-policy.ts';

type RetryMarker = ReturnType<typeof ky.retry>;

/**
 * The retry of an error response that says how long to wait (`Retry-After`, `retry-after-ms` or the vendor's reset
 * header), decided in ky's `afterResponse` and forced with `ky.retry({ delay })`: ky reads only the standard timing
 * headers, and its `maxRetryAfter` shortens a longer wait where sessionkit refuses it. `undefined` leaves the
 * response to ky, which throws its `HTTPError`; `shouldRetry` then declines any error response that carried a wait.
 *
 * The wait is honoured when the status is one of `retry.statusCodes`, the request may be repeated (idempotent, or
 * a 429), a retry is left, the wait is at most `retry.maxRetryAfterMs` (a longer one fails at once, typically with
 * the `RateLimitError`), and it ends before the call's deadline (else the call fails at once too). It is announced to
 * `onRetry` before ky waits.
 */
export function retryAfterServerWait(
  exchange: Exchange,
  response: Response,
  retryCount: number,
): RetryMarker | undefined {
  const { plan } = exchange;
  const { retry } = plan;
  if (!retry.statusCodes.includes(response.status)) return undefined;
  const waitMs = exchange.context.retryAfter(response.headers, Date.now());
  if (waitMs === undefined) return undefined;
  if (!mayRepeat({ kind: 'status', status: response.status }, plan.idempotent)) return undefined;
  if (exchange.retriesSpent(retryCount) >= retry.maxRetries) return undefined;
  if (waitMs > retry.maxRetryAfterMs) return undefined;
  const delay = Math.max(0, waitMs);
  if (exchange.wouldPassDeadline(delay)) return undefined;
  exchange.announceRetry(exchange.apiError(response), retryCount + 1, delay);
  return ky.retry({ delay, code: 'RETRY_AFTER' });
}
