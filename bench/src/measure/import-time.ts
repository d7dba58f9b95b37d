import { spawnSync } from 'node:child_process';

function runMs(code: string, cwd: string): number {
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', code], { cwd, stdio: 'ignore' });
  if (result.status !== 0) throw new Error(`import failed: ${code}`);
  return performance.now() - started;
}

/** Median cold-start cost of importing `specifier`, above a bare `node` start, over `runs` fresh processes. */
export function importTimeMs(specifier: string, cwd: string, runs = 9): number {
  const median = (values: number[]): number => values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  const bare: number[] = [];
  const loaded: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    bare.push(runMs('', cwd));
    loaded.push(runMs(`await import(${JSON.stringify(specifier)});`, cwd));
  }
  return Math.max(0, median(loaded) - median(bare));
}
