import { IsoDateTime } from '@sessionkit/core';
import * as z from 'zod/mini';
import {
  AppEventSchema,
  OutcomeAchievedEventSchema,
  SegmentAssignmentEventSchema,
  WebActionEventSchema,
  WebEventSchema,
} from './event-payloads.ts';
import { listing } from './listing.ts';

/**
 * The journey event types, as `eventType` names them and as the `eventType` filter of `sessions.events` takes them.
 *
 * @example
 * ```ts
 * for await (const event of gj.sessions.events(sessionId, { eventType: EVENT_TYPES.webEvent })) console.log(event.id);
 * ```
 */
export const EVENT_TYPES = {
  webEvent: 'com.genesys.journey.WebEvent',
  appEvent: 'com.genesys.journey.AppEvent',
  webActionEvent: 'com.genesys.journey.WebActionEvent',
  segmentAssignmentEvent: 'com.genesys.journey.SegmentAssignmentEvent',
  /** @deprecated Genesys is removing Journey Outcomes. */
  outcomeAchievedEvent: 'com.genesys.journey.OutcomeAchievedEvent',
} as const;

/**
 * A journey event type; see `EVENT_TYPES`.
 *
 * @example
 * ```ts
 * const type: EventType = 'com.genesys.journey.AppEvent';
 * ```
 */
export type EventType = (typeof EVENT_TYPES)[keyof typeof EVENT_TYPES];

/**
 * The journey event types as a zod enum (the spec's `eventType` filter values).
 *
 * @example
 * ```ts
 * EventTypeSchema.options; // ['com.genesys.journey.WebEvent', …]
 * ```
 */
export const EventTypeSchema = z.enum([
  EVENT_TYPES.webEvent,
  EVENT_TYPES.appEvent,
  EVENT_TYPES.webActionEvent,
  EVENT_TYPES.segmentAssignmentEvent,
  EVENT_TYPES.outcomeAchievedEvent,
]);

const KNOWN_EVENT_TYPES: ReadonlySet<string> = new Set(EventTypeSchema.options);

/**
 * The session an event belongs to (spec `EventSession`).
 *
 * @example
 * ```ts
 * console.log(event.session.id, event.session.type);
 * ```
 */
export const EventSessionSchema = z.looseObject({
  id: z.string(),
  selfUri: z.nullish(z.string()),
  /** e.g. web, app. */
  type: z.string(),
});

/**
 * The session an event belongs to; see `EventSessionSchema`.
 *
 * @example
 * ```ts
 * const session: EventSession = event.session;
 * ```
 */
export type EventSession = z.infer<typeof EventSessionSchema>;

/** Fields every event has (spec `Event`), with every payload optional. */
const eventShape = {
  id: z.string(),
  /** The action that caused the event (an HTTP POST, a SIP invite, another event…). */
  correlationId: z.string(),
  customerId: z.nullish(z.string()),
  /** e.g. cookie, email, phone. */
  customerIdType: z.nullish(z.string()),
  session: EventSessionSchema,
  createdDate: IsoDateTime,
  webEvent: z.nullish(WebEventSchema),
  appEvent: z.nullish(AppEventSchema),
  webActionEvent: z.nullish(WebActionEventSchema),
  segmentAssignmentEvent: z.nullish(SegmentAssignmentEventSchema),
  outcomeAchievedEvent: z.nullish(OutcomeAchievedEventSchema),
};

/**
 * A journey event whose `eventType` is `com.genesys.journey.WebEvent`: `webEvent` is present.
 *
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.webEvent)) console.log(event.webEvent.page.url);
 * ```
 */
export const WebJourneyEventSchema = z.looseObject({
  ...eventShape,
  eventType: z.literal(EVENT_TYPES.webEvent),
  webEvent: WebEventSchema,
});

/**
 * A journey event whose `eventType` is `com.genesys.journey.AppEvent`: `appEvent` is present.
 *
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.appEvent)) console.log(event.appEvent.screenName);
 * ```
 */
export const AppJourneyEventSchema = z.looseObject({
  ...eventShape,
  eventType: z.literal(EVENT_TYPES.appEvent),
  appEvent: AppEventSchema,
});

/**
 * A journey event whose `eventType` is `com.genesys.journey.WebActionEvent`: `webActionEvent` is present.
 *
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.webActionEvent)) console.log(event.webActionEvent.action.state);
 * ```
 */
export const WebActionJourneyEventSchema = z.looseObject({
  ...eventShape,
  eventType: z.literal(EVENT_TYPES.webActionEvent),
  webActionEvent: WebActionEventSchema,
});

