import { spawnSync } from 'node:child_process';
import { median } from './median.ts';

/** Node's own fetch (undici) is loaded lazily, on first touch of `fetch`/`Request`; this touches it. */
const LOAD_FETCH = "new Request('http://127.0.0.1/');";

function runMs(code: string, cwd: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`import failed: ${code}`);
  return performance.now() - started;
}

/** Cold-start cost of importing a module, over fresh processes (medians). */
export interface ImportTime {
  /** Above a bare `node` start. */
  readonly overBareMs: number;
  /** Above a `node` start that has loaded its own fetch, which any HTTP client needs before its first request. */
  readonly overFetchReadyMs: number;
}

/** Median cold-start cost of importing `specifier` over `runs` fresh processes, interleaved with the baselines. */
export function importTime(specifier: string, cwd: string, runs = 9): ImportTime {
  const bare: number[] = [];
  const fetchReady: number[] = [];
  const loaded: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    bare.push(runMs('', cwd));
    fetchReady.push(runMs(LOAD_FETCH, cwd));
    loaded.push(runMs(`${LOAD_FETCH} await import(${JSON.stringify(specifier)});`, cwd));
  }
  const withFetch = median(loaded);
  return {
    overBareMs: Math.max(0, withFetch - median(bare)),
    overFetchReadyMs: Math.max(0, withFetch - median(fetchReady)),
  };
}
