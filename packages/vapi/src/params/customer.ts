import { type AssertTrue, type InputMatches, JsonObject, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { CustomerInput } from '../types/params.ts';
import { maxChars } from './limits.ts';

const CustomerInputObject = z.strictObject({
  number: z.optional(
    z
      .string()
      .check(
        z.minLength(3, { error: 'Must be at least 3 characters' }),
        z.maxLength(40, { error: 'Must be at most 40 characters' }),
      ),
  ),
  sipUri: z.optional(z.string()),
  name: z.optional(maxChars(40)),
  email: z.optional(maxChars(40)),
  externalId: z.optional(maxChars(40)),
  extension: z.optional(maxChars(10)),
  numberE164CheckEnabled: z.optional(z.boolean()),
  assistantOverrides: z.optional(JsonObject),
  squadOverrides: z.optional(JsonObject),
});

/**
 * The customer of a new session (spec `CreateCustomerDTO`): `number` 3 to 40 characters, `name`, `email` and
 * `externalId` at most 40, `extension` at most 10. Unknown keys are refused.
 *
 * @example
 * ```ts
 * CustomerInputSchema.parse({ number: '+14155550123', name: 'Ada Lovelace' });
 * ```
 */
export const CustomerInputSchema: SchemaOf<CustomerInput, CustomerInput> = CustomerInputObject;

type _CustomerIn = AssertTrue<InputMatches<typeof CustomerInputObject, CustomerInput>>;
type _CustomerOut = AssertTrue<SchemaMatches<typeof CustomerInputObject, CustomerInput>>;
