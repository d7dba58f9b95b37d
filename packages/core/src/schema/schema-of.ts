import type * as z from 'zod/mini';

/**
 * A zod schema whose output is the declared type `T`. Vendor packages annotate each exported schema with it
 * (`export const SessionSchema: SchemaOf<Session> = SessionObject`), so hovers and errors name `Session` instead of
 * an expansion of zod's inferred type.
 *
 * @example
 * ```ts
 * const CustomerSchema: SchemaOf<Customer> = z.looseObject({ number: z.optional(z.string()) });
 * ```
 */
export type SchemaOf<T, TInput = unknown> = z.ZodMiniType<T, TInput>;

/**
 * `true` when `A` and `B` are the same type, compared by TypeScript's identity (readonly modifiers included), not
 * by assignability. For aliases `SchemaMatches` cannot take apart, such as `Record<string, X>`.
 *
 * @example
 * ```ts
 * type _PropertiesMatch = AssertTrue<Identical<z.input<typeof PropertiesRecord>, Properties>>;
 * ```
 */
export type Identical<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

/** `T` without its string index signature: the keys a schema declares, not the unknown ones it keeps. */
type DeclaredKeys<T> = { [K in keyof T as string extends K ? never : number extends K ? never : K]: T[K] };

type Optionality<T, K extends keyof T> = object extends Pick<T, K> ? 'optional' : 'required';

type Differences<A, B> = {
  [K in keyof A | keyof B]: K extends keyof A
    ? K extends keyof B
      ? Identical<A[K], B[K]> extends true
        ? Optionality<A, K> extends Optionality<B, K>
          ? never
          : `${K & string}: optional in one, required in the other`
        : `${K & string}: the schema's type differs from the interface's`
      : `${K & string}: in the schema, not in the interface`
    : `${K & string}: in the interface, not in the schema`;
}[keyof A | keyof B];

/**
 * Compile-time check that a schema's output (its declared keys; unknown keys it keeps aside) and a declared
 * interface are the same type in both directions: the same keys, each equally optional, each of the identical
 * type. Resolves to `true`, or to the list of differences. Use it through `AssertSchemaMatches`.
 *
 * @example
 * ```ts
 * type Check = SchemaMatches<typeof CustomerObject, Customer>; // true, or 'name: in the schema, not in the interface'
 * ```
 */
export type SchemaMatches<S extends z.core.$ZodType, T> = Matches<DeclaredKeys<z.output<S>>, T>;

/**
 * `SchemaMatches` for what a schema accepts (`z.input`) rather than what it returns: ties a params schema to the
 * params interface a method takes, before transforms (a `Date` becomes an ISO string, a page size a string).
 *
 * @example
 * ```ts
 * type _PingParamsMatches = AssertTrue<InputMatches<typeof PingParamsObject, PingParams>>;
 * ```
 */
export type InputMatches<S extends z.core.$ZodType, T> = Matches<DeclaredKeys<z.input<S>>, T>;

type Matches<A, B> = [Differences<A, B>] extends [never] ? true : Differences<A, B>;

/**
 * Fails to compile unless `T` is `true`; with `SchemaMatches` the error names each difference between a schema and
 * its interface. Written as an unused type alias next to the schema, so schema and interface cannot drift apart.
 *
 * @example
 * ```ts
 * const CustomerObject = z.looseObject({ number: z.optional(z.string()) });
 * export const CustomerSchema: SchemaOf<Customer> = CustomerObject;
 * type _CustomerMatches = AssertTrue<SchemaMatches<typeof CustomerObject, Customer>>;
 * ```
 */
export type AssertTrue<T extends true> = T;
