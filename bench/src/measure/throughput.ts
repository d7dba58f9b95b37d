import { median } from './median.ts';

/** Result of running one contender many times. */
export interface ThroughputResult {
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

function percentile(sorted: readonly number[], fraction: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * fraction))] ?? 0;
}

/** Runs `call` `total` times with `concurrency` in flight; measures throughput and per-call latency. */
export async function measureThroughput(
  call: () => Promise<unknown>,
  total: number,
  concurrency: number,
): Promise<ThroughputResult> {
  const latencies: number[] = [];
  let started = 0;
  const begin = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (started < total) {
        started += 1;
        const t0 = performance.now();
        await call();
        latencies.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = performance.now() - begin;
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: (total / elapsed) * 1000,
    p50Ms: percentile(latencies, 0.5),
    p99Ms: percentile(latencies, 0.99),
  };
}

/** Medians of several interleaved rounds, so background noise hits every contender alike. */
export async function compareThroughput(
  contenders: ReadonlyArray<{ name: string; call: () => Promise<unknown> }>,
  options: { total: number; concurrency: number; rounds: number; warmup: number },
): Promise<Map<string, ThroughputResult>> {
  for (const contender of contenders) await measureThroughput(contender.call, options.warmup, options.concurrency);
  const samples = new Map<string, ThroughputResult[]>(contenders.map((contender) => [contender.name, []]));
  for (let round = 0; round < options.rounds; round += 1) {
    for (const contender of contenders) {
      samples.get(contender.name)?.push(await measureThroughput(contender.call, options.total, options.concurrency));
    }
  }
  return medianResults(samples);
}

/** Each contender's rounds reduced to their medians, field by field. */
export function medianResults(
  samples: ReadonlyMap<string, readonly ThroughputResult[]>,
): Map<string, ThroughputResult> {
  return new Map(
    [...samples].map(([name, results]) => [
      name,
      {
        requestsPerSecond: median(results.map((result) => result.requestsPerSecond)),
        p50Ms: median(results.map((result) => result.p50Ms)),
        p99Ms: median(results.map((result) => result.p99Ms)),
      },
    ]),
  );
}
