import { rmSync } from 'node:fs';
import { writeReadmeFigures } from './write-readme-figures.ts';

/** Clears old figures before the run; after it, writes the totals into the README's reliability section. */
export default function setup(): () => void {
  rmSync(new URL('../.vitest/', import.meta.url), { recursive: true, force: true });
  return () => {
    writeReadmeFigures();
  };
}
