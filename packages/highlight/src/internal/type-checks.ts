import type { SchemaMatches } from '@sessionkit/core';
import type * as z from 'zod/mini';

/** `true` when `A` and `B` are the same type (TypeScript's identity, readonly modifiers included). */
export type Identical<A, B> = (<X>() => X extends A ? 1 : 2) extends <X>() => X extends B ? 1 : 2 ? true : false;

/**
 * Core's `SchemaMatches`, for what a schema accepts rather than what it returns: a params schema's input (`Date` or
 * ISO string) and its declared interface must be the same, key by key, in both directions.
 */
export type InputMatches<S extends z.core.$ZodType, T> = SchemaMatches<z.ZodMiniType<z.input<S>, unknown>, T>;
