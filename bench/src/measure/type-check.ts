import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { median } from './median.ts';

/** What the type checker spent on one consumer program (`tsc --extendedDiagnostics`). */
export interface TypeCheckCost {
  readonly types: number;
  readonly instantiations: number;
  /** Median check time over the runs, in milliseconds. */
  readonly checkMs: number;
  /** Median wall time of the whole `tsc` run (parse, bind, check), in milliseconds. */
  readonly totalMs: number;
}

function readNumber(output: string, label: string): number {
  const match = new RegExp(`^${label}:\\s+([\\d.]+)(s?)`, 'm').exec(output);
  if (!match) throw new Error(`tsc printed no "${label}"`);
  return Number(match[1]) * (match[2] === 's' ? 1000 : 1);
}

/**
 * Type-checks `program` (a file in bench/typecheck) alone, strict, as a consumer would, `runs` times; types and
 * instantiations are exact counts, times are medians.
 */
export function typeCheckCost(benchRoot: string, program: string, skipLibCheck: boolean, runs = 3): TypeCheckCost {
  const dir = mkdtempSync(join(benchRoot, 'typecheck', '.run-'));
  try {
    const config = {
      compilerOptions: {
        strict: true,
        exactOptionalPropertyTypes: true,
        noEmit: true,
        target: 'es2022',
        module: 'nodenext',
        moduleResolution: 'nodenext',
        lib: ['es2023', 'dom'],
        types: ['node'],
        skipLibCheck,
        esModuleInterop: true,
      },
      files: [join(benchRoot, 'typecheck', program)],
    };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    const tsc = join(benchRoot, '..', 'node_modules', 'typescript', 'bin', 'tsc');
    const outputs: string[] = [];
    const totals: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      const result = spawnSync(process.execPath, [tsc, '-p', dir, '--extendedDiagnostics'], { encoding: 'utf8' });
      totals.push(performance.now() - started);
      if (result.status !== 0) throw new Error(`tsc failed on ${program}:\n${result.stdout}${result.stderr}`);
      outputs.push(result.stdout);
    }
    const first = outputs[0] ?? '';
    return {
      types: readNumber(first, 'Types'),
      instantiations: readNumber(first, 'Instantiations'),
      checkMs: median(outputs.map((output) => readNumber(output, 'Check time'))),
      totalMs: median(totals),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
