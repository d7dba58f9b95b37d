/**
 * What a vendor said about a bucket in one response: its window (`inin-ratelimit-count/allowed/reset`, or the
 * `x-ratelimit-*` / `ratelimit-*` equivalents) and, on a 429, how long to wait.
 *
 * @example
 * ```ts
 * const signal: RateLimitSignal = { status: 200, count: 12, allowed: 300, resetMs: 41_000 };
 * await limiter.observe(bucket, signal);
 * ```
 */
export interface RateLimitSignal {
  readonly status: number;
  /** Requests counted in the current window, this one included. */
  readonly count?: number | undefined;
  /** Requests allowed per window. */
  readonly allowed?: number | undefined;
  /** Milliseconds until the window resets (whole seconds, as the vendor speaks). */
  readonly resetMs?: number | undefined;
  /** On a 429 or 503: how long the vendor asked to wait. */
  readonly retryAfterMs?: number | undefined;
}

/**
 * Paces requests (the `rateLimiter` client option): asked before every request, retries included, with the vendor's
 * bucket key (a hash of the credentials the request carries: per token for Genesys, per API key for Vapi), it may
 * delay the request; after every response it is told what the vendor said about the bucket. Its wait counts against
 * the caller's `signal` and `totalTimeoutMs`, never against the per-attempt timeout. Default: none (no pacing);
 * `memoryRateLimiter()` paces one process, `redisRateLimiter()` from `@sessionkit/redis` a fleet.
 *
 * @example
 * ```ts
 * const genesys = new GenesysJourneyClient({ rateLimiter: memoryRateLimiter() });
 * ```
 */
export interface RateLimiter {
  /** Milliseconds to wait before a request under `key` may go, 0 when it may go now (and is counted). */
  acquire(key: string): number | Promise<number>;
  /** What the vendor said about `key` in a response. */
  observe(key: string, signal: RateLimitSignal): void | Promise<void>;
}

/**
 * Tunables shared by the in-memory and the Redis limiters.
 *
 * @example
 * ```ts
 * const pacing: PacingOptions = { guardMs: 500 };
 * const limiter = memoryRateLimiter(pacing);
 * ```
 */
export interface PacingOptions {
  /**
   * After a full window ends, wait this much longer before the next request, so that the vendor's window (which
   * started when the first request arrived, a little after it was granted) has ended too. Default 250 ms.
   */
  readonly guardMs?: number | undefined;
}

interface Bucket {
  allowed: number | undefined;
  windowMs: number;
  windowEnd: number;
  granted: number;
  blockedUntil: number;
}

/**
 * The pacing rule of a bucket, learnt from the vendor: at most `allowed` requests per window; a window ends when
 * the vendor says it does (its `reset`), a new one starts with the first request after it; a 429's `Retry-After`
 * holds every request of the bucket. The Redis limiter runs the same rule as a Lua script.
 *
 * @internal
 */
export function acquireFrom(bucket: Bucket, now: number, guardMs: number): number {
  if (now < bucket.blockedUntil) return bucket.blockedUntil - now;
  if (bucket.windowEnd > 0 && now >= bucket.windowEnd) {
    if (bucket.allowed !== undefined && bucket.granted >= bucket.allowed && now < bucket.windowEnd + guardMs) {
      return bucket.windowEnd + guardMs - now;
    }
    bucket.granted = 0;
    bucket.windowEnd = bucket.windowMs > 0 ? now + bucket.windowMs : 0;
  }
  if (bucket.allowed !== undefined && bucket.granted >= bucket.allowed) {
    return Math.max(1, (bucket.windowEnd || now + 1000) + guardMs - now);
  }
  bucket.granted += 1;
  return 0;
}

/** @internal */
export function observeInto(bucket: Bucket, now: number, signal: RateLimitSignal): void {
  if (signal.retryAfterMs !== undefined && (signal.status === 429 || signal.status === 503)) {
    bucket.blockedUntil = Math.max(bucket.blockedUntil, now + signal.retryAfterMs);
  }
  if (signal.allowed !== undefined) bucket.allowed = signal.allowed;
  if (signal.resetMs !== undefined) {
    // The vendor's window ends within (reset - 1 s, reset]: never expect it earlier than reset - 1 s.
    const earliest = now + Math.max(0, signal.resetMs - 1000);
    if (bucket.windowEnd === 0 || now >= bucket.windowEnd) bucket.windowEnd = now + signal.resetMs;
    else bucket.windowEnd = Math.max(bucket.windowEnd, earliest);
    if (signal.count === 1) bucket.windowMs = Math.max(bucket.windowMs, signal.resetMs);
    else bucket.windowMs = Math.max(bucket.windowMs, Math.ceil(signal.resetMs / 1000) * 1000);
  }
  if (signal.count !== undefined) bucket.granted = Math.max(bucket.granted, signal.count);
  if (signal.status === 429 && bucket.allowed !== undefined) bucket.granted = Math.max(bucket.granted, bucket.allowed);
}

function emptyBucket(): Bucket {
  return { allowed: undefined, windowMs: 0, windowEnd: 0, granted: 0, blockedUntil: 0 };
}

/**
 * A `RateLimiter` for one process: it learns each bucket's window from the vendor's headers and holds requests that
 * would go past it, and holds the whole bucket while a 429's `Retry-After` runs.
 *
 * @example
 * ```ts
 * const vapi = new VapiClient({ apiKey, rateLimiter: memoryRateLimiter() });
 * ```
 */
export function memoryRateLimiter(options: PacingOptions & { readonly now?: () => number } = {}): RateLimiter {
  const now = options.now ?? Date.now;
  const guardMs = options.guardMs ?? 250;
  const buckets = new Map<string, Bucket>();
  const bucket = (key: string): Bucket => {
    let found = buckets.get(key);
    if (!found) {
      found = emptyBucket();
      buckets.set(key, found);
      if (buckets.size > 256) buckets.delete(buckets.keys().next().value as string);
    }
    return found;
  };
  return {
    acquire: (key) => acquireFrom(bucket(key), now(), guardMs),
    observe: (key, signal) => observeInto(bucket(key), now(), signal),
  };
}
