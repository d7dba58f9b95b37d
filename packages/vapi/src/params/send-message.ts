import { type AssertTrue, JsonObject, type SchemaMatches } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { InputOf, ParamsSchema } from '../schemas/tie.ts';
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
export const ChatInputSchema: ParamsSchema<ChatInput> = z.union([z.string(), z.array(ChatMessageInputSchema)]);

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
export const SendMessageParamsSchema: ParamsSchema<SendMessageParams> = SendMessageParamsObject;

type _SendIn = AssertTrue<SchemaMatches<InputOf<typeof SendMessageParamsObject>, SendMessageParams>>;
type _SendOut = AssertTrue<SchemaMatches<typeof SendMessageParamsObject, SendMessageParams>>;
