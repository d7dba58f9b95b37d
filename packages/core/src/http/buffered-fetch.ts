import type { FetchLike } from './client-options.ts';
import type { Exchange } from './exchange.ts';

/**
 * The `fetch` ky calls for each attempt of a call. It reads the whole body inside the attempt, so that a body cut
 * off or arriving too slowly fails that attempt — retried by ky like any other failure, and bounded by ky's
 * per-attempt `timeout` — instead of failing after ky has finished. ky gets the response without its body (nothing
 * in ky needs it; copying a body costs more than the rest of a request's bookkeeping); the text is kept on the
 * exchange. The client's `fetch` is looked up at each attempt, so a replaced `globalThis.fetch` still takes effect.
 */
export function bufferedFetch(exchange: Exchange): FetchLike {
  return async (input, init) => {
    const attempt = ++exchange.attempts;
    exchange.attemptStartedAt = performance.now();
    exchange.last = undefined;
    try {
      const response = await exchange.context.fetch()(input, init);
      const text = await response.text();
      const { status, statusText, headers } = response;
      const bodiless = new Response(null, { status, statusText, headers });
      // A timed-out attempt may still settle; only the attempt in flight speaks for the call.
      if (attempt === exchange.attempts) exchange.last = { response: bodiless, text };
      return bodiless;
    } catch (error) {
      if (attempt === exchange.attempts) exchange.fetchError = error;
      throw error;
    }
  };
}