/**
 * A journey event whose `eventType` is `com.genesys.journey.SegmentAssignmentEvent`: `segmentAssignmentEvent` is
 * present.
 *
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.segmentAssignmentEvent)) console.log(event.segmentAssignmentEvent.segment.id);
 * ```
 */
export const SegmentAssignmentJourneyEventSchema = z.looseObject({
  ...eventShape,
  eventType: z.literal(EVENT_TYPES.segmentAssignmentEvent),
  segmentAssignmentEvent: SegmentAssignmentEventSchema,
});

/**
 * A journey event whose `eventType` is `com.genesys.journey.OutcomeAchievedEvent`: `outcomeAchievedEvent` is present.
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.outcomeAchievedEvent)) console.log(event.outcomeAchievedEvent.outcome.id);
 * ```
 */
export const OutcomeAchievedJourneyEventSchema = z.looseObject({
  ...eventShape,
  eventType: z.literal(EVENT_TYPES.outcomeAchievedEvent),
  outcomeAchievedEvent: OutcomeAchievedEventSchema,
});

/**
 * A journey event of a type this package does not know yet (Genesys adds event types over time): kept, with
 * `eventType` as sent and whatever payload it carries.
 *
 * @example
 * ```ts
 * if (!isKnownEventType(event.eventType)) console.log('new event type', event.eventType);
 * ```
 */
export const OtherJourneyEventSchema = z.looseObject({
  ...eventShape,
  eventType: z
    .string()
    .check(z.refine((type) => !KNOWN_EVENT_TYPES.has(type), { error: 'A known event type without its payload' })),
});

/**
 * A journey event (spec `Event`), discriminated on `eventType`: each known type carries its payload (`webEvent`,
 * `appEvent`, `webActionEvent`, `segmentAssignmentEvent`, `outcomeAchievedEvent`), and a known type without its payload
 * is refused. Event types Genesys adds later still parse, as `OtherJourneyEvent` (its `eventType` is any other
 * string, which is why a plain `===` cannot narrow the union in TypeScript: use `isEventType`).
 *
 * @example
 * ```ts
 * for await (const event of gj.sessions.events(sessionId)) {
 *   if (isEventType(event, 'com.genesys.journey.WebEvent')) console.log('viewed', event.webEvent.page.url);
 * }
 * ```
 */
export const EventSchema = z.union([
  z.discriminatedUnion('eventType', [
    WebJourneyEventSchema,
    AppJourneyEventSchema,
    WebActionJourneyEventSchema,
    SegmentAssignmentJourneyEventSchema,
    OutcomeAchievedJourneyEventSchema,
  ]),
  OtherJourneyEventSchema,
]);

/**
 * A journey event; see `EventSchema`.
 *
 * @example
 * ```ts
 * const events: Event[] = (await gj.sessions.events(sessionId)).items.slice();
 * ```
 */
export type Event = z.infer<typeof EventSchema>;

/**
 * Whether `type` is one of the event types in `EVENT_TYPES`.
 *
 * @example
 * ```ts
 * if (!isKnownEventType(event.eventType)) console.warn('unhandled event type', event.eventType);
 * ```
 */
export function isKnownEventType(type: string): type is EventType {
  return KNOWN_EVENT_TYPES.has(type);
}

/**
 * Narrows an event to the variant of `type`, with its payload present. Sound because `EventSchema` only accepts a
 * known `eventType` together with its payload.
 *
 * @example
 * ```ts
 * for await (const event of gj.sessions.events(sessionId)) {
 *   if (isEventType(event, EVENT_TYPES.webEvent)) console.log(event.webEvent.page.url);
 *   else if (isEventType(event, EVENT_TYPES.appEvent)) console.log(event.appEvent.screenName);
 * }
 * ```
 */
export function isEventType<T extends EventType>(event: Event, type: T): event is Extract<Event, { eventType: T }> {
  return event.eventType === type;
}

/**
 * A page of events (spec `EventListing`): `entities`, `nextUri`, `selfUri`, `previousUri`.
 *
 * @example
 * ```ts
 * const page = await gj.sessions.events(sessionId, { pageSize: 200 });
 * const raw: EventListing = page.raw;
 * ```
 */
export const EventListingSchema = listing(EventSchema);

/**
 * A page of events; see `EventListingSchema`.
 *
 * @example
 * ```ts
 * const next = (await gj.sessions.events(sessionId)).raw.nextUri;
 * ```
 */
export type EventListing = z.infer<typeof EventListingSchema>;
