import type { Hooks } from 'ky';
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
  if (!plan.auth && !context.logsRequests && !context.fleet) return {};
  return {
    beforeRequest: [({ request }) => beforeAttempt(exchange, request, 1)],
    beforeRetry: [({ request, retryCount }) => beforeAttempt(exchange, request, retryCount + 1)],
  };
}

async function beforeAttempt(exchange: Exchange, request: Request, attempt: number): Promise<void> {
  await applyCredentials(exchange, request.headers);
  const { fleet } = exchange.context;
  if (fleet) await (await fleet()).awaitTurn(exchange);
  logRequest(exchange, request, attempt);
}
