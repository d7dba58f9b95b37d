import * as z from 'zod/mini';

/**
 * A custom attribute (spec `CustomEventAttribute`): the value is always a string, `dataType` says how to read it
 * (`string`, `number`, `integer`, `boolean`, …).
 *
 * @example
 * ```ts
 * const tier = session.attributes?.tier; // { dataType: 'string', value: 'gold' }
 * ```
 */
export const CustomEventAttributeSchema = z.looseObject({
  dataType: z.string(),
  value: z.string(),
});

/**
 * A custom attribute; see `CustomEventAttributeSchema`.
 *
 * @example
 * ```ts
 * const attribute: CustomEventAttribute = { dataType: 'number', value: '3' };
 * ```
 */
export type CustomEventAttribute = z.infer<typeof CustomEventAttributeSchema>;

/**
 * A list-type custom attribute (spec `CustomEventAttributeList`): string values and their `dataType`.
 *
 * @example
 * ```ts
 * const viewed = session.attributeLists?.viewedProducts?.values ?? [];
 * ```
 */
export const CustomEventAttributeListSchema = z.looseObject({
  dataType: z.string(),
  values: z.array(z.string()),
});

/**
 * A list-type custom attribute; see `CustomEventAttributeListSchema`.
 *
 * @example
 * ```ts
 * const list: CustomEventAttributeList = { dataType: 'string', values: ['sku-1', 'sku-2'] };
 * ```
 */
export type CustomEventAttributeList = z.infer<typeof CustomEventAttributeListSchema>;

/**
 * A map of custom attributes by name (`map<string, CustomEventAttribute>` in the spec).
 *
 * @example
 * ```ts
 * const attributes: CustomEventAttributes = { tier: { dataType: 'string', value: 'gold' } };
 * ```
 */
export const CustomEventAttributesSchema = z.record(z.string(), CustomEventAttributeSchema);

/**
 * A map of custom attributes by name; see `CustomEventAttributesSchema`.
 *
 * @example
 * ```ts
 * const traits: CustomEventAttributes = { email: { dataType: 'string', value: 'ada@example.com' } };
 * ```
 */
export type CustomEventAttributes = z.infer<typeof CustomEventAttributesSchema>;
