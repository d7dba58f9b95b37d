import { settleAttempt } from './attempt-response.ts';
import type { FetchLike } from './client-options.ts';
import type { Exchange } from './exchange.ts';

/**
 * The `fetch` ky calls for each attempt of a call. It reads the whole body inside the attempt, so that a body cut
 * off or arriving too slowly fails that attempt — retried by ky like any other failure, and bounded by ky's
 * per-attempt `timeout` — instead of failing after ky has finished. ky gets a copy of the response without its body
 * (sessionkit reads error bodies itself, not through ky's `HTTPError.data`); the text is kept on the exchange, and
 * what follows a response (`settleAttempt`: `onResponse`, the rate limiter, the vendor's reading of a success) runs
 * here, inside the attempt. The client's `fetch` is looked up at each
 * attempt, so a replaced `globalThis.fetch` still takes effect.
 */
export function bufferedFetch(exchange: Exchange): FetchLike {
  return async (input, init) => {
    const attempt = ++exchange.attempts;
    exchange.attemptStartedAt = performance.now();
    exchange.body = undefined;
    let response: Response;
    let text: string;
    try {
      response = await exchange.context.fetch()(input, init);
      text = await response.text();
    } catch (error) {
      if (attempt === exchange.attempts) exchange.fetchError = error;
      throw error;
    }
    const { status, statusText, headers } = response;
    // A timed-out attempt may still settle; only the attempt in flight speaks for the call.
    if (attempt !== exchange.attempts) return new Response(null, { status, statusText, headers });
    exchange.body = text;
    await settleAttempt(exchange, input as Request, response, attempt, text);
    return new Response(null, { status, statusText, headers });
  };
}
