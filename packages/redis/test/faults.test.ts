import { type GenesysEmulator, startGenesysEmulator } from '@sessionkit/emulators/genesys';
import { GenesysJourneyClient } from '@sessionkit/genesys-journey';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { redisRateLimiter, redisTokenCache } from '../src/index.ts';
import { HAS_REDIS, IN_CI, type RedisServer, startRedis } from './redis-server.ts';

const SECRET = 'fault-secret-do-not-log';

describe.skipIf(!(HAS_REDIS || IN_CI))('store faults on a real redis-server', () => {
  let redis: RedisServer;
  let genesys: GenesysEmulator;
  const closers: Array<() => Promise<void>> = [];

  beforeEach(async () => {
    redis = await startRedis();
    genesys = await startGenesysEmulator({ seed: 4, rateLimit: { allowed: 300, windowSeconds: 10 } });
  });
  afterEach(async () => {
    for (const close of closers.splice(0)) await close();
    await genesys.close();
    await redis.stop();
  });

  function client(warnings: string[], errors: string[]) {
    const tokenCache = redisTokenCache({ url: redis.url, commandTimeoutMs: 300 });
    const rateLimiter = redisRateLimiter({ url: redis.url, commandTimeoutMs: 300 });
    closers.push(tokenCache.close, rateLimiter.close);
    return new GenesysJourneyClient({
      baseUrl: genesys.url,
      tokenUrl: `${genesys.url}/oauth/token`,
      clientId: 'fault-client',
      clientSecret: SECRET,
      tokenCache,
      rateLimiter,
      storeTimeoutMs: 500,
      hooks: {
        onWarning: (warning) => warnings.push(`${warning.code}: ${warning.message}`),
        onError: (error) => errors.push(error.message),
      },
    });
  }

  it('the store stopped mid-run: every read completes once, one warning each, the store is used again when back', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    const clients = [client(warnings, errors), client(warnings, errors)];
    const ids = genesys.seeded.map((session) => session.id);
    let completed = 0;
    const walk = async (index: number, reads: number) => {
      for (let i = 0; i < reads; i++) {
        await clients[index]?.sessions.get(ids[i % ids.length] as string);
        completed += 1;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    const running = Promise.all([walk(0, 40), walk(1, 40)]);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await redis.stop();
    await running;
    expect(completed).toBe(80);
    expect(errors).toEqual([]);
    // API reads = 80 exactly: nothing lost, nothing sent twice.
    const reads = genesys.server.calls.filter((call) => call.path.startsWith('/api/v2/journey/sessions/')).length;
    expect(reads).toBe(80);
    expect(warnings.filter((w) => w.startsWith('token-cache-unavailable')).length).toBeLessThanOrEqual(2);
    expect(warnings.filter((w) => w.startsWith('rate-limiter-unavailable'))).toHaveLength(2);
    for (const warning of warnings) expect(warning).not.toContain(SECRET);
    // Back: after the fallback's pause (5 s) the clients count their requests in Redis again.
    await redis.start();
    await new Promise((resolve) => setTimeout(resolve, 6_000));
    await clients[0]?.sessions.get(ids[0] as string);
    expect(redis.cli('KEYS', 'sessionkit:rate:*')).not.toBe('');
  }, 60_000);

  it('a 401 clears only the rejected token, fleet-wide: three clients, one refresh', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    const clients = [client(warnings, errors), client(warnings, errors), client(warnings, errors)];
    const id = genesys.seeded[0]?.id as string;
    await Promise.all(clients.map((c) => c.sessions.get(id)));
    expect(genesys.tokenRequests).toBe(1);
    genesys.expireTokens();
    await Promise.all(clients.map((c) => c.sessions.get(id)));
    expect(genesys.tokenRequests).toBe(2);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    const stored = redis.cli('GET', redis.cli('KEYS', 'sessionkit:token:*'));
    expect(stored).toContain(genesys.issuedTokens[1] as string);
  }, 30_000);

  it('a slow store (CLIENT PAUSE): reads complete within the store timeout, locally, one warning per store', async () => {
    const warnings: string[] = [];
    const errors: string[] = [];
    const reader = client(warnings, errors);
    const ids = genesys.seeded.map((session) => session.id);
    await reader.sessions.get(ids[0] as string);
    redis.cli('CLIENT', 'PAUSE', '3000', 'ALL');
    const started = Date.now();
    for (let i = 0; i < 5; i++) await reader.sessions.get(ids[i % ids.length] as string);
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(errors).toEqual([]);
    expect(warnings.map((w) => w.split(':')[0]).sort()).toEqual([
      'rate-limiter-unavailable',
      'token-cache-unavailable',
    ]);
    expect(genesys.tokenRequests).toBe(1);
  }, 30_000);
});
