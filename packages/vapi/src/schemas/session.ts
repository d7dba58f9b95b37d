import { IsoDateTime, JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';
import { ArtifactSchema } from './artifact.ts';
import { SessionCostItemSchema } from './costs.ts';
import { CustomerSchema } from './customer.ts';
import { SessionMessageSchema } from './messages.ts';
import { openEnum } from './open-enum.ts';
import { paginated } from './pagination.ts';
import { TwilioPhoneNumberSchema } from './phone-number.ts';

/**
 * A session's status: `active` while it accepts chat turns, `completed` after. Open for values Vapi may add.
 *
 * @example
 * ```ts
 * if (session.status === 'completed') console.log(session.artifact?.transcript);
 * ```
 */
export const SessionStatusSchema = openEnum(['active', 'completed']);

/**
 * A session's status: `active`, `completed`, or a value Vapi adds later.
 *
 * @example
 * ```ts
 * const status: SessionStatus | null | undefined = session.status;
 * ```
 */
export type SessionStatus = z.infer<typeof SessionStatusSchema>;

/**
 * A Vapi session (spec `Session`): a persistent conversation with one assistant or squad, continued through chats.
 * Only `id`, `orgId`, `createdAt` and `updatedAt` are always present; dates are ISO strings as Vapi sends them.
 * The assistant and squad configurations are very large in the spec and are typed loosely as JSON objects.
 * Unknown fields are kept.
 *
 * @example
 * ```ts
 * const session: Session = SessionSchema.parse(json);
 * console.log(session.id, session.status, session.messages?.length);
 * ```
 */
export const SessionSchema = z.looseObject({
  id: z.string(),
  orgId: z.string(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  /** Total cost in USD. */
  cost: z.nullish(z.number()),
  /** Cost breakdown, discriminated on `type` (`model`, `analysis`, `session`). */
  costs: z.nullish(z.array(SessionCostItemSchema)),
  name: z.nullish(z.string()),
  status: z.nullish(SessionStatusSchema),
  /** Seconds of inactivity after which the session expires (Vapi's default: 86 400, 24 h). */
  expirationSeconds: z.nullish(z.number()),
  assistantId: z.nullish(z.string()),
  /** The transient assistant the session was created with (typed loosely). */
  assistant: z.nullish(JsonObject),
  /** Overrides applied to `assistantId` (typed loosely). */
  assistantOverrides: z.nullish(JsonObject),
  squadId: z.nullish(z.string()),
  /** The transient squad the session was created with (typed loosely). */
  squad: z.nullish(JsonObject),
  /** The conversation so far. */
  messages: z.nullish(z.array(SessionMessageSchema)),
  customer: z.nullish(CustomerSchema),
  customerId: z.nullish(z.string()),
  phoneNumberId: z.nullish(z.string()),
  phoneNumber: z.nullish(TwilioPhoneNumberSchema),
  /** Present once the session is completed. */
  artifact: z.nullish(ArtifactSchema),
});

/**
 * A Vapi session; see `SessionSchema`.
 *
 * @example
 * ```ts
 * const session: Session = await vapi.sessions.get(id);
 * ```
 */
export type Session = z.infer<typeof SessionSchema>;

/**
 * A page of sessions (spec `SessionPaginatedResponse`): `results` and `metadata` (`PaginationMeta`).
 *
 * @example
 * ```ts
 * const page = await vapi.sessions.list({ limit: 10 });
 * const raw: SessionPage = page.raw;
 * ```
 */
export const SessionPageSchema = paginated(SessionSchema);

/**
 * A raw page of sessions: `results` and `metadata`.
 *
 * @example
 * ```ts
 * const raw: SessionPage = (await vapi.sessions.list()).raw;
 * ```
 */
export type SessionPage = z.infer<typeof SessionPageSchema>;
