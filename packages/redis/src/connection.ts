import { Redis, type RedisOptions } from 'ioredis';

/**
 * How to reach the server: a URL (`redis://`, `rediss://`, Valkey too), or a client you already have.
 *
 * @example
 * ```ts
 * const connection: RedisConnection = { client: new Redis(process.env.REDIS_URL) }; // import { Redis } from 'ioredis'
 * ```
 */
export type RedisConnection =
  | { readonly url: string; readonly client?: undefined }
  | { readonly client: Redis; readonly url?: undefined };

/**
 * Options every store of this package takes.
 *
 * @example
 * ```ts
 * const options: RedisStoreOptions = { url: 'redis://127.0.0.1:6379', prefix: 'billing:', commandTimeoutMs: 250 };
 * ```
 */
export type RedisStoreOptions = RedisConnection & {
  /** Prefix of every key this package writes. Default `sessionkit:`. */
  readonly prefix?: string | undefined;
  /** Longest wait for the first connection before the client falls back to local behaviour. Default 2 s. */
  readonly connectTimeoutMs?: number | undefined;
  /** Longest wait for one command (a slow server counts as down). Default 500 ms. */
  readonly commandTimeoutMs?: number | undefined;
};

/**
 * The prefix of every key when no `prefix` is given.
 *
 * @example
 * ```ts
 * const keys = `${DEFAULT_PREFIX}token:*`; // redis-cli --scan --pattern 'sessionkit:token:*'
 * ```
 */
export const DEFAULT_PREFIX = 'sessionkit:';

/** A connection that fails fast while the server is away (no offline queue) and reconnects on its own. */
export interface Connection {
  readonly redis: Redis;
  readonly prefix: string;
  /** Resolves once the first connection is made (or at once when it was made); rejects when it cannot be. */
  ready(): Promise<Redis>;
  /** Closes the connection if this package opened it. */
  close(): Promise<void>;
}

export function connect(options: RedisStoreOptions): Connection {
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const owned = options.client === undefined;
  const settings: RedisOptions = {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: options.commandTimeoutMs ?? 500,
    connectTimeout: options.connectTimeoutMs ?? 2_000,
    retryStrategy: (times) => Math.min(times * 100, 1_000),
    lazyConnect: false,
  };
  const redis = options.client ?? new Redis(options.url as string, settings);
  // Errors reach the caller of each command; an unobserved 'error' event would otherwise be logged by ioredis.
  if (owned) redis.on('error', () => undefined);
  let everReady = redis.status === 'ready';
  redis.on('ready', () => {
    everReady = true;
  });
  const connectTimeoutMs = options.connectTimeoutMs ?? 2_000;
  return {
    redis,
    prefix,
    ready() {
      if (everReady || redis.status === 'ready') return Promise.resolve(redis);
      return new Promise<Redis>((resolve, reject) => {
        const timer = setTimeout(() => {
          redis.off('ready', onReady);
          reject(new Error(`no connection to the Redis server within ${connectTimeoutMs} ms`));
        }, connectTimeoutMs);
        const onReady = (): void => {
          clearTimeout(timer);
          resolve(redis);
        };
        redis.once('ready', onReady);
      });
    },
    async close() {
      if (owned) redis.disconnect();
    },
  };
}

/** A key's part derived from sessionkit's key (token URL + client id + scope, or a bucket): a SHA-256 prefix. */
export async function digest(text: string): Promise<string> {
  const bytes = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, 32);
}
