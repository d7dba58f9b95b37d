import type { TestServer } from '../server/index.ts';
import type { EmulatorClock } from './clock.ts';
import type { FaultControls } from './faults.ts';

/** What `seed()` creates: how many sessions, from which random seed (the same data for the same seed and clock). */
export interface SeedOptions {
  /** Number of sessions (with their vendor's related data). Default: the emulator's `seed` option, else 0. */
  readonly sessions?: number;
  /** The random generator's seed. Default: the emulator's `randomSeed` option, else a fixed one per vendor. */
  readonly randomSeed?: number;
}

/**
 * What every emulator offers your tests beside its vendor's API: the base URL, the server's call log, the clock,
 * reset and reseed, token expiry and fault injection.
 *
 * @example
 * ```ts
 * const vapi = await startVapiEmulator({ seed: 5 });
 * vapi.failNext(1, { status: 503 }); // the next request gets Vapi's 503 body
 * vapi.reset(); // between tests: the 5 seeded sessions again, no faults, no calls
 * await vapi.close();
 * ```
 */
export interface EmulatorControls extends FaultControls {
  /** Base URL to give a client, `http://127.0.0.1:<port>` (or the host the emulator listens on). */
  readonly url: string;
  /** The underlying test server: `calls` (every request received, in order) and `inject()` (one-shot replies). */
  readonly server: TestServer;
  /** The emulator's time: `advance(ms)`, `set(date)`. */
  readonly clock: EmulatorClock;
  /** Replaces all state with freshly seeded data; the options become what `reset()` seeds. */
  seed(options?: SeedOptions): void;
  /** Makes every credential issued or seen so far invalid, as if it had expired: the next call gets the vendor's 401. */
  expireTokens(): void;
  /** Back to the start: seeded data, no faults, tokens or calls, the clock as given. Call it between tests. */
  reset(): void;
  /** Stops the server, ending open connections. */
  close(): Promise<void>;
}

/** Checks a `seed` count. */
export function sessionCount(value: number | undefined): number {
  const count = value ?? 0;
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`sessions must be a whole number ≥ 0, got ${count}`);
  return count;
}

/** The seed parameters an emulator keeps: those of its options, then of its last `seed()`. */
export class Seeding {
  sessions: number;
  randomSeed: number;

  constructor(options: { readonly seed?: number; readonly randomSeed?: number }, defaultRandomSeed: number) {
    this.sessions = sessionCount(options.seed);
    this.randomSeed = options.randomSeed ?? defaultRandomSeed;
  }

  /** Takes what `seed()` was given, keeping the rest. */
  update(next: SeedOptions): void {
    if (next.sessions !== undefined) this.sessions = sessionCount(next.sessions);
    if (next.randomSeed !== undefined) this.randomSeed = next.randomSeed;
  }
}
