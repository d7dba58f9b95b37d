import type { AssertTrue, InputMatches, SchemaMatches } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { ContactSegmentsParams, UpdateSegmentsParams } from '../types/params.ts';
import type { SegmentAssignments } from '../types/segments.ts';
import { NonEmpty } from './fields.ts';

/**
 * Schema of `ContactSegmentsParams`, the options of `contacts.segments`: `includeMerged`, and `limit` (1–500);
 * unknown options refused.
 *
 * @example
 * ```ts
 * ContactSegmentsParamsSchema.parse({ includeMerged: true, limit: 500 });
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
type _ContactSegmentsParamsMatches = AssertTrue<
  InputMatches<typeof ContactSegmentsParamsSchema, ContactSegmentsParams>
>;

const SegmentIdList = z.pipe(
  z.union([
    z.readonly(z.array(z.union([NonEmpty, z.strictObject({ id: NonEmpty })]))),
    z.strictObject({ segments: z.readonly(z.array(z.strictObject({ id: NonEmpty }))) }),
  ]),
  z.transform(
    (value): SegmentAssignments => ({
      segments: ('segments' in value ? value.segments : value).map((item) =>
        typeof item === 'string' ? { id: item } : { id: item.id },
      ),
    }),
  ),
);

/**
 * Schema of `UpdateSegmentsParams`, the body of `contacts.updateSegments` (spec `UpdateSegmentAssignmentRequest`):
 * segments to `assign` and to `unassign`, each as segment ids, `{ id }` objects, or `{ segments: [{ id }] }`, sent in
 * the spec's form; unknown keys refused.
 *
 * @example
 * ```ts
 * UpdateSegmentsParamsSchema.parse({ assign: ['vip'] }); // { assign: { segments: [{ id: 'vip' }] } }
 * ```
 */
export const UpdateSegmentsParamsSchema = z.strictObject({
  assign: z.optional(SegmentIdList),
  unassign: z.optional(SegmentIdList),
});
type _UpdateSegmentsParamsMatches = AssertTrue<InputMatches<typeof UpdateSegmentsParamsSchema, UpdateSegmentsParams>>;
type _UpdateSegmentsBodyMatches = AssertTrue<
  SchemaMatches<
    typeof UpdateSegmentsParamsSchema,
    { assign?: SegmentAssignments | undefined; unassign?: SegmentAssignments | undefined }
  >
>;
