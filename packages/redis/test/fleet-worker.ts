// One process of a fleet: a Genesys client (with or without the Redis stores) making `requests` reads of the
// emulator's sessions, then one JSON line on stdout: completed reads, 429s received, failures, warnings.
import { GenesysJourneyClient } from '@sessionkit/genesys-journey';
import { redisRateLimiter, redisTokenCache } from '../src/index.ts';

interface Job {
  readonly url: string;
  readonly redisUrl?: string;
  readonly requests: number;
  readonly sessionIds: readonly string[];
  /** Longest wait for the store (50 processes on a 2-core machine slow every event loop). */
  readonly storeTimeoutMs?: number;
}

const job = JSON.parse(process.env.FLEET_JOB as string) as Job;
const stores = job.redisUrl
  ? {
      tokenCache: redisTokenCache({ url: job.redisUrl, commandTimeoutMs: job.storeTimeoutMs }),
      rateLimiter: redisRateLimiter({ url: job.redisUrl, commandTimeoutMs: job.storeTimeoutMs }),
      storeTimeoutMs: job.storeTimeoutMs,
    }
  : undefined;
let tooMany = 0;
const warnings: string[] = [];
const genesys = new GenesysJourneyClient({
  baseUrl: job.url,
  tokenUrl: `${job.url}/oauth/token`,
  clientId: 'fleet-client',
  clientSecret: 'fleet-secret-do-not-log',
  maxRetries: 10,
  ...(stores ?? {}),
  hooks: {
    onResponse: (entry) => {
      if (entry.status === 429) tooMany += 1;
    },
    onWarning: (warning) => warnings.push(warning.code),
  },
});
// Every process starts at once: each says it is ready, then waits for the parent's go on stdin.
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.pause();
let completed = 0;
let failed = 0;
const firstAt = Date.now();
for (let i = 0; i < job.requests; i++) {
  try {
    await genesys.sessions.get(job.sessionIds[i % job.sessionIds.length] as string);
    completed += 1;
  } catch (error) {
    failed += 1;
    process.stderr.write(`${(error as Error).message}\n`);
  }
}
const lastAt = Date.now();
process.stdout.write(`${JSON.stringify({ completed, failed, tooMany, warnings, firstAt, lastAt })}\n`);
await stores?.tokenCache.close();
await stores?.rateLimiter.close();
