import { JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';
import { maxChars, Name } from './limits.ts';

const Content = maxChars(10_000);
const common = { name: z.optional(Name), metadata: z.optional(JsonObject) };

/**
 * A chat message to send (OpenAI style), discriminated on `role`. Limits from the spec: `content` and `refusal`
 * at most 10 000 characters, `name` at most 40, a tool-call function name at most 80. Unknown keys are refused,
 * as Vapi refuses them.
 *
 * @example
 * ```ts
 * const messages: ChatMessageInput[] = [
 *   { role: 'system', content: 'You are a concise support agent.' },
 *   { role: 'user', content: 'Where is my order?' },
 * ];
 * ```
 */
export const ChatMessageInputSchema = z.discriminatedUnion('role', [
  z.strictObject({ role: z.literal('system'), content: Content, ...common }),
  z.strictObject({ role: z.literal('user'), content: Content, ...common }),
  z.strictObject({
    role: z.literal('assistant'),
    content: z.optional(Content),
    refusal: z.optional(Content),
    tool_calls: z.optional(
      z.array(
        z.strictObject({
          id: z.string(),
          type: z.string(),
          function: z.strictObject({ name: maxChars(80), arguments: z.string() }),
        }),
      ),
    ),
    ...common,
  }),
  z.strictObject({ role: z.literal('tool'), content: Content, tool_call_id: z.string(), ...common }),
  z.strictObject({ role: z.literal('developer'), content: Content, ...common }),
]);

/**
 * A chat message you send (input of `ChatMessageInputSchema`).
 *
 * @example
 * ```ts
 * const message: ChatMessageInput = { role: 'user', content: 'Hello' };
 * ```
 */
export type ChatMessageInput = z.input<typeof ChatMessageInputSchema>;
