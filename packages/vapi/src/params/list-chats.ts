import type { AssertTrue, InputMatches, SchemaMatches, SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { ChatListQuery, ListChatsParams } from '../types/params.ts';
import { CommaSeparated } from './limits.ts';
import { pagingShape } from './paging.ts';

const ListChatsParamsObject = z.strictObject({
  ...pagingShape,
  id: z.optional(z.string()),
  idAny: z.optional(CommaSeparated),
  previousChatId: z.optional(z.string()),
});

/**
 * Filters of `sessions.chats` (spec `GET /chat`, without the `sessionId` the method adds): paging, sorting, the
 * eight date bounds, and the chat id filters. Unknown keys are refused.
 *
 * @example
 * ```ts
 * ListChatsParamsSchema.parse({ limit: 20, sortOrder: 'ASC' });
 * ```
 */
export const ListChatsParamsSchema: SchemaOf<Omit<ChatListQuery, 'sessionId'>, ListChatsParams> = ListChatsParamsObject;

type _ListChatsIn = AssertTrue<InputMatches<typeof ListChatsParamsObject, ListChatsParams>>;
type _ListChatsOut = AssertTrue<SchemaMatches<typeof ListChatsParamsObject, Omit<ChatListQuery, 'sessionId'>>>;
