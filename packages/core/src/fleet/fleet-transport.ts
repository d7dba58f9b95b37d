import { RequestAbortedError } from '../errors/connection-error.ts';
import type { ClientOptions } from '../http/client-options.ts';
import type { Exchange } from '../http/exchange.ts';
import { callHook } from '../http/hooks.ts';
import type { RateLimiter, RateLimitSignal } from './rate-limiter.ts';
import { resilientRateLimiter } from './resilient-rate-limiter.ts';
import { resilientTokenCache, type TokenCache } from './token-cache.ts';
import { sleep } from './with-timeout.ts';

const STORE_RETRY_AFTER_MS = 5_000;
const HASHES_KEPT = 16;

/**
 * What a client given a `tokenCache` or a `rateLimiter` adds to its transport: both made resilient (each falls back
 * to this process's memory, with one warning, while it is down), the limiter's turn before every attempt and its
 * lesson after every response. Loaded only by clients that set one of the two options, so that no other bundle
 * carries it.
 */
export interface FleetTransport {
  /** The `tokenCache` option, made resilient; `undefined` for the strategy's own memory. */
  readonly tokenCache: TokenCache | undefined;
  /**
   * Waits for the `rateLimiter`'s turn before an attempt of an authenticated call (retries included), in the bucket
   * of the credentials it carries; ends with a `RequestAbortedError` when the caller's signal fires. ky races its
   * hooks against the call's `totalTimeout`; the per-attempt timeout only starts with the `fetch`.
   */
  awaitTurn(exchange: Exchange): Promise<void>;
  /** Tells the `rateLimiter` what the vendor said about the bucket (its window headers, a 429's Retry-After). */
  observe(exchange: Exchange, response: Response): Promise<void>;
}

/** The fleet transport of a client with these options. */
export function fleetTransport(config: ClientOptions & { readonly vendor: string }): FleetTransport {
  const resilience = {
    timeoutMs: config.storeTimeoutMs ?? 1_000,
    retryAfterMs: STORE_RETRY_AFTER_MS,
    warn: (warning: Parameters<NonNullable<NonNullable<ClientOptions['hooks']>['onWarning']>>[0]) =>
      callHook(config.hooks?.onWarning, warning),
  };
  const rateLimiter: RateLimiter | undefined =
    config.rateLimiter && resilientRateLimiter(config.rateLimiter, resilience);
  const hashes = new Map<string, Promise<string>>();
  /** The limiter's bucket key for these credentials: the vendor and a hash of the credential values. */
  const bucketKey = (credentials: Readonly<Record<string, string>>): Promise<string> => {
    const raw = Object.keys(credentials)
      .sort()
      .map((name) => `${name}:${credentials[name]}`)
      .join('\n');
    let hash = hashes.get(raw);
    if (!hash) {
      hash = sha256Hex(raw).then((hex) => `${config.vendor.toLowerCase()}:${hex.slice(0, 32)}`);
      hashes.set(raw, hash);
      if (hashes.size > HASHES_KEPT) hashes.delete(hashes.keys().next().value as string);
    }
    return hash;
  };
  return {
    tokenCache: config.tokenCache && resilientTokenCache(config.tokenCache, resilience),
    async awaitTurn(exchange) {
      if (!rateLimiter || !exchange.plan.auth) return;
      const { signal, method, safeUrl } = exchange.plan;
      await waitForTurn(
        rateLimiter,
        await bucketKey(exchange.credentials),
        signal,
        () =>
          new RequestAbortedError(`${method} ${safeUrl()} was aborted by the caller while waiting for its rate limit`),
      );
    },
    async observe(exchange, response) {
      if (!rateLimiter || !exchange.plan.auth) return;
      const waitMs = response.ok ? undefined : exchange.context.retryAfter(response.headers, Date.now());
      const signal = readRateLimitSignal(response, waitMs);
      if (signal) await rateLimiter.observe(await bucketKey(exchange.credentials), signal);
    },
  };
}

/** Waits until `limiter` lets a request under `key` go; rejects with `reason()` as soon as `signal` fires. */
async function waitForTurn(
  limiter: RateLimiter,
  key: string,
  signal: AbortSignal | undefined,
  reason: () => Error,
): Promise<void> {
  for (;;) {
    if (signal?.aborted) throw reason();
    const waitMs = await limiter.acquire(key);
    if (!(waitMs > 0)) return;
    await sleep(Math.min(waitMs, 60_000), signal, reason);
  }
}

/** The vendor's rate-limit signal in a response's headers; `undefined` when it says nothing. */
function readRateLimitSignal(response: Response, retryAfterMs: number | undefined): RateLimitSignal | undefined {
  const headers = response.headers;
  const first = (...names: string[]): number | undefined => {
    for (const name of names) {
      const value = headers.get(name);
      if (value !== null && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
    }
    return undefined;
  };
  const count = first('inin-ratelimit-count');
  const allowed = first('inin-ratelimit-allowed', 'x-ratelimit-limit', 'ratelimit-limit');
  const remaining = first('x-ratelimit-remaining', 'ratelimit-remaining');
  const reset = first('inin-ratelimit-reset', 'ratelimit-reset');
  const signal: RateLimitSignal = {
    status: response.status,
    count: count ?? (allowed !== undefined && remaining !== undefined ? allowed - remaining : undefined),
    allowed,
    resetMs: reset !== undefined ? reset * 1000 : undefined,
    retryAfterMs,
  };
  const saysSomething =
    signal.count !== undefined ||
    signal.allowed !== undefined ||
    signal.resetMs !== undefined ||
    retryAfterMs !== undefined;
  return saysSomething || response.status === 429 ? signal : undefined;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
