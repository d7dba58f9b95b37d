import { JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';
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
  name: z.optional(Name),
  status: z.optional(SessionStatusInput),
  expirationSeconds: z.optional(ExpirationSeconds),
  assistantId: z.optional(z.string()),
  /** A transient assistant (ignored when `assistantId` is set). */
  assistant: z.optional(JsonObject),
  assistantOverrides: z.optional(JsonObject),
  squadId: z.optional(z.string()),
  /** A transient squad (ignored when `squadId` is set). */
  squad: z.optional(z.looseObject({ members: z.array(JsonObject) })),
  /** The conversation to start from. */
  messages: z.optional(z.array(ChatMessageInputSchema)),
  customer: z.optional(CustomerInputSchema),
  customerId: z.optional(z.string()),
  phoneNumberId: z.optional(z.string()),
  phoneNumber: z.optional(TwilioPhoneNumberInputSchema),
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
