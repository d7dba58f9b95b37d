import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { FigureLog } from '../src/figures.ts';
import { PROFILES } from '../src/profiles/index.ts';

const log = new FigureLog('load');
afterAll(() => log.save());

const REQUESTS = 10_000;
const CONCURRENCY = 64;
const EXIT_BOUND_MS = 90_000;

function runLoad(vendor: string): Promise<{ code: number | null; output: string; exitedOnItsOwn: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [new URL('../src/load-run.ts', import.meta.url).pathname, vendor, String(REQUESTS), String(CONCURRENCY)],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const guard = setTimeout(() => child.kill('SIGKILL'), EXIT_BOUND_MS);
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      resolve({ code, output, exitedOnItsOwn: signal === null });
    });
  });
}

describe('load', () => {
  for (const profile of PROFILES) {
    it(
      `${profile.vendor}: ${REQUESTS} reads at concurrency ${CONCURRENCY} all correct, and the process exits on its own`,
      async () => {
        const run = await runLoad(profile.vendor);
        expect(run.exitedOnItsOwn).toBe(true);
        expect(run.code).toBe(0);
        const result = JSON.parse(run.output.trim().split('\n').at(-1) ?? '{}') as {
          correct: number;
          failed: number;
          served: number;
          tokenRequests: number;
        };
        log.add('requests', result.served);
        log.add('failures', result.failed);
        expect(result.failed).toBe(0);
        expect(result.correct).toBe(REQUESTS);
        expect(result.served).toBe(REQUESTS);
        expect(result.tokenRequests).toBe(profile.usesOAuth ? 1 : 0);
      },
      EXIT_BOUND_MS + 10_000,
    );
  }
});
