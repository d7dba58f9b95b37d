import { JsonObject } from '@sessionkit/core';
import * as z from 'zod';

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
  number: z.string().nullish(),
  sipUri: z.string().nullish(),
  name: z.string().nullish(),
  email: z.string().nullish(),
  externalId: z.string().nullish(),
  extension: z.string().nullish(),
  numberE164CheckEnabled: z.boolean().nullish(),
  /** Assistant overrides for this customer (typed loosely: a JSON object). */
  assistantOverrides: JsonObject.nullish(),
  /** Squad overrides for this customer (typed loosely: a JSON object). */
  squadOverrides: JsonObject.nullish(),
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
