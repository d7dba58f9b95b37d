import { RequestAbortedError } from '../errors/connection-error.ts';
import type { Exchange } from './exchange.ts';
import { assertHeaderValues } from './header-values.ts';
import { untilAborted } from './until-aborted.ts';

/**
 * Puts the call's credentials on the request of an attempt (the first and every retry, so a refreshed token is
 * used). Waiting for them — a shared token fetch, say — ends as soon as the caller's signal fires, with a
 * `RequestAbortedError`; ky bounds the wait by the call's `totalTimeout` (it races its hooks against it). The fetch
 * itself goes on for the other callers.
 */
export async function applyCredentials(exchange: Exchange, headers: Headers): Promise<void> {
  const { auth, signal, method, safeUrl } = exchange.plan;
  if (!auth) return;
  const { requestToken, fleet } = exchange.context;
  const tokenCache = fleet ? (await fleet()).tokenCache : undefined;
  const pending = auth.headers({ signal, requestToken, tokenCache });
  const credentials = isPromiseLike(pending)
    ? await untilAborted(
        pending,
        signal,
        () => new RequestAbortedError(`${method} ${safeUrl()} was aborted by the caller while waiting for credentials`),
      )
    : pending;
  assertHeaderValues(credentials);
  for (const [name, value] of Object.entries(credentials)) headers.set(name, value);
  exchange.credentials = credentials;
}

/**
 * The one refresh after rejected credentials (a 401, or an authentication error a vendor reports inside a successful
 * response): the strategy is told which credentials were rejected — it forgets them only if they are still its
 * current ones, so N concurrent 401s cost one refresh — and the request may be sent once more, at once, with whatever
 * credentials are current then. `false` when there is nothing to refresh or the refresh was already spent. ky's
 * `limit` holds one retry more than `maxRetries` for it, so the refresh is not taken from the retries of failures.
 */
export async function refreshCredentials(exchange: Exchange): Promise<boolean> {
  const { auth } = exchange.plan;
  if (exchange.refreshed || !auth?.invalidate) return false;
  if (!(await auth.invalidate(exchange.credentials))) return false;
  exchange.refreshed = true;
  return true;
}

function isPromiseLike<T>(value: T | PromiseLike<T>): value is PromiseLike<T> {
  return typeof (value as Partial<PromiseLike<T>>).then === 'function';
}
