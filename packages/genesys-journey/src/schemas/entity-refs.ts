import * as z from 'zod/mini';

/**
 * A reference to another Genesys entity (spec `AddressableEntityRef`): `{ id, selfUri }`, both optional.
 *
 * @example
 * ```ts
 * const contactId = session.externalContact?.id;
 * ```
 */
export const AddressableEntityRefSchema = z.looseObject({
  id: z.nullish(z.string()),
  selfUri: z.nullish(z.string()),
});

/**
 * A reference to another Genesys entity; see `AddressableEntityRefSchema`.
 *
 * @example
 * ```ts
 * const ref: AddressableEntityRef = { id: 'b4f2…', selfUri: '/api/v2/externalcontacts/contacts/b4f2…' };
 * ```
 */
export type AddressableEntityRef = z.infer<typeof AddressableEntityRefSchema>;

/**
 * The last queue connected to a session (spec `ConnectedQueue`): `{ id, selfUri }`.
 *
 * @example
 * ```ts
 * console.log(session.lastConnectedQueue?.id);
 * ```
 */
export const ConnectedQueueSchema = AddressableEntityRefSchema;

/**
 * The last queue connected to a session; see `ConnectedQueueSchema`.
 *
 * @example
 * ```ts
 * const queue: ConnectedQueue | null | undefined = session.lastConnectedQueue;
 * ```
 */
export type ConnectedQueue = z.infer<typeof ConnectedQueueSchema>;

/**
 * The last user (agent) connected to a session (spec `ConnectedUser`): `{ id, selfUri }`.
 *
 * @example
 * ```ts
 * console.log(session.lastConnectedUser?.id);
 * ```
 */
export const ConnectedUserSchema = AddressableEntityRefSchema;

/**
 * The last user connected to a session; see `ConnectedUserSchema`.
 *
 * @example
 * ```ts
 * const agent: ConnectedUser | null | undefined = session.lastConnectedUser;
 * ```
 */
export type ConnectedUser = z.infer<typeof ConnectedUserSchema>;

/**
 * A reference whose `id` is always present (spec `AchievedOutcome`, `AssignedSegment`, `SegmentAssignmentSegment`).
 *
 * @example
 * ```ts
 * const segmentId = session.segmentAssignments?.[0]?.segment.id;
 * ```
 */
export const IdentifiedRefSchema = z.looseObject({
  id: z.string(),
  selfUri: z.nullish(z.string()),
});

/**
 * A reference whose `id` is always present; see `IdentifiedRefSchema`.
 *
 * @example
 * ```ts
 * const segment: IdentifiedRef = { id: 'c2a7…' };
 * ```
 */
export type IdentifiedRef = z.infer<typeof IdentifiedRefSchema>;
