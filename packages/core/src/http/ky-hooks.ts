import type { Hooks } from 'ky';
import { applyCredentials } from './call-credentials.ts';
import type { Exchange } from './exchange.ts';
import { logRequest } from './log-hooks.ts';

/**
 * ky's hooks for one call, only when it needs them: before every attempt (`beforeRequest` for the first,
 * `beforeRetry` for the others) the credentials, the `rateLimiter`'s turn, then `onRequest` — no `beforeRequest` when
 * the first attempt's credentials went with the request and nothing else is to be done before it. ky bounds these waits
 * by the call's `totalTimeout` (it races its hooks against it), not by the per-attempt timeout. What follows a
 * response runs inside the attempt's `fetch` (`settleAttempt`), and the retry decisions in `shouldRetry`: no
 * `afterResponse` hook, which ky would feed a clone of every response.
 */
export function kyHooks(exchange: Exchange): Hooks {
  const { plan, context } = exchange;
  if (!plan.auth && !context.logsRequests && !context.fleet) return {};
  const beforeRetry: NonNullable<Hooks['beforeRetry']> = [
    ({ request, retryCount }) => beforeAttempt(exchange, request, retryCount + 1),
  ];
  // Credentials sent with the request itself leave the first attempt nothing to do, unless it is logged or paced.
  if (exchange.credentialsSent && !context.logsRequests && !context.fleet) return { beforeRetry };
  return { beforeRequest: [({ request }) => beforeAttempt(exchange, request, 1)], beforeRetry };
}

async function beforeAttempt(exchange: Exchange, request: Request, attempt: number): Promise<void> {
  await applyCredentials(exchange, request.headers, attempt);
  const { fleet } = exchange.context;
  if (fleet) await (await fleet()).awaitTurn(exchange);
  logRequest(exchange, request, attempt);
}
