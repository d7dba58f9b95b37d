/**
 * The customer of a session, as Vapi returns it (spec `CreateCustomerDTO`). Every field may be absent or `null`.
 *
 * @example
 * ```ts
 * const customer: Customer | null | undefined = session.customer;
 * console.log(customer?.name, customer?.number);
 * ```
 */
export interface Customer {
  /** This is the number of the customer (3 to 40 characters; E.164 unless `numberE164CheckEnabled` is false). */
  number?: string | null | undefined;
  /** This is the SIP URI of the customer. */
  sipUri?: string | null | undefined;
  /**
   * This is the name of the customer. This is just for your own reference. For SIP inbound calls, this is extracted
   * from the `From` SIP header (at most 40 characters).
   */
  name?: string | null | undefined;
  /** This is the email of the customer (at most 40 characters). */
  email?: string | null | undefined;
  /** This is the external ID of the customer (at most 40 characters). */
  externalId?: string | null | undefined;
  /** This is the extension that will be dialed after the call is answered (at most 10 characters). */
  extension?: string | null | undefined;
  /**
   * This is the flag to toggle the E164 check for the `number` field: `false` allows non-E164 numbers (SIP trunks),
   * `true` (Vapi's default) only E164 numbers like `+14155551234`.
   */
  numberE164CheckEnabled?: boolean | null | undefined;
  /**
   * These are the overrides for the assistant's settings and template variables specific to this customer (spec
   * `AssistantOverrides`; typed loosely as a JSON object).
   */
  assistantOverrides?: Record<string, unknown> | null | undefined;
  /**
   * These are the overrides applied when the call targets a `squadId` (spec `AssistantOverrides`; typed loosely as
   * a JSON object).
   */
  squadOverrides?: Record<string, unknown> | null | undefined;
}
