/**
 * A token as a store keeps it: its value, and when to stop handing it out (its refresh time).
 *
 * @example
 * ```ts
 * const token: StoredToken = { value: accessToken, expiresAt: Date.now() + 3_540_000 };
 * await tokenCache.set(key, token);
 * ```
 */
export interface StoredToken {
  readonly value: string;
  /** Epoch milliseconds from which the token is no longer handed out and a new one is fetched. */
  readonly expiresAt: number;
}

type MaybePromise<T> = T | Promise<T>;

/**
 * Where OAuth client-credentials tokens are kept between requests: get, set with an expiry, and compare-and-clear.
 * Today only in memory (`memoryTokenStore`), one per `clientCredentials()` strategy. Every method may answer
 * asynchronously, so that a later public `tokenCache` option can put the same three operations on a store shared by
 * several processes (Redis), keyed by `key`; `clearIf` is what keeps a late 401 for an old token from throwing away
 * a fresh one there too.
 *
 * @internal
 */
export interface TokenStore {
  /** The token under `key`, or `undefined` when there is none or it has expired. */
  get(key: string): MaybePromise<StoredToken | undefined>;
  /** Keeps `token` under `key` until its `expiresAt`. */
  set(key: string, token: StoredToken): MaybePromise<void>;
  /** Removes the token under `key` only if its value is still `value`; true when it did. */
  clearIf(key: string, value: string): MaybePromise<boolean>;
}

/**
 * A `TokenStore` in this process's memory, with `now` as its clock.
 *
 * @internal
 */
export function memoryTokenStore(now: () => number = Date.now): TokenStore {
  const tokens = new Map<string, StoredToken>();
  return {
    get(key) {
      const token = tokens.get(key);
      if (token && now() < token.expiresAt) return token;
      tokens.delete(key);
      return undefined;
    },
    set(key, token) {
      tokens.set(key, token);
    },
    clearIf(key, value) {
      if (tokens.get(key)?.value !== value) return false;
      tokens.delete(key);
      return true;
    },
  };
}
