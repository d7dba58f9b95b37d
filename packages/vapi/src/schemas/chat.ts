import { IsoDateTime, JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';
import { ChatCostItemSchema } from './costs.ts';
import { SessionMessageSchema } from './messages.ts';
import { paginated } from './pagination.ts';

/**
 * One chat turn (spec `Chat`): the `input` sent, the context `messages` and the assistant's `output`.
 *
 * @example
 * ```ts
 * const chat = await vapi.sessions.send(sessionId, 'Where is my order?');
 * console.log(chat.output?.map(messageText).join('\n'));
 * ```
 */
export const ChatSchema = z.looseObject({
  id: z.string(),
  orgId: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  sessionId: z.nullish(z.string()),
  previousChatId: z.nullish(z.string()),
  name: z.nullish(z.string()),
  assistantId: z.nullish(z.string()),
  assistant: z.nullish(JsonObject),
  assistantOverrides: z.nullish(JsonObject),
  squadId: z.nullish(z.string()),
  squad: z.nullish(JsonObject),
  /** What was sent: a string or messages. */
  input: z.nullish(z.union([z.string(), z.array(SessionMessageSchema)])),
  stream: z.nullish(z.boolean()),
  /** The context the assistant saw. */
  messages: z.nullish(z.array(SessionMessageSchema)),
  /** The assistant's answer. */
  output: z.nullish(z.array(SessionMessageSchema)),
  costs: z.nullish(z.array(ChatCostItemSchema)),
  cost: z.nullish(z.number()),
});

/**
 * One chat turn.
 *
 * @example
 * ```ts
 * const chat: Chat = await vapi.sessions.send(sessionId, 'Hi');
 * ```
 */
export type Chat = z.infer<typeof ChatSchema>;

/**
 * A page of chats (spec `ChatPaginatedResponse`).
 *
 * @example
 * ```ts
 * const page = await vapi.sessions.chats(sessionId, { limit: 10 });
 * console.log(page.raw.metadata.totalItems);
 * ```
 */
export const ChatPageSchema = paginated(ChatSchema);

/**
 * A raw page of chats: `results` and `metadata`.
 *
 * @example
 * ```ts
 * const raw: ChatPage = (await vapi.sessions.chats(sessionId)).raw;
 * ```
 */
export type ChatPage = z.infer<typeof ChatPageSchema>;
