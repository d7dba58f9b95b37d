import { DateTimeInput } from '@sessionkit/core';
import * as z from 'zod/mini';

/**
 * Feedback a user gave on a session (`addSessionFeedback`): the `verbatim` text (required, non-empty), who gave it
 * (`userName`, `userEmail`, optional), and when (`timestamp`, a `Date` or ISO string; default now). Stored by
 * Highlight as a `FEEDBACK` session comment.
 *
 * @example
 * ```ts
 * await hl.sessions.addFeedback(secureId, { verbatim: 'The export button does nothing', userEmail: 'ada@example.com' });
 * ```
 */
export const FeedbackParamsSchema = z.strictObject({
  verbatim: z.string().check(z.minLength(1, { error: 'Must not be empty' })),
  userName: z.optional(z.string()),
  userEmail: z.optional(z.string()),
  timestamp: z.optional(DateTimeInput),
});

/**
 * Feedback on a session; see `FeedbackParamsSchema`.
 *
 * @example
 * ```ts
 * const feedback: FeedbackParams = { verbatim: 'Love the new dashboard', userName: 'Ada', timestamp: new Date() };
 * ```
 */
export type FeedbackParams = z.input<typeof FeedbackParamsSchema>;
