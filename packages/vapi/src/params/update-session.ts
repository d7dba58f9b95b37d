import type { AssertTrue, InputMatches, SchemaMatches, SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { UpdateSessionParams } from '../types/params.ts';
import { ChatMessageInputSchema } from './chat-message.ts';
import { ExpirationSeconds, Name, SessionStatusInput } from './limits.ts';

const UpdateSessionParamsObject = z.strictObject({
  name: z.optional(Name),
  status: z.optional(SessionStatusInput),
  expirationSeconds: z.optional(ExpirationSeconds),
  messages: z.optional(z.array(ChatMessageInputSchema)),
});

/**
 * What `sessions.update` may change (spec `UpdateSessionDTO`): only `name`, `status`, `expirationSeconds` and
 * `messages`. Any other key is refused before sending, because Vapi answers 400 to it.
 *
 * @example
 * ```ts
 * UpdateSessionParamsSchema.parse({ status: 'completed' });
 * ```
 */
export const UpdateSessionParamsSchema: SchemaOf<UpdateSessionParams, UpdateSessionParams> = UpdateSessionParamsObject;

type _UpdateIn = AssertTrue<InputMatches<typeof UpdateSessionParamsObject, UpdateSessionParams>>;
type _UpdateOut = AssertTrue<SchemaMatches<typeof UpdateSessionParamsObject, UpdateSessionParams>>;
