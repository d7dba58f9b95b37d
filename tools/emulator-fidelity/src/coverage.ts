import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const DIR = new URL('../.vitest/', import.meta.url).pathname;

/** One vendor's coverage: the operations its official SDK exposes for the emulated resources, and those that pass. */
export interface VendorCoverage {
  readonly vendor: string;
  readonly sdk: string;
  readonly exposed: readonly string[];
  readonly passed: readonly string[];
}

/**
 * Records which of the operations an SDK exposes passed against the emulator (a test calls `pass()` as its last
 * step, so an operation counts only when every check before it held), prints the vendor's table and keeps it for
 * the summary of all vendors.
 */
export class Coverage {
  readonly #vendor: string;
  readonly #sdk: string;
  readonly #exposed: readonly string[];
  readonly #passed = new Map<string, string>();

  constructor(vendor: string, sdk: string, exposed: readonly string[]) {
    if (exposed.length === 0) throw new Error(`${sdk}: no operation found for the emulated resources`);
    this.#vendor = vendor;
    this.#sdk = sdk;
    this.#exposed = exposed;
  }

  get exposed(): readonly string[] {
    return this.#exposed;
  }

  /** Marks an operation as passing (with how it was exercised, if worth saying); it must be one the SDK exposes. */
  pass(operation: string, how = ''): void {
    if (!this.#exposed.includes(operation)) throw new Error(`${this.#sdk} exposes no ${operation}`);
    this.#passed.set(operation, how);
  }

  /** Prints the per-operation table and saves the result for the summary. */
  report(): VendorCoverage {
    const result = { vendor: this.#vendor, sdk: this.#sdk, exposed: this.#exposed, passed: [...this.#passed.keys()] };
    const width = Math.max(...this.#exposed.map((name) => name.length));
    const rows = this.#exposed.map((name) => {
      const how = this.#passed.get(name);
      return `  ${how === undefined ? 'FAIL' : 'pass'}  ${name.padEnd(width)}  ${how ?? ''}`.trimEnd();
    });
    console.log([`${this.#sdk} against the ${this.#vendor} emulator: ${summary(result)}`, ...rows].join('\n'));
    mkdirSync(DIR, { recursive: true });
    writeFileSync(join(DIR, `coverage-${this.#vendor.toLowerCase()}.json`), JSON.stringify(result));
    return result;
  }
}

function summary(result: VendorCoverage): string {
  const passing = result.exposed.filter((name) => result.passed.includes(name)).length;
  return `${result.exposed.length} operations exposed / ${passing} pass`;
}

/** The table of every vendor's coverage recorded in this run, for the end of the run. */
export function coverageTable(): string {
  let files: string[] = [];
  try {
    files = readdirSync(DIR).filter((name) => /^coverage-.*\.json$/.test(name));
  } catch {
    return 'no coverage recorded';
  }
  const results = files.map((name) => JSON.parse(readFileSync(join(DIR, name), 'utf8')) as VendorCoverage);
  const lines = results.map((result) => {
    const passing = result.exposed.filter((name) => result.passed.includes(name)).length;
    return `| ${result.vendor.padEnd(9)} | ${result.sdk.padEnd(44)} | ${String(result.exposed.length).padStart(7)} | ${String(passing).padStart(4)} |`;
  });
  return [
    '| vendor    | official SDK                                 | exposed | pass |',
    '|-----------|----------------------------------------------|---------|------|',
    ...lines,
  ].join('\n');
}
