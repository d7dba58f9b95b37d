import type { RateLimiter } from '@sessionkit/core';
import { type Connection, connect, digest, type RedisStoreOptions } from './connection.ts';

/**
 * Options of `redisRateLimiter`.
 *
 * @example
 * ```ts
 * const options: RedisRateLimiterOptions = { url: 'redis://127.0.0.1:6379', guardMs: 500 };
 * ```
 */
export type RedisRateLimiterOptions = RedisStoreOptions & {
  /**
   * After a full window ends, wait this much longer before the next request, so that the vendor's window (which
   * started when the first request arrived, a little after it was granted) has ended too. Default 250 ms.
   */
  readonly guardMs?: number | undefined;
};

/**
 * A rate limiter on Redis, with `close()` for the connection it opened.
 *
 * @example
 * ```ts
 * const rateLimiter: RedisRateLimiter = redisRateLimiter({ url });
process.once('SIGTERM', () => void rateLimiter.close());
 * ```
 */
export interface RedisRateLimiter extends RateLimiter {
  close(): Promise<void>;
}

/** How long a bucket's state outlives its last use. */
const STATE_TTL_MS = 3_600_000;

const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local s = redis.call('HMGET', KEYS[1], 'allowed', 'windowMs', 'windowEnd', 'granted', 'blockedUntil')
local allowed = tonumber(s[1])
local windowMs = tonumber(s[2]) or 0
local windowEnd = tonumber(s[3]) or 0
local granted = tonumber(s[4]) or 0
local blocked = tonumber(s[5]) or 0
`;

// The same rule as core's memoryRateLimiter, run atomically on the server's clock (one clock for the fleet).
const ACQUIRE = `${NOW}
local guard = tonumber(ARGV[1])
if now < blocked then return blocked - now end
if windowEnd > 0 and now >= windowEnd then
  if allowed and granted >= allowed and now < windowEnd + guard then return windowEnd + guard - now end
  granted = 0
  if windowMs > 0 then windowEnd = now + windowMs else windowEnd = 0 end
end
if allowed and granted >= allowed then
  local e = windowEnd
  if e == 0 then e = now + 1000 end
  return math.max(1, e + guard - now)
end
granted = granted + 1
redis.call('HSET', KEYS[1], 'granted', granted, 'windowEnd', windowEnd)
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[2]))
return 0`;

const OBSERVE = `${NOW}
local status = tonumber(ARGV[1])
local count = tonumber(ARGV[2])
local allowedIn = tonumber(ARGV[3])
local resetMs = tonumber(ARGV[4])
local retryAfter = tonumber(ARGV[5])
if retryAfter and (status == 429 or status == 503) then blocked = math.max(blocked, now + retryAfter) end
if allowedIn then allowed = allowedIn end
if resetMs then
  local earliest = now + math.max(0, resetMs - 1000)
  if windowEnd == 0 or now >= windowEnd then windowEnd = now + resetMs else windowEnd = math.max(windowEnd, earliest) end
  if count == 1 then windowMs = math.max(windowMs, resetMs) else windowMs = math.max(windowMs, math.ceil(resetMs / 1000) * 1000) end
end
if count then granted = math.max(granted, count) end
if status == 429 and allowed then granted = math.max(granted, allowed) end
redis.call('HSET', KEYS[1], 'windowMs', windowMs, 'windowEnd', windowEnd, 'granted', granted, 'blockedUntil', blocked)
if allowed then redis.call('HSET', KEYS[1], 'allowed', allowed) end
redis.call('PEXPIRE', KEYS[1], tonumber(ARGV[6]))
return 0`;

const text = (value: number | undefined): string => (value === undefined ? '' : String(value));

/**
 * One request budget per vendor bucket, shared by every process on one Redis (or Valkey) server: pass it as a
 * client's `rateLimiter`. The limit is learnt from the vendor (Genesys `inin-ratelimit-count/allowed/reset`, a 429's
 * `Retry-After`): each request is counted in the vendor's window before it goes, and held once the window is full
 * until it resets; a 429 holds the whole bucket for its `Retry-After`. Both steps are Lua scripts on the server's
 * clock. Key: `<prefix>rate:<bucket>` (a hash: allowed, windowMs, windowEnd, granted, blockedUntil; one hour TTL),
 * where `<bucket>` is a SHA-256 prefix of core's bucket key, itself a hash — never a token or API key.
 *
 * @example
 * ```ts
 * import { GenesysJourneyClient } from '@sessionkit/genesys-journey';
 * import { redisRateLimiter, redisTokenCache } from '@sessionkit/redis';
 *
 * const url = 'redis://127.0.0.1:6379';
 * const genesys = new GenesysJourneyClient({ tokenCache: redisTokenCache({ url }), rateLimiter: redisRateLimiter({ url }) });
 * ```
 */
export function redisRateLimiter(options: RedisRateLimiterOptions): RedisRateLimiter {
  const connection: Connection = connect(options);
  const guardMs = options.guardMs ?? 250;
  const bucketKey = async (key: string) => `${connection.prefix}rate:${await digest(key)}`;
  return {
    async acquire(key) {
      const redis = await connection.ready();
      return Number(await redis.eval(ACQUIRE, 1, await bucketKey(key), guardMs, STATE_TTL_MS));
    },
    async observe(key, signal) {
      const redis = await connection.ready();
      await redis.eval(
        OBSERVE,
        1,
        await bucketKey(key),
        signal.status,
        text(signal.count),
        text(signal.allowed),
        text(signal.resetMs),
        text(signal.retryAfterMs),
        STATE_TTL_MS,
      );
    },
    close: () => connection.close(),
  };
}
