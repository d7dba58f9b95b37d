import type { AssertTrue, SchemaMatches, SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { AddressableEntityRef, ConnectedQueue, ConnectedUser, IdentifiedRef } from '../types/entity-refs.ts';

const AddressableEntityRefObject = z.looseObject({
  id: z.nullish(z.string()),
  selfUri: z.nullish(z.string()),
});

/**
 * Schema of `AddressableEntityRef` (spec `AddressableEntityRef`): `{ id, selfUri }`, both optional; unknown fields
 * kept.
 *
 * @example
 * ```ts
 * AddressableEntityRefSchema.parse({ id: 'b4f2…' });
 * ```
 */
export const AddressableEntityRefSchema: SchemaOf<AddressableEntityRef> = AddressableEntityRefObject;
type _AddressableEntityRefMatches = AssertTrue<SchemaMatches<typeof AddressableEntityRefObject, AddressableEntityRef>>;

/**
 * Schema of `ConnectedQueue` (spec `ConnectedQueue`): the same shape as `AddressableEntityRef`.
 *
 * @example
 * ```ts
 * ConnectedQueueSchema.parse({ id: 'q-1' });
 * ```
 */
export const ConnectedQueueSchema: SchemaOf<ConnectedQueue> = AddressableEntityRefObject;

/**
 * Schema of `ConnectedUser` (spec `ConnectedUser`): the same shape as `AddressableEntityRef`.
 *
 * @example
 * ```ts
 * ConnectedUserSchema.parse({ id: 'u-1' });
 * ```
 */
export const ConnectedUserSchema: SchemaOf<ConnectedUser> = AddressableEntityRefObject;

const IdentifiedRefObject = z.looseObject({
  id: z.string(),
  selfUri: z.nullish(z.string()),
});

/**
 * Schema of `IdentifiedRef` (spec `AchievedOutcome`, `AssignedSegment`, `SegmentAssignmentSegment`): `id` required.
 *
 * @example
 * ```ts
 * IdentifiedRefSchema.parse({ id: 'c2a7…' });
 * ```
 */
export const IdentifiedRefSchema: SchemaOf<IdentifiedRef> = IdentifiedRefObject;
type _IdentifiedRefMatches = AssertTrue<SchemaMatches<typeof IdentifiedRefObject, IdentifiedRef>>;
