import { memoryRateLimiter, type RateLimiter } from './rate-limiter.ts';
import { type ResilienceOptions, StoreHealth } from './token-cache.ts';

/**
 * The limiter a client uses: `shared` while it answers, a `memoryRateLimiter` of this process while it does not (one
 * warning per outage), `shared` again once it answers. What the vendor says is told to both.
 *
 * @internal
 */
export function resilientRateLimiter(shared: RateLimiter, options: ResilienceOptions): RateLimiter {
  const local = memoryRateLimiter({ now: options.now });
  const health = new StoreHealth(options, 'rate-limiter-unavailable', 'The shared rate limiter');
  return {
    acquire: (key) =>
      health.run(
        () => shared.acquire(key),
        () => local.acquire(key),
      ),
    async observe(key, signal) {
      local.observe(key, signal);
      await health.run(
        () => shared.observe(key, signal),
        () => undefined,
      );
    },
  };
}
