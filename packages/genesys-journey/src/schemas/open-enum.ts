import * as z from 'zod/mini';

/**
 * A response enum that stays open: the spec's values are typed (and autocompleted), and a value Genesys adds later
 * still parses as a plain string instead of failing the whole response. Genesys grows its enums with almost every
 * API release (the official SDK types them all as `string` for that reason).
 *
 * @example
 * ```ts
 * const Direction = openEnum(['Unknown', 'Inbound', 'Outbound']); // 'Unknown' | 'Inbound' | 'Outbound' | (string & {})
 * ```
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  return z.union([z.enum(values), z.custom<string & {}>((value) => typeof value === 'string')]);
}
