import { type AssertTrue, IsoDateTime, openEnum, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type {
  AcdOutcome,
  CaseStatus,
  DisconnectType,
  JourneyCaseAssociation,
  OriginatingDirection,
  OutcomeAchievement,
  Session,
  SessionLastEvent,
  SessionListing,
  SessionSegmentAssignment,
} from '../types/session.ts';
import { JourneyAppSchema, NetworkConnectivitySchema, SdkLibrarySchema } from './app.ts';
import { CustomEventAttributeListsSchema, CustomEventAttributesSchema } from './attributes.ts';
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
import { JourneyCampaignSchema, ReferrerSchema } from './marketing.ts';
import { JourneyPageSchema } from './page.ts';

const SessionLastEventObject = z.looseObject({
  id: z.string(),
  eventName: z.string(),
  createdDate: IsoDateTime,
});

/**
 * Schema of `SessionLastEvent` (spec `SessionLastEvent`); unknown fields kept.
 *
 * @example
 * ```ts
 * SessionLastEventSchema.parse({ id: 'e-3', eventName: 'page_viewed', createdDate: '2026-08-20T10:05:00Z' });
 * ```
 */
export const SessionLastEventSchema: SchemaOf<SessionLastEvent> = SessionLastEventObject;
type _SessionLastEventMatches = AssertTrue<SchemaMatches<typeof SessionLastEventObject, SessionLastEvent>>;

const OutcomeAchievementObject = z.looseObject({
  outcome: IdentifiedRefSchema,
  achievedDate: IsoDateTime,
});

/**
 * Schema of `OutcomeAchievement` (spec `OutcomeAchievement`); unknown fields kept.
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * OutcomeAchievementSchema.parse({ outcome: { id: 'o-1' }, achievedDate: '2026-08-20T10:00:00Z' });
 * ```
 */
export const OutcomeAchievementSchema: SchemaOf<OutcomeAchievement> = OutcomeAchievementObject;
type _OutcomeAchievementMatches = AssertTrue<SchemaMatches<typeof OutcomeAchievementObject, OutcomeAchievement>>;

const SessionSegmentAssignmentObject = z.looseObject({
  segment: IdentifiedRefSchema,
  assignedDate: IsoDateTime,
});

/**
 * Schema of `SessionSegmentAssignment` (spec `SessionSegmentAssignment`); unknown fields kept.
 *
 * @example
 * ```ts
 * SessionSegmentAssignmentSchema.parse({ segment: { id: 's-1' }, assignedDate: '2026-08-20T10:00:00Z' });
 * ```
 */
export const SessionSegmentAssignmentSchema: SchemaOf<SessionSegmentAssignment> = SessionSegmentAssignmentObject;
type _SessionSegmentAssignmentMatches = AssertTrue<
  SchemaMatches<typeof SessionSegmentAssignmentObject, SessionSegmentAssignment>
>;

const JourneyCaseAssociationObject = z.looseObject({
  id: z.string(),
  associatedCase: z.nullish(AddressableEntityRefSchema),
  caseReference: z.nullish(z.string()),
  dateAssociated: z.nullish(IsoDateTime),
  selfUri: z.nullish(z.string()),
});

/**
 * Schema of `JourneyCaseAssociation` (spec `JourneyCaseAssociation`); unknown fields kept.
 *
 * @example
 * ```ts
 * JourneyCaseAssociationSchema.parse({ id: 'a-1', caseReference: 'CASE-1042' });
 * ```
 */
export const JourneyCaseAssociationSchema: SchemaOf<JourneyCaseAssociation> = JourneyCaseAssociationObject;
type _JourneyCaseAssociationMatches = AssertTrue<
  SchemaMatches<typeof JourneyCaseAssociationObject, JourneyCaseAssociation>
>;

const OriginatingDirectionSchema: SchemaOf<OriginatingDirection> = openEnum(['Unknown', 'Inbound', 'Outbound']);
const DisconnectTypeSchema: SchemaOf<DisconnectType> = openEnum([
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
]);
const AcdOutcomeSchema: SchemaOf<AcdOutcome> = openEnum(['Unknown', 'Abandon', 'Answered', 'FlowOut']);
const CaseStatusSchema: SchemaOf<CaseStatus> = openEnum(['Unknown', 'Open', 'InProgress', 'Terminated', 'Closed']);

const SessionObject = z.looseObject({
  id: z.string(),
  externalContact: z.nullish(AddressableEntityRefSchema),
  customerId: z.nullish(z.string()),
  customerIdType: z.nullish(z.string()),
  type: z.string(),
  externalId: z.nullish(z.string()),
  externalUrl: z.nullish(z.string()),
  shortId: z.nullish(z.string()),
  outcomeAchievements: z.nullish(z.array(OutcomeAchievementSchema)),
  segmentAssignments: z.nullish(z.array(SessionSegmentAssignmentSchema)),
  attributes: z.nullish(CustomEventAttributesSchema),
  attributeLists: z.nullish(CustomEventAttributeListsSchema),
  browser: z.nullish(BrowserSchema),
  device: z.nullish(DeviceSchema),
  geolocation: z.nullish(JourneyGeolocationSchema),
  ipAddress: z.nullish(z.string()),
  ipOrganization: z.nullish(z.string()),
  lastPage: z.nullish(JourneyPageSchema),
  mktCampaign: z.nullish(JourneyCampaignSchema),
  referrer: z.nullish(ReferrerSchema),
  app: z.nullish(JourneyAppSchema),
  sdkLibrary: z.nullish(SdkLibrarySchema),
  networkConnectivity: z.nullish(NetworkConnectivitySchema),
  searchTerms: z.nullish(z.array(z.string())),
  userAgentString: z.nullish(z.string()),
  durationInSeconds: z.nullish(z.int()),
  eventCount: z.int(),
  pageviewCount: z.nullish(z.int()),
  screenviewCount: z.nullish(z.int()),
  lastEvent: SessionLastEventSchema,
  conversation: z.nullish(AddressableEntityRefSchema),
  lastConnectedQueue: z.nullish(ConnectedQueueSchema),
  lastConnectedUser: z.nullish(ConnectedUserSchema),
  lastUserDisposition: z.nullish(ConversationUserDispositionSchema),
  conversationChannels: z.nullish(z.array(ConversationChannelSchema)),
  originatingDirection: z.nullish(OriginatingDirectionSchema),
  conversationSubject: z.nullish(z.string()),
  lastUserDisconnectType: z.nullish(DisconnectTypeSchema),
  lastAcdOutcome: z.nullish(AcdOutcomeSchema),
  authenticated: z.boolean(),
  divisionIds: z.nullish(z.array(z.string())),
  lastScreen: z.nullish(z.string()),
  caseAssociations: z.nullish(z.array(JourneyCaseAssociationSchema)),
  caseEntity: z.nullish(AddressableEntityRefSchema),
  caseReference: z.nullish(z.string()),
  caseStatus: z.nullish(CaseStatusSchema),
  selfUri: z.nullish(z.string()),
  createdDate: IsoDateTime,
  endedDate: z.nullish(IsoDateTime),
  awayDate: z.nullish(IsoDateTime),
  idleDate: z.nullish(IsoDateTime),
});

/**
 * Schema of `Session` (spec `Session`, all 51 fields): `id`, `type`, `eventCount`, `lastEvent`, `authenticated` and
 * `createdDate` required, the rest optional and nullable; dates checked as ISO 8601; enums open; unknown fields kept.
 *
 * @example
 * ```ts
 * const session: Session = SessionSchema.parse(json);
 * ```
 */
export const SessionSchema: SchemaOf<Session> = SessionObject;
type _SessionMatches = AssertTrue<SchemaMatches<typeof SessionObject, Session>>;

const SessionListingObject = z.looseObject({
  entities: z.nullish(z.array(SessionSchema)),
  nextUri: z.nullish(z.string()),
  selfUri: z.nullish(z.string()),
  previousUri: z.nullish(z.string()),
});

/**
 * Schema of `SessionListing` (spec `SessionListing`); unknown fields kept.
 *
 * @example
 * ```ts
 * const listing: SessionListing = SessionListingSchema.parse(json);
 * ```
 */
export const SessionListingSchema: SchemaOf<SessionListing> = SessionListingObject;
type _SessionListingMatches = AssertTrue<SchemaMatches<typeof SessionListingObject, SessionListing>>;
