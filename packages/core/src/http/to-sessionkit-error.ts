import { HTTPError, TimeoutError as KyTimeoutError, NetworkError } from 'ky';
import { ConnectionError, RequestAbortedError, TimeoutError } from '../errors/connection-error.ts';
import { SessionkitError } from '../errors/sessionkit-error.ts';
import type { Exchange } from './exchange.ts';
import { mayHaveReachedServer, rootMessage } from './network-failure.ts';

/**
 * What a call's failure is in sessionkit's terms. ky's `HTTPError` becomes the `ApiError` subclass of its status,
 * a `NetworkError` (or whatever else the `fetch` of an attempt threw) a `ConnectionError` that says whether the
 * request may have reached the server, ky's `TimeoutError` a `TimeoutError` of kind `deadline` when the call's
 * total deadline has passed and `attempt` otherwise, anything after the caller's signal fired a
 * `RequestAbortedError`. Errors that already are sessionkit's (from auth, validation, a rule) pass unchanged.
 * Anything else — a bug in a hook, an auth strategy, a token provider — is not a transport failure: `undefined`, so
 * the caller rethrows it unchanged (a bug stays a bug, and is never retried as if it were the network's).
 */
export function toSessionkitError(error: unknown, exchange: Exchange): SessionkitError | undefined {
  if (SessionkitError.isInstance(error)) return error;
  const { method, safeUrl } = exchange.plan;
  if (error instanceof HTTPError) return exchange.apiError(error.response);
  if (exchange.aborted) return new RequestAbortedError(`${method} ${safeUrl()} was aborted by the caller`);
  if (error instanceof KyTimeoutError) return timeoutError(exchange);
  if (error instanceof NetworkError || (error !== undefined && error === exchange.fetchError)) {
    return connectionError(error instanceof NetworkError ? error.cause : error, exchange);
  }
  return undefined;
}

function timeoutError(exchange: Exchange): TimeoutError {
  const { method, safeUrl, timeoutMs, totalTimeoutMs } = exchange.plan;
  const reachedServer = exchange.attempts > 0;
  if (totalTimeoutMs !== undefined && exchange.deadlinePassed()) {
    return new TimeoutError(`${method} ${safeUrl()} exceeded its total deadline of ${totalTimeoutMs} ms`, {
      method,
      url: safeUrl(),
      reachedServer,
      timeoutMs: totalTimeoutMs,
      kind: 'deadline',
    });
  }
  return new TimeoutError(`${method} ${safeUrl()} timed out after ${timeoutMs} ms (attempt)`, {
    method,
    url: safeUrl(),
    reachedServer,
    timeoutMs,
    kind: 'attempt',
  });
}

function connectionError(cause: unknown, exchange: Exchange): ConnectionError {
  const { method, safeUrl } = exchange.plan;
  const message = exchange.context.redactor.text(rootMessage(cause));
  return new ConnectionError(`${method} ${safeUrl()} failed: ${message}`, {
    method,
    url: safeUrl(),
    reachedServer: mayHaveReachedServer(cause),
    cause: cause instanceof Error ? new Error(message) : undefined,
  });
}
