import * as z from 'zod/mini';
import { NonEmpty } from './fields.ts';

/**
 * Options of `contacts.segments` (spec `GET …/contacts/{contactId}/journey/segments`): `includeMerged`, and `limit`
 * (1–500; Genesys' default is 25).
 *
 * @example
 * ```ts
 * const { entities } = await gj.contacts.segments(contactId, { includeMerged: true, limit: 500 });
 * ```
 */
export const ContactSegmentsParamsSchema = z.strictObject({
  includeMerged: z.optional(z.boolean()),
  limit: z.optional(
    z
      .int({ error: 'Must be a whole number' })
      .check(z.minimum(1, { error: 'Must be at least 1' }), z.maximum(500, { error: 'Must be at most 500' })),
  ),
});

/**
 * Options of `contacts.segments` (input of `ContactSegmentsParamsSchema`).
 *
 * @example
 * ```ts
 * const params: ContactSegmentsParams = { limit: 100 };
 * ```
 */
export type ContactSegmentsParams = z.input<typeof ContactSegmentsParamsSchema>;

const SegmentIdList = z.pipe(
  z.union([
    z.array(z.union([NonEmpty, z.strictObject({ id: NonEmpty })])),
    z.strictObject({ segments: z.array(z.strictObject({ id: NonEmpty })) }),
  ]),
  z.transform((value) => ({
    segments: (Array.isArray(value) ? value : value.segments).map((item) =>
      typeof item === 'string' ? { id: item } : { id: item.id },
    ),
  })),
);

/**
 * The body of `contacts.updateSegments` (spec `UpdateSegmentAssignmentRequest`): segments to `assign` and to
 * `unassign`, each given as segment ids, `{ id }` objects, or the spec's `{ segments: [{ id }] }`.
 *
 * @example
 * ```ts
 * await gj.contacts.updateSegments(contactId, { assign: ['vip-customers'], unassign: [{ id: 'trial-users' }] });
 * ```
 */
export const UpdateSegmentsParamsSchema = z.strictObject({
  assign: z.optional(SegmentIdList),
  unassign: z.optional(SegmentIdList),
});

/**
 * The body of `contacts.updateSegments` (input of `UpdateSegmentsParamsSchema`).
 *
 * @example
 * ```ts
 * const body: UpdateSegmentsParams = { assign: { segments: [{ id: 'vip-customers' }] } };
 * ```
 */
export type UpdateSegmentsParams = z.input<typeof UpdateSegmentsParamsSchema>;
