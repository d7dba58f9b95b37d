import { fork } from 'node:child_process';
import type { Contender } from '../vendors/vendor-bench.ts';
import { median } from './median.ts';

/**
 * Microseconds of CPU each contender spends per call above the network: every call answered at once by an
 * in-memory `fetch` (put in place of `globalThis.fetch` for the measurement) that returns `body`, so what is left is
 * the client's own work — building the request, its options and hooks, reading and parsing the response. Far less
 * noisy than loopback throughput, it tells ky's share from sessionkit's. Sequential calls, interleaved rounds,
 * medians.
 */
export async function callCost(
  contenders: readonly Contender[],
  body: string,
  options: { readonly calls: number; readonly rounds: number },
): Promise<Map<string, number>> {
  const realFetch = globalThis.fetch;
  globalThis.fetch = async () => new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
  try {
    const run = async (call: () => Promise<unknown>, calls: number): Promise<number> => {
      const started = performance.now();
      for (let done = 0; done < calls; done += 1) await call();
      return ((performance.now() - started) / calls) * 1000;
    };
    for (const contender of contenders) await run(contender.call, options.calls);
    const samples = new Map<string, number[]>(contenders.map((contender) => [contender.name, []]));
    for (let round = 0; round < options.rounds; round += 1) {
      for (const contender of contenders) samples.get(contender.name)?.push(await run(contender.call, options.calls));
    }
    return new Map([...samples].map(([name, values]) => [name, median(values)]));
  } finally {
    globalThis.fetch = realFetch;
  }
}

/** `callCost` of one vendor's contenders, run in a forked process of its own (`call-cost-process.ts`). */
export function callCostIsolated(
  vendor: string,
  options: { readonly calls: number; readonly rounds: number },
): Promise<Record<string, number>> {
  const child = fork(
    new URL('./call-cost-process.ts', import.meta.url).pathname,
    [vendor, String(options.calls), String(options.rounds)],
    { execArgv: process.execArgv, stdio: 'inherit' },
  );
  return new Promise((resolve, reject) => {
    child.once('message', (message) => {
      resolve(message as Record<string, number>);
      child.kill();
    });
    child.once('exit', (code) => reject(new Error(`call-cost process exited with ${code}`)));
  });
}
