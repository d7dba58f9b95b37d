import { mkdirSync, writeFileSync } from 'node:fs';

/** What one suite tried, written next to the vitest report and summed into the README's reliability section. */
export interface Figures {
  faults: number;
  inputs: number;
  requests: number;
  failures: number;
}

/** Counts what a test file tried; `save()` writes `.vitest/figures-<name>.json` for the README. */
export class FigureLog {
  readonly figures: Figures = { faults: 0, inputs: 0, requests: 0, failures: 0 };
  readonly #name: string;

  constructor(name: string) {
    this.#name = name;
  }

  add(kind: keyof Figures, count = 1): void {
    this.figures[kind] += count;
  }

  save(): void {
    const dir = new URL('../.vitest/', import.meta.url);
    mkdirSync(dir, { recursive: true });
    writeFileSync(new URL(`figures-${this.#name}.json`, dir), `${JSON.stringify(this.figures)}\n`);
  }
}
