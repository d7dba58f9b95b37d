import * as z from 'zod/mini';

/**
 * The longest property value Highlight keeps (the SDKs cut values at 2000 characters).
 *
 * @example
 * ```ts
 * await hl.sessions.addProperties(secureId, { note: note.slice(0, MAX_PROPERTY_VALUE_LENGTH) });
 * ```
 */
export const MAX_PROPERTY_VALUE_LENGTH = 2_000;
/**
 * The most properties Highlight accepts in one append.
 *
 * @example
 * ```ts
 * const entries = Object.entries(all);
 * for (let i = 0; i < entries.length; i += MAX_PROPERTIES_PER_CALL) {
 *   await hl.sessions.addProperties(secureId, Object.fromEntries(entries.slice(i, i + MAX_PROPERTIES_PER_CALL)));
 * }
 * ```
 */
export const MAX_PROPERTIES_PER_CALL = 1_000;

const PropertyValue = z.union([
  z
    .string()
    .check(
      z.maxLength(MAX_PROPERTY_VALUE_LENGTH, { error: `Must be at most ${MAX_PROPERTY_VALUE_LENGTH} characters` }),
    ),
  z.number().check(z.refine(Number.isFinite, { error: 'Must be a finite number' })),
  z.boolean(),
  z.null(),
]);

/**
 * Session or user properties: a flat object of strings (≤ 2000 characters), finite numbers, booleans or nulls, at
 * most 1000 keys per call — Highlight stores each as a string field (`session` fields from `addProperties`, `user`
 * fields from `identify`) and drops blank values.
 *
 * @example
 * ```ts
 * PropertiesSchema.parse({ plan: 'pro', seats: 3, trial: false });
 * ```
 */
export const PropertiesSchema = z.record(z.string(), PropertyValue).check(
  z.refine((value) => Object.keys(value).length <= MAX_PROPERTIES_PER_CALL, {
    error: `Must have at most ${MAX_PROPERTIES_PER_CALL} properties`,
  }),
);

/**
 * Session or user properties; see `PropertiesSchema`.
 *
 * @example
 * ```ts
 * const properties: Properties = { plan: 'pro', seats: 3, trial: false, referrer: null };
 * await hl.sessions.addProperties(secureId, properties);
 * ```
 */
export type Properties = z.input<typeof PropertiesSchema>;
