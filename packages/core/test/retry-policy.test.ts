import { describe, expect, it } from 'vitest';
import { DEFAULT_RETRY_OPTIONS, decideRetry, fullJitterDelay, readRetryAfter, withResetHeader } from '../src/index.ts';

const options = { ...DEFAULT_RETRY_OPTIONS, initialDelayMs: 100, maxDelayMs: 1_000 };

describe('retry policy', () => {
  it('uses full jitter within an exponential ceiling, capped by maxDelayMs', () => {
    expect(fullJitterDelay(0, options, () => 0.999_999)).toBe(100);
    expect(fullJitterDelay(2, options, () => 0.999_999)).toBe(400);
    expect(fullJitterDelay(10, options, () => 0.999_999)).toBe(1_000);
    expect(fullJitterDelay(3, options, () => 0)).toBe(0);
  });

  it('retries the default statuses for idempotent requests and stops after maxRetries', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) {
      expect(decideRetry({ kind: 'status', status, retryAfterMs: undefined }, 0, true, options).retry).toBe(true);
    }
    for (const status of [400, 401, 403, 404, 409, 422, 501]) {
      expect(decideRetry({ kind: 'status', status, retryAfterMs: undefined }, 0, true, options).retry).toBe(false);
    }
    expect(decideRetry({ kind: 'status', status: 503, retryAfterMs: undefined }, 2, true, options).retry).toBe(false);
  });

  it('retries a non-idempotent request only when it provably was not processed', () => {
    expect(decideRetry({ kind: 'status', status: 503, retryAfterMs: undefined }, 0, false, options).retry).toBe(false);
    expect(decideRetry({ kind: 'status', status: 429, retryAfterMs: undefined }, 0, false, options).retry).toBe(true);
    expect(decideRetry({ kind: 'connection', reachedServer: false }, 0, false, options).retry).toBe(true);
    expect(decideRetry({ kind: 'connection', reachedServer: true }, 0, false, options).retry).toBe(false);
    expect(decideRetry({ kind: 'timeout' }, 0, false, options).retry).toBe(false);
  });

  it('waits exactly what Retry-After asks, and gives up above maxRetryAfterMs', () => {
    expect(decideRetry({ kind: 'status', status: 429, retryAfterMs: 2_000 }, 0, true, options)).toEqual({
      retry: true,
      delayMs: 2_000,
    });
    const refused = decideRetry({ kind: 'status', status: 429, retryAfterMs: 61_000 }, 0, true, options);
    expect(refused.retry).toBe(false);
  });

  it('reads Retry-After as seconds, as an HTTP date, and retry-after-ms', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(readRetryAfter(new Headers({ 'retry-after': '3' }), now)).toBe(3_000);
    expect(readRetryAfter(new Headers({ 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }), now)).toBe(5_000);
    expect(readRetryAfter(new Headers({ 'retry-after': 'Wed, 31 Dec 2025 23:59:00 GMT' }), now)).toBe(0);
    expect(readRetryAfter(new Headers({ 'retry-after-ms': '250' }), now)).toBe(250);
    expect(readRetryAfter(new Headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(readRetryAfter(new Headers(), now)).toBeUndefined();
  });

  it('falls back to a vendor reset header', () => {
    const read = withResetHeader('x-ratelimit-reset-after');
    expect(read(new Headers({ 'x-ratelimit-reset-after': '7' }), 0)).toBe(7_000);
    expect(read(new Headers({ 'retry-after': '1', 'x-ratelimit-reset-after': '7' }), 0)).toBe(1_000);
  });
});
