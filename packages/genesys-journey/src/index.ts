/**
 * `@sessionkit/genesys-journey`: a typed client for Genesys Cloud journey sessions, their events, external contacts'
 * journeys, web/app tracking and external events — OAuth client credentials with token renewal, the 18 regions,
 * retries honouring `Retry-After`, cursor paging over `nextUri`. Every response type is a named interface; the zod
 * schemas are in `@sessionkit/genesys-journey/schemas`.
 *
 * @example
 * ```ts
 * import { GenesysJourneyClient } from '@sessionkit/genesys-journey';
 *
 * const gj = new GenesysJourneyClient({ region: 'eu_west_1' }); // reads GENESYS_CLIENT_ID / GENESYS_CLIENT_SECRET
 * for await (const session of gj.contacts.sessions(contactId)) console.log(session.id, session.type);
 * ```
 *
 * @packageDocumentation
 */

// Everything a Genesys user needs from core (errors, ApiPromise, paging, option types), so one import is enough.
export * from '@sessionkit/core/surface';
export {
  GenesysJourneyClient,
  type GenesysJourneyClientOptions,
  type GenesysRequest,
  MAX_RETRY_AFTER_MS,
} from './client.ts';
export { genesysErrorBody } from './errors.ts';
export type { GenesysResponse } from './genesys-response.ts';
export type { Endpoints } from './internal/endpoints.ts';
export { type RateLimitInfo, readRateLimit } from './rate-limit.ts';
export {
  GENESYS_REGIONS,
  type GenesysRegion,
  isGenesysRegion,
  normaliseEnvironment,
} from './regions.ts';
// The resources are built by the client only (their constructors are internal): exported as types.
export type { ContactsResource } from './resources/contacts.ts';
export type { ExternalEventsResource } from './resources/external-events.ts';
export type { SessionsResource } from './resources/sessions.ts';
export type { TrackingResource } from './resources/tracking.ts';
export {
  ACTION_MEDIA_TYPES,
  ACTION_STATES,
  type ActionEventActionMap,
  type ActionMediaType,
  type ActionState,
  type EventAction,
} from './types/action.ts';
export type { JourneyApp, NetworkConnectivity, SdkLibrary } from './types/app.ts';
export type {
  CustomEventAttribute,
  CustomEventAttributeList,
  CustomEventAttributeLists,
  CustomEventAttributes,
} from './types/attributes.ts';
export type { Browser, WebEventBrowser } from './types/browser.ts';
export type {
  ConversationChannel,
  ConversationChannelType,
  ConversationMessageType,
  ConversationUserDisposition,
} from './types/conversation.ts';
export type { Device, DeviceCategory, WebEventDevice } from './types/device.ts';
export type { AddressableEntityRef, ConnectedQueue, ConnectedUser, IdentifiedRef } from './types/entity-refs.ts';
export type { GenesysErrorBody, GenesysErrorDetail, GenesysErrorLimit } from './types/error-body.ts';
export {
  type AppJourneyEvent,
  EVENT_TYPES,
  type Event,
  type EventListing,
  type EventSession,
  type EventType,
  isEventType,
  isKnownEventType,
  type OtherJourneyEvent,
  type OutcomeAchievedJourneyEvent,
  type SegmentAssignmentJourneyEvent,
  type SessionEvent,
  type SessionEventBase,
  type WebActionJourneyEvent,
  type WebJourneyEvent,
} from './types/event.ts';
export type {
  AppEvent,
  OutcomeAchievedEvent,
  OutcomeAchievedEventOutcome,
  SegmentAssignmentEvent,
  WebActionEvent,
  WebEvent,
} from './types/event-payloads.ts';
export type {
  ExternalEvent,
  ExternalEventExternalId,
  ExternalEventIdentifiers,
  ExternalEventsResponse,
  UnprocessedExternalEvent,
} from './types/external-events.ts';
export type { JourneyGeolocation } from './types/geolocation.ts';
export type { JourneyCampaign, Referrer, ReferrerMedium } from './types/marketing.ts';
export type { OutcomeScore, OutcomeScoresResult } from './types/outcome-scores.ts';
export type { JourneyPage, ResponsePage } from './types/page.ts';
export type {
  ActionEventInput,
  AppEventDeviceInput,
  AppEventInput,
  ContactSegmentsParams,
  ContactSessionListQuery,
  DateTimeInput,
  DeviceCategoryInput,
  EventListQuery,
  ExternalEventIdentifiersInput,
  ExternalEventInput,
  GenesysRecentSessionsOptions,
  ListContactSessionsParams,
  ListEventsParams,
  NetworkConnectivityInput,
  PingParams,
  SegmentIdsInput,
  SegmentRefInput,
  UpdateSegmentsParams,
  WebEventBrowserInput,
  WebEventDeviceInput,
  WebEventInput,
  WebEventPageInput,
} from './types/params.ts';
export type {
  SegmentAssignment,
  SegmentAssignmentListing,
  SegmentAssignmentSession,
  SegmentAssignments,
  SegmentForAssignment,
  SegmentForUnassignment,
  SegmentUnassignments,
  UnprocessedSegmentAssignments,
  UpdateSegmentAssignmentResponse,
} from './types/segments.ts';
export type {
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
} from './types/session.ts';
export type {
  AppEventResponse,
  AppEventResponseSession,
  CallToAction,
  CallToActionTarget,
  ContentOffer,
  ContentOfferDisplayMode,
  ContentOfferLayoutMode,
  DeploymentPing,
  DeploymentWebAction,
  OpenActionProperties,
  WebEventResponse,
  WebEventResponseSession,
  WebMessagingOfferProperties,
} from './types/tracking.ts';
export { type GenesysResponseTypes, unknownFields } from './unknown-fields.ts';
export { VERSION } from './version.ts';
