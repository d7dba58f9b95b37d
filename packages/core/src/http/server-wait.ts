import type { Exchange } from './exchange.ts';
import { mayRepeat } from './retry-policy.ts';

/**
 * The wait an error response asks for (`Retry-After`, `retry-after-ms` or the vendor's reset header), read with the
 * vendor's own reader — ky reads only the standard timing headers, and its `maxRetryAfter` shortens a longer wait
 * where sessionkit refuses it, so ky's `afterStatusCodes` is left empty and `shouldRetry` asks here instead.
 *
 * - `undefined`: the response names no wait; the usual rules decide;
 * - `false`: it names one that is not honoured, and the call fails at once (typically with the `RateLimitError`):
 *   the status is not one of `retry.statusCodes`, the request may not be repeated (not idempotent and not a 429),
 *   no retry is left, or the wait is above `retry.maxRetryAfterMs`;
 * - a number: the wait to honour. Whether it would end past the call's deadline is the backoff's to say.
 */
export function serverWait(exchange: Exchange, response: Response, retriesMade: number): number | false | undefined {
  const { plan } = exchange;
  const { retry } = plan;
  const waitMs = exchange.context.retryAfter(response.headers, Date.now());
  if (waitMs === undefined) return undefined;
  if (!retry.statusCodes.includes(response.status)) return false;
  if (!mayRepeat({ kind: 'status', status: response.status }, plan.idempotent)) return false;
  if (exchange.retriesSpent(retriesMade) >= retry.maxRetries) return false;
  if (waitMs > retry.maxRetryAfterMs) return false;
  return Math.max(0, waitMs);
}
