import { type AssertTrue, type InputMatches, JsonObject, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { ChatInput, SendMessageParams } from '../types/params.ts';
import { ChatMessageInputSchema } from './chat-message.ts';
import { Name } from './limits.ts';

/**
 * What one turn sends: a string, or chat messages (OpenAI style).
 *
 * @example
 * ```ts
 * ChatInputSchema.parse([{ role: 'user', content: 'Hello' }]);
 * ```
 */
export const ChatInputSchema: SchemaOf<ChatInput, ChatInput> = z.union([z.string(), z.array(ChatMessageInputSchema)]);

const SendMessageParamsObject = z.strictObject({
  input: ChatInputSchema,
  name: z.optional(Name),
  assistantOverrides: z.optional(JsonObject),
});

/**
 * The full form of `sessions.send`: the input plus the chat's optional `name` and `assistantOverrides`. Unknown
 * keys (`assistantId`, `previousChatId`, `transport`, which Vapi refuses with a `sessionId`) are refused.
 *
 * @example
 * ```ts
 * SendMessageParamsSchema.parse({ input: 'Hi', name: 'greeting' });
 * ```
 */
export const SendMessageParamsSchema: SchemaOf<SendMessageParams, SendMessageParams> = SendMessageParamsObject;

type _SendIn = AssertTrue<InputMatches<typeof SendMessageParamsObject, SendMessageParams>>;
type _SendOut = AssertTrue<SchemaMatches<typeof SendMessageParamsObject, SendMessageParams>>;
