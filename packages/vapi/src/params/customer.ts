import { JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';
import { maxChars } from './limits.ts';

/**
 * The customer of a new session (spec `CreateCustomerDTO`): `number` 3 to 40 characters, `name`, `email` and
 * `externalId` at most 40, `extension` at most 10.
 *
 * @example
 * ```ts
 * await vapi.sessions.create({ assistantId, customer: { number: '+14155550123', name: 'Ada Lovelace' } });
 * ```
 */
export const CustomerInputSchema = z.strictObject({
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
  /** Set false to allow non-E.164 numbers (SIP trunks). Default true. */
  numberE164CheckEnabled: z.optional(z.boolean()),
  assistantOverrides: z.optional(JsonObject),
  squadOverrides: z.optional(JsonObject),
});

/**
 * The customer of a new session (input of `CustomerInputSchema`).
 *
 * @example
 * ```ts
 * const customer: CustomerInput = { number: '+14155550123', name: 'Ada Lovelace' };
 * ```
 */
export type CustomerInput = z.input<typeof CustomerInputSchema>;
