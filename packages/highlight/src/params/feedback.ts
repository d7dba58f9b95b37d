import { type AssertTrue, DateTimeInput, type InputMatches } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { FeedbackParams } from '../types/params.ts';

const FeedbackParamsObject = z.strictObject({
  verbatim: z.string({ error: 'Must be a string' }).check(z.minLength(1, { error: 'Must not be empty' })),
  userName: z.optional(z.string()),
  userEmail: z.optional(z.string()),
  timestamp: z.optional(DateTimeInput),
});

/**
 * `FeedbackParams` as a schema: a non-empty `verbatim`, optional `userName` and `userEmail`, and a `timestamp`
 * (`Date` or ISO string, output as an ISO string); unknown keys refused.
 *
 * @example
 * ```ts
 * FeedbackParamsSchema.parse({ verbatim: 'The export button does nothing', userEmail: 'ada@example.com' });
 * ```
 */
export const FeedbackParamsSchema: z.ZodMiniType<
  z.output<typeof FeedbackParamsObject>,
  FeedbackParams
> = FeedbackParamsObject;

type _FeedbackParamsMatches = AssertTrue<InputMatches<typeof FeedbackParamsObject, FeedbackParams>>;
