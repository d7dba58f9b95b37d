import type { AssertTrue, InputMatches, SchemaMatches } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { ContactSessionListQuery, ListContactSessionsParams } from '../types/params.ts';
import { AfterCursor, PageSize } from './fields.ts';

/**
 * Schema of `ListContactSessionsParams`, the filters of `contacts.sessions`: `includeMerged`, `pageSize` (1–200,
 * sent as a string) and `after`; unknown filters refused.
 *
 * @example
 * ```ts
 * ListContactSessionsParamsSchema.parse({ includeMerged: true, pageSize: 100 });
 * ```
 */
export const ListContactSessionsParamsSchema = z.strictObject({
  includeMerged: z.optional(z.boolean()),
  pageSize: z.optional(PageSize),
  after: z.optional(AfterCursor),
});
type _ListContactSessionsParamsMatches = AssertTrue<
  InputMatches<typeof ListContactSessionsParamsSchema, ListContactSessionsParams>
>;
type _ContactSessionListQueryMatches = AssertTrue<
  SchemaMatches<typeof ListContactSessionsParamsSchema, Omit<ContactSessionListQuery, 'nextUri'>>
>;
