import { type AssertTrue, type InputMatches, JsonObject, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { TwilioPhoneNumberInput } from '../types/params.ts';
import { Name } from './limits.ts';

const TwilioPhoneNumberInputObject = z.strictObject({
  twilioPhoneNumber: z.string(),
  twilioAccountSid: z.string(),
  twilioAuthToken: z.optional(z.string()),
  twilioApiKey: z.optional(z.string()),
  twilioApiSecret: z.optional(z.string()),
  name: z.optional(Name),
  assistantId: z.optional(z.string()),
  workflowId: z.optional(z.string()),
  squadId: z.optional(z.string()),
  smsEnabled: z.optional(z.boolean()),
  server: z.optional(JsonObject),
  hooks: z.optional(z.array(JsonObject)),
  fallbackDestination: z.optional(JsonObject),
});

/**
 * A Twilio number to import for a new session (spec `ImportTwilioPhoneNumberDTO`): `twilioPhoneNumber` and
 * `twilioAccountSid` required. Unknown keys are refused.
 *
 * @example
 * ```ts
 * TwilioPhoneNumberInputSchema.parse({ twilioPhoneNumber: '+14155550100', twilioAccountSid: 'AC123' });
 * ```
 */
export const TwilioPhoneNumberInputSchema: SchemaOf<TwilioPhoneNumberInput, TwilioPhoneNumberInput> =
  TwilioPhoneNumberInputObject;

type _PhoneIn = AssertTrue<InputMatches<typeof TwilioPhoneNumberInputObject, TwilioPhoneNumberInput>>;
type _PhoneOut = AssertTrue<SchemaMatches<typeof TwilioPhoneNumberInputObject, TwilioPhoneNumberInput>>;
