import type { AssertTrue, InputMatches } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { IdentifyParams } from '../types/params.ts';
import { PropertiesSchema } from './properties.ts';

const IdentifyParamsObject = z.strictObject({
  identifier: z.string({ error: 'Must be a string' }).check(z.minLength(1, { error: 'Must not be empty' })),
  properties: z.optional(PropertiesSchema),
});

/**
 * `IdentifyParams` as a schema: a non-empty identifier and optional user properties (see `PropertiesSchema`); unknown
 * keys refused.
 *
 * @example
 * ```ts
 * IdentifyParamsSchema.parse({ identifier: 'ada@example.com', properties: { plan: 'pro' } });
 * ```
 */
export const IdentifyParamsSchema: z.ZodMiniType<IdentifyParams, IdentifyParams> = IdentifyParamsObject;

type _IdentifyParamsMatches = AssertTrue<InputMatches<typeof IdentifyParamsObject, IdentifyParams>>;
