import { DateTimeInput } from '@sessionkit/core';
import * as z from 'zod';

/** Paging, sorting and the eight date bounds shared by every Vapi list. */
export const pagingShape = {
  /** Page number, from 1. */
  page: z.number().min(1, { error: 'Must be at least 1' }).optional(),
  /** Items per page, 0 to 1000 (Vapi's default: 100). */
  limit: z.number().min(0, { error: 'Must be at least 0' }).max(1000, { error: 'Must be at most 1000' }).optional(),
  /** Default `DESC`. */
  sortOrder: z.enum(['ASC', 'DESC']).optional(),
  /** Default `createdAt`. */
  sortBy: z.enum(['createdAt', 'duration', 'cost']).optional(),
  createdAtGt: DateTimeInput.optional(),
  createdAtLt: DateTimeInput.optional(),
  createdAtGe: DateTimeInput.optional(),
  createdAtLe: DateTimeInput.optional(),
  updatedAtGt: DateTimeInput.optional(),
  updatedAtLt: DateTimeInput.optional(),
  updatedAtGe: DateTimeInput.optional(),
  updatedAtLe: DateTimeInput.optional(),
  /**
   * Resume from a `metadata.nextCursor` of an earlier page. Not declared as a parameter by the spec, but its
   * `PaginationMeta.nextCursor` says to send it back as `cursor`.
   */
  cursor: z.string().min(1).optional(),
};
