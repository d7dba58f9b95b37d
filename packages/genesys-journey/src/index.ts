/**
 * `@sessionkit/genesys-journey`: a typed client for Genesys Cloud journey sessions, their events, external contacts'
 * journeys, web/app tracking and external events — OAuth client credentials with token renewal, the 18 regions,
 * retries honouring `Retry-After`, cursor paging over `nextUri`.
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

// Everything a Genesys user needs from core (errors, paging, option types), so one import is enough.
export * from '@sessionkit/core/surface';
export { ApiPromise, type GenesysResponse, type WithResponse } from './api-promise.ts';
export {
  GenesysJourneyClient,
  type GenesysJourneyClientOptions,
  type GenesysRequest,
  MAX_RETRY_AFTER_MS,
} from './client.ts';
export { genesysErrorBody } from './errors.ts';
export type { Endpoints } from './internal/endpoints.ts';
export { type ActionEventInput, ActionEventInputSchema } from './params/action-event.ts';
export { type AppEventInput, AppEventInputSchema } from './params/app-event.ts';
export {
  type ContactSegmentsParams,
  ContactSegmentsParamsSchema,
  type UpdateSegmentsParams,
  UpdateSegmentsParamsSchema,
} from './params/contact-segments.ts';
export {
  type ExternalEventInput,
  ExternalEventInputSchema,
  ExternalEventsInputSchema,
} from './params/external-events.ts';
export {
  type ContactSessionListQuery,
  type ListContactSessionsParams,
  ListContactSessionsParamsSchema,
} from './params/list-contact-sessions.ts';
export { type EventListQuery, type ListEventsParams, ListEventsParamsSchema } from './params/list-events.ts';
export { type PingParams, PingParamsSchema } from './params/ping.ts';
export { type WebEventInput, WebEventInputSchema } from './params/web-event.ts';
export { type RateLimitInfo, readRateLimit } from './rate-limit.ts';
export {
  GENESYS_REGIONS,
  type GenesysRegion,
  isGenesysRegion,
  normaliseEnvironment,
} from './regions.ts';
export { ContactsResource } from './resources/contacts.ts';
export type { ResourceContext } from './resources/context.ts';
export { ExternalEventsResource } from './resources/external-events.ts';
export { type GenesysRecentSessionsOptions, SessionsResource } from './resources/sessions.ts';
export { TrackingResource } from './resources/tracking.ts';
export {
  ACTION_MEDIA_TYPES,
  ACTION_STATES,
  type ActionEventActionMap,
  ActionEventActionMapSchema,
  type ActionMediaType,
  type ActionState,
  type EventAction,
  EventActionSchema,
} from './schemas/action.ts';
export {
  type JourneyApp,
  JourneyAppSchema,
  type NetworkConnectivity,
  NetworkConnectivitySchema,
  type SdkLibrary,
  SdkLibrarySchema,
} from './schemas/app.ts';
export {
  type CustomEventAttribute,
  type CustomEventAttributeList,
  CustomEventAttributeListSchema,
  CustomEventAttributeSchema,
  type CustomEventAttributes,
  CustomEventAttributesSchema,
} from './schemas/attributes.ts';
export { type Browser, BrowserSchema, type WebEventBrowser, WebEventBrowserSchema } from './schemas/browser.ts';
export {
  type ConversationChannel,
  ConversationChannelSchema,
  type ConversationUserDisposition,
  ConversationUserDispositionSchema,
} from './schemas/conversation.ts';
export {
  type Device,
  type DeviceCategory,
  DeviceCategorySchema,
  DeviceSchema,
  type WebEventDevice,
  WebEventDeviceSchema,
} from './schemas/device.ts';
export {
  type AddressableEntityRef,
  AddressableEntityRefSchema,
  type ConnectedQueue,
  ConnectedQueueSchema,
  type ConnectedUser,
  ConnectedUserSchema,
  type IdentifiedRef,
  IdentifiedRefSchema,
} from './schemas/entity-refs.ts';
export { ErrorBodySchema, ErrorDetailSchema, type GenesysErrorBody } from './schemas/error-body.ts';
export {
  AppJourneyEventSchema,
  EVENT_TYPES,
  type Event,
  type EventListing,
  EventListingSchema,
  EventSchema,
  type EventSession,
  EventSessionSchema,
  type EventType,
  EventTypeSchema,
  isEventType,
  isKnownEventType,
  OtherJourneyEventSchema,
  OutcomeAchievedJourneyEventSchema,
  SegmentAssignmentJourneyEventSchema,
  WebActionJourneyEventSchema,
  WebJourneyEventSchema,
} from './schemas/event.ts';
export {
  type AppEvent,
  AppEventSchema,
  type OutcomeAchievedEvent,
  OutcomeAchievedEventOutcomeSchema,
  OutcomeAchievedEventSchema,
  type SegmentAssignmentEvent,
  SegmentAssignmentEventSchema,
  type WebActionEvent,
  WebActionEventSchema,
  type WebEvent,
  WebEventSchema,
} from './schemas/event-payloads.ts';
export {
  type ExternalEvent,
  ExternalEventSchema,
  type ExternalEventsResponse,
  ExternalEventsResponseSchema,
  type UnprocessedExternalEvent,
  UnprocessedExternalEventSchema,
} from './schemas/external-events.ts';
export { type JourneyGeolocation, JourneyGeolocationSchema } from './schemas/geolocation.ts';
export { listing } from './schemas/listing.ts';
export {
  type JourneyCampaign,
  JourneyCampaignSchema,
  type Referrer,
  type ReferrerMedium,
  ReferrerMediumSchema,
  ReferrerSchema,
} from './schemas/marketing.ts';
export { openEnum } from './schemas/open-enum.ts';
export {
  type OutcomeScore,
  OutcomeScoreSchema,
  type OutcomeScoresResult,
  OutcomeScoresResultSchema,
} from './schemas/outcome-scores.ts';
export { type JourneyPage, JourneyPageSchema, type ResponsePage, ResponsePageSchema } from './schemas/page.ts';
export {
  type SegmentAssignment,
  type SegmentAssignmentListing,
  SegmentAssignmentListingSchema,
  SegmentAssignmentSchema,
  type UpdateSegmentAssignmentResponse,
  UpdateSegmentAssignmentResponseSchema,
} from './schemas/segments.ts';
export {
  type JourneyCaseAssociation,
  JourneyCaseAssociationSchema,
  type OutcomeAchievement,
  OutcomeAchievementSchema,
  type Session,
  type SessionLastEvent,
  SessionLastEventSchema,
  type SessionListing,
  SessionListingSchema,
  SessionSchema,
  type SessionSegmentAssignment,
  SessionSegmentAssignmentSchema,
} from './schemas/session.ts';
export {
  type AppEventResponse,
  AppEventResponseSchema,
  type ContentOffer,
  ContentOfferSchema,
  type DeploymentPing,
  DeploymentPingSchema,
  type DeploymentWebAction,
  DeploymentWebActionSchema,
  type WebEventResponse,
  WebEventResponseSchema,
} from './schemas/tracking.ts';
export { VERSION } from './version.ts';
