import { IsoDateTime } from '@sessionkit/core';
import * as z from 'zod/mini';
import { AddressableEntityRefSchema, IdentifiedRefSchema } from './entity-refs.ts';

/**
 * A segment assigned to an external contact (spec `SegmentAssignment`).
 *
 * @example
 * ```ts
 * const { entities } = await gj.contacts.segments(contactId);
 * for (const assignment of entities ?? []) console.log(assignment.segment.id, assignment.dateForUnassignment);
 * ```
 */
export const SegmentAssignmentSchema = z.looseObject({
  dateAssigned: IsoDateTime,
  /** When the segment is scheduled to be unassigned. */
  dateForUnassignment: IsoDateTime,
  segment: IdentifiedRefSchema,
  externalContact: AddressableEntityRefSchema,
  /** For session-scoped segments: the session the segment was assigned in. */
  session: z.nullish(z.looseObject({ id: z.string(), type: z.string(), selfUri: z.nullish(z.string()) })),
});

/**
 * A segment assigned to an external contact; see `SegmentAssignmentSchema`.
 *
 * @example
 * ```ts
 * const assignment: SegmentAssignment | undefined = (await gj.contacts.segments(contactId)).entities?.[0];
 * ```
 */
export type SegmentAssignment = z.infer<typeof SegmentAssignmentSchema>;

/**
 * The segment assignments of a contact (spec `SegmentAssignmentListing`): `entities` only, no paging.
 *
 * @example
 * ```ts
 * const listing: SegmentAssignmentListing = await gj.contacts.segments(contactId, { limit: 500 });
 * ```
 */
export const SegmentAssignmentListingSchema = z.looseObject({
  entities: z.nullish(z.array(SegmentAssignmentSchema)),
});

/**
 * The segment assignments of a contact; see `SegmentAssignmentListingSchema`.
 *
 * @example
 * ```ts
 * const count = (await gj.contacts.segments(contactId)).entities?.length ?? 0;
 * ```
 */
export type SegmentAssignmentListing = z.infer<typeof SegmentAssignmentListingSchema>;

const SegmentIdsSchema = z.looseObject({ segments: z.array(z.looseObject({ id: z.string() })) });

/**
 * The outcome of `contacts.updateSegments` (spec `UpdateSegmentAssignmentResponse`): what could not be processed.
 *
 * @example
 * ```ts
 * const { unprocessedItems } = await gj.contacts.updateSegments(contactId, { assign: ['vip'] });
 * if (unprocessedItems.count > 0) console.warn(unprocessedItems.assign?.segments);
 * ```
 */
export const UpdateSegmentAssignmentResponseSchema = z.looseObject({
  unprocessedItems: z.looseObject({
    assign: z.nullish(SegmentIdsSchema),
    unassign: z.nullish(SegmentIdsSchema),
    /** How many assignments and unassignments were not processed. */
    count: z.int(),
  }),
});

/**
 * The outcome of `contacts.updateSegments`; see `UpdateSegmentAssignmentResponseSchema`.
 *
 * @example
 * ```ts
 * const result: UpdateSegmentAssignmentResponse = await gj.contacts.updateSegments(contactId, { unassign: ['trial'] });
 * ```
 */
export type UpdateSegmentAssignmentResponse = z.infer<typeof UpdateSegmentAssignmentResponseSchema>;
