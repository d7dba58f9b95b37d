import type { RecordedRequest } from '@sessionkit/test-server';
import { describe, expect, it } from 'vitest';
import {
  clientCredentials,
  memoryRateLimiter,
  type RateLimiter,
  type RateLimitSignal,
  RequestAbortedError,
  type SessionkitWarning,
  type StoredToken,
  TimeoutError,
  type TokenCache,
} from '../src/index.ts';
import { makeClient, rejectionOf, useTestServer } from './helpers.ts';

const ctx = useTestServer();
const TOKEN_PATH = '/oauth/token';
const SECRET = 'secret-xyz-123';

/** A cache shared by several clients, as one on Redis would be; it records every key it is given. */
function sharedCache(): TokenCache & { keys: string[]; tokens: Map<string, StoredToken>; cleared: string[] } {
  const tokens = new Map<string, StoredToken>();
  const keys: string[] = [];
  const cleared: string[] = [];
  return {
    keys,
    tokens,
    cleared,
    get(key) {
      keys.push(key);
      const token = tokens.get(key);
      return token && Date.now() < token.expiresAt ? token : undefined;
    },
    set(key, token) {
      keys.push(key);
      tokens.set(key, token);
    },
    clearIf(key, value) {
      if (tokens.get(key)?.value !== value) return false;
      cleared.push(value);
      tokens.delete(key);
      return true;
    },
  };
}

let issued = 0;
function tokenRoute(delayMs = 0): void {
  issued = 0;
  ctx.server.on('POST', TOKEN_PATH, () => {
    issued += 1;
    return { json: { access_token: `tok-${issued}`, expires_in: 3600 }, ...(delayMs ? { delayMs } : {}) };
  });
}

function oauthClient(config: Parameters<typeof makeClient>[1] = {}) {
  return makeClient(ctx.server, {
    auth: clientCredentials({ tokenUrl: `${ctx.server.url}${TOKEN_PATH}`, clientId: 'id-1', clientSecret: SECRET }),
    maxRetries: 0,
    ...config,
  });
}

const tokenCalls = (): RecordedRequest[] => ctx.server.calls.filter((call) => call.path === TOKEN_PATH);

