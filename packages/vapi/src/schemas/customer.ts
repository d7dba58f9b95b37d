import { JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';

/**
 * The customer of a session, as Vapi returns it (spec `CreateCustomerDTO`).
 *
 * @example
 * ```ts
 * console.log(session.customer?.name, session.customer?.number);
 * ```
 */
export const CustomerSchema = z.looseObject({
  /** Phone number, E.164 unless `numberE164CheckEnabled` is false. */
  number: z.nullish(z.string()),
  sipUri: z.nullish(z.string()),
  name: z.nullish(z.string()),
  email: z.nullish(z.string()),
  externalId: z.nullish(z.string()),
  extension: z.nullish(z.string()),
  numberE164CheckEnabled: z.nullish(z.boolean()),
  /** Assistant overrides for this customer (typed loosely: a JSON object). */
  assistantOverrides: z.nullish(JsonObject),
  /** Squad overrides for this customer (typed loosely: a JSON object). */
  squadOverrides: z.nullish(JsonObject),
});

/**
 * The customer of a session, as Vapi returns it.
 *
 * @example
 * ```ts
 * const customer: Customer | null | undefined = session.customer;
 * ```
 */
export type Customer = z.infer<typeof CustomerSchema>;
