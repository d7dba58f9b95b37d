import type * as z from 'zod/mini';

/**
 * A stand-in schema whose output is `S`'s input, so that core's `SchemaMatches` can check what a params schema
 * accepts against its interface, not only what it produces.
 */
export type InputOf<S extends z.core.$ZodType> = z.ZodMiniType<z.input<S>, unknown>;

/**
 * A params schema, typed by its interfaces: what it accepts (`Input`, what a method takes) and what it gives after
 * validation (`Output`, what is sent).
 *
 * @example
 * ```ts
 * const schema: ParamsSchema<SessionListQuery, ListSessionsParams> = ListSessionsParamsSchema;
 * ```
 */
export type ParamsSchema<Output, Input = Output> = z.ZodMiniType<Output, Input>;
