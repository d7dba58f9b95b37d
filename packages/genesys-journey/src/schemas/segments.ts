import { type AssertTrue, IsoDateTime, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type {
  SegmentAssignment,
  SegmentAssignmentListing,
  SegmentAssignmentSession,
  SegmentAssignments,
  SegmentForAssignment,
  SegmentForUnassignment,
  SegmentUnassignments,
  UnprocessedSegmentAssignments,
  UpdateSegmentAssignmentResponse,
} from '../types/segments.ts';
import { AddressableEntityRefSchema, IdentifiedRefSchema } from './entity-refs.ts';

const SegmentAssignmentSessionObject = z.looseObject({
  id: z.string(),
  type: z.string(),
  selfUri: z.nullish(z.string()),
});

/**
 * Schema of `SegmentAssignmentSession` (spec `SegmentAssignmentSession`); unknown fields kept.
 *
 * @example
 * ```ts
 * SegmentAssignmentSessionSchema.parse({ id: 's-1', type: 'web' });
 * ```
 */
export const SegmentAssignmentSessionSchema: SchemaOf<SegmentAssignmentSession> = SegmentAssignmentSessionObject;
type _SegmentAssignmentSessionMatches = AssertTrue<
  SchemaMatches<typeof SegmentAssignmentSessionObject, SegmentAssignmentSession>
>;

const SegmentAssignmentObject = z.looseObject({
  dateAssigned: IsoDateTime,
  dateForUnassignment: IsoDateTime,
  segment: IdentifiedRefSchema,
  externalContact: AddressableEntityRefSchema,
  session: z.nullish(SegmentAssignmentSessionSchema),
});

/**
 * Schema of `SegmentAssignment` (spec `SegmentAssignment`); unknown fields kept.
 *
 * @example
 * ```ts
 * const assignment = SegmentAssignmentSchema.parse(json.entities[0]);
 * ```
 */
export const SegmentAssignmentSchema: SchemaOf<SegmentAssignment> = SegmentAssignmentObject;
type _SegmentAssignmentMatches = AssertTrue<SchemaMatches<typeof SegmentAssignmentObject, SegmentAssignment>>;

const SegmentAssignmentListingObject = z.looseObject({
  entities: z.nullish(z.array(SegmentAssignmentSchema)),
});

/**
 * Schema of `SegmentAssignmentListing` (spec `SegmentAssignmentListing`); unknown fields kept.
 *
 * @example
 * ```ts
 * const listing = SegmentAssignmentListingSchema.parse(json);
 * ```
 */
export const SegmentAssignmentListingSchema: SchemaOf<SegmentAssignmentListing> = SegmentAssignmentListingObject;
type _SegmentAssignmentListingMatches = AssertTrue<
  SchemaMatches<typeof SegmentAssignmentListingObject, SegmentAssignmentListing>
>;

const SegmentIdObject = z.looseObject({ id: z.string() });

/**
 * Schema of `SegmentForAssignment` (spec `SegmentForAssignment`); unknown fields kept.
 *
 * @example
 * ```ts
 * SegmentForAssignmentSchema.parse({ id: 'vip' });
 * ```
 */
export const SegmentForAssignmentSchema: SchemaOf<SegmentForAssignment> = SegmentIdObject;
type _SegmentForAssignmentMatches = AssertTrue<SchemaMatches<typeof SegmentIdObject, SegmentForAssignment>>;

/**
 * Schema of `SegmentForUnassignment` (spec `SegmentForUnassignment`); unknown fields kept.
 *
 * @example
 * ```ts
 * SegmentForUnassignmentSchema.parse({ id: 'trial' });
 * ```
 */
export const SegmentForUnassignmentSchema: SchemaOf<SegmentForUnassignment> = SegmentIdObject;

const SegmentAssignmentsObject = z.looseObject({ segments: z.array(SegmentForAssignmentSchema) });

/**
 * Schema of `SegmentAssignments` (spec `SegmentAssignments`); unknown fields kept.
 *
 * @example
 * ```ts
 * SegmentAssignmentsSchema.parse({ segments: [{ id: 'vip' }] });
 * ```
 */
export const SegmentAssignmentsSchema: SchemaOf<SegmentAssignments> = SegmentAssignmentsObject;
type _SegmentAssignmentsMatches = AssertTrue<SchemaMatches<typeof SegmentAssignmentsObject, SegmentAssignments>>;

const SegmentUnassignmentsObject = z.looseObject({ segments: z.array(SegmentForUnassignmentSchema) });

/**
 * Schema of `SegmentUnassignments` (spec `SegmentUnassignments`); unknown fields kept.
 *
 * @example
 * ```ts
 * SegmentUnassignmentsSchema.parse({ segments: [{ id: 'trial' }] });
 * ```
 */
export const SegmentUnassignmentsSchema: SchemaOf<SegmentUnassignments> = SegmentUnassignmentsObject;
type _SegmentUnassignmentsMatches = AssertTrue<SchemaMatches<typeof SegmentUnassignmentsObject, SegmentUnassignments>>;

const UnprocessedSegmentAssignmentsObject = z.looseObject({
  assign: z.nullish(SegmentAssignmentsSchema),
  unassign: z.nullish(SegmentUnassignmentsSchema),
  count: z.int(),
});

/**
 * Schema of `UnprocessedSegmentAssignments` (spec `UnprocessedSegmentAssignments`); unknown fields kept.
 *
 * @example
 * ```ts
 * UnprocessedSegmentAssignmentsSchema.parse({ count: 0 });
 * ```
 */
export const UnprocessedSegmentAssignmentsSchema: SchemaOf<UnprocessedSegmentAssignments> =
  UnprocessedSegmentAssignmentsObject;
type _UnprocessedSegmentAssignmentsMatches = AssertTrue<
  SchemaMatches<typeof UnprocessedSegmentAssignmentsObject, UnprocessedSegmentAssignments>
>;

const UpdateSegmentAssignmentResponseObject = z.looseObject({
  unprocessedItems: UnprocessedSegmentAssignmentsSchema,
});

/**
 * Schema of `UpdateSegmentAssignmentResponse` (spec `UpdateSegmentAssignmentResponse`); unknown fields kept.
 *
 * @example
 * ```ts
 * UpdateSegmentAssignmentResponseSchema.parse({ unprocessedItems: { count: 0 } });
 * ```
 */
export const UpdateSegmentAssignmentResponseSchema: SchemaOf<UpdateSegmentAssignmentResponse> =
  UpdateSegmentAssignmentResponseObject;
type _UpdateSegmentAssignmentResponseMatches = AssertTrue<
  SchemaMatches<typeof UpdateSegmentAssignmentResponseObject, UpdateSegmentAssignmentResponse>
>;
