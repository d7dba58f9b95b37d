/**
 * The Standard Schema interface (standardschema.dev, v1), declared here without any library's types: zod, valibot,
 * arktype and others implement it. A raw `request()` takes one to validate and type its response.
 *
 * @example
 * ```ts
 * import * as z from 'zod/mini';
 * const schema: StandardSchemaV1<unknown, { id: string }> = z.object({ id: z.string() });
 * ```
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  /** The schema's validator, under the key the standard reserves. */
  readonly '~standard': StandardSchemaProps<Input, Output>;
}

/**
 * What a Standard Schema exposes under `~standard`.
 *
 * @example
 * ```ts
 * const result = schema['~standard'].validate(value);
 * ```
 */
export interface StandardSchemaProps<Input = unknown, Output = Input> {
  /** The version of the standard (1). */
  readonly version: 1;
  /** The library that made the schema (`zod`…). */
  readonly vendor: string;
  /** Validates a value: its output, or the issues found. */
  readonly validate: (value: unknown) => StandardSchemaResult<Output> | Promise<StandardSchemaResult<Output>>;
  /** The input and output types, for inference only. */
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}

/**
 * The result of a Standard Schema validation: a value, or issues.
 *
 * @example
 * ```ts
 * const result: StandardSchemaResult<Session> = { value: session };
 * ```
 */
export type StandardSchemaResult<Output> =
  | { readonly value: Output; readonly issues?: undefined }
  | { readonly issues: readonly StandardSchemaIssue[] };

/**
 * One issue a Standard Schema found.
 *
 * @example
 * ```ts
 * const issue: StandardSchemaIssue = { message: 'Expected string', path: ['customer', 'number'] };
 * ```
 */
export interface StandardSchemaIssue {
  /** What is wrong. */
  readonly message: string;
  /** Where: keys from the root, each a key or `{ key }`. */
  readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined;
}
