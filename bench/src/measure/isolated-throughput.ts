import { type ChildProcess, fork } from 'node:child_process';
import { medianResults, type ThroughputResult } from './throughput.ts';

const WORKER = new URL('./contender-process.ts', import.meta.url).pathname;

function next<T>(child: ChildProcess): Promise<T> {
  return new Promise((resolve, reject) => {
    child.once('message', (message) => resolve(message as T));
    child.once('exit', (code) => reject(new Error(`contender process exited with ${code}`)));
  });
}

/**
 * `compareThroughput` with every contender in a process of its own: the same warm-up, the same interleaved rounds
 * (one contender at a time, so they never compete for the two cores), medians of the rounds.
 */
export async function compareThroughputIsolated(
  vendor: string,
  baseUrl: string,
  names: readonly string[],
  options: { total: number; concurrency: number; rounds: number; warmup: number },
): Promise<Map<string, ThroughputResult>> {
  const children = new Map<string, ChildProcess>();
  try {
    for (const name of names) {
      const child = fork(WORKER, [vendor, baseUrl, name], { execArgv: process.execArgv, stdio: 'inherit' });
      children.set(name, child);
      await next(child);
    }
    const run = async (name: string, total: number): Promise<ThroughputResult> => {
      const child = children.get(name) as ChildProcess;
      const result = next<ThroughputResult>(child);
      child.send({ total, concurrency: options.concurrency });
      return result;
    };
    for (const name of names) await run(name, options.warmup);
    const samples = new Map<string, ThroughputResult[]>(names.map((name) => [name, []]));
    for (let round = 0; round < options.rounds; round += 1) {
      for (const name of names) samples.get(name)?.push(await run(name, options.total));
    }
    return medianResults(samples);
  } finally {
    for (const child of children.values()) child.kill();
  }
}