describe('tokenCache', () => {
  it('clients sharing a cache share one token, keyed by token URL + client id, never the secret', async () => {
    tokenRoute();
    ctx.server.on('GET', '/me', { json: { ok: true } });
    const tokenCache = sharedCache();
    await oauthClient({ tokenCache }).request({ method: 'GET', path: '/me' });
    await oauthClient({ tokenCache }).request({ method: 'GET', path: '/me' });
    expect(tokenCalls()).toHaveLength(1);
    expect(tokenCache.keys.length).toBeGreaterThan(0);
    for (const key of tokenCache.keys) {
      expect(key).toContain(`${ctx.server.url}${TOKEN_PATH}`);
      expect(key).toContain('id-1');
      expect(key).not.toContain(SECRET);
    }
  });

  it('a cache with singleFlight: one fetch for every client, the others wait for its token', async () => {
    tokenRoute(100);
    ctx.server.on('GET', '/me', { json: { ok: true } });
    const base = sharedCache();
    let flight: Promise<StoredToken> | undefined;
    const tokenCache: TokenCache = {
      ...base,
      singleFlight(key, fetch) {
        flight ??= fetch().then(async (token) => {
          await base.set(key, token);
          return token;
        });
        return flight;
      },
    };
    await Promise.all(
      Array.from({ length: 5 }, () => oauthClient({ tokenCache }).request({ method: 'GET', path: '/me' })),
    );
    expect(tokenCalls()).toHaveLength(1);
  });

  it('a 401 clears only the rejected token (compare-and-clear), fleet-wide', async () => {
    tokenRoute();
    ctx.server.on('GET', '/me', (request: RecordedRequest) =>
      request.headers.authorization === 'Bearer tok-1' ? { status: 401, json: {} } : { json: { ok: true } },
    );
    const tokenCache = sharedCache();
    await oauthClient({ tokenCache }).request({ method: 'GET', path: '/me' });
    expect(tokenCache.cleared).toEqual(['tok-1']);
    expect([...tokenCache.tokens.values()].map((token) => token.value)).toEqual(['tok-2']);
    // A second client sees the fresh token, not the rejected one.
    await oauthClient({ tokenCache }).request({ method: 'GET', path: '/me' });
    expect(tokenCalls()).toHaveLength(2);
  });

  it('a cache that fails: requests go on with a local token, one warning, and the cache is used again when back', async () => {
    tokenRoute();
    ctx.server.on('GET', '/me', { json: { ok: true } });
    const base = sharedCache();
    let down = true;
    const guard = <T>(operation: () => T): T => {
      if (down) throw new Error('connect ECONNREFUSED 127.0.0.1:6390');
      return operation();
    };
    const tokenCache: TokenCache = {
      get: (key) => guard(() => base.get(key)),
      set: (key, token) => guard(() => base.set(key, token)),
      clearIf: (key, value) => guard(() => base.clearIf(key, value)),
    };
    const warnings: SessionkitWarning[] = [];
    const client = oauthClient({ tokenCache, hooks: { onWarning: (warning) => warnings.push(warning) } });
    for (let i = 0; i < 3; i++) await client.request({ method: 'GET', path: '/me' });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.code).toBe('token-cache-unavailable');
    expect(JSON.stringify(warnings[0]?.message)).not.toContain(SECRET);
    expect(tokenCalls()).toHaveLength(1);
    down = false;
    // Back after its pause: the next client reads it again.
    await new Promise((resolve) => setTimeout(resolve, 5_100));
    await client.request({ method: 'GET', path: '/me' });
    expect(base.keys.length).toBeGreaterThan(0);
  }, 10_000);

  it('a cache that hangs: storeTimeoutMs bounds it, the request goes on locally', async () => {
    tokenRoute();
    ctx.server.on('GET', '/me', { json: { ok: true } });
    const tokenCache: TokenCache = {
      get: () => new Promise(() => undefined),
      set: () => new Promise(() => undefined),
      clearIf: () => new Promise(() => undefined),
    };
    const warnings: SessionkitWarning[] = [];
    const started = Date.now();
    await oauthClient({ tokenCache, storeTimeoutMs: 100, hooks: { onWarning: (w) => warnings.push(w) } }).request({
      method: 'GET',
      path: '/me',
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(warnings).toHaveLength(1);
    expect(tokenCalls()).toHaveLength(1);
  });
});

function recordingLimiter(waits: number[] = []): RateLimiter & { keys: string[]; signals: RateLimitSignal[] } {
  const keys: string[] = [];
  const signals: RateLimitSignal[] = [];
  return {
    keys,
    signals,
    acquire(key) {
      keys.push(key);
      return waits.shift() ?? 0;
    },
    observe(_key, signal) {
      signals.push(signal);
    },
  };
}

describe('rateLimiter', () => {
  it('is asked before every attempt with the bucket of the credentials sent, and learns the vendor’s headers', async () => {
    tokenRoute();
    let n = 0;
    ctx.server.on('GET', '/me', () => {
      n += 1;
      if (n === 1) return { status: 429, headers: { 'retry-after': '0' } as Record<string, string>, json: {} };
      return {
        json: { ok: true },
        headers: { 'inin-ratelimit-count': '2', 'inin-ratelimit-allowed': '300', 'inin-ratelimit-reset': '42' },
      };
    });
    const rateLimiter = recordingLimiter();
    await oauthClient({ rateLimiter, maxRetries: 1, retry: { initialDelayMs: 1, maxDelayMs: 1 } }).request({
      method: 'GET',
      path: '/me',
    });
    expect(rateLimiter.keys).toHaveLength(2);
    expect(new Set(rateLimiter.keys).size).toBe(1);
    expect(rateLimiter.keys[0]).toMatch(/^test:[0-9a-f]{32}$/);
    expect(rateLimiter.keys[0]).not.toContain('tok-1');
    expect(rateLimiter.signals[0]).toMatchObject({ status: 429, retryAfterMs: 0 });
    expect(rateLimiter.signals[1]).toEqual({
      status: 200,
      count: 2,
      allowed: 300,
      resetMs: 42_000,
      retryAfterMs: undefined,
    });
    // The token request itself is not paced by the API's bucket.
    expect(tokenCalls()).toHaveLength(1);
  });

  it('its wait does not count against the per-attempt timeout', async () => {
    tokenRoute();
    ctx.server.on('GET', '/me', { json: { ok: true } });
    const rateLimiter = recordingLimiter([300]);
    await expect(oauthClient({ rateLimiter, timeoutMs: 150 }).request({ method: 'GET', path: '/me' })).resolves.toEqual(
      { ok: true },
    );
  });

  it('its wait counts against the caller’s signal and totalTimeoutMs', async () => {
    tokenRoute();
    ctx.server.on('GET', '/me', { json: { ok: true } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const aborted = await rejectionOf(
      oauthClient({ rateLimiter: recordingLimiter([5_000]) }).request({
        method: 'GET',
        path: '/me',
        signal: controller.signal,
      }),
    );
    expect(aborted).toBeInstanceOf(RequestAbortedError);
    expect(aborted.message).toContain('rate limit');
    const started = Date.now();
    const late = await rejectionOf(
      oauthClient({ rateLimiter: recordingLimiter([5_000]) }).request({
        method: 'GET',
        path: '/me',
        totalTimeoutMs: 200,
      }),
    );
    expect(late).toBeInstanceOf(TimeoutError);
    expect((late as TimeoutError).kind).toBe('deadline');
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(ctx.server.calls.filter((call) => call.path === '/me')).toHaveLength(0);
  });

  it('a limiter that fails: the request goes once, paced locally, with one warning', async () => {
    tokenRoute();
    ctx.server.on('GET', '/me', { json: { ok: true } });
    const warnings: SessionkitWarning[] = [];
    const broken: RateLimiter = {
      acquire: () => Promise.reject(new Error('Connection is closed.')),
      observe: () => Promise.reject(new Error('Connection is closed.')),
    };
    const client = oauthClient({ rateLimiter: broken, hooks: { onWarning: (w) => warnings.push(w) } });
    await client.request({ method: 'GET', path: '/me' });
    await client.request({ method: 'GET', path: '/me' });
    expect(warnings.map((w) => w.code)).toEqual(['rate-limiter-unavailable']);
    expect(ctx.server.calls.filter((call) => call.path === '/me')).toHaveLength(2);
  });
});

describe('memoryRateLimiter', () => {
  it('holds requests past the window the vendor announced, and the whole bucket during a Retry-After', () => {
    let now = 0;
    const limiter = memoryRateLimiter({ now: () => now, guardMs: 100 });
    expect(limiter.acquire('k')).toBe(0);
    limiter.observe('k', { status: 200, count: 1, allowed: 3, resetMs: 10_000 });
    expect(limiter.acquire('k')).toBe(0);
    expect(limiter.acquire('k')).toBe(0);
    expect(limiter.acquire('k')).toBe(10_100);
    now = 10_100;
    expect(limiter.acquire('k')).toBe(0);
    limiter.observe('k', { status: 429, retryAfterMs: 5_000 });
    expect(limiter.acquire('k')).toBe(5_000);
  });
});
