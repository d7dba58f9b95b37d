import type { Hooks } from 'ky';
import { applyCredentials, refreshAfter401 } from './call-credentials.ts';
import type { Exchange } from './exchange.ts';
import { logRequest, logResponse } from './log-hooks.ts';
import { retryAfterServerWait } from './server-wait.ts';

/**
 * ky's hooks for one call, only those it needs:
 *
 * - before every attempt (`beforeRequest` for the first, `beforeRetry` for the others): credentials, then
 *   `onRequest`;
 * - after every response (`afterResponse`): `onResponse`, then the one refresh after a 401 and the retry after a
 *   server-requested wait, both forced with `ky.retry()`.
 */
export function kyHooks(exchange: Exchange): Hooks {
  const { plan, context } = exchange;
  const hooks: Hooks = {};
  if (plan.auth || context.logsRequests) {
    hooks.beforeRequest = [({ request }) => beforeAttempt(exchange, request, 1)];
    hooks.beforeRetry = [({ request, retryCount }) => beforeAttempt(exchange, request, retryCount + 1)];
  }
  if (context.logsRequests || plan.auth?.invalidate || plan.retry.maxRetries > 0) {
    hooks.afterResponse = [
      async ({ request, response, retryCount }) => {
        logResponse(exchange, request, response, retryCount + 1);
        if (response.ok) return undefined;
        return (await refreshAfter401(exchange, response)) ?? retryAfterServerWait(exchange, response, retryCount);
      },
    ];
  }
  return hooks;
}

async function beforeAttempt(exchange: Exchange, request: Request, attempt: number): Promise<void> {
  // Seam: a `rateLimiter` option (a later issue) is asked here, before every attempt, retries included.
  await applyCredentials(exchange, request.headers);
  logRequest(exchange, request, attempt);
}
