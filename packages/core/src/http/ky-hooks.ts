import type { Hooks } from 'ky';
import { RequestAbortedError } from '../errors/connection-error.ts';
import { waitForTurn } from '../fleet/rate-limiter.ts';
import { applyCredentials } from './call-credentials.ts';
import type { Exchange } from './exchange.ts';
import { logRequest } from './log-hooks.ts';

/**
 * ky's hooks for one call, only when it needs them: before every attempt (`beforeRequest` for the first,
 * `beforeRetry` for the others) the credentials, the `rateLimiter`'s turn, then `onRequest`. ky bounds these waits
 * by the call's `totalTimeout` (it races its hooks against it), not by the per-attempt timeout. What follows a
 * response runs inside the attempt's `fetch` (`settleAttempt`), and the retry decisions in `shouldRetry`: no
 * `afterResponse` hook, which ky would feed a clone of every response.
 */
export function kyHooks(exchange: Exchange): Hooks {
  const { plan, context } = exchange;
  if (!plan.auth && !context.logsRequests && !context.rateLimiter) return {};
  return {
    beforeRequest: [({ request }) => beforeAttempt(exchange, request, 1)],
    beforeRetry: [({ request, retryCount }) => beforeAttempt(exchange, request, retryCount + 1)],
  };
}

async function beforeAttempt(exchange: Exchange, request: Request, attempt: number): Promise<void> {
  await applyCredentials(exchange, request.headers);
  await awaitRateLimiter(exchange);
  logRequest(exchange, request, attempt);
}

/**
 * The `rateLimiter`, asked before every attempt of an authenticated call (retries included) with the bucket of the
 * credentials it carries. Its wait ends with a `RequestAbortedError` when the caller's signal fires; ky races its
 * hooks against the call's `totalTimeout`, and the per-attempt timeout only starts with the `fetch`.
 */
async function awaitRateLimiter(exchange: Exchange): Promise<void> {
  const { rateLimiter, bucketKey } = exchange.context;
  if (!rateLimiter || !exchange.plan.auth) return;
  const { signal, method, safeUrl } = exchange.plan;
  const key = await bucketKey(exchange.credentials);
  await waitForTurn(
    rateLimiter,
    key,
    signal,
    () => new RequestAbortedError(`${method} ${safeUrl()} was aborted by the caller while waiting for its rate limit`),
  );
}
