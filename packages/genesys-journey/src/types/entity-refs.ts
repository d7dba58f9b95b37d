/**
 * A reference to another Genesys entity (spec `AddressableEntityRef`): `{ id, selfUri }`, both optional.
 *
 * @example
 * ```ts
 * const ref: AddressableEntityRef = { id: 'b4f2…', selfUri: '/api/v2/externalcontacts/contacts/b4f2…' };
 * const contactId = session.externalContact?.id;
 * ```
 */
export interface AddressableEntityRef {
  /** The id of the entity referred to. */
  id?: string | null | undefined;
  /** The URI of the entity referred to (host-relative, e.g. `/api/v2/externalcontacts/contacts/{id}`). */
  selfUri?: string | null | undefined;
}

/**
 * The last queue connected to a session (spec `ConnectedQueue`): `{ id, selfUri }`, both read-only in the spec.
 *
 * @example
 * ```ts
 * const queue: ConnectedQueue | null | undefined = session.lastConnectedQueue;
 * ```
 */
export type ConnectedQueue = AddressableEntityRef;

/**
 * The last user (agent) connected to a session (spec `ConnectedUser`): `{ id, selfUri }`, both read-only in the spec.
 *
 * @example
 * ```ts
 * const agent: ConnectedUser | null | undefined = session.lastConnectedUser;
 * ```
 */
export type ConnectedUser = AddressableEntityRef;

/**
 * A reference whose `id` is always present (spec `AchievedOutcome`, `AssignedSegment`, `SegmentAssignmentSegment`).
 *
 * @example
 * ```ts
 * const segment: IdentifiedRef = { id: 'c2a7…' };
 * const segmentId = session.segmentAssignments?.[0]?.segment.id;
 * ```
 */
export interface IdentifiedRef {
  /** The ID of the entity (the outcome achieved, the segment assigned). */
  id: string;
  /** The URI for this object. */
  selfUri?: string | null | undefined;
}
