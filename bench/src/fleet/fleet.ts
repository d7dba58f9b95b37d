// pnpm bench --fleet: N processes of one client id against the Genesys emulator with its limits on, with and without
// @sessionkit/redis, and the official SDK. Reports token requests fleet-wide, 429s, reads completed, wall time (first
// request to last response) against the limit's own floor.
import { startGenesysEmulator } from '@sessionkit/emulators/genesys';
import { HAS_REDIS, runWorkers, startRedis } from '@sessionkit/test-server/processes';

const PROCESSES = 8;
const REQUESTS_PER_PROCESS = 25;
const ALLOWED = 50;
const WINDOW_SECONDS = 10;
const TOKENS_ALLOWED = 3;

interface Result {
  completed: number;
  failed: number;
  tooMany: number;
  firstAt: number;
  lastAt: number;
}

function fleet(job: Record<string, unknown>): Promise<Result[]> {
  return runWorkers(new URL('./worker.ts', import.meta.url).pathname, PROCESSES, job);
}

export async function fleetBench(): Promise<Record<string, unknown>> {
  const redis = HAS_REDIS ? await startRedis() : undefined;
  const total = PROCESSES * REQUESTS_PER_PROCESS;
  const floorMs = (Math.ceil(total / ALLOWED) - 1) * WINDOW_SECONDS * 1000;
  const modes = ['sessionkit', ...(redis ? ['sessionkit+redis'] : []), 'official'] as const;
  const rows: Record<string, unknown> = {};
  console.log(
    `fleet: ${PROCESSES} processes × ${REQUESTS_PER_PROCESS} reads, one client id; limit ${ALLOWED} per ${WINDOW_SECONDS} s per token, ${TOKENS_ALLOWED} tokens per ${WINDOW_SECONDS} s per client; floor ${floorMs / 1000} s`,
  );
  console.log(
    '  (the floor is that of one shared token; a process with a token of its own also has a budget of its own)',
  );
  if (!redis) console.log('  (redis-server not installed: the sessionkit+redis row is left out)');
  for (const mode of modes) {
    const genesys = await startGenesysEmulator({
      seed: 8,
      rateLimit: { allowed: ALLOWED, windowSeconds: WINDOW_SECONDS },
      tokenRateLimit: { allowed: TOKENS_ALLOWED, windowSeconds: WINDOW_SECONDS },
    });
    try {
      const results = await fleet({
        mode,
        url: genesys.url,
        redisUrl: redis?.url,
        requests: REQUESTS_PER_PROCESS,
        sessionIds: genesys.seeded.map((session) => session.id),
      });
      const wallMs = Math.max(...results.map((r) => r.lastAt)) - Math.min(...results.map((r) => r.firstAt));
      const row = {
        tokenRequests: genesys.tokenRequests,
        tokenRequestsRejected: genesys.tokenRequestsRejected,
        tooMany: results.reduce((sum, r) => sum + r.tooMany, 0),
        completed: results.reduce((sum, r) => sum + r.completed, 0),
        failed: results.reduce((sum, r) => sum + r.failed, 0),
        wallMs,
        overFloor: floorMs > 0 ? wallMs / floorMs - 1 : undefined,
      };
      rows[mode] = row;
      console.log(
        `  ${mode.padEnd(18)} token requests ${String(row.tokenRequests).padStart(3)} (${row.tokenRequestsRejected} × 429)  429s received ${String(row.tooMany).padStart(4)}  completed ${row.completed}/${total}  failed ${row.failed}  wall ${(wallMs / 1000).toFixed(1)} s (${row.overFloor === undefined ? '' : `${(row.overFloor * 100).toFixed(1)} % over the floor`})`,
      );
    } finally {
      await genesys.close();
    }
  }
  await redis?.stop();
  return {
    processes: PROCESSES,
    requestsPerProcess: REQUESTS_PER_PROCESS,
    allowed: ALLOWED,
    windowSeconds: WINDOW_SECONDS,
    floorMs,
    rows,
  };
}
