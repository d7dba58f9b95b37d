import { JsonObject } from '@sessionkit/core';
import * as z from 'zod';

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
  twilioAuthToken: z.string().nullish(),
  twilioApiKey: z.string().nullish(),
  twilioApiSecret: z.string().nullish(),
  name: z.string().nullish(),
  assistantId: z.string().nullish(),
  workflowId: z.string().nullish(),
  squadId: z.string().nullish(),
  smsEnabled: z.boolean().nullish(),
  server: JsonObject.nullish(),
  hooks: z.array(JsonObject).nullish(),
  fallbackDestination: JsonObject.nullish(),
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
