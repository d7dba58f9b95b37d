import { GenesysProblem } from './problem.ts';

/** Genesys' per-token request window: `allowed` requests per `windowSeconds`. */
export interface RateLimitOptions {
  readonly allowed: number;
  readonly windowSeconds: number;
}

interface Window {
  startedAt: number;
  count: number;
}

/**
 * Counts requests per token in fixed windows and answers the `inin-ratelimit-*` headers; over the limit, or while a
 * throttle set by a test is pending, a 429 with `Retry-After` and Genesys' normalised body.
 */
export class RateLimiter {
  readonly #options: RateLimitOptions;
  readonly #clock: () => Date;
  readonly #windows = new Map<string, Window>();
  readonly #throttles: number[] = [];

  constructor(options: RateLimitOptions, clock: () => Date) {
    this.#options = options;
    this.#clock = clock;
  }

  /** The next `count` requests get a 429 asking to wait `retryAfterSeconds`. */
  throttle(count: number, retryAfterSeconds: number): void {
    for (let index = 0; index < count; index += 1) this.#throttles.push(retryAfterSeconds);
  }

  /** Counts a request of `key` (a token, or a deployment for public endpoints); returns the headers to send. */
  take(key: string): Record<string, string> {
    const now = this.#clock().getTime();
    const windowMs = this.#options.windowSeconds * 1000;
    let window = this.#windows.get(key);
    if (!window || now - window.startedAt >= windowMs) {
      window = { startedAt: now, count: 0 };
      this.#windows.set(key, window);
    }
    const resetSeconds = Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000));
    const throttled = this.#throttles.shift();
    if (throttled !== undefined) throw tooManyRequests(throttled);
    if (window.count >= this.#options.allowed) throw tooManyRequests(resetSeconds);
    window.count += 1;
    return {
      'inin-ratelimit-count': String(window.count),
      'inin-ratelimit-allowed': String(this.#options.allowed),
      'inin-ratelimit-reset': String(resetSeconds),
    };
  }

  clear(): void {
    this.#windows.clear();
    this.#throttles.length = 0;
  }
}

/** Genesys' normalised 429: `too.many.requests.retry.after`, `Retry-After` in seconds. */
export function tooManyRequests(seconds: number): GenesysProblem {
  return new GenesysProblem(
    429,
    'too.many.requests.retry.after',
    `Rate limit exceeded the maximum. Retry the request in [${seconds}] seconds`,
    { headers: { 'retry-after': String(seconds) }, params: { retryAfter: String(seconds) } },
  );
}
