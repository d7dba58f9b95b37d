import { RequestAbortedError } from '../errors/connection-error.ts';
import type { Exchange } from './exchange.ts';
import { assertHeaderValues } from './header-values.ts';
import { untilAborted } from './until-aborted.ts';

/**
 * The first attempt's credentials, asked for as the call starts (when the client has no fleet transport, whose token
 * cache the strategy needs). A strategy that answers at once — a static key or token — has its headers returned here,
 * to be sent with the request itself, so that the call needs no ky `beforeRequest` hook (ky races every hook against
 * the call's deadline, at a cost on every call). An answer still pending is kept for `applyCredentials` to wait for
 * in that hook, where ky bounds the wait by the call's `totalTimeout`; the strategy is asked once per attempt either
 * way.
 */
export function firstCredentials(exchange: Exchange): Readonly<Record<string, string>> | undefined {
  const { auth, signal } = exchange.plan;
  const { requestToken, fleet } = exchange.context;
  if (!auth || fleet) return undefined;
  const pending = auth.headers({ signal, requestToken });
  if (isPromiseLike(pending)) {
    // Awaited by the first attempt's hook; marked handled here in case the call ends before that hook runs.
    pending.then(undefined, () => undefined);
    exchange.pendingCredentials = pending;
    return undefined;
  }
  assertHeaderValues(pending);
  exchange.credentials = pending;
  exchange.credentialsSent = true;
  return pending;
}

/**
 * Puts the call's credentials on the request of an attempt (the first, unless `firstCredentials` sent them with the
 * request, and every retry, so a refreshed token is used). Waiting for them — a shared token fetch, say — ends as soon
 * as the caller's signal fires, with a `RequestAbortedError`; ky bounds the wait by the call's `totalTimeout` (it races
 * its hooks against it). The fetch itself goes on for the other callers.
 */
export async function applyCredentials(exchange: Exchange, headers: Headers, attempt: number): Promise<void> {
  const { auth, signal, method, safeUrl } = exchange.plan;
  if (!auth || (attempt === 1 && exchange.credentialsSent)) return;
  const { requestToken, fleet } = exchange.context;
  let pending: Record<string, string> | PromiseLike<Record<string, string>> | undefined =
    attempt === 1 ? exchange.pendingCredentials : undefined;
  exchange.pendingCredentials = undefined;
  if (!pending) {
    const tokenCache = fleet ? (await fleet()).tokenCache : undefined;
    pending = auth.headers({ signal, requestToken, tokenCache });
  }
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
