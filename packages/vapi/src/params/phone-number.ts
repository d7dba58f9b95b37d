import { JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';
import { Name } from './limits.ts';

/**
 * A Twilio number to import for a new session (spec `ImportTwilioPhoneNumberDTO`): `twilioPhoneNumber` and
 * `twilioAccountSid` required. The Twilio auth token and API secret are redacted from every error and log line.
 *
 * @example
 * ```ts
 * await vapi.sessions.create({
 *   assistantId,
 *   phoneNumber: { twilioPhoneNumber: '+14155550100', twilioAccountSid: 'AC…', twilioAuthToken: token },
 * });
 * ```
 */
export const TwilioPhoneNumberInputSchema = z.strictObject({
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
 * A Twilio number to import for a new session (input of `TwilioPhoneNumberInputSchema`).
 *
 * @example
 * ```ts
 * const phoneNumber: TwilioPhoneNumberInput = { twilioPhoneNumber: '+14155550100', twilioAccountSid: 'AC…' };
 * ```
 */
export type TwilioPhoneNumberInput = z.input<typeof TwilioPhoneNumberInputSchema>;
