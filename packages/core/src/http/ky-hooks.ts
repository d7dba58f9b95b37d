import type { Hooks } from 'ky';
import { AuthenticationError } from '../errors/api-error.ts';
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
  if (plan.auth || context.logsRequests) {
    hooks.beforeRequest = [({ request }) => beforeAttempt(exchange, request, 1)];
    hooks.beforeRetry = [({ request, retryCount }) => beforeAttempt(exchange, request, retryCount + 1)];
  }
  if (context.logsRequests || plan.auth?.invalidate || plan.retry.maxRetries > 0 || plan.interpret) {
    hooks.afterResponse = [
      async ({ request, response, retryCount }) => {
        logResponse(exchange, request, response, retryCount + 1);
        if (response.ok) return interpretBody(exchange, response);
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
