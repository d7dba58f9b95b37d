import { JsonObject } from '@sessionkit/core';
import * as z from 'zod';
import { ChatMessageInputSchema } from './chat-message.ts';
import { CustomerInputSchema } from './customer.ts';
import { ExpirationSeconds, Name, SessionStatusInput } from './limits.ts';
import { TwilioPhoneNumberInputSchema } from './phone-number.ts';

/**
 * The body of `sessions.create` (spec `CreateSessionDTO`); every field is optional. `assistant`,
 * `assistantOverrides` and `squad` are Vapi's large configuration objects, typed loosely and sent as given
 * (`squad.members` is required by Vapi).
 *
 * @example
 * ```ts
 * await vapi.sessions.create({
 *   assistantId,
 *   name: 'Order #1042',
 *   expirationSeconds: 3_600,
 *   customer: { number: '+14155550123' },
 * });
 * ```
 */
export const CreateSessionParamsSchema = z.strictObject({
  name: Name.optional(),
  status: SessionStatusInput.optional(),
  expirationSeconds: ExpirationSeconds.optional(),
  assistantId: z.string().optional(),
  /** A transient assistant (ignored when `assistantId` is set). */
  assistant: JsonObject.optional(),
  assistantOverrides: JsonObject.optional(),
  squadId: z.string().optional(),
  /** A transient squad (ignored when `squadId` is set). */
  squad: z.looseObject({ members: z.array(JsonObject) }).optional(),
  /** The conversation to start from. */
  messages: z.array(ChatMessageInputSchema).optional(),
  customer: CustomerInputSchema.optional(),
  customerId: z.string().optional(),
  phoneNumberId: z.string().optional(),
  phoneNumber: TwilioPhoneNumberInputSchema.optional(),
});

/**
 * The body of `sessions.create` (input of `CreateSessionParamsSchema`).
 *
 * @example
 * ```ts
 * const body: CreateSessionParams = { assistantId, name: 'Order #1042' };
 * ```
 */
export type CreateSessionParams = z.input<typeof CreateSessionParamsSchema>;
