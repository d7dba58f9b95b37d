/**
 * A custom attribute (spec `CustomEventAttribute`): the value is always a string, `dataType` says how to read it
 * (`string`, `number`, `integer`, `boolean`, …).
 *
 * @example
 * ```ts
 * const attribute: CustomEventAttribute = { dataType: 'number', value: '3' };
 * const tier = session.attributes?.tier?.value; // 'gold'
 * ```
 */
export interface CustomEventAttribute {
  /** The data type of the custom attribute. */
  dataType: string;
  /** The value of the custom attribute. */
  value: string;
}

/**
 * A list-type custom attribute (spec `CustomEventAttributeList`): string values and their `dataType`.
 *
 * @example
 * ```ts
 * const list: CustomEventAttributeList = { dataType: 'string', values: ['sku-1', 'sku-2'] };
 * const viewed = session.attributeLists?.viewedProducts?.values ?? [];
 * ```
 */
export interface CustomEventAttributeList {
  /** The data type of the custom attributes. */
  dataType: string;
  /** The list of custom event attribute values. */
  values: string[];
}

/**
 * Custom attributes by name (`map<string, CustomEventAttribute>` in the spec). A map of user-defined names, so any
 * string key is allowed.
 *
 * @example
 * ```ts
 * const traits: CustomEventAttributes = { email: { dataType: 'string', value: 'ada@example.com' } };
 * ```
 */
export type CustomEventAttributes = Record<string, CustomEventAttribute>;

/**
 * List-type custom attributes by name (`map<string, CustomEventAttributeList>` in the spec).
 *
 * @example
 * ```ts
 * const lists: CustomEventAttributeLists = { viewedProducts: { dataType: 'string', values: ['sku-1'] } };
 * ```
 */
export type CustomEventAttributeLists = Record<string, CustomEventAttributeList>;
