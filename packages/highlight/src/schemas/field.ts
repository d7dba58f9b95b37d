import { type AssertTrue, openEnum, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import { FIELD_TYPES, type Field } from '../types/field.ts';
import { Int64 } from './scalars.ts';

/** The unannotated object (its shape lists the declared keys). */
export const FieldObject = z.looseObject({
  id: z.optional(Int64),
  name: z.string(),
  value: z.string(),
  type: z.nullish(openEnum(FIELD_TYPES)),
});

/**
 * `Field` as a schema (private graph `Field`); unknown keys are kept.
 *
 * @example
 * ```ts
 * FieldSchema.parse({ id: 1, name: 'plan', value: 'pro', type: 'user' });
 * ```
 */
export const FieldSchema: SchemaOf<Field> = FieldObject;

type _FieldMatches = AssertTrue<SchemaMatches<typeof FieldObject, Field>>;
