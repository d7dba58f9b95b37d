import { type AssertTrue, IsoDateTime, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import {
  type AppJourneyEvent,
  EVENT_TYPES,
  type EventListing,
  type EventSession,
  isKnownEventType,
  type OtherJourneyEvent,
  type OutcomeAchievedJourneyEvent,
  type SegmentAssignmentJourneyEvent,
  type SessionEvent,
  type WebActionJourneyEvent,
  type WebJourneyEvent,
} from '../types/event.ts';
import {
  AppEventSchema,
  OutcomeAchievedEventSchema,
  SegmentAssignmentEventSchema,
  WebActionEventSchema,
  WebEventSchema,
} from './event-payloads.ts';

/**
 * Schema of `EventType`: the five journey event types (the spec's `eventType` filter values). Kept as zod's enum
 * (input and output are both `EventType`), so input schemas can build on it.
 *
 * @example
 * ```ts
 * EventTypeSchema.parse('com.genesys.journey.WebEvent');
 * ```
 */
export const EventTypeSchema = z.enum([
  EVENT_TYPES.webEvent,
  EVENT_TYPES.appEvent,
  EVENT_TYPES.webActionEvent,
  EVENT_TYPES.segmentAssignmentEvent,
  EVENT_TYPES.outcomeAchievedEvent,
]);

const EventSessionObject = z.looseObject({
  id: z.string(),
  selfUri: z.nullish(z.string()),
  type: z.string(),
});

/**
 * Schema of `EventSession` (spec `EventSession`); unknown fields kept.
 *
 * @example
 * ```ts
 * EventSessionSchema.parse({ id: 's-1', type: 'web' });
 * ```
 */
export const EventSessionSchema: SchemaOf<EventSession> = EventSessionObject;
type _EventSessionMatches = AssertTrue<SchemaMatches<typeof EventSessionObject, EventSession>>;

/** Fields every event has (spec `Event`), with every payload optional; each variant adds its `eventType`. */
const eventShape = {
  id: z.string(),
  correlationId: z.string(),
  customerId: z.nullish(z.string()),
  customerIdType: z.nullish(z.string()),
  session: EventSessionSchema,
  createdDate: IsoDateTime,
  webEvent: z.nullish(WebEventSchema),
  appEvent: z.nullish(AppEventSchema),
  webActionEvent: z.nullish(WebActionEventSchema),
  segmentAssignmentEvent: z.nullish(SegmentAssignmentEventSchema),
  outcomeAchievedEvent: z.nullish(OutcomeAchievedEventSchema),
};

const WebJourneyEventObject = z.looseObject({
  ...eventShape,
  eventType: z.literal(EVENT_TYPES.webEvent),
  webEvent: WebEventSchema,
});

/**
 * Schema of `WebJourneyEvent`: an event of type `com.genesys.journey.WebEvent`, `webEvent` required.
 *
 * @example
 * ```ts
 * WebJourneyEventSchema.safeParse(json).success;
 * ```
 */
export const WebJourneyEventSchema: SchemaOf<WebJourneyEvent> = WebJourneyEventObject;
type _WebJourneyEventMatches = AssertTrue<SchemaMatches<typeof WebJourneyEventObject, WebJourneyEvent>>;

const AppJourneyEventObject = z.looseObject({
  ...eventShape,
  eventType: z.literal(EVENT_TYPES.appEvent),
  appEvent: AppEventSchema,
});

/**
 * Schema of `AppJourneyEvent`: an event of type `com.genesys.journey.AppEvent`, `appEvent` required.
 *
 * @example
 * ```ts
 * AppJourneyEventSchema.safeParse(json).success;
 * ```
 */
export const AppJourneyEventSchema: SchemaOf<AppJourneyEvent> = AppJourneyEventObject;
type _AppJourneyEventMatches = AssertTrue<SchemaMatches<typeof AppJourneyEventObject, AppJourneyEvent>>;

const WebActionJourneyEventObject = z.looseObject({
  ...eventShape,
  eventType: z.literal(EVENT_TYPES.webActionEvent),
  webActionEvent: WebActionEventSchema,
});

/**
 * Schema of `WebActionJourneyEvent`: an event of type `com.genesys.journey.WebActionEvent`, `webActionEvent`
 * required.
 *
 * @example
 * ```ts
 * WebActionJourneyEventSchema.safeParse(json).success;
 * ```
 */
export const WebActionJourneyEventSchema: SchemaOf<WebActionJourneyEvent> = WebActionJourneyEventObject;
type _WebActionJourneyEventMatches = AssertTrue<
  SchemaMatches<typeof WebActionJourneyEventObject, WebActionJourneyEvent>
>;

const SegmentAssignmentJourneyEventObject = z.looseObject({
  ...eventShape,
  eventType: z.literal(EVENT_TYPES.segmentAssignmentEvent),
  segmentAssignmentEvent: SegmentAssignmentEventSchema,
});

/**
 * Schema of `SegmentAssignmentJourneyEvent`: an event of type `com.genesys.journey.SegmentAssignmentEvent`,
 * `segmentAssignmentEvent` required.
 *
 * @example
 * ```ts
 * SegmentAssignmentJourneyEventSchema.safeParse(json).success;
 * ```
 */
export const SegmentAssignmentJourneyEventSchema: SchemaOf<SegmentAssignmentJourneyEvent> =
  SegmentAssignmentJourneyEventObject;
type _SegmentAssignmentJourneyEventMatches = AssertTrue<
  SchemaMatches<typeof SegmentAssignmentJourneyEventObject, SegmentAssignmentJourneyEvent>
>;

const OutcomeAchievedJourneyEventObject = z.looseObject({
  ...eventShape,
  eventType: z.literal(EVENT_TYPES.outcomeAchievedEvent),
  outcomeAchievedEvent: OutcomeAchievedEventSchema,
});

/**
 * Schema of `OutcomeAchievedJourneyEvent`: an event of type `com.genesys.journey.OutcomeAchievedEvent`,
 * `outcomeAchievedEvent` required.
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * OutcomeAchievedJourneyEventSchema.safeParse(json).success;
 * ```
 */
export const OutcomeAchievedJourneyEventSchema: SchemaOf<OutcomeAchievedJourneyEvent> =
  OutcomeAchievedJourneyEventObject;
type _OutcomeAchievedJourneyEventMatches = AssertTrue<
  SchemaMatches<typeof OutcomeAchievedJourneyEventObject, OutcomeAchievedJourneyEvent>
>;

const OtherJourneyEventObject = z.looseObject({
  ...eventShape,
  eventType: z
    .string()
    .check(z.refine((type) => !isKnownEventType(type), { error: 'A known event type without its payload' })),
});

/**
 * Schema of `OtherJourneyEvent`: an event of a type not in `EVENT_TYPES` (a known type is refused here, so that a
 * known type without its payload fails instead of passing as "other").
 *
 * @example
 * ```ts
 * OtherJourneyEventSchema.safeParse({ ...json, eventType: 'com.genesys.journey.VoiceEvent' }).success;
 * ```
 */
export const OtherJourneyEventSchema: SchemaOf<OtherJourneyEvent> = OtherJourneyEventObject;
type _OtherJourneyEventMatches = AssertTrue<SchemaMatches<typeof OtherJourneyEventObject, OtherJourneyEvent>>;

/**
 * Schema of `SessionEvent` (spec `Event`), discriminated on `eventType`: each known type with its payload, and any
 * other type as `OtherJourneyEvent`.
 *
 * @example
 * ```ts
 * const event: SessionEvent = SessionEventSchema.parse(json);
 * ```
 */
export const SessionEventSchema: SchemaOf<SessionEvent> = z.union([
  z.discriminatedUnion('eventType', [
    WebJourneyEventObject,
    AppJourneyEventObject,
    WebActionJourneyEventObject,
    SegmentAssignmentJourneyEventObject,
    OutcomeAchievedJourneyEventObject,
  ]),
  OtherJourneyEventObject,
]);

/**
 * The spec's name for `SessionEventSchema`.
 *
 * @example
 * ```ts
 * EventSchema.parse(json);
 * ```
 */
export const EventSchema: SchemaOf<SessionEvent> = SessionEventSchema;

const EventListingObject = z.looseObject({
  entities: z.nullish(z.array(SessionEventSchema)),
  nextUri: z.nullish(z.string()),
  selfUri: z.nullish(z.string()),
  previousUri: z.nullish(z.string()),
});

/**
 * Schema of `EventListing` (spec `EventListing`); unknown fields kept.
 *
 * @example
 * ```ts
 * const listing: EventListing = EventListingSchema.parse(json);
 * ```
 */
export const EventListingSchema: SchemaOf<EventListing> = EventListingObject;
type _EventListingMatches = AssertTrue<SchemaMatches<typeof EventListingObject, EventListing>>;
