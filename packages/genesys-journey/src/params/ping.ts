import type { AssertTrue, InputMatches } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { PingParams } from '../types/params.ts';

/**
 * Schema of `PingParams`, the query of `tracking.ping`; unknown parameters refused.
 *
 * @example
 * ```ts
 * PingParamsSchema.parse({ dl: 'https://shop.example.com/', dt: 'Home' });
 * ```
 */
export const PingParamsSchema = z.strictObject({
  dl: z.optional(z.string()),
  dt: z.optional(z.string()),
  appNamespace: z.optional(z.string()),
  sessionId: z.optional(z.string().check(z.minLength(1, { error: 'Must be a non-empty string' }))),
  sinceLastBeaconMilliseconds: z.optional(
    z.int({ error: 'Must be a whole number' }).check(z.minimum(0, { error: 'Must be at least 0' })),
  ),
});
type _PingParamsMatches = AssertTrue<InputMatches<typeof PingParamsSchema, PingParams>>;
