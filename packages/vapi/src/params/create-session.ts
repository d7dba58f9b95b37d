import { type AssertTrue, type InputMatches, JsonObject, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { CreateSessionParams, SquadInput } from '../types/params.ts';
import { ChatMessageInputSchema } from './chat-message.ts';
import { CustomerInputSchema } from './customer.ts';
import { ExpirationSeconds, Name, SessionStatusInput } from './limits.ts';
import { TwilioPhoneNumberInputSchema } from './phone-number.ts';

const SquadInputObject = z.looseObject({
  name: z.optional(z.string()),
  members: z.array(JsonObject),
  membersOverrides: z.optional(JsonObject),
});

/**
 * A transient squad for a new session (spec `CreateSquadDTO`): `members` required; other keys passed through.
 *
 * @example
 * ```ts
 * SquadInputSchema.parse({ members: [{ assistantId: 'a1' }] });
 * ```
 */
export const SquadInputSchema: SchemaOf<SquadInput, SquadInput> = SquadInputObject;

const CreateSessionParamsObject = z.strictObject({
  name: z.optional(Name),
  status: z.optional(SessionStatusInput),
  expirationSeconds: z.optional(ExpirationSeconds),
  assistantId: z.optional(z.string()),
  assistant: z.optional(JsonObject),
  assistantOverrides: z.optional(JsonObject),
  squadId: z.optional(z.string()),
  squad: z.optional(SquadInputSchema),
  messages: z.optional(z.array(ChatMessageInputSchema)),
  customer: z.optional(CustomerInputSchema),
  customerId: z.optional(z.string()),
  phoneNumberId: z.optional(z.string()),
  phoneNumber: z.optional(TwilioPhoneNumberInputSchema),
});

/**
 * The body of `sessions.create` (spec `CreateSessionDTO`); every field is optional, unknown keys are refused (Vapi
 * answers them with 400).
 *
 * @example
 * ```ts
 * CreateSessionParamsSchema.parse({ assistantId: 'a1', name: 'Order #1042', expirationSeconds: 3_600 });
 * ```
 */
export const CreateSessionParamsSchema: SchemaOf<CreateSessionParams, CreateSessionParams> = CreateSessionParamsObject;

type _SquadIn = AssertTrue<InputMatches<typeof SquadInputObject, SquadInput>>;
type _SquadOut = AssertTrue<SchemaMatches<typeof SquadInputObject, SquadInput>>;
type _CreateIn = AssertTrue<InputMatches<typeof CreateSessionParamsObject, CreateSessionParams>>;
type _CreateOut = AssertTrue<SchemaMatches<typeof CreateSessionParamsObject, CreateSessionParams>>;
