import type { Artifact } from './artifact.ts';
import type { SessionCostItem } from './costs.ts';
import type { Customer } from './customer.ts';
import type { SessionMessage } from './messages.ts';
import type { PaginationMeta } from './pagination.ts';
import type { TwilioPhoneNumber } from './phone-number.ts';

/**
 * A session's status: `active` while it accepts chat turns, `completed` after, or a value Vapi adds later (the
 * enum stays open so a new value never fails a response).
 *
 * @example
 * ```ts
 * const status: SessionStatus | null | undefined = session.status;
 * if (status === 'completed') console.log(session.artifact?.transcript);
 * ```
 */
export type SessionStatus = 'active' | 'completed' | (string & {});

/**
 * A Vapi session (spec `Session`): a persistent conversation with one assistant or squad, continued through chats.
 * Only `id`, `orgId`, `createdAt` and `updatedAt` are always present; dates are ISO 8601 strings as Vapi sends them.
 * The assistant and squad configurations are very large in the spec and are typed loosely as JSON objects. Fields
 * Vapi adds later are kept at run time: read them with `unknownFields(session, 'Session')`.
 *
 * @example
 * ```ts
 * const session: Session = await vapi.sessions.get(id);
 * console.log(session.id, session.status, session.messages?.length);
 * ```
 */
export interface Session {
  /** This is the unique identifier for the session. */
  id: string;
  /** This is the unique identifier for the organization that owns this session. */
  orgId: string;
  /** This is the ISO 8601 timestamp indicating when the session was created. */
  createdAt: string;
  /** This is the ISO 8601 timestamp indicating when the session was last updated. */
  updatedAt: string;
  /** This is the cost of the session in USD. */
  cost?: number | null | undefined;
  /** These are the costs of individual components of the session in USD, discriminated on `type`. */
  costs?: SessionCostItem[] | null | undefined;
  /** This is a user-defined name for the session. Maximum length is 40 characters. */
  name?: string | null | undefined;
  /** This is the current status of the session: `active` or `completed`. */
  status?: SessionStatus | null | undefined;
  /** Session expiration time in seconds (60 to 2 592 000). Defaults to 24 hours (86400 seconds) if not set. */
  expirationSeconds?: number | null | undefined;
  /** This is the ID of the assistant associated with this session. */
  assistantId?: string | null | undefined;
  /**
   * This is the assistant configuration for this session (spec `CreateAssistantDTO`; typed loosely). Ignored by
   * Vapi when `assistantId` is set.
   */
  assistant?: Record<string, unknown> | null | undefined;
  /**
   * These are the overrides for the assistant configuration: variable values and other overrides when using
   * `assistantId` (spec `AssistantOverrides`; typed loosely).
   */
  assistantOverrides?: Record<string, unknown> | null | undefined;
  /** This is the squad ID associated with this session. */
  squadId?: string | null | undefined;
  /**
   * This is the squad configuration for this session (spec `CreateSquadDTO`; typed loosely). Ignored by Vapi when
   * `squadId` is set.
   */
  squad?: Record<string, unknown> | null | undefined;
  /** This is an array of chat messages in the session: the conversation so far. */
  messages?: SessionMessage[] | null | undefined;
  /** This is the customer information associated with this session. */
  customer?: Customer | null | undefined;
  /** This is the customerId of the customer associated with this session. */
  customerId?: string | null | undefined;
  /** This is the ID of the phone number associated with this session. */
  phoneNumberId?: string | null | undefined;
  /** This is the phone number configuration for this session. */
  phoneNumber?: TwilioPhoneNumber | null | undefined;
  /**
   * These are the artifacts extracted from the session messages, only available after the session has completed
   * (only `artifactPlan.structuredOutputIds` of the assistant's artifact plan is honoured).
   */
  artifact?: Artifact | null | undefined;
}

/**
 * A page of sessions as Vapi returns it (spec `SessionPaginatedResponse`): `page.raw` of `sessions.list()`.
 *
 * @example
 * ```ts
 * const raw: SessionPage = (await vapi.sessions.list({ limit: 10 })).raw;
 * console.log(raw.results.length, raw.metadata.totalItems);
 * ```
 */
export interface SessionPage {
  /** The sessions of this page. */
  results: Session[];
  /** The paging metadata. */
  metadata: PaginationMeta;
}
