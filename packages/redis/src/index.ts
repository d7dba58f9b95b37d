export { DEFAULT_PREFIX, type RedisConnection, type RedisStoreOptions } from './connection.ts';
export { type RedisRateLimiter, type RedisRateLimiterOptions, redisRateLimiter } from './rate-limiter.ts';
export { type RedisTokenCache, type RedisTokenCacheOptions, redisTokenCache } from './token-cache.ts';
