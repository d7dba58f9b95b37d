import type { Hooks } from 'ky';
import { AuthenticationError } from '../errors/api-error.ts';
import { RequestAbortedError } from '../errors/connection-error.ts';
import { readRateLimitSignal, waitForTurn } from '../fleet/rate-limiter.ts';
import { applyCredentials, refreshAfter401, refreshCredentials } from './call-credentials.ts';
import type { Exchange } from './exchange.ts';
import { logRequest, logResponse } from './log-hooks.ts';
import { retryAfterServerWait } from './server-wait.ts';

/**
 * ky's hooks for one call, only those it needs:
 *
 * - before every attempt (`beforeRequest` for the first, `beforeRetry` for the others): credentials, then
 *   `onRequest`;
 * - after every response (`afterResponse`): `onResponse`, then the one refresh after a 401 and the retry after a
 *   server-requested wait, both forced with `ky.retry()`; for a success, the vendor's reading of the body
 *   (`interpret`): an error it finds is raised from here, inside the call.
 */
export function kyHooks(exchange: Exchange): Hooks {
  const { plan, context } = exchange;
  const hooks: Hooks = {};
  if (plan.auth || context.logsRequests || context.rateLimiter) {
    hooks.beforeRequest = [({ request }) => beforeAttempt(exchange, request, 1)];
    hooks.beforeRetry = [({ request, retryCount }) => beforeAttempt(exchange, request, retryCount + 1)];
  }
  if (
    context.logsRequests ||
    plan.auth?.invalidate ||
    plan.retry.maxRetries > 0 ||
    plan.interpret ||
    context.rateLimiter
  ) {
    hooks.afterResponse = [
      async ({ request, response, retryCount }) => {
        logResponse(exchange, request, response, retryCount + 1);
        await observeRateLimit(exchange, response);
        if (response.ok) return interpretBody(exchange, response);
        return (await refreshAfter401(exchange, response)) ?? retryAfterServerWait(exchange, response, retryCount);
      },
    ];
  }
  return hooks;
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

/** Tells the `rateLimiter` what the vendor said about the bucket (its window headers, a 429's Retry-After). */
async function observeRateLimit(exchange: Exchange, response: Response): Promise<void> {
  const { rateLimiter, bucketKey, retryAfter } = exchange.context;
  if (!rateLimiter || !exchange.plan.auth) return;
  const waitMs = response.ok ? undefined : retryAfter(response.headers, Date.now());
  const signal = readRateLimitSignal(response, waitMs);
  if (signal) await rateLimiter.observe(await bucketKey(exchange.credentials), signal);
}

/** The vendor's reading of a successful body: the error it finds is thrown (an authentication error refreshes once). */
async function interpretBody(exchange: Exchange, response: Response): Promise<ReturnType<typeof refreshCredentials>> {
  const found = exchange.plan.interpret?.(exchange.body ?? '', response);
  if (!found) return undefined;
  if (AuthenticationError.isInstance(found)) {
    const refresh = await refreshCredentials(exchange);
    if (refresh) return refresh;
  }
  throw found;
}
