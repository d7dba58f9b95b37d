import { settleAttempt } from './attempt-response.ts';
import type { FetchLike } from './client-options.ts';
import type { Exchange } from './exchange.ts';

/**
 * The body of a streamed call's successful response, handed over to the caller once its headers arrived, with the
 * means to end the connection (`cancel`). Kept on the exchange until the call returns it.
 *
 * @example
 * ```ts
 * const { meta, body } = await http.stream({ method: 'POST', path: '/chat', json: { sessionId, input, stream: true } });
 * const reader = body.body?.getReader();
 * body.cancel(); // closes the connection
 * ```
 */
export interface StreamedBody {
  readonly body: ReadableStream<Uint8Array> | null;
  /** Aborts the connection (and with it the body) with this reason. */
  readonly cancel: (reason?: unknown) => void;
}

/**
 * The `fetch` ky calls for each attempt of a streamed call (`HttpClient.stream`). Until the response headers arrive
 * the attempt is ky's: its per-attempt `timeout`, the call's `totalTimeout`, the caller's `signal` and its retry rules
 * all apply, as for any call. Once the headers of a successful (2xx) response arrived, the body is detached from
 * ky's timers: the connection then follows only the caller's `signal` and `StreamedBody.cancel`, so a long, healthy
 * stream outlasts both timeouts, and ky, which gets a body-less copy, has nothing left to retry. An error status is
 * read whole, as `bufferedFetch` does, so it maps to the usual `ApiError` (and may be retried by the usual rules).
 */
export function streamedFetch(exchange: Exchange): FetchLike {
  return async (input, init) => {
    const attempt = ++exchange.attempts;
    exchange.attemptStartedAt = performance.now();
    exchange.body = undefined;
    exchange.streamed = undefined;
    const connection = new AbortController();
    const kySignal = (input instanceof Request ? input.signal : undefined) ?? init?.signal ?? undefined;
    const followKy = (): void => connection.abort(kySignal?.reason);
    const caller = exchange.plan.signal;
    const followCaller = (): void => connection.abort(caller?.reason);
    kySignal?.addEventListener('abort', followKy, { once: true });
    caller?.addEventListener('abort', followCaller, { once: true });
    if (kySignal?.aborted) followKy();
    try {
      const response = await exchange.context.fetch()(input, { ...init, signal: connection.signal });
      kySignal?.removeEventListener('abort', followKy);
      const { status, statusText, headers } = response;
      if (attempt !== exchange.attempts) {
        // A timed-out attempt that settled late: nobody reads it.
        connection.abort();
        return new Response(null, { status, statusText, headers });
      }
      if (!response.ok) {
        exchange.body = await response.text();
        caller?.removeEventListener('abort', followCaller);
      } else {
        exchange.body = '';
        exchange.streamed = {
          body: response.body,
          cancel: (reason) => {
            caller?.removeEventListener('abort', followCaller);
            connection.abort(reason);
          },
        };
      }
      await settleAttempt(exchange, input as Request, response, attempt, undefined);
      return new Response(null, { status, statusText, headers });
    } catch (error) {
      kySignal?.removeEventListener('abort', followKy);
      caller?.removeEventListener('abort', followCaller);
      if (attempt === exchange.attempts) exchange.fetchError = error;
      throw error;
    }
  };
}
