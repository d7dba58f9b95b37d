import { type SchemaOf, unknownFieldsOf } from '@sessionkit/core';
import { ActionEventActionMapSchema, EventActionSchema } from './schemas/action.ts';
import { JourneyAppSchema, NetworkConnectivitySchema, SdkLibrarySchema } from './schemas/app.ts';
import { CustomEventAttributeListSchema, CustomEventAttributeSchema } from './schemas/attributes.ts';
import { BrowserSchema, WebEventBrowserSchema } from './schemas/browser.ts';
import { ConversationChannelSchema, ConversationUserDispositionSchema } from './schemas/conversation.ts';
import { DeviceSchema, WebEventDeviceSchema } from './schemas/device.ts';
import { AddressableEntityRefSchema, IdentifiedRefSchema } from './schemas/entity-refs.ts';
import { ErrorBodySchema, ErrorDetailSchema, ErrorLimitSchema } from './schemas/error-body.ts';
import { EventListingSchema, EventSessionSchema, SessionEventSchema } from './schemas/event.ts';
import {
  AppEventSchema,
  OutcomeAchievedEventOutcomeSchema,
  OutcomeAchievedEventSchema,
  SegmentAssignmentEventSchema,
  WebActionEventSchema,
  WebEventSchema,
} from './schemas/event-payloads.ts';
import {
  ExternalEventExternalIdSchema,
  ExternalEventIdentifiersSchema,
  ExternalEventSchema,
  ExternalEventsResponseSchema,
  UnprocessedExternalEventSchema,
} from './schemas/external-events.ts';
import { JourneyGeolocationSchema } from './schemas/geolocation.ts';
import { JourneyCampaignSchema, ReferrerSchema } from './schemas/marketing.ts';
import { OutcomeScoreSchema, OutcomeScoresResultSchema } from './schemas/outcome-scores.ts';
import { JourneyPageSchema, ResponsePageSchema } from './schemas/page.ts';
import {
  SegmentAssignmentListingSchema,
  SegmentAssignmentSchema,
  SegmentAssignmentSessionSchema,
  SegmentAssignmentsSchema,
  SegmentUnassignmentsSchema,
  UnprocessedSegmentAssignmentsSchema,
  UpdateSegmentAssignmentResponseSchema,
} from './schemas/segments.ts';
import {
  JourneyCaseAssociationSchema,
  OutcomeAchievementSchema,
  SessionLastEventSchema,
  SessionListingSchema,
  SessionSchema,
  SessionSegmentAssignmentSchema,
} from './schemas/session.ts';
import {
  AppEventResponseSchema,
  AppEventResponseSessionSchema,
  CallToActionSchema,
  ContentOfferSchema,
  DeploymentPingSchema,
  DeploymentWebActionSchema,
  OpenActionPropertiesSchema,
  WebEventResponseSchema,
  WebEventResponseSessionSchema,
  WebMessagingOfferPropertiesSchema,
} from './schemas/tracking.ts';
import type { ActionEventActionMap, EventAction } from './types/action.ts';
import type { JourneyApp, NetworkConnectivity, SdkLibrary } from './types/app.ts';
import type { CustomEventAttribute, CustomEventAttributeList } from './types/attributes.ts';
import type { Browser, WebEventBrowser } from './types/browser.ts';
import type { ConversationChannel, ConversationUserDisposition } from './types/conversation.ts';
import type { Device, WebEventDevice } from './types/device.ts';
import type { AddressableEntityRef, IdentifiedRef } from './types/entity-refs.ts';
import type { GenesysErrorBody, GenesysErrorDetail, GenesysErrorLimit } from './types/error-body.ts';
import type { EventListing, EventSession, SessionEvent } from './types/event.ts';
import type {
  AppEvent,
  OutcomeAchievedEvent,
  OutcomeAchievedEventOutcome,
  SegmentAssignmentEvent,
  WebActionEvent,
  WebEvent,
} from './types/event-payloads.ts';
import type {
  ExternalEvent,
  ExternalEventExternalId,
  ExternalEventIdentifiers,
  ExternalEventsResponse,
  UnprocessedExternalEvent,
} from './types/external-events.ts';
import type { JourneyGeolocation } from './types/geolocation.ts';
import type { JourneyCampaign, Referrer } from './types/marketing.ts';
import type { OutcomeScore, OutcomeScoresResult } from './types/outcome-scores.ts';
import type { JourneyPage, ResponsePage } from './types/page.ts';
import type {
  SegmentAssignment,
  SegmentAssignmentListing,
  SegmentAssignmentSession,
  SegmentAssignments,
  SegmentUnassignments,
  UnprocessedSegmentAssignments,
  UpdateSegmentAssignmentResponse,
} from './types/segments.ts';
import type {
  JourneyCaseAssociation,
  OutcomeAchievement,
  Session,
  SessionLastEvent,
  SessionListing,
  SessionSegmentAssignment,
} from './types/session.ts';
import type {
  AppEventResponse,
  AppEventResponseSession,
  CallToAction,
  ContentOffer,
  DeploymentPing,
  DeploymentWebAction,
  OpenActionProperties,
  WebEventResponse,
  WebEventResponseSession,
  WebMessagingOfferProperties,
} from './types/tracking.ts';

