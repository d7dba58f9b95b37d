import { type AssertTrue, JsonObject, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { TwilioPhoneNumber } from '../types/phone-number.ts';

const TwilioPhoneNumberObject = z.looseObject({
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
 * A Twilio number of a session, as Vapi returns it (spec `ImportTwilioPhoneNumberDTO`); unknown fields kept.
 *
 * @example
 * ```ts
 * const phoneNumber: TwilioPhoneNumber = TwilioPhoneNumberSchema.parse(json);
 * ```
 */
export const TwilioPhoneNumberSchema: SchemaOf<TwilioPhoneNumber> = TwilioPhoneNumberObject;

type _TwilioPhoneNumberMatches = AssertTrue<SchemaMatches<typeof TwilioPhoneNumberObject, TwilioPhoneNumber>>;
