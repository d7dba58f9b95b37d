import { DateTimeInput } from '@sessionkit/core';
import * as z from 'zod/mini';

/** Paging, sorting and the eight date bounds shared by every Vapi list. */
export const pagingShape = {
  /** Page number, from 1. */
  page: z.optional(z.number().check(z.minimum(1, { error: 'Must be at least 1' }))),
  /** Items per page, 0 to 1000 (Vapi's default: 100). */
  limit: z.optional(
    z.number().check(z.minimum(0, { error: 'Must be at least 0' }), z.maximum(1000, { error: 'Must be at most 1000' })),
  ),
  /** Default `DESC`. */
  sortOrder: z.optional(z.enum(['ASC', 'DESC'])),
  /** Default `createdAt`. */
  sortBy: z.optional(z.enum(['createdAt', 'duration', 'cost'])),
  createdAtGt: z.optional(DateTimeInput),
  createdAtLt: z.optional(DateTimeInput),
  createdAtGe: z.optional(DateTimeInput),
  createdAtLe: z.optional(DateTimeInput),
  updatedAtGt: z.optional(DateTimeInput),
  updatedAtLt: z.optional(DateTimeInput),
  updatedAtGe: z.optional(DateTimeInput),
  updatedAtLe: z.optional(DateTimeInput),
  /**
   * Resume from a `metadata.nextCursor` of an earlier page. Not declared as a parameter by the spec, but its
   * `PaginationMeta.nextCursor` says to send it back as `cursor`.
   */
  cursor: z.optional(z.string().check(z.minLength(1))),
};
