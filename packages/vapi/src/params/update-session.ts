import * as z from 'zod/mini';
import { ChatMessageInputSchema } from './chat-message.ts';
import { ExpirationSeconds, Name, SessionStatusInput } from './limits.ts';

/**
 * What `sessions.update` may change (spec `UpdateSessionDTO`): only `name`, `status`, `expirationSeconds` and
 * `messages`. Any other key is refused before sending, because Vapi answers 400 to it.
 *
 * @example
 * ```ts
 * await vapi.sessions.update(id, { status: 'completed' });
 * ```
 */
export const UpdateSessionParamsSchema = z.strictObject({
  name: z.optional(Name),
  status: z.optional(SessionStatusInput),
  expirationSeconds: z.optional(ExpirationSeconds),
  /** Replaces the conversation. */
  messages: z.optional(z.array(ChatMessageInputSchema)),
});

/**
 * What `sessions.update` may change (input of `UpdateSessionParamsSchema`).
 *
 * @example
 * ```ts
 * const patch: UpdateSessionParams = { status: 'completed' };
 * ```
 */
export type UpdateSessionParams = z.input<typeof UpdateSessionParamsSchema>;
