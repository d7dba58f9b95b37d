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
  const { fleet } = exchange.context;
  if (fleet) await (await fleet()).observe(exchange, response);
  if (text === undefined || !response.ok || !exchange.plan.interpret) return;
  const found = exchange.plan.interpret(text, response);
  if (!found) return;
  exchange.interpreted = found;
  throw found;
}
