import { JsonObject } from '@sessionkit/core';
import * as z from 'zod';
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
  twilioAuthToken: z.string().optional(),
  twilioApiKey: z.string().optional(),
  twilioApiSecret: z.string().optional(),
  name: Name.optional(),
  assistantId: z.string().optional(),
  workflowId: z.string().optional(),
  squadId: z.string().optional(),
  smsEnabled: z.boolean().optional(),
  server: JsonObject.optional(),
  hooks: z.array(JsonObject).optional(),
  fallbackDestination: JsonObject.optional(),
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
