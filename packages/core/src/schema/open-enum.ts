import * as z from 'zod/mini';

/**
 * A response enum that stays open: the spec's values are typed (and autocompleted), and a value the vendor adds
 * later still parses, as a plain string, instead of failing the whole response.
 *
 * @example
 * ```ts
 * const Status = openEnum(['active', 'completed']); // 'active' | 'completed' | (string & {})
 * ```
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.custom<string & {}>((value) => typeof value === 'string')]);
}
