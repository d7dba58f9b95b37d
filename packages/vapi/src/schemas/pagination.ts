import { IsoDateTime } from '@sessionkit/core';
import * as z from 'zod/mini';
import { openEnum } from './open-enum.ts';

/**
 * Paging metadata of every Vapi list (spec `PaginationMeta`).
 *
 * @example
 * ```ts
 * const page = await vapi.sessions.list({ limit: 50 });
 * console.log(page.raw.metadata.totalItems, page.raw.metadata.hasNextPage);
 * ```
 */
export const PaginationMetaSchema = z.looseObject({
  itemsPerPage: z.number(),
  totalItems: z.number(),
  currentPage: z.number(),
  totalPages: z.nullish(z.number()),
  hasNextPage: z.nullish(z.boolean()),
  /** Opaque keyset cursor, present when another page likely exists; sent back as `cursor`. */
  nextCursor: z.nullish(z.string()),
  sortOrder: z.nullish(openEnum(['ASC', 'DESC'])),
  /** More matches exist beyond the org's retention window. */
  itemsBeyondRetention: z.nullish(z.boolean()),
  createdAtLe: z.nullish(IsoDateTime),
  createdAtGe: z.nullish(IsoDateTime),
});

/**
 * Paging metadata of a Vapi list.
 *
 * @example
 * ```ts
 * const meta: PaginationMeta = (await vapi.sessions.list()).raw.metadata;
 * ```
 */
export type PaginationMeta = z.infer<typeof PaginationMetaSchema>;

/**
 * The paginated wrapper `{ results, metadata }` of a Vapi list, for any item schema.
 *
 * @example
 * ```ts
 * const SessionPageSchema = paginated(SessionSchema);
 * ```
 */
export function paginated<T extends z.core.$ZodType>(item: T) {
  return z.looseObject({ results: z.array(item), metadata: PaginationMetaSchema });
}
