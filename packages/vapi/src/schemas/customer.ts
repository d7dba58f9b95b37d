import { type AssertTrue, JsonObject, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { Customer } from '../types/customer.ts';

const CustomerObject = z.looseObject({
  number: z.nullish(z.string()),
  sipUri: z.nullish(z.string()),
  name: z.nullish(z.string()),
  email: z.nullish(z.string()),
  externalId: z.nullish(z.string()),
  extension: z.nullish(z.string()),
  numberE164CheckEnabled: z.nullish(z.boolean()),
  assistantOverrides: z.nullish(JsonObject),
  squadOverrides: z.nullish(JsonObject),
});

/**
 * The customer of a session, as Vapi returns it (spec `CreateCustomerDTO`); unknown fields kept.
 *
 * @example
 * ```ts
 * const customer: Customer = CustomerSchema.parse(json);
 * ```
 */
export const CustomerSchema: SchemaOf<Customer> = CustomerObject;

type _CustomerMatches = AssertTrue<SchemaMatches<typeof CustomerObject, Customer>>;
