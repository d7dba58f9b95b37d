import type { JourneyApp, NetworkConnectivity, SdkLibrary } from './app.ts';
import type { CustomEventAttributeLists, CustomEventAttributes } from './attributes.ts';
import type { Browser } from './browser.ts';
import type { ConversationChannel, ConversationUserDisposition } from './conversation.ts';
import type { Device } from './device.ts';
import type { AddressableEntityRef, ConnectedQueue, ConnectedUser, IdentifiedRef } from './entity-refs.ts';
import type { JourneyGeolocation } from './geolocation.ts';
import type { JourneyCampaign, Referrer } from './marketing.ts';
import type { JourneyPage } from './page.ts';

/**
 * The most recent event of a session (spec `SessionLastEvent`).
 *
 * @example
 * ```ts
 * const last: SessionLastEvent = session.lastEvent;
 * console.log(last.eventName, last.createdDate);
 * ```
 */
export interface SessionLastEvent {
  /** The ID of the last event. */
  id: string;
  /** The name of the event. */
  eventName: string;
  /**
   * Timestamp indicating when the event was published. Date time is represented as an ISO-8601 string. For example:
   * yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  createdDate: string;
}

/**
 * An outcome the customer achieved in the session (spec `OutcomeAchievement`).
 *
 * @deprecated Genesys is removing Journey Outcomes
 * (https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/).
 * @example
 * ```ts
 * const achievement: OutcomeAchievement = { outcome: { id: 'o-1' }, achievedDate: '2026-08-20T10:00:00.000Z' };
 * ```
 */
export interface OutcomeAchievement {
  /** The outcome that was achieved (spec `AchievedOutcome`). */
  outcome: IdentifiedRef;
  /**
   * Timestamp indicating when the outcome was achieved. Date time is represented as an ISO-8601 string. For example:
   * yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  achievedDate: string;
}

/**
 * A segment assigned to the customer in the session (spec `SessionSegmentAssignment`).
 *
 * @example
 * ```ts
 * const assignment: SessionSegmentAssignment = { segment: { id: 's-1' }, assignedDate: '2026-08-20T10:00:00Z' };
 * const segmentIds = session.segmentAssignments?.map((assigned) => assigned.segment.id) ?? [];
 * ```
 */
export interface SessionSegmentAssignment {
  /** The segment that was assigned (spec `AssignedSegment`). */
  segment: IdentifiedRef;
  /**
   * Timestamp indicating when the segment was assigned. Date time is represented as an ISO-8601 string. For example:
   * yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  assignedDate: string;
}

/**
 * The representation of a case association on a journey session (spec `JourneyCaseAssociation`).
 *
 * @example
 * ```ts
 * const association: JourneyCaseAssociation = { id: 'a-1', caseReference: 'CASE-1042' };
 * ```
 */
export interface JourneyCaseAssociation {
  /** The ID of the association. */
  id: string;
  /** The case that was associated with the journey session. */
  associatedCase?: AddressableEntityRef | null | undefined;
  /** The reference for the case that was associated with the journey session. */
  caseReference?: string | null | undefined;
  /**
   * The date of the association. Date time is represented as an ISO-8601 string. For example:
   * yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  dateAssociated?: string | null | undefined;
  /** The URI for this object. */
  selfUri?: string | null | undefined;
}

/**
 * The original direction of a session's conversation (spec `Session.originatingDirection`); the enum stays open.
 *
 * @example
 * ```ts
 * const direction: OriginatingDirection = 'Inbound';
 * ```
 */
export type OriginatingDirection = 'Unknown' | 'Inbound' | 'Outbound' | (string & {});

/**
 * Why the last user connected to the conversation disconnected (spec `Session.lastUserDisconnectType`); the enum
 * stays open.
 *
 * @example
 * ```ts
 * const reason: DisconnectType = 'Transfer';
 * ```
 */
export type DisconnectType =
  | 'Unknown'
  | 'Endpoint'
  | 'Client'
  | 'System'
  | 'Transfer'
  | 'Error'
  | 'Peer'
  | 'Other'
  | 'Spam'
  | 'Timeout'
  | 'TransportFailure'
  | 'ConferenceTransfer'
  | 'ConsultTransfer'
  | 'ForwardTransfer'
  | 'NoAnswerTransfer'
  | 'NotAvailableTransfer'
  | 'Uncallable'
  | 'DoNotDisturbEndpoint'
  | 'DoNotDisturbTransfer'
  | 'SessionExpired'
  | 'Takeover'
  | (string & {});

/**
 * The last ACD outcome of a session's conversation (spec `Session.lastAcdOutcome`); the enum stays open.
 *
 * @example
 * ```ts
 * const outcome: AcdOutcome = 'Answered';
 * ```
 */
export type AcdOutcome = 'Unknown' | 'Abandon' | 'Answered' | 'FlowOut' | (string & {});

/**
 * The status of the case a session refers to (spec `Session.caseStatus`); the enum stays open.
 *
 * @example
 * ```ts
 * const status: CaseStatus = 'InProgress';
 * ```
 */
export type CaseStatus = 'Unknown' | 'Open' | 'InProgress' | 'Terminated' | 'Closed' | (string & {});

/**
 * A Genesys journey session (spec `Session`): one web, app or conversation visit of a customer, with its context
 * (browser, device, location, pages, campaign, app), counters, the last event and the conversation it led to.
 *
 * Required, as the spec says: `id`, `type`, `eventCount`, `lastEvent`, `authenticated`, `createdDate`; every other
 * field may be absent or `null`. Dates are ISO 8601 strings as Genesys sends them; enums stay open. Fields Genesys
 * adds later are kept at run time: read them with `unknownFields(session, 'Session')`.
 *
 * @example
 * ```ts
 * const session: Session = await gj.sessions.get(sessionId);
 * console.log(session.type, session.eventCount, session.lastPage?.url, session.endedDate ?? 'still active');
 * ```
 */
export interface Session {
  /** The ID of the session. */
  id: string;
  /** The external contact associated with this session. */
  externalContact?: AddressableEntityRef | null | undefined;
  /** Primary identifier of the customer in the source where the events for the session originate from. */
  customerId?: string | null | undefined;
  /** Type of source customer identifier (e.g. cookie, email, phone). */
  customerIdType?: string | null | undefined;
  /** Session types indicate the type or category of sessions (e.g. web, app). */
  type: string;
  /** Unique identifier in the external system where the events for the session originate from. */
  externalId?: string | null | undefined;
  /**
   * A URL that identifies an external system-of-record resource that may have more detailed information on the
   * session.
   */
  externalUrl?: string | null | undefined;
  /** Shortened numeric identifier of 4-6 digits. */
  shortId?: string | null | undefined;
  /**
   * List of the outcome achievements by the customer in this session.
   *
   * @deprecated Journey Outcomes is being removed
   * (https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/).
   */
  outcomeAchievements?: OutcomeAchievement[] | null | undefined;
  /** List of the segment assignments to the customer in this session. */
  segmentAssignments?: SessionSegmentAssignment[] | null | undefined;
  /** Attributes projected from the session's event stream. */
  attributes?: CustomEventAttributes | null | undefined;
  /** List-type attributes projected from the session's event stream. */
  attributeLists?: CustomEventAttributeLists | null | undefined;
  /** Customer's browser. */
  browser?: Browser | null | undefined;
  /** Customer's device. */
  device?: Device | null | undefined;
  /** Customer's geolocation. */
  geolocation?: JourneyGeolocation | null | undefined;
  /** Customer's IP address. */
  ipAddress?: string | null | undefined;
  /** Customer's IP-based organization or ISP name. */
  ipOrganization?: string | null | undefined;
  /** The webpage where the customer's last web interaction occurred. */
  lastPage?: JourneyPage | null | undefined;
  /** Marketing / traffic source information. */
  mktCampaign?: JourneyCampaign | null | undefined;
  /** Identifies the page URL that originally generated the request for the current page being viewed. */
  referrer?: Referrer | null | undefined;
  /** Application that the customer is interacting with (for app sessions). */
  app?: JourneyApp | null | undefined;
  /** SDK library used to generate the events for the session (for app and web sessions). */
  sdkLibrary?: SdkLibrary | null | undefined;
  /** Information relating to the device's network connectivity (for app sessions). */
  networkConnectivity?: NetworkConnectivity | null | undefined;
  /** Search terms associated with the session. */
  searchTerms?: string[] | null | undefined;
  /** String identifying the user agent. */
  userAgentString?: string | null | undefined;
  /** Indicates how long the session has been active (valid for an individual device), in seconds. */
  durationInSeconds?: number | null | undefined;
  /** The count of all events performed during the session. */
  eventCount: number;
  /** The count of all pageviews performed during the session. */
  pageviewCount?: number | null | undefined;
  /** The count of all screenviews performed during the session. */
  screenviewCount?: number | null | undefined;
  /** Information about the most recent event in this session. */
  lastEvent: SessionLastEvent;
  /** The conversation for this session. */
  conversation?: AddressableEntityRef | null | undefined;
  /** The last queue connected to this session. */
  lastConnectedQueue?: ConnectedQueue | null | undefined;
  /** The last user connected to this session. */
  lastConnectedUser?: ConnectedUser | null | undefined;
  /** The last user disposition connected to this session. */
  lastUserDisposition?: ConversationUserDisposition | null | undefined;
  /** Represents the channels used for this conversation. */
  conversationChannels?: ConversationChannel[] | null | undefined;
  /** The original direction of the conversation. */
  originatingDirection?: OriginatingDirection | null | undefined;
  /** The subject for the conversation, for example an email subject. */
  conversationSubject?: string | null | undefined;
  /** Disconnect reason for the last user connected to the conversation. */
  lastUserDisconnectType?: DisconnectType | null | undefined;
  /** Last ACD outcome for the conversation. */
  lastAcdOutcome?: AcdOutcome | null | undefined;
  /** Indicates whether or not the session is authenticated. */
  authenticated: boolean;
  /** List of division IDs associated with the session. */
  divisionIds?: string[] | null | undefined;
  /** The app screen name where the customer's last app interaction occurred. */
  lastScreen?: string | null | undefined;
  /** Cases associated with the session - conversation only. */
  caseAssociations?: JourneyCaseAssociation[] | null | undefined;
  /** The case this session refers to. */
  caseEntity?: AddressableEntityRef | null | undefined;
  /** The reference for this case. */
  caseReference?: string | null | undefined;
  /** The status of this case. */
  caseStatus?: CaseStatus | null | undefined;
  /** The URI for this object. */
  selfUri?: string | null | undefined;
  /**
   * Timestamp indicating when the session was created. Date time is represented as an ISO-8601 string. For example:
   * yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  createdDate: string;
  /**
   * Timestamp indicating when the session was ended. Date time is represented as an ISO-8601 string. For example:
   * yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  endedDate?: string | null | undefined;
  /**
   * Timestamp indicating when the visitor should be considered as away. Date time is represented as an ISO-8601
   * string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  awayDate?: string | null | undefined;
  /**
   * Timestamp indicating when the visitor should be considered as idle. Date time is represented as an ISO-8601
   * string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  idleDate?: string | null | undefined;
}

/**
 * A page of sessions (spec `SessionListing`): `entities`, and the `nextUri` / `selfUri` / `previousUri` links. There
 * is no total and no cursor object: the next page is `nextUri` (its `after` query parameter is the cursor).
 *
 * @example
 * ```ts
 * const page = await gj.contacts.sessions(contactId);
 * const raw: SessionListing = page.raw;
 * console.log(raw.entities?.length, raw.nextUri);
 * ```
 */
export interface SessionListing {
  /** The sessions of this page. */
  entities?: Session[] | null | undefined;
  /** The next page: a host-relative URI carrying the `after` cursor; absent on the last page. */
  nextUri?: string | null | undefined;
  /** This page's URI. */
  selfUri?: string | null | undefined;
  /** The previous page's URI, when there is one. */
  previousUri?: string | null | undefined;
}
