import { JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';
import { ChatMessageInputSchema } from './chat-message.ts';
import { Name } from './limits.ts';

/**
 * What one turn sends: a string, or chat messages (OpenAI style).
 *
 * @example
 * ```ts
 * const input: ChatInput = [{ role: 'user', content: 'Hello' }];
 * ```
 */
export const ChatInputSchema = z.union([z.string(), z.array(ChatMessageInputSchema)]);

/**
 * What one turn sends: a string or chat messages.
 *
 * @example
 * ```ts
 * const input: ChatInput = 'Where is my order?';
 * ```
 */
export type ChatInput = z.input<typeof ChatInputSchema>;

/**
 * The full form of `sessions.send`: the input plus the chat's optional `name` and `assistantOverrides` (e.g.
 * variable values). The session fixes the assistant, so `assistantId`, `previousChatId` and `transport` cannot be
 * combined with it (Vapi refuses them).
 *
 * @example
 * ```ts
 * await vapi.sessions.send(sessionId, { input: 'Hi', assistantOverrides: { variableValues: { tier: 'gold' } } });
 * ```
 */
export const SendMessageParamsSchema = z.strictObject({
  input: ChatInputSchema,
  name: z.optional(Name),
  assistantOverrides: z.optional(JsonObject),
});

/**
 * The full form of `sessions.send` (input of `SendMessageParamsSchema`).
 *
 * @example
 * ```ts
 * const params: SendMessageParams = { input: 'Hi', name: 'greeting' };
 * ```
 */
export type SendMessageParams = z.input<typeof SendMessageParamsSchema>;
