import * as z from 'zod/mini';
import { CommaSeparated } from './limits.ts';
import { pagingShape } from './paging.ts';

/**
 * Filters of `sessions.chats` (spec `GET /chat`, with the session's id as `sessionId`): paging, sorting, the eight
 * date bounds, and the chat id filters.
 *
 * @example
 * ```ts
 * for await (const chat of vapi.sessions.chats(sessionId, { sortOrder: 'ASC' })) console.log(chat.output);
 * ```
 */
export const ListChatsParamsSchema = z.strictObject({
  ...pagingShape,
  id: z.optional(z.string()),
  idAny: z.optional(CommaSeparated),
  previousChatId: z.optional(z.string()),
});

/**
 * Filters of `sessions.chats` (input of `ListChatsParamsSchema`).
 *
 * @example
 * ```ts
 * const filters: ListChatsParams = { limit: 20, sortOrder: 'ASC' };
 * ```
 */
export type ListChatsParams = z.input<typeof ListChatsParamsSchema>;

/**
 * The query `sessions.chats` sends, after validation (with `sessionId`); `page.params` of a chat page.
 *
 * @example
 * ```ts
 * const page = await vapi.sessions.chats(sessionId);
 * const query: ChatListQuery = page.params;
 * ```
 */
export type ChatListQuery = z.output<typeof ListChatsParamsSchema> & { readonly sessionId: string };
