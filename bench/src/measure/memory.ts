/** RSS before and after `total` calls (after a GC when available), sampled every `every` calls. */
export async function rssGrowth(
  call: () => Promise<unknown>,
  total: number,
  every: number,
): Promise<{ samplesMiB: number[]; growthMiB: number }> {
  const gc = (globalThis as { gc?: () => void }).gc;
  const sample = (): number => {
    gc?.();
    return process.memoryUsage().rss / (1024 * 1024);
  };
  for (let warm = 0; warm < every; warm += 1) await call();
  const samplesMiB = [sample()];
  for (let done = 0; done < total; done += 1) {
    await call();
    if ((done + 1) % every === 0) samplesMiB.push(sample());
  }
  const rounded = samplesMiB.map((value) => Math.round(value * 10) / 10);
  return { samplesMiB: rounded, growthMiB: Math.round(((samplesMiB.at(-1) ?? 0) - (samplesMiB[0] ?? 0)) * 10) / 10 };
}
