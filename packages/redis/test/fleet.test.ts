import { type GenesysEmulator, startGenesysEmulator } from '@sessionkit/emulators/genesys';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HAS_REDIS, IN_CI, type RedisServer, runFleet, startRedis } from './redis-server.ts';

const run = HAS_REDIS || IN_CI;
const SECRET = 'fleet-secret-do-not-log';

describe.skipIf(!run)('a fleet on a real redis-server', () => {
  let redis: RedisServer;
  let genesys: GenesysEmulator;

  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.stop();
  });
  afterEach(async () => {
    await genesys?.close();
    redis.cli('FLUSHALL');
  });

  async function emulator(allowed: number): Promise<GenesysEmulator> {
    genesys = await startGenesysEmulator({
      seed: 4,
      rateLimit: { allowed, windowSeconds: 10 },
      tokenRateLimit: { allowed: 3, windowSeconds: 10 },
    });
    return genesys;
  }

  it('8 processes share one token (1 token request) and get 0 × 429 under the limit; nothing secret in Redis', async () => {
    const { url, seeded } = await emulator(24);
    const sessionIds = seeded.map((session) => session.id);
    const results = await runFleet(8, { url, redisUrl: redis.url, requests: 5, sessionIds });
    expect(results.map((result) => result.completed)).toEqual(Array(8).fill(5));
    expect(results.reduce((sum, result) => sum + result.tooMany, 0)).toBe(0);
    expect(genesys.tokenRequests).toBe(1);
    // 40 reads at 24 per 10 s: a second window was needed, and was waited for instead of discovered by 429s.
    const keys = redis.cli('KEYS', '*').split('\n');
    expect(keys.some((key) => key.startsWith('sessionkit:token:'))).toBe(true);
    expect(keys.some((key) => key.startsWith('sessionkit:rate:'))).toBe(true);
    const token = genesys.issuedTokens[0] as string;
    for (const key of keys) {
      expect(key).not.toContain(SECRET);
      expect(key).not.toContain(token);
      expect(key).not.toContain('fleet-client');
    }
    const dump = keys.map((key) => redis.cli('DUMP', key)).join('\n');
    expect(dump).not.toContain(SECRET);
  }, 60_000);

  it('without the store the same fleet makes a token request per process, and the token endpoint answers 429', async () => {
    const { url, seeded } = await emulator(24);
    const results = await runFleet(8, { url, requests: 1, sessionIds: seeded.map((session) => session.id) });
    expect(genesys.tokenRequests).toBeGreaterThan(3);
    expect(genesys.tokenRequestsRejected).toBeGreaterThan(0);
    expect(results.length).toBe(8);
  }, 60_000);

  it('50 processes starting at once: 1 token request', async () => {
    const { url, seeded } = await emulator(300);
    const results = await runFleet(50, {
      url,
      redisUrl: redis.url,
      requests: 1,
      sessionIds: seeded.map((session) => session.id),
      storeTimeoutMs: 5_000,
    });
    expect(results.every((result) => result.completed === 1 && result.failed === 0)).toBe(true);
    expect(genesys.tokenRequests).toBe(1);
  }, 120_000);
});
