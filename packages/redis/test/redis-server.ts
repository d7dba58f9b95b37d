import { runWorkers } from '@sessionkit/test-server/processes';

export { HAS_REDIS, type RedisServer, startRedis } from '@sessionkit/test-server/processes';

/** Outside CI a missing redis-server skips the tests; in CI it fails them. */
export const IN_CI = process.env.CI === 'true';

export interface FleetResult {
  readonly completed: number;
  readonly failed: number;
  readonly tooMany: number;
  readonly warnings: string[];
  readonly firstAt: number;
  readonly lastAt: number;
}

/** Runs `processes` fleet workers at once and collects their results. */
export function runFleet(
  processes: number,
  job: { url: string; redisUrl?: string; requests: number; sessionIds: readonly string[]; storeTimeoutMs?: number },
  during?: () => Promise<void>,
): Promise<FleetResult[]> {
  return runWorkers(new URL('./fleet-worker.ts', import.meta.url).pathname, processes, job, during);
}
