import type { AddressableEntityRef, IdentifiedRef } from './entity-refs.ts';

/**
 * For session-scoped segments, the session for which a segment was assigned (spec `SegmentAssignmentSession`).
 *
 * @example
 * ```ts
 * const session: SegmentAssignmentSession | null | undefined = assignment.session;
 * ```
 */
export interface SegmentAssignmentSession {
  /** The ID of the session. */
  id: string;
  /** The type or category of session (e.g. web, app). */
  type: string;
  /** The URI for this object. */
  selfUri?: string | null | undefined;
}

/**
 * A segment assigned to an external contact (spec `SegmentAssignment`).
 *
 * @example
 * ```ts
 * const { entities } = await gj.contacts.segments(contactId);
 * for (const assignment of entities ?? []) console.log(assignment.segment.id, assignment.dateForUnassignment);
 * ```
 */
export interface SegmentAssignment {
  /**
   * Date when the segment was assigned. Date time is represented as an ISO-8601 string. For example:
   * yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  dateAssigned: string;
  /**
   * Date indicating when a segment is scheduled to be unassigned. Date time is represented as an ISO-8601 string. For
   * example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  dateForUnassignment: string;
  /** The segment the assignment is for (spec `SegmentAssignmentSegment`). */
  segment: IdentifiedRef;
  /** External contact of the customer to which the segment is assigned. */
  externalContact: AddressableEntityRef;
  /** For session-scoped segments, the session for which the segment was assigned. */
  session?: SegmentAssignmentSession | null | undefined;
}

/**
 * The segment assignments of a contact (spec `SegmentAssignmentListing`): `entities` only, no paging.
 *
 * @example
 * ```ts
 * const listing: SegmentAssignmentListing = await gj.contacts.segments(contactId, { limit: 500 });
 * ```
 */
export interface SegmentAssignmentListing {
  /** The segment assignments. */
  entities?: SegmentAssignment[] | null | undefined;
}

/**
 * A segment to assign (spec `SegmentForAssignment`).
 *
 * @example
 * ```ts
 * const segment: SegmentForAssignment = { id: 'vip-customers' };
 * ```
 */
export interface SegmentForAssignment {
  /** The ID of the segment to be assigned. */
  id: string;
}

/**
 * A segment to unassign (spec `SegmentForUnassignment`).
 *
 * @example
 * ```ts
 * const segment: SegmentForUnassignment = { id: 'trial-users' };
 * ```
 */
export interface SegmentForUnassignment {
  /** The ID of the segment to be unassigned. */
  id: string;
}

/**
 * Segments to assign (spec `SegmentAssignments`).
 *
 * @example
 * ```ts
 * const assign: SegmentAssignments = { segments: [{ id: 'vip-customers' }] };
 * ```
 */
export interface SegmentAssignments {
  /** The segments to be assigned. */
  segments: SegmentForAssignment[];
}

/**
 * Segments to unassign (spec `SegmentUnassignments`).
 *
 * @example
 * ```ts
 * const unassign: SegmentUnassignments = { segments: [{ id: 'trial-users' }] };
 * ```
 */
export interface SegmentUnassignments {
  /** The segments to be unassigned. */
  segments: SegmentForUnassignment[];
}

/**
 * The segment assignments and unassignments Genesys could not process (spec `UnprocessedSegmentAssignments`).
 *
 * @example
 * ```ts
 * const { unprocessedItems } = await gj.contacts.updateSegments(contactId, { assign: ['vip'] });
 * if (unprocessedItems.count > 0) console.warn(unprocessedItems.assign?.segments);
 * ```
 */
export interface UnprocessedSegmentAssignments {
  /** The segment assignments that were not applied. */
  assign?: SegmentAssignments | null | undefined;
  /** The segment unassignments that were not applied. */
  unassign?: SegmentUnassignments | null | undefined;
  /** The total number of segment assignments and unassignments that were not successfully processed. */
  count: number;
}

/**
 * The outcome of `contacts.updateSegments` (spec `UpdateSegmentAssignmentResponse`): what could not be processed.
 *
 * @example
 * ```ts
 * const result: UpdateSegmentAssignmentResponse = await gj.contacts.updateSegments(contactId, { unassign: ['trial'] });
 * ```
 */
export interface UpdateSegmentAssignmentResponse {
  /** The segment assignments and unassignments which could not be processed. */
  unprocessedItems: UnprocessedSegmentAssignments;
}
