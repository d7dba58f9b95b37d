import type { FetchLike } from './client-options.ts';
import type { Exchange } from './exchange.ts';

/**
 * The `fetch` ky calls for each attempt of a call. It reads the whole body inside the attempt, so that a body cut
 * off or arriving too slowly fails that attempt — retried by ky like any other failure, and bounded by ky's
 * per-attempt `timeout` — instead of failing after ky has finished. ky gets a copy of the response without its body
 * (sessionkit reads error bodies itself, not through ky's `HTTPError.data`, and a body-less copy is cheap for ky to
 * clone for its `afterResponse` hook); the text is kept on the exchange. The client's `fetch` is looked up at each
 * attempt, so a replaced `globalThis.fetch` still takes effect.
 */
export function bufferedFetch(exchange: Exchange): FetchLike {
  return async (input, init) => {
    const attempt = ++exchange.attempts;
    exchange.attemptStartedAt = performance.now();
    exchange.body = undefined;
    try {
      const response = await exchange.context.fetch()(input, init);
      const text = await response.text();
      const { status, statusText, headers } = response;
      const bodiless = new Response(null, { status, statusText, headers });
      // A timed-out attempt may still settle; only the attempt in flight speaks for the call.
      if (attempt === exchange.attempts) exchange.body = text;
      return bodiless;
    } catch (error) {
      if (attempt === exchange.attempts) exchange.fetchError = error;
      throw error;
    }
  };
}
