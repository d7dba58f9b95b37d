/** An emulator's clock option: a fixed time, a function, or (absent) the real time. */
export type ClockOption = Date | (() => Date) | undefined;

/** The clock an emulator reads "now" from. */
export function clockFrom(now: ClockOption): () => Date {
  if (typeof now === 'function') return now;
  return now ? () => now : () => new Date();
}
