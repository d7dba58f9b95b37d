import { rmSync } from 'node:fs';
import { coverageTable } from './coverage.ts';

/** Clears the previous run's coverage; prints every vendor's "exposed / pass" once all files have run. */
export default function setup(): () => void {
  rmSync(new URL('../.vitest/', import.meta.url), { recursive: true, force: true });
  return () => {
    console.log(
      `\nOperations the official SDK exposes for the emulated resources / operations that pass:\n${coverageTable()}\n`,
    );
  };
}
