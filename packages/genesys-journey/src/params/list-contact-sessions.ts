import * as z from 'zod/mini';
import { AfterCursor, PageSize } from './fields.ts';

/**
 * Filters of `contacts.sessions` (spec `GET /api/v2/externalcontacts/contacts/{contactId}/journey/sessions`):
 * `includeMerged` (also the sessions of every contact merged into this one), `pageSize` (1–200) and `after`.
 *
 * @example
 * ```ts
 * for await (const session of gj.contacts.sessions(contactId, { includeMerged: true })) console.log(session.id);
 * ```
 */
export const ListContactSessionsParamsSchema = z.strictObject({
  includeMerged: z.optional(z.boolean()),
  pageSize: z.optional(PageSize),
  after: z.optional(AfterCursor),
});

/**
 * Filters of `contacts.sessions` (input of `ListContactSessionsParamsSchema`).
 *
 * @example
 * ```ts
 * const params: ListContactSessionsParams = { includeMerged: true, pageSize: 100 };
 * ```
 */
export type ListContactSessionsParams = z.input<typeof ListContactSessionsParamsSchema>;

/**
 * The query `contacts.sessions` sends (`page.params`): the validated filters, then `{ nextUri }` after the first page.
 *
 * @example
 * ```ts
 * const query: ContactSessionListQuery = (await gj.contacts.sessions(contactId)).params;
 * ```
 */
export type ContactSessionListQuery = z.output<typeof ListContactSessionsParamsSchema> & {
  readonly nextUri?: string | undefined;
};