/**
 * The Genesys response types `unknownFields` knows, by name: every object a response of this client is made of.
 *
 * @example
 * ```ts
 * const name: keyof GenesysResponseTypes = 'Session';
 * ```
 */
export interface GenesysResponseTypes {
  AddressableEntityRef: AddressableEntityRef;
  ActionEventActionMap: ActionEventActionMap;
  AppEvent: AppEvent;
  AppEventResponse: AppEventResponse;
  AppEventResponseSession: AppEventResponseSession;
  Browser: Browser;
  CallToAction: CallToAction;
  ContentOffer: ContentOffer;
  ConversationChannel: ConversationChannel;
  ConversationUserDisposition: ConversationUserDisposition;
  CustomEventAttribute: CustomEventAttribute;
  CustomEventAttributeList: CustomEventAttributeList;
  DeploymentPing: DeploymentPing;
  DeploymentWebAction: DeploymentWebAction;
  Device: Device;
  EventAction: EventAction;
  EventListing: EventListing;
  EventSession: EventSession;
  ExternalEvent: ExternalEvent;
  ExternalEventExternalId: ExternalEventExternalId;
  ExternalEventIdentifiers: ExternalEventIdentifiers;
  ExternalEventsResponse: ExternalEventsResponse;
  GenesysErrorBody: GenesysErrorBody;
  GenesysErrorDetail: GenesysErrorDetail;
  GenesysErrorLimit: GenesysErrorLimit;
  IdentifiedRef: IdentifiedRef;
  JourneyApp: JourneyApp;
  JourneyCampaign: JourneyCampaign;
  JourneyCaseAssociation: JourneyCaseAssociation;
  JourneyGeolocation: JourneyGeolocation;
  JourneyPage: JourneyPage;
  NetworkConnectivity: NetworkConnectivity;
  OpenActionProperties: OpenActionProperties;
  OutcomeAchievedEvent: OutcomeAchievedEvent;
  OutcomeAchievedEventOutcome: OutcomeAchievedEventOutcome;
  OutcomeAchievement: OutcomeAchievement;
  OutcomeScore: OutcomeScore;
  OutcomeScoresResult: OutcomeScoresResult;
  Referrer: Referrer;
  ResponsePage: ResponsePage;
  SdkLibrary: SdkLibrary;
  SegmentAssignment: SegmentAssignment;
  SegmentAssignmentEvent: SegmentAssignmentEvent;
  SegmentAssignmentListing: SegmentAssignmentListing;
  SegmentAssignmentSession: SegmentAssignmentSession;
  SegmentAssignments: SegmentAssignments;
  SegmentUnassignments: SegmentUnassignments;
  Session: Session;
  SessionEvent: SessionEvent;
  SessionLastEvent: SessionLastEvent;
  SessionListing: SessionListing;
  SessionSegmentAssignment: SessionSegmentAssignment;
  UnprocessedExternalEvent: UnprocessedExternalEvent;
  UnprocessedSegmentAssignments: UnprocessedSegmentAssignments;
  UpdateSegmentAssignmentResponse: UpdateSegmentAssignmentResponse;
  WebActionEvent: WebActionEvent;
  WebEvent: WebEvent;
  WebEventBrowser: WebEventBrowser;
  WebEventDevice: WebEventDevice;
  WebEventResponse: WebEventResponse;
  WebEventResponseSession: WebEventResponseSession;
  WebMessagingOfferProperties: WebMessagingOfferProperties;
}

