import { memoryTokenStore, type StoredToken } from '../auth/token-store.ts';
import type { SessionkitWarning } from './warning.ts';
import { withTimeout } from './with-timeout.ts';

/**
 * Where OAuth client-credentials tokens live (the `tokenCache` client option): get, set with an expiry, and
 * compare-and-clear, keyed by the token URL, the client id and the scope (never the secret). The default keeps them
 * in the process's memory; `@sessionkit/redis` shares them across processes. `singleFlight`, when the cache has it,
 * makes one process of all those sharing the cache fetch a missing token while the others wait for it.
 *
 * @example
 * ```ts
 * import { redisTokenCache } from '@sessionkit/redis';
 * const genesys = new GenesysJourneyClient({ tokenCache: redisTokenCache({ url: 'redis://127.0.0.1:6379' }) });
 * ```
 */
export interface TokenCache {
  /** The token under `key`, or `undefined` when there is none or it has expired. */
  get(key: string): StoredToken | undefined | Promise<StoredToken | undefined>;
  /** Keeps `token` under `key` until its `expiresAt`. */
  set(key: string, token: StoredToken): void | Promise<void>;
  /** Removes the token under `key` only if its value is still `value` (compare-and-clear); true when it did. */
  clearIf(key: string, value: string): boolean | Promise<boolean>;
  /**
   * Returns the token under `key`; when there is none, runs `fetch` in exactly one of the processes sharing the
   * cache, stores what it returns, and makes the others wait for that token (each bounded by `signal`).
   */
  singleFlight?(
    key: string,
    fetch: () => Promise<StoredToken>,
    options: { readonly signal?: AbortSignal | undefined },
  ): Promise<StoredToken>;
}

export type { StoredToken };

/** An error thrown by the token request itself, not by the store: it is the caller's, never a reason to fall back. */
class FetchFailure {
  readonly error: unknown;
  constructor(error: unknown) {
    this.error = error;
  }
}

export interface ResilienceOptions {
  /** Longest wait for one store operation before the local fallback is used. */
  readonly timeoutMs: number;
  /** How long after a failure the store is left alone (local behaviour) before it is tried again. */
  readonly retryAfterMs: number;
  readonly warn: (warning: SessionkitWarning) => void;
  readonly now?: () => number;
}

/**
 * Tracks a shared store's health: one warning per outage, a pause before it is asked again, and the outage is over
 * at its first answer.
 *
 * @internal
 */
export class StoreHealth {
  readonly #options: ResilienceOptions;
  readonly #code: string;
  readonly #what: string;
  #downUntil = 0;
  #warned = false;

  constructor(options: ResilienceOptions, code: string, what: string) {
    this.#options = options;
    this.#code = code;
    this.#what = what;
  }

  get up(): boolean {
    return (this.#options.now ?? Date.now)() >= this.#downUntil;
  }

  succeeded(): void {
    this.#warned = false;
  }

  failed(cause: unknown): void {
    this.#downUntil = (this.#options.now ?? Date.now)() + this.#options.retryAfterMs;
    if (this.#warned) return;
    this.#warned = true;
    const reason = cause instanceof Error ? cause.message : String(cause);
    this.#options.warn({
      code: this.#code,
      message: `${this.#what} did not answer (${reason}); using this process's own until it does.`,
      cause,
    });
  }

  /** `operation()` on the store, else `fallback()`; the store is skipped while it is known to be down. */
  async run<T>(operation: () => T | PromiseLike<T>, fallback: () => T | PromiseLike<T>): Promise<T> {
    if (!this.up) return fallback();
    try {
      const value = await withTimeout(operation(), this.#options.timeoutMs, this.#what);
      this.succeeded();
      return value;
    } catch (error) {
      if (error instanceof FetchFailure) throw error;
      this.failed(error);
      return fallback();
    }
  }
}

/**
 * The token cache a client uses: `shared` while it answers, this process's memory while it does not (one warning per
 * outage through `onWarning`), `shared` again once it answers. A token fetched during an outage is kept locally; a
 * 401 clears the rejected token from both.
 *
 * @internal
 */
export function resilientTokenCache(shared: TokenCache, options: ResilienceOptions): TokenCache {
  const local = memoryTokenStore(options.now);
  const health = new StoreHealth(options, 'token-cache-unavailable', 'The shared token cache');
  return {
    async get(key) {
      return (
        (await health.run(
          () => shared.get(key),
          () => undefined,
        )) ?? (await local.get(key))
      );
    },
    async set(key, token) {
      await local.set(key, token);
      await health.run(
        () => shared.set(key, token),
        () => undefined,
      );
    },
    async clearIf(key, value) {
      const locally = await local.clearIf(key, value);
      const remotely = await health.run(
        () => shared.clearIf(key, value),
        () => false,
      );
      return locally || remotely;
    },
    async singleFlight(key, fetch, { signal }) {
      const fetchOnce = async (): Promise<StoredToken> => {
        try {
          return await fetch();
        } catch (error) {
          throw new FetchFailure(error);
        }
      };
      let fetched: Promise<StoredToken> | undefined;
      const once = (): Promise<StoredToken> => {
        fetched ??= fetchOnce();
        return fetched;
      };
      try {
        if (!health.up || !shared.singleFlight) {
          const token = await once();
          await this.set(key, token);
          return token;
        }
        try {
          // No timeout here: waiting for another process's fetch is expected; the store bounds its own commands.
          const token = await shared.singleFlight(key, once, { signal });
          health.succeeded();
          await local.set(key, token);
          return token;
        } catch (error) {
          if (error instanceof FetchFailure || signal?.aborted) throw error;
          health.failed(error);
          // The token this process fetched, if the store failed after the fetch: never a second token request.
          const token = await once();
          await local.set(key, token);
          return token;
        }
      } catch (error) {
        throw error instanceof FetchFailure ? error.error : error;
      }
    },
  };
}
