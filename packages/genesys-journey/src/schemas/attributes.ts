import type { AssertTrue, SchemaMatches, SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type {
  CustomEventAttribute,
  CustomEventAttributeList,
  CustomEventAttributeLists,
  CustomEventAttributes,
} from '../types/attributes.ts';

const CustomEventAttributeObject = z.looseObject({
  dataType: z.string(),
  value: z.string(),
});

/**
 * Schema of `CustomEventAttribute` (spec `CustomEventAttribute`).
 *
 * @example
 * ```ts
 * CustomEventAttributeSchema.parse({ dataType: 'number', value: '3' });
 * ```
 */
export const CustomEventAttributeSchema: SchemaOf<CustomEventAttribute> = CustomEventAttributeObject;
type _CustomEventAttributeMatches = AssertTrue<SchemaMatches<typeof CustomEventAttributeObject, CustomEventAttribute>>;

const CustomEventAttributeListObject = z.looseObject({
  dataType: z.string(),
  values: z.array(z.string()),
});

/**
 * Schema of `CustomEventAttributeList` (spec `CustomEventAttributeList`).
 *
 * @example
 * ```ts
 * CustomEventAttributeListSchema.parse({ dataType: 'string', values: ['sku-1'] });
 * ```
 */
export const CustomEventAttributeListSchema: SchemaOf<CustomEventAttributeList> = CustomEventAttributeListObject;
type _CustomEventAttributeListMatches = AssertTrue<
  SchemaMatches<typeof CustomEventAttributeListObject, CustomEventAttributeList>
>;

/**
 * Schema of `CustomEventAttributes`: custom attributes by name.
 *
 * @example
 * ```ts
 * CustomEventAttributesSchema.parse({ tier: { dataType: 'string', value: 'gold' } });
 * ```
 */
export const CustomEventAttributesSchema: SchemaOf<CustomEventAttributes> = z.record(
  z.string(),
  CustomEventAttributeSchema,
);

/**
 * Schema of `CustomEventAttributeLists`: list-type custom attributes by name.
 *
 * @example
 * ```ts
 * CustomEventAttributeListsSchema.parse({ viewed: { dataType: 'string', values: ['sku-1'] } });
 * ```
 */
export const CustomEventAttributeListsSchema: SchemaOf<CustomEventAttributeLists> = z.record(
  z.string(),
  CustomEventAttributeListSchema,
);
