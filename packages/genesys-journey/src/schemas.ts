/**
 * `@sessionkit/genesys-journey/schemas`: the zod schemas the client validates Genesys responses and inputs with, for
 * users who validate their own data (a webhook body, a cached session, a test fixture). Each response schema is
 * typed with the package's named interface (`SessionSchema` parses to `Session`) and keeps unknown fields; the input
 * schemas refuse unknown fields, as the client does before sending. Importing this entry loads zod's types; the
 * main entry does not.
 *
 * @example
 * ```ts
 * import type { Session } from '@sessionkit/genesys-journey';
 * import { SessionSchema } from '@sessionkit/genesys-journey/schemas';
 *
 * declare const body: unknown;
 * const session: Session = SessionSchema.parse(body);
 * ```
 *
 * @packageDocumentation
 */

/** core's `openEnum`, re-exported here where it always was: a spec enum that still parses a value Genesys adds later. */
export { openEnum } from '@sessionkit/core';
export { ActionEventInputSchema } from './params/action-event.ts';
export { AppEventInputSchema } from './params/app-event.ts';
export { ContactSegmentsParamsSchema, UpdateSegmentsParamsSchema } from './params/contact-segments.ts';
export { ExternalEventInputSchema, ExternalEventsInputSchema } from './params/external-events.ts';
export { ListContactSessionsParamsSchema } from './params/list-contact-sessions.ts';
export { ListEventsParamsSchema } from './params/list-events.ts';
export { PingParamsSchema } from './params/ping.ts';
export { WebEventInputSchema } from './params/web-event.ts';
export { ActionEventActionMapSchema, EventActionSchema } from './schemas/action.ts';
export { JourneyAppSchema, NetworkConnectivitySchema, SdkLibrarySchema } from './schemas/app.ts';
export {
  CustomEventAttributeListSchema,
  CustomEventAttributeListsSchema,
  CustomEventAttributeSchema,
  CustomEventAttributesSchema,
} from './schemas/attributes.ts';
export { BrowserSchema, WebEventBrowserSchema } from './schemas/browser.ts';
export { ConversationChannelSchema, ConversationUserDispositionSchema } from './schemas/conversation.ts';
export { DeviceCategorySchema, DeviceSchema, WebEventDeviceSchema } from './schemas/device.ts';
export {
  AddressableEntityRefSchema,
  ConnectedQueueSchema,
  ConnectedUserSchema,
  IdentifiedRefSchema,
} from './schemas/entity-refs.ts';
export { ErrorBodySchema, ErrorDetailSchema, ErrorLimitSchema } from './schemas/error-body.ts';
export {
  AppJourneyEventSchema,
  EventListingSchema,
  EventSchema,
  EventSessionSchema,
  EventTypeSchema,
  OtherJourneyEventSchema,
  OutcomeAchievedJourneyEventSchema,
  SegmentAssignmentJourneyEventSchema,
  SessionEventSchema,
  WebActionJourneyEventSchema,
  WebJourneyEventSchema,
} from './schemas/event.ts';
export {
  AppEventSchema,
  OutcomeAchievedEventOutcomeSchema,
  OutcomeAchievedEventSchema,
  SegmentAssignmentEventSchema,
  WebActionEventSchema,
  WebEventSchema,
} from './schemas/event-payloads.ts';
export {
  ExternalEventExternalIdSchema,
  ExternalEventIdentifiersSchema,
  ExternalEventSchema,
  ExternalEventsResponseSchema,
  UnprocessedExternalEventSchema,
} from './schemas/external-events.ts';
export { JourneyGeolocationSchema } from './schemas/geolocation.ts';
export { listing } from './schemas/listing.ts';
export { JourneyCampaignSchema, ReferrerMediumSchema, ReferrerSchema } from './schemas/marketing.ts';
export { OutcomeScoreSchema, OutcomeScoresResultSchema } from './schemas/outcome-scores.ts';
export { JourneyPageSchema, ResponsePageSchema } from './schemas/page.ts';
export {
  SegmentAssignmentListingSchema,
  SegmentAssignmentSchema,
  SegmentAssignmentSessionSchema,
  SegmentAssignmentsSchema,
  SegmentForAssignmentSchema,
  SegmentForUnassignmentSchema,
  SegmentUnassignmentsSchema,
  UnprocessedSegmentAssignmentsSchema,
  UpdateSegmentAssignmentResponseSchema,
} from './schemas/segments.ts';
export {
  JourneyCaseAssociationSchema,
  OutcomeAchievementSchema,
  SessionLastEventSchema,
  SessionListingSchema,
  SessionSchema,
  SessionSegmentAssignmentSchema,
} from './schemas/session.ts';
export {
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
