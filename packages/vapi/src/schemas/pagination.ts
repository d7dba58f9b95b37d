import { type AssertTrue, IsoDateTime, openEnum, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { PaginationMeta } from '../types/pagination.ts';

const PaginationMetaObject = z.looseObject({
  itemsPerPage: z.number(),
  totalItems: z.number(),
  currentPage: z.number(),
  totalPages: z.nullish(z.number()),
  hasNextPage: z.nullish(z.boolean()),
  nextCursor: z.nullish(z.string()),
  sortOrder: z.nullish(openEnum(['ASC', 'DESC'])),
  itemsBeyondRetention: z.nullish(z.boolean()),
  createdAtLe: z.nullish(IsoDateTime),
  createdAtGe: z.nullish(IsoDateTime),
});

/**
 * Paging metadata of every Vapi list (spec `PaginationMeta`); unknown fields kept.
 *
 * @example
 * ```ts
 * const meta: PaginationMeta = PaginationMetaSchema.parse(json.metadata);
 * ```
 */
export const PaginationMetaSchema: SchemaOf<PaginationMeta> = PaginationMetaObject;

type _PaginationMetaMatches = AssertTrue<SchemaMatches<typeof PaginationMetaObject, PaginationMeta>>;

/**
 * The paginated wrapper `{ results, metadata }` of a Vapi list, for any item schema.
 *
 * @example
 * ```ts
 * const AssistantPageSchema = paginated(z.looseObject({ id: z.string() }));
 * ```
 */
export function paginated<T extends z.core.$ZodType>(item: T) {
  return z.looseObject({ results: z.array(item), metadata: PaginationMetaSchema });
}
