import * as z from 'zod/mini';
import { CommaSeparated } from './limits.ts';
import { pagingShape } from './paging.ts';

/**
 * Filters of `sessions.list` (spec `GET /session`): paging (`page`, `limit` 0..1000), sorting, the eight
 * `createdAt*`/`updatedAt*` bounds (a `Date` or an ISO string), and the id, name, assistant, squad, workflow,
 * phone-number and customer-number filters. `*Any` filters take an array or a comma-separated string;
 * `phoneNumberIdAny` is sent as repeated keys, the others comma-separated, as the spec declares them.
 *
 * @example
 * ```ts
 * for await (const s of vapi.sessions.list({ assistantId, createdAtGe: new Date(Date.now() - 864e5) })) {
 *   console.log(s.id);
 * }
 * ```
 */
export const ListSessionsParamsSchema = z.strictObject({
  ...pagingShape,
  id: z.optional(z.string()),
  idAny: z.optional(CommaSeparated),
  /** The session name. */
  name: z.optional(z.string()),
  assistantId: z.optional(z.string()),
  assistantIdAny: z.optional(CommaSeparated),
  squadId: z.optional(z.string()),
  workflowId: z.optional(z.string()),
  phoneNumberId: z.optional(z.string()),
  phoneNumberIdAny: z.optional(
    z.pipe(
      z.union([z.string(), z.readonly(z.array(z.string()))]),
      z.transform((value) => (typeof value === 'string' ? [value] : [...value])),
    ),
  ),
  /** Customer phone numbers. */
  customerNumberAny: z.optional(CommaSeparated),
});

/**
 * Filters of `sessions.list` (input of `ListSessionsParamsSchema`).
 *
 * @example
 * ```ts
 * const filters: ListSessionsParams = { assistantId, createdAtGe: new Date('2026-08-01') };
 * ```
 */
export type ListSessionsParams = z.input<typeof ListSessionsParamsSchema>;

/**
 * The query `sessions.list` sends, after validation; `page.params` of a session page.
 *
 * @example
 * ```ts
 * const page = await vapi.sessions.list({ limit: 10 });
 * const query: SessionListQuery = page.params;
 * ```
 */
export type SessionListQuery = z.output<typeof ListSessionsParamsSchema>;
