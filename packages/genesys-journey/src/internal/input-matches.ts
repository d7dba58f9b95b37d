import type * as z from 'zod/mini';

/** `true` when `A` and `B` are the same type, compared by TypeScript's identity, not by assignability. */
type Identical<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

type Optionality<T, K extends keyof T> = object extends Pick<T, K> ? 'optional' : 'required';

type Differences<A, B> = {
  [K in keyof A | keyof B]: K extends keyof A
    ? K extends keyof B
      ? Identical<A[K], B[K]> extends true
        ? Optionality<A, K> extends Optionality<B, K>
          ? never
          : `${K & string}: optional in one, required in the other`
        : `${K & string}: the schema accepts another type than the interface declares`
      : `${K & string}: in the schema, not in the interface`
    : `${K & string}: in the interface, not in the schema`;
}[keyof A | keyof B];

/**
 * Compile-time check that what an input schema accepts (`z.input`) and a declared params interface are the same
 * type: the same keys, each equally optional, each of the identical type. Core's `SchemaMatches` compares a schema's
 * output; params are declared by what the caller passes, before transforms (a `Date` becomes an ISO string, a page
 * size a string), so they are tied to the input.
 *
 * @example
 * ```ts
 * type _PingParamsMatches = AssertTrue<InputMatches<typeof PingParamsObject, PingParams>>;
 * ```
 */
export type InputMatches<S extends z.core.$ZodType, T> = [Differences<z.input<S>, T>] extends [never]
  ? true
  : Differences<z.input<S>, T>;
