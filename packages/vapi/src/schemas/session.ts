import {
  type AssertTrue,
  IsoDateTime,
  JsonObject,
  openEnum,
  type SchemaMatches,
  type SchemaOf,
} from '@sessionkit/core';
import * as z from 'zod/mini';
import type { Session, SessionPage, SessionStatus } from '../types/session.ts';
import { ArtifactSchema } from './artifact.ts';
import { SessionCostItemSchema } from './costs.ts';
import { CustomerSchema } from './customer.ts';
import { SessionMessageSchema } from './messages.ts';
import { paginated } from './pagination.ts';
import { TwilioPhoneNumberSchema } from './phone-number.ts';

/**
 * A session's status: `active`, `completed`, or a value Vapi adds later.
 *
 * @example
 * ```ts
 * SessionStatusSchema.parse('expired'); // 'expired': the enum stays open
 * ```
 */
export const SessionStatusSchema: SchemaOf<SessionStatus> = openEnum(['active', 'completed']);

const SessionObject = z.looseObject({
  id: z.string(),
  orgId: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  cost: z.nullish(z.number()),
  costs: z.nullish(z.array(SessionCostItemSchema)),
  name: z.nullish(z.string()),
  status: z.nullish(SessionStatusSchema),
  expirationSeconds: z.nullish(z.number()),
  assistantId: z.nullish(z.string()),
  assistant: z.nullish(JsonObject),
  assistantOverrides: z.nullish(JsonObject),
  squadId: z.nullish(z.string()),
  squad: z.nullish(JsonObject),
  messages: z.nullish(z.array(SessionMessageSchema)),
  customer: z.nullish(CustomerSchema),
  customerId: z.nullish(z.string()),
  phoneNumberId: z.nullish(z.string()),
  phoneNumber: z.nullish(TwilioPhoneNumberSchema),
  artifact: z.nullish(ArtifactSchema),
});

/**
 * A Vapi session (spec `Session`); unknown fields kept (read them with `unknownFields(session, 'Session')`).
 *
 * @example
 * ```ts
 * const session: Session = SessionSchema.parse(json);
 * ```
 */
export const SessionSchema: SchemaOf<Session> = SessionObject;

const SessionPageObject = paginated(SessionSchema);

/**
 * A page of sessions (spec `SessionPaginatedResponse`): `results` and `metadata`.
 *
 * @example
 * ```ts
 * const page: SessionPage = SessionPageSchema.parse(json);
 * ```
 */
export const SessionPageSchema: SchemaOf<SessionPage> = SessionPageObject;

type _SessionMatches = AssertTrue<SchemaMatches<typeof SessionObject, Session>>;
type _SessionPageMatches = AssertTrue<SchemaMatches<typeof SessionPageObject, SessionPage>>;
