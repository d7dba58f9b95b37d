import { IsoDateTime } from '@sessionkit/core';
import * as z from 'zod/mini';
import { JourneyAppSchema, NetworkConnectivitySchema, SdkLibrarySchema } from './app.ts';
import { CustomEventAttributeListSchema, CustomEventAttributesSchema } from './attributes.ts';
import { BrowserSchema } from './browser.ts';
import { ConversationChannelSchema, ConversationUserDispositionSchema } from './conversation.ts';
import { DeviceSchema } from './device.ts';
import {
  AddressableEntityRefSchema,
  ConnectedQueueSchema,
  ConnectedUserSchema,
  IdentifiedRefSchema,
} from './entity-refs.ts';
import { JourneyGeolocationSchema } from './geolocation.ts';
import { listing } from './listing.ts';
import { JourneyCampaignSchema, ReferrerSchema } from './marketing.ts';
import { openEnum } from './open-enum.ts';
import { JourneyPageSchema } from './page.ts';

/**
 * The most recent event of a session (spec `SessionLastEvent`).
 *
 * @example
 * ```ts
 * console.log(session.lastEvent.eventName, session.lastEvent.createdDate);
 * ```
 */
export const SessionLastEventSchema = z.looseObject({
  id: z.string(),
  eventName: z.string(),
  createdDate: IsoDateTime,
});

/**
 * The most recent event of a session; see `SessionLastEventSchema`.
 *
 * @example
 * ```ts
 * const last: SessionLastEvent = session.lastEvent;
 * ```
 */
export type SessionLastEvent = z.infer<typeof SessionLastEventSchema>;

/**
 * An outcome the customer achieved in the session (spec `OutcomeAchievement`).
 *
 * @deprecated Genesys is removing Journey Outcomes (help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes).
 * @example
 * ```ts
 * const outcomes = session.outcomeAchievements?.map((achievement) => achievement.outcome.id) ?? [];
 * ```
 */
export const OutcomeAchievementSchema = z.looseObject({
  outcome: IdentifiedRefSchema,
  achievedDate: IsoDateTime,
});

/**
 * An outcome the customer achieved; see `OutcomeAchievementSchema`.
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * const achievement: OutcomeAchievement = { outcome: { id: 'o-1' }, achievedDate: '2026-08-20T10:00:00.000Z' };
 * ```
 */
export type OutcomeAchievement = z.infer<typeof OutcomeAchievementSchema>;

/**
 * A segment assigned to the customer in the session (spec `SessionSegmentAssignment`).
 *
 * @example
 * ```ts
 * const segmentIds = session.segmentAssignments?.map((assignment) => assignment.segment.id) ?? [];
 * ```
 */
export const SessionSegmentAssignmentSchema = z.looseObject({
  segment: IdentifiedRefSchema,
  assignedDate: IsoDateTime,
});

/**
 * A segment assigned in the session; see `SessionSegmentAssignmentSchema`.
 *
 * @example
 * ```ts
 * const assignment: SessionSegmentAssignment = { segment: { id: 's-1' }, assignedDate: '2026-08-20T10:00:00Z' };
 * ```
 */
export type SessionSegmentAssignment = z.infer<typeof SessionSegmentAssignmentSchema>;

/**
 * A case associated with a conversation session (spec `JourneyCaseAssociation`).
 *
 * @example
 * ```ts
 * const cases = session.caseAssociations?.map((association) => association.caseReference) ?? [];
 * ```
 */
export const JourneyCaseAssociationSchema = z.looseObject({
  id: z.string(),
  associatedCase: z.nullish(AddressableEntityRefSchema),
  caseReference: z.nullish(z.string()),
  dateAssociated: z.nullish(IsoDateTime),
  selfUri: z.nullish(z.string()),
});

/**
 * A case associated with a session; see `JourneyCaseAssociationSchema`.
 *
 * @example
 * ```ts
 * const association: JourneyCaseAssociation = { id: 'a-1', caseReference: 'CASE-1042' };
 * ```
 */
export type JourneyCaseAssociation = z.infer<typeof JourneyCaseAssociationSchema>;

/**
 * A Genesys journey session (spec `Session`): one web, app or conversation visit of a customer, with its context
 * (browser, device, location, pages, campaign, app), counters, the last event and the conversation it led to.
 *
 * Required, as the spec says: `id`, `type`, `eventCount`, `lastEvent`, `authenticated`, `createdDate`; every other
 * field may be absent or null. Dates are ISO 8601 strings as Genesys sends them; enums stay open; fields Genesys
 * adds later are kept.
 *
 * @example
 * ```ts
 * const session: Session = await gj.sessions.get(sessionId);
 * console.log(session.type, session.eventCount, session.lastPage?.url, session.endedDate ?? 'still active');
 * ```
 */
