import { readRateLimitSignal } from '../fleet/rate-limiter.ts';
import type { Exchange } from './exchange.ts';
import { logResponse } from './log-hooks.ts';

/**
 * What happens once an attempt's response is in, inside the attempt's `fetch` (so ky needs no `afterResponse` hook,
 * which would clone every response): `onResponse`, then what the vendor said about its rate-limit bucket to the
 * `rateLimiter`, then, for a buffered success, the vendor's reading of the body (`HttpRequest.interpret`). An error
 * that reading finds is thrown from the attempt and kept on the exchange, so that `shouldRetry` knows it for what it
 * is: the one refresh for an `AuthenticationError`, no retry for any other.
 */
export async function settleAttempt(
  exchange: Exchange,
  request: Request,
  response: Response,
  attempt: number,
  text: string | undefined,
): Promise<void> {
  logResponse(exchange, request, response, attempt);
  await observeRateLimit(exchange, response);
  if (text === undefined || !response.ok || !exchange.plan.interpret) return;
  const found = exchange.plan.interpret(text, response);
  if (!found) return;
  exchange.interpreted = found;
  throw found;
}

/** Tells the `rateLimiter` what the vendor said about the bucket (its window headers, a 429's Retry-After). */
async function observeRateLimit(exchange: Exchange, response: Response): Promise<void> {
  const { rateLimiter, bucketKey, retryAfter } = exchange.context;
  if (!rateLimiter || !exchange.plan.auth) return;
  const waitMs = response.ok ? undefined : retryAfter(response.headers, Date.now());
  const signal = readRateLimitSignal(response, waitMs);
  if (signal) await rateLimiter.observe(await bucketKey(exchange.credentials), signal);
}
