import type { AssertTrue, Identical } from '@sessionkit/core';
import * as z from 'zod/mini';
import { MAX_PROPERTIES_PER_CALL, MAX_PROPERTY_VALUE_LENGTH, type Properties } from '../types/params.ts';

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

const PropertiesRecord = z.record(z.string(), PropertyValue).check(
  z.refine((value) => Object.keys(value).length <= MAX_PROPERTIES_PER_CALL, {
    error: `Must have at most ${MAX_PROPERTIES_PER_CALL} properties`,
  }),
);

/**
 * `Properties` as a schema: a flat object of strings (≤ 2000 characters), finite numbers, booleans or nulls, at most
 * 1000 keys.
 *
 * @example
 * ```ts
 * PropertiesSchema.parse({ plan: 'pro', seats: 3, trial: false });
 * ```
 */
export const PropertiesSchema: z.ZodMiniType<Properties, Properties> = PropertiesRecord;

type _PropertiesMatches = AssertTrue<Identical<z.input<typeof PropertiesRecord>, Properties>>;
