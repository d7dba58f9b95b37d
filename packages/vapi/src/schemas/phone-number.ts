import { JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';

/**
 * A Twilio number imported for the session, as Vapi returns it (spec `ImportTwilioPhoneNumberDTO`). Nested
 * configuration (`server`, `hooks`, `fallbackDestination`) is typed loosely as JSON objects.
 *
 * @example
 * ```ts
 * console.log(session.phoneNumber?.twilioPhoneNumber);
 * ```
 */
export const TwilioPhoneNumberSchema = z.looseObject({
  /** Deprecated by Vapi but still required by the spec. */
  twilioPhoneNumber: z.string(),
  twilioAccountSid: z.string(),
  twilioAuthToken: z.nullish(z.string()),
  twilioApiKey: z.nullish(z.string()),
  twilioApiSecret: z.nullish(z.string()),
  name: z.nullish(z.string()),
  assistantId: z.nullish(z.string()),
  workflowId: z.nullish(z.string()),
  squadId: z.nullish(z.string()),
  smsEnabled: z.nullish(z.boolean()),
  server: z.nullish(JsonObject),
  hooks: z.nullish(z.array(JsonObject)),
  fallbackDestination: z.nullish(JsonObject),
});

/**
 * A Twilio number of a session, as Vapi returns it.
 *
 * @example
 * ```ts
 * const number: TwilioPhoneNumber | null | undefined = session.phoneNumber;
 * ```
 */
export type TwilioPhoneNumber = z.infer<typeof TwilioPhoneNumberSchema>;
