import { IsoDateTime } from '@sessionkit/core';
import * as z from 'zod/mini';

/**
 * Highlight's `Timestamp` scalar: an RFC 3339 (nano) date-time string, kept as sent.
 *
 * @example
 * ```ts
 * Timestamp.parse('2026-08-20T10:00:00.123456789Z'); // unchanged
 * ```
 */
export const Timestamp: z.ZodMiniType<string, unknown> = IsoDateTime;

/**
 * Highlight's `Int64` scalar, read as a JavaScript number (gqlgen sends a JSON number; a numeric string is accepted).
 *
 * @example
 * ```ts
 * Int64.parse('1234'); // 1234
 * ```
 */
export const Int64: z.ZodMiniType<number, unknown> = z.pipe(
  z.union([z.int(), z.string().check(z.regex(/^-?\d+$/, { error: 'Expected an integer' }))]),
  z.transform((value) => Number(value)),
);
