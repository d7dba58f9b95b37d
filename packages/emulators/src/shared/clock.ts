/** An emulator's clock option: a fixed time, a function, or (absent) the real time. */
export type ClockOption = Date | (() => Date) | undefined;

/** The clock an emulator reads "now" from. */
export function clockFrom(now: ClockOption): () => Date {
  if (typeof now === 'function') return now;
  return now ? () => now : () => new Date();
}

/**
 * The time an emulator lives in: the `now` option (a fixed time, a function, or the real time), moved by your test.
 * Token lifetimes, rate-limit windows, session expiry, event ages and every timestamp the emulator writes read it.
 *
 * @example
 * ```ts
 * const genesys = await startGenesysEmulator({ tokenLifetimeSeconds: 60 });
 * genesys.clock.advance(61_000); // every token issued so far has now expired
 * genesys.clock.set('2026-01-01T00:00:00Z'); // frozen there until advanced or reset
 * ```
 */
export class EmulatorClock {
  readonly #base: () => Date;
  #offsetMs = 0;
  #frozenAt: number | undefined;

  constructor(now: ClockOption) {
    this.#base = clockFrom(now);
  }

  /** The emulator's current time. */
  now(): Date {
    return new Date(this.#frozenAt ?? this.#base().getTime() + this.#offsetMs);
  }

  /** Moves the time forward by `ms` milliseconds (backwards when negative); returns the new time. */
  advance(ms: number): Date {
    if (!Number.isFinite(ms)) throw new RangeError(`advance() takes a number of milliseconds, got ${ms}`);
    if (this.#frozenAt === undefined) this.#offsetMs += ms;
    else this.#frozenAt += ms;
    return this.now();
  }

  /** Stops the clock at `time` (a Date, an ISO string or epoch milliseconds); it moves again only by `advance`. */
  set(time: Date | string | number): void {
    const at = new Date(time).getTime();
    if (Number.isNaN(at)) throw new RangeError(`set() takes a date, got ${String(time)}`);
    this.#frozenAt = at;
  }

  /** Back to the `now` option: no offset, not frozen (what `reset()` of the emulator does). */
  reset(): void {
    this.#offsetMs = 0;
    this.#frozenAt = undefined;
  }
}
