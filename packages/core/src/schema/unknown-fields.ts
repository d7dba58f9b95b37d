import * as z from 'zod/mini';

type Def = { readonly type: string; readonly [key: string]: unknown };

const NONE: Readonly<Record<string, unknown>> = Object.freeze({});
const MAX_DEPTH = 16;

function defOf(schema: unknown): Def | undefined {
  return (schema as { _zod?: { def?: Def } } | undefined)?._zod?.def;
}

function declaredKeys(schema: unknown, value: object, depth: number): ReadonlySet<string> {
  const def = defOf(schema);
  if (!def || depth > MAX_DEPTH) return new Set();
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'catch':
    case 'readonly':
    case 'nonoptional':
      return declaredKeys(def.innerType, value, depth + 1);
    case 'pipe':
      return declaredKeys(def.in, value, depth + 1);
    case 'lazy':
      return declaredKeys((def.getter as () => unknown)(), value, depth + 1);
    case 'union': {
      const options = def.options as readonly z.core.$ZodType[];
      const match = options.find((option) => z.safeParse(option, value).success);
      if (match) return declaredKeys(match, value, depth + 1);
      // Valid for no option (validation was off, or the value was built by hand): every key some option declares.
      return new Set(options.flatMap((option) => [...declaredKeys(option, value, depth + 1)]));
    }
    case 'object':
      return new Set(Object.keys(def.shape as Record<string, unknown>));
    default:
      return new Set();
  }
}

/**
 * The fields of `value` that `schema` does not declare — what the vendor added after the schema was written — as a
 * new frozen object, `{}` when there are none or `value` is not an object. One level deep; a union is read as the
 * option the value matches, as validation does. Each client wraps it as `unknownFields(value, typeName)`.
 *
 * @example
 * ```ts
 * unknownFieldsOf(CustomerSchema, { number: '+1415…', loyaltyTier: 'gold' }); // { loyaltyTier: 'gold' }
 * ```
 */
export function unknownFieldsOf(schema: z.core.$ZodType, value: unknown): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return NONE;
  const declared = declaredKeys(schema, value, 0);
  const unknown = Object.entries(value).filter(([key]) => !declared.has(key));
  return unknown.length === 0 ? NONE : Object.freeze(Object.fromEntries(unknown));
}
