/** The median of `values` (the upper one of an even count); 0 for none. The input is left as it is. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
}
