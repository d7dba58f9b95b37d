import type { StoredToken, TokenCache } from '@sessionkit/core';
import { type Connection, connect, digest, type RedisStoreOptions } from './connection.ts';

/**
 * Options of `redisTokenCache`.
 *
 * @example
 * ```ts
 * const options: RedisTokenCacheOptions = { url: 'redis://127.0.0.1:6379', lockTtlMs: 10_000, pollMs: 25 };
 * ```
 */
export type RedisTokenCacheOptions = RedisStoreOptions & {
  /** How long the process holding the fetch lock may take before another may fetch. Default 30 s. */
  readonly lockTtlMs?: number | undefined;
  /** How often a waiting process looks for the token another one is fetching. Default 50 ms. */
  readonly pollMs?: number | undefined;
};

/**
 * A token cache on Redis, with `close()` for the connection it opened.
 *
 * @example
 * ```ts
 * const tokenCache: RedisTokenCache = redisTokenCache({ url });
process.once('SIGTERM', () => void tokenCache.close());
 * ```
 */
export interface RedisTokenCache extends TokenCache {
  close(): Promise<void>;
}

const CLEAR_IF = `
local stored = redis.call('GET', KEYS[1])
if stored and cjson.decode(stored).value == ARGV[1] then
  redis.call('DEL', KEYS[1])
  return 1
end
return 0`;

const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

/**
 * Client-credentials tokens shared by every process on one Redis (or Valkey) server: pass it as a client's
 * `tokenCache`. Keys (`prefix` defaults to `sessionkit:`; `<id>` is the first 32 hex digits of the SHA-256 of the
 * token URL, client id and scope — never the secret):
 *
 * - `<prefix>token:<id>`: the token as JSON `{ value, expiresAt }`, with a TTL ending at `expiresAt` (the client's
 *   refresh time, below the token's expiry);
 * - `<prefix>token-lock:<id>`: held (`SET NX PX lockTtlMs`) by the one process fetching a missing token; the others
 *   poll for the token until it is there or the lock is gone.
 *
 * A 401 deletes the token only if it is still the rejected one (a Lua compare-and-delete). When the server is
 * unreachable or slow the client uses its own memory, with one `onWarning`, and the server again once it answers.
 *
 * @example
 * ```ts
 * import { GenesysJourneyClient } from '@sessionkit/genesys-journey';
 * import { redisTokenCache } from '@sessionkit/redis';
 *
 * const genesys = new GenesysJourneyClient({ tokenCache: redisTokenCache({ url: 'redis://127.0.0.1:6379' }) });
 * ```
 */
export function redisTokenCache(options: RedisTokenCacheOptions): RedisTokenCache {
  const connection: Connection = connect(options);
  const lockTtlMs = options.lockTtlMs ?? 30_000;
  const pollMs = options.pollMs ?? 50;
  const tokenKey = async (key: string) => `${connection.prefix}token:${await digest(key)}`;
  const lockKey = async (key: string) => `${connection.prefix}token-lock:${await digest(key)}`;

  async function get(key: string): Promise<StoredToken | undefined> {
    const redis = await connection.ready();
    const stored = await redis.get(await tokenKey(key));
    if (!stored) return undefined;
    const token = JSON.parse(stored) as StoredToken;
    return Date.now() < token.expiresAt ? token : undefined;
  }

  async function set(key: string, token: StoredToken): Promise<void> {
    const ttlMs = Math.floor(token.expiresAt - Date.now());
    if (ttlMs <= 0) return;
    const redis = await connection.ready();
    await redis.set(
      await tokenKey(key),
      JSON.stringify({ value: token.value, expiresAt: token.expiresAt }),
      'PX',
      ttlMs,
    );
  }

  return {
    get,
    set,
    async clearIf(key, value) {
      const redis = await connection.ready();
      return (await redis.eval(CLEAR_IF, 1, await tokenKey(key), value)) === 1;
    },
    async singleFlight(key, fetch, { signal }) {
      const redis = await connection.ready();
      const lock = await lockKey(key);
      const owner = crypto.randomUUID();
      for (;;) {
        const found = await get(key);
        if (found) return found;
        if ((await redis.set(lock, owner, 'PX', lockTtlMs, 'NX')) === 'OK') {
          try {
            // Another process may have stored a token between the look and the lock.
            const late = await get(key);
            if (late) return late;
            const token = await fetch();
            await set(key, token);
            return token;
          } finally {
            await redis.eval(RELEASE, 1, lock, owner).catch(() => undefined);
          }
        }
        await new Promise<void>((resolve, reject) => {
          if (signal?.aborted) return reject(signal.reason);
          const timer = setTimeout(resolve, pollMs);
          signal?.addEventListener(
            'abort',
            () => {
              clearTimeout(timer);
              reject(signal.reason);
            },
            { once: true },
          );
        });
      }
    },
    close: () => connection.close(),
  };
}
