/**
 * A Twilio number imported for a session, as Vapi returns it (spec `ImportTwilioPhoneNumberDTO`). Nested
 * configuration (`server`, `hooks`, `fallbackDestination`) is typed loosely as JSON objects.
 *
 * @example
 * ```ts
 * const phoneNumber: TwilioPhoneNumber | null | undefined = session.phoneNumber;
 * console.log(phoneNumber?.twilioPhoneNumber);
 * ```
 */
export interface TwilioPhoneNumber {
  /** These are the digits of the phone number you own on your Twilio (deprecated by Vapi, still required). */
  twilioPhoneNumber: string;
  /** This is your Twilio Account SID that will be used to handle this phone number. */
  twilioAccountSid: string;
  /** This is the Twilio Auth Token that will be used to handle this phone number (redacted from errors and logs). */
  twilioAuthToken?: string | null | undefined;
  /** This is the Twilio API Key that will be used to handle this phone number. Ignored when an auth token is set. */
  twilioApiKey?: string | null | undefined;
  /** This is the Twilio API Secret that will be used to handle this phone number. Ignored when an auth token is set. */
  twilioApiSecret?: string | null | undefined;
  /** This is the name of the phone number. This is just for your own reference (at most 40 characters). */
  name?: string | null | undefined;
  /** This is the assistant that will be used for incoming calls to this phone number. */
  assistantId?: string | null | undefined;
  /** This is the workflow that will be used for incoming calls to this phone number. */
  workflowId?: string | null | undefined;
  /** This is the squad that will be used for incoming calls to this phone number. */
  squadId?: string | null | undefined;
  /** Controls whether Vapi sets the messaging webhook URL on the Twilio number during import (default true). */
  smsEnabled?: boolean | null | undefined;
  /** This is where Vapi will send webhooks (spec `Server`; typed loosely as a JSON object). */
  server?: Record<string, unknown> | null | undefined;
  /** This is the hooks that will be used for incoming calls to this phone number (typed loosely). */
  hooks?: Record<string, unknown>[] | null | undefined;
  /**
   * This is the fallback destination an inbound call will be transferred to when no assistant, squad or
   * `assistant-request` answer is available (a number or SIP destination; typed loosely).
   */
  fallbackDestination?: Record<string, unknown> | null | undefined;
}
