/**
 * A response enum that stays open: the known values are offered by the editor, and a value Highlight adds later is
 * still a `string` instead of failing the whole response.
 *
 * @example
 * ```ts
 * const reason: OpenEnum<'Sampled' | 'NoActivity'> = 'SomethingNew'; // allowed: Highlight may add values
 * ```
 */
export type OpenEnum<T extends string> = T | (string & {});

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
 * A session field (private graph `Field`: `id: Int64!`, `name: String!`, `value: String!`, `type: String`):
 * a session property, a user property or a tracked event, searchable as `name=value`.
 *
 * @example
 * ```ts
 * declare const session: import('@sessionkit/highlight').Session;
 * const urls = session.fields.filter((field) => field.type === 'session' && field.name === 'visited-url');
 * ```
 */
export interface Field {
  /** The field's id (`Int64!`), read as a number; absent when the query did not select it. */
  id?: number | undefined;
  /** The field's name (`String!`), e.g. `visited-url`, `plan`. */
  name: string;
  /** The field's value (`String!`): Highlight stores every property value as a string. */
  value: string;
  /** The kind of field (`String`): `session`, `user` or `track`, kept open; `null` when Highlight did not set it. */
  type?: OpenEnum<FieldType> | null | undefined;
}
