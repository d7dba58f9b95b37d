/**
 * RSS before and after `total` calls (after a GC when available), sampled every `every` calls, after `warmup` calls
 * that let the heap and the connection pool reach their working size: what grows after that is what a long-running
 * process keeps growing by. Each throughput contender runs in a process of its own, so this process starts cold.
 */
export async function rssGrowth(
  call: () => Promise<unknown>,
  total: number,
  every: number,
  warmup: number = every,
): Promise<{ samplesMiB: number[]; growthMiB: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const sample = (): number => {
    gc?.();
    return process.memoryUsage().rss / (1024 * 1024);
  };
  for (let warm = 0; warm < warmup; warm += 1) await call();
  const samplesMiB = [sample()];
  for (let done = 0; done < total; done += 1) {
    await call();
    if ((done + 1) % every === 0) samplesMiB.push(sample());
  }
  const rounded = samplesMiB.map((value) => Math.round(value * 10) / 10);
  return { samplesMiB: rounded, growthMiB: Math.round(((samplesMiB.at(-1) ?? 0) - (samplesMiB[0] ?? 0)) * 10) / 10 };
}
