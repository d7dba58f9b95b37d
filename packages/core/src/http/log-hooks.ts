import type { Exchange } from './exchange.ts';
import { callHook } from './hooks.ts';

/** `onRequest`: attempt number `attempt` is about to be sent, its headers (credentials included) redacted. */
export function logRequest(exchange: Exchange, request: Request, attempt: number): void {
  const { hooks, redactor } = exchange.context;
  if (!hooks?.onRequest) return;
  callHook(hooks.onRequest, {
    method: request.method,
    url: redactor.url(request.url),
    headers: redactor.headers(request.headers),
    attempt,
  });
}

/** `onResponse`: attempt number `attempt` was answered (any status); `durationMs` runs to the body's last byte. */
export function logResponse(exchange: Exchange, request: Request, response: Response, attempt: number): void {
  const { hooks, redactor } = exchange.context;
  if (!hooks?.onResponse) return;
  callHook(hooks.onResponse, {
    method: request.method,
    url: redactor.url(request.url),
    status: response.status,
    attempt,
    durationMs: performance.now() - exchange.attemptStartedAt,
    requestId: exchange.requestId(response.headers),
  });
}