const SCHEMAS: { readonly [K in keyof GenesysResponseTypes]: SchemaOf<GenesysResponseTypes[K]> } = {
  AddressableEntityRef: AddressableEntityRefSchema,
  ActionEventActionMap: ActionEventActionMapSchema,
  AppEvent: AppEventSchema,
  AppEventResponse: AppEventResponseSchema,
  AppEventResponseSession: AppEventResponseSessionSchema,
  Browser: BrowserSchema,
  CallToAction: CallToActionSchema,
  ContentOffer: ContentOfferSchema,
  ConversationChannel: ConversationChannelSchema,
  ConversationUserDisposition: ConversationUserDispositionSchema,
  CustomEventAttribute: CustomEventAttributeSchema,
  CustomEventAttributeList: CustomEventAttributeListSchema,
  DeploymentPing: DeploymentPingSchema,
  DeploymentWebAction: DeploymentWebActionSchema,
  Device: DeviceSchema,
  EventAction: EventActionSchema,
  EventListing: EventListingSchema,
  EventSession: EventSessionSchema,
  ExternalEvent: ExternalEventSchema,
  ExternalEventExternalId: ExternalEventExternalIdSchema,
  ExternalEventIdentifiers: ExternalEventIdentifiersSchema,
  ExternalEventsResponse: ExternalEventsResponseSchema,
  GenesysErrorBody: ErrorBodySchema,
  GenesysErrorDetail: ErrorDetailSchema,
  GenesysErrorLimit: ErrorLimitSchema,
  IdentifiedRef: IdentifiedRefSchema,
  JourneyApp: JourneyAppSchema,
  JourneyCampaign: JourneyCampaignSchema,
  JourneyCaseAssociation: JourneyCaseAssociationSchema,
  JourneyGeolocation: JourneyGeolocationSchema,
  JourneyPage: JourneyPageSchema,
  NetworkConnectivity: NetworkConnectivitySchema,
  OpenActionProperties: OpenActionPropertiesSchema,
  OutcomeAchievedEvent: OutcomeAchievedEventSchema,
  OutcomeAchievedEventOutcome: OutcomeAchievedEventOutcomeSchema,
  OutcomeAchievement: OutcomeAchievementSchema,
  OutcomeScore: OutcomeScoreSchema,
  OutcomeScoresResult: OutcomeScoresResultSchema,
  Referrer: ReferrerSchema,
  ResponsePage: ResponsePageSchema,
  SdkLibrary: SdkLibrarySchema,
  SegmentAssignment: SegmentAssignmentSchema,
  SegmentAssignmentEvent: SegmentAssignmentEventSchema,
  SegmentAssignmentListing: SegmentAssignmentListingSchema,
  SegmentAssignmentSession: SegmentAssignmentSessionSchema,
  SegmentAssignments: SegmentAssignmentsSchema,
  SegmentUnassignments: SegmentUnassignmentsSchema,
  Session: SessionSchema,
  SessionEvent: SessionEventSchema,
  SessionLastEvent: SessionLastEventSchema,
  SessionListing: SessionListingSchema,
  SessionSegmentAssignment: SessionSegmentAssignmentSchema,
  UnprocessedExternalEvent: UnprocessedExternalEventSchema,
  UnprocessedSegmentAssignments: UnprocessedSegmentAssignmentsSchema,
  UpdateSegmentAssignmentResponse: UpdateSegmentAssignmentResponseSchema,
  WebActionEvent: WebActionEventSchema,
  WebEvent: WebEventSchema,
  WebEventBrowser: WebEventBrowserSchema,
  WebEventDevice: WebEventDeviceSchema,
  WebEventResponse: WebEventResponseSchema,
  WebEventResponseSession: WebEventResponseSessionSchema,
  WebMessagingOfferProperties: WebMessagingOfferPropertiesSchema,
};

/**
 * The fields of a Genesys object that its type does not declare: what Genesys added after this package was written,
 * kept at run time (the client validates leniently and never drops a field) but absent from the type, so that a
 * misspelt field is a compile error. `type` names the object's type; for nested objects, pass the nested object and
 * its own type (`unknownFields(session.browser, 'Browser')`). Works on any value of that shape, whether this client
 * returned it or you parsed or cached it yourself; `{}` when there is nothing unknown, or when `value` is `null`,
 * `undefined` or not an object. A union (`SessionEvent`) is read as the variant the value matches, as validation
 * does. Under `validation: 'strict'` such fields are refused instead.
 *
 * @param value - a Genesys object (or `null`/`undefined`, which give `{}`).
 * @param type - the name of its type, as in `GenesysResponseTypes`.
 * @throws TypeError when `type` is not one of the names in `GenesysResponseTypes` (a JavaScript caller's typo).
 * @example
 * ```ts
 * const session = await gj.sessions.get(sessionId);
 * const added = unknownFields(session, 'Session'); // e.g. { journeyScore: 0.7 }
 * if (session.browser) console.log(unknownFields(session.browser, 'Browser'));
 * ```
 */
export function unknownFields<K extends keyof GenesysResponseTypes>(
  value: GenesysResponseTypes[K] | null | undefined,
  type: K,
): Readonly<Record<string, unknown>> {
  const schema = SCHEMAS[type];
  if (!schema) throw new TypeError(`unknownFields: unknown Genesys type ${JSON.stringify(type)}`);
  return unknownFieldsOf(schema, value);
}
