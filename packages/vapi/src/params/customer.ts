import { JsonObject } from '@sessionkit/core';
import * as z from 'zod';
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
  number: z
    .string()
    .min(3, { error: 'Must be at least 3 characters' })
    .max(40, { error: 'Must be at most 40 characters' })
    .optional(),
  sipUri: z.string().optional(),
  name: maxChars(40).optional(),
  email: maxChars(40).optional(),
  externalId: maxChars(40).optional(),
  extension: maxChars(10).optional(),
  /** Set false to allow non-E.164 numbers (SIP trunks). Default true. */
  numberE164CheckEnabled: z.boolean().optional(),
  assistantOverrides: JsonObject.optional(),
  squadOverrides: JsonObject.optional(),
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
