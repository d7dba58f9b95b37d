import * as z from 'zod/mini';
import { Int64, openEnum } from './scalars.ts';

/**
 * The kinds of session field: `session` (properties from `addSessionProperties`, e.g. `visited-url`), `user` (from
 * `identify`) and `track` (from `H.track()` events in the browser SDK).
 *
 * @example
 * ```ts
 * FIELD_TYPES.includes(field.type as FieldType); // true for the three known kinds
 * ```
 */
export const FIELD_TYPES = ['session', 'user', 'track'] as const;

/**
 * One of `FIELD_TYPES`.
 *
 * @example
 * ```ts
 * const type: FieldType = 'track';
 * ```
 */
export type FieldType = (typeof FIELD_TYPES)[number];

/**
 * A session field (private graph `Field`: `id: Int64!`, `name: String!`, `value: String!`, `type: String`). `type`
 * is `session`, `user` or `track`, kept open. Unknown keys are kept.
 *
 * @example
 * ```ts
 * const urls = session.fields.filter((field) => field.type === 'session' && field.name === 'visited-url');
 * ```
 */
export const FieldSchema = z.looseObject({
  id: z.optional(Int64),
  name: z.string(),
  value: z.string(),
  type: z.nullish(openEnum(FIELD_TYPES)),
});

/**
 * A session field; see `FieldSchema`.
 *
 * @example
 * ```ts
 * const field: Field = { id: 1, name: 'plan', value: 'pro', type: 'user' };
 * ```
 */
export type Field = z.output<typeof FieldSchema>;
