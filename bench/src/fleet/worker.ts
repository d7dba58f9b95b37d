// One process of the fleet bench: `requests` reads (a session, then the first page of its events, in turn) of one
// client id against the Genesys emulator; prints one JSON line: completed, 429s received, failures, first/last time.
import { GenesysJourneyClient } from '@sessionkit/genesys-journey';
import { redisRateLimiter, redisTokenCache } from '@sessionkit/redis';
import platformClient from 'purecloud-platform-client-v2';
import { useLoopbackGateway } from '../vendors/genesys-gateway.ts';

interface Job {
  readonly mode: 'sessionkit' | 'sessionkit+redis' | 'official';
  readonly url: string;
  readonly redisUrl?: string;
  readonly requests: number;
  readonly sessionIds: readonly string[];
}

const job = JSON.parse(process.env.FLEET_JOB as string) as Job;
const CLIENT_ID = 'fleet-bench';
const CLIENT_SECRET = 'fleet-bench-secret';
let tooMany = 0;
let completed = 0;
let failed = 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

type Read = (i: number) => Promise<unknown>;

async function sessionkitReads(): Promise<{ read: Read; close: () => Promise<void> }> {
  const stores =
    job.mode === 'sessionkit+redis' && job.redisUrl
      ? { tokenCache: redisTokenCache({ url: job.redisUrl }), rateLimiter: redisRateLimiter({ url: job.redisUrl }) }
      : undefined;
  const genesys = new GenesysJourneyClient({
    baseUrl: job.url,
    tokenUrl: `${job.url}/oauth/token`,
    clientId: CLIENT_ID,
    clientSecret: CLIENT_SECRET,
    maxRetries: 20,
    ...(stores ?? {}),
    hooks: {
      onResponse: (entry) => {
        if (entry.status === 429) tooMany += 1;
      },
    },
  });
  const id = (i: number) => job.sessionIds[Math.floor(i / 2) % job.sessionIds.length] as string;
  return {
    read: async (i) => (i % 2 === 0 ? await genesys.sessions.get(id(i)) : await genesys.sessions.events(id(i))),
    close: async () => {
      await stores?.tokenCache.close();
      await stores?.rateLimiter.close();
    },
  };
}

/** The official SDK: it does not retry a 429 itself, so the program waits out `Retry-After` and tries again. */
async function officialReads(): Promise<{ read: Read; close: () => Promise<void> }> {
  const client = new platformClient.ApiClientClass();
  useLoopbackGateway(client, job.url);
  const withRetry = async <T>(call: () => Promise<T>): Promise<T> => {
    for (;;) {
      try {
        return await call();
      } catch (error) {
        const e = error as { status?: number; headers?: Record<string, string> };
        if (e.status !== 429) throw error;
        tooMany += 1;
        await sleep(Number(e.headers?.['retry-after'] ?? 1) * 1000);
      }
    }
  };
  await withRetry<unknown>(() => client.loginClientCredentialsGrant(CLIENT_ID, CLIENT_SECRET));
  const journey = new platformClient.JourneyApi(client);
  const id = (i: number) => job.sessionIds[Math.floor(i / 2) % job.sessionIds.length] as string;
  return {
    read: (i) =>
      withRetry<unknown>(() =>
        i % 2 === 0 ? journey.getJourneySession(id(i)) : journey.getJourneySessionEvents(id(i), {}),
      ),
    close: async () => undefined,
  };
}

const ready = job.mode === 'official' ? undefined : await sessionkitReads();
process.stdout.write('ready\n');
await new Promise((resolve) => process.stdin.once('data', resolve));
process.stdin.pause();
const firstAt = Date.now();
const reads = ready ?? (await officialReads());
for (let i = 0; i < job.requests; i++) {
  try {
    await reads.read(i);
    completed += 1;
  } catch (error) {
    failed += 1;
    process.stderr.write(`${(error as Error).message ?? String(error)}\n`);
  }
}
const lastAt = Date.now();
process.stdout.write(`${JSON.stringify({ completed, failed, tooMany, firstAt, lastAt })}\n`);
await reads.close();