export const SessionSchema = z.looseObject({
  id: z.string(),
  /** The external contact the session belongs to. */
  externalContact: z.nullish(AddressableEntityRefSchema),
  /** The customer's id in the source of the events (a cookie id for web sessions). */
  customerId: z.nullish(z.string()),
  /** e.g. cookie, email, phone. */
  customerIdType: z.nullish(z.string()),
  /** The kind of session: `web`, `app`, `conversation`, … */
  type: z.string(),
  externalId: z.nullish(z.string()),
  externalUrl: z.nullish(z.string()),
  /** A 4–6 digit short id. */
  shortId: z.nullish(z.string()),
  /** @deprecated Genesys is removing Journey Outcomes. */
  outcomeAchievements: z.nullish(z.array(OutcomeAchievementSchema)),
  segmentAssignments: z.nullish(z.array(SessionSegmentAssignmentSchema)),
  /** Attributes projected from the session's events. */
  attributes: z.nullish(CustomEventAttributesSchema),
  attributeLists: z.nullish(z.record(z.string(), CustomEventAttributeListSchema)),
  browser: z.nullish(BrowserSchema),
  device: z.nullish(DeviceSchema),
  geolocation: z.nullish(JourneyGeolocationSchema),
  ipAddress: z.nullish(z.string()),
  ipOrganization: z.nullish(z.string()),
  /** Where the customer's last web interaction happened. */
  lastPage: z.nullish(JourneyPageSchema),
  mktCampaign: z.nullish(JourneyCampaignSchema),
  referrer: z.nullish(ReferrerSchema),
  /** The app of an app session. */
  app: z.nullish(JourneyAppSchema),
  sdkLibrary: z.nullish(SdkLibrarySchema),
  networkConnectivity: z.nullish(NetworkConnectivitySchema),
  searchTerms: z.nullish(z.array(z.string())),
  userAgentString: z.nullish(z.string()),
  /** How long the session has been active (one device). */
  durationInSeconds: z.nullish(z.int()),
  eventCount: z.int(),
  pageviewCount: z.nullish(z.int()),
  screenviewCount: z.nullish(z.int()),
  lastEvent: SessionLastEventSchema,
  /** The conversation of a conversation session. */
  conversation: z.nullish(AddressableEntityRefSchema),
  lastConnectedQueue: z.nullish(ConnectedQueueSchema),
  lastConnectedUser: z.nullish(ConnectedUserSchema),
  lastUserDisposition: z.nullish(ConversationUserDispositionSchema),
  conversationChannels: z.nullish(z.array(ConversationChannelSchema)),
  originatingDirection: z.nullish(openEnum(['Unknown', 'Inbound', 'Outbound'])),
  /** e.g. an email subject. */
  conversationSubject: z.nullish(z.string()),
  lastUserDisconnectType: z.nullish(
    openEnum([
      'Unknown',
      'Endpoint',
      'Client',
      'System',
      'Transfer',
      'Error',
      'Peer',
      'Other',
      'Spam',
      'Timeout',
      'TransportFailure',
      'ConferenceTransfer',
      'ConsultTransfer',
      'ForwardTransfer',
      'NoAnswerTransfer',
      'NotAvailableTransfer',
      'Uncallable',
      'DoNotDisturbEndpoint',
      'DoNotDisturbTransfer',
      'SessionExpired',
      'Takeover',
    ]),
  ),
  lastAcdOutcome: z.nullish(openEnum(['Unknown', 'Abandon', 'Answered', 'FlowOut'])),
  authenticated: z.boolean(),
  divisionIds: z.nullish(z.array(z.string())),
  /** The app screen of the customer's last app interaction. */
  lastScreen: z.nullish(z.string()),
  caseAssociations: z.nullish(z.array(JourneyCaseAssociationSchema)),
  caseEntity: z.nullish(AddressableEntityRefSchema),
  caseReference: z.nullish(z.string()),
  caseStatus: z.nullish(openEnum(['Unknown', 'Open', 'InProgress', 'Terminated', 'Closed'])),
  selfUri: z.nullish(z.string()),
  createdDate: IsoDateTime,
  /** Set once the session has ended. */
  endedDate: z.nullish(IsoDateTime),
  /** When the visitor should be considered away. */
  awayDate: z.nullish(IsoDateTime),
  /** When the visitor should be considered idle. */
  idleDate: z.nullish(IsoDateTime),
});

/**
 * A Genesys journey session; see `SessionSchema`.
 *
 * @example
 * ```ts
 * const session: Session = await gj.sessions.get(sessionId);
 * ```
 */
export type Session = z.infer<typeof SessionSchema>;

/**
 * A page of sessions (spec `SessionListing`): `entities`, `nextUri`, `selfUri`, `previousUri`.
 *
 * @example
 * ```ts
 * const page = await gj.contacts.sessions(contactId);
 * const raw: SessionListing = page.raw;
 * ```
 */
export const SessionListingSchema = listing(SessionSchema);

/**
 * A page of sessions; see `SessionListingSchema`.
 *
 * @example
 * ```ts
 * const next = (await gj.contacts.sessions(contactId)).raw.nextUri;
 * ```
 */
export type SessionListing = z.infer<typeof SessionListingSchema>;
