import { type AssertTrue, IsoDateTime, JsonObject, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { Chat, ChatPage } from '../types/chat.ts';
import { ChatCostItemSchema } from './costs.ts';
import { SessionMessageSchema } from './messages.ts';
import { paginated } from './pagination.ts';

const ChatObject = z.looseObject({
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
  input: z.nullish(z.union([z.string(), z.array(SessionMessageSchema)])),
  stream: z.nullish(z.boolean()),
  messages: z.nullish(z.array(SessionMessageSchema)),
  output: z.nullish(z.array(SessionMessageSchema)),
  costs: z.nullish(z.array(ChatCostItemSchema)),
  cost: z.nullish(z.number()),
});

/**
 * One chat turn (spec `Chat`); unknown fields kept.
 *
 * @example
 * ```ts
 * const chat: Chat = ChatSchema.parse(json);
 * ```
 */
export const ChatSchema: SchemaOf<Chat> = ChatObject;

const ChatPageObject = paginated(ChatSchema);

/**
 * A page of chats (spec `ChatPaginatedResponse`): `results` and `metadata`.
 *
 * @example
 * ```ts
 * const page: ChatPage = ChatPageSchema.parse(json);
 * ```
 */
export const ChatPageSchema: SchemaOf<ChatPage> = ChatPageObject;

type _ChatMatches = AssertTrue<SchemaMatches<typeof ChatObject, Chat>>;
type _ChatPageMatches = AssertTrue<SchemaMatches<typeof ChatPageObject, ChatPage>>;
