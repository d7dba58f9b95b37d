import type {
  AppEvent,
  OutcomeAchievedEvent,
  SegmentAssignmentEvent,
  WebActionEvent,
  WebEvent,
} from './event-payloads.ts';

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

const KNOWN_EVENT_TYPES: ReadonlySet<string> = new Set(Object.values(EVENT_TYPES));

/**
 * The session an event belongs to (spec `EventSession`).
 *
 * @example
 * ```ts
 * const session: EventSession = event.session;
 * console.log(session.id, session.type);
 * ```
 */
export interface EventSession {
  /** The ID of the session. */
  id: string;
  /** The URI of the session. */
  selfUri?: string | null | undefined;
  /** Session types indicate the type or category of sessions (e.g. web, app). */
  type: string;
}

/**
 * The fields every journey event has (spec `Event`), each payload optional; the variants of `SessionEvent` narrow
 * `eventType` and make their payload required.
 *
 * @example
 * ```ts
 * const base: SessionEventBase = event; // any event
 * console.log(base.id, base.session.id, base.createdDate);
 * ```
 */
export interface SessionEventBase {
  /** System-generated UUID for the event. */
  id: string;
  /** UUID corresponding to triggering action that caused this event (e.g. HTTP POST, SIP invite, another event). */
  correlationId: string;
  /** Primary identifier of the customer in the source of the events. */
  customerId?: string | null | undefined;
  /** Type of primary identifier (e.g. cookie, email, phone). */
  customerIdType?: string | null | undefined;
  /** The session that the event belongs to. */
  session: EventSession;
  /** The name representing the type of event. */
  eventType: string;
  /**
   * Timestamp indicating when the event actually took place. Date time is represented as an ISO-8601 string. For
   * example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  createdDate: string;
  /**
   * Event that tracks user interactions with content in a browser such as pageviews, downloads, mobile ad clicks,
   * etc.
   */
  webEvent?: WebEvent | null | undefined;
  /** Event that tracks user interactions with content in an application such as screen views, searches, etc. */
  appEvent?: AppEvent | null | undefined;
  /** Event triggered by web actions. */
  webActionEvent?: WebActionEvent | null | undefined;
  /** Event that represents a segment being assigned. */
  segmentAssignmentEvent?: SegmentAssignmentEvent | null | undefined;
  /**
   * Event where a customer has achieved a specific outcome or goal.
   *
   * @deprecated Journey Outcomes is being removed
   * (https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/).
   */
  outcomeAchievedEvent?: OutcomeAchievedEvent | null | undefined;
}

/**
 * A journey event whose `eventType` is `com.genesys.journey.WebEvent`: `webEvent` is present.
 *
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.webEvent)) console.log(event.webEvent.page.url);
 * ```
 */
export interface WebJourneyEvent extends SessionEventBase {
  /** `com.genesys.journey.WebEvent`. */
  eventType: typeof EVENT_TYPES.webEvent;
  /** The web interaction (a pageview, a download, a form fill…). */
  webEvent: WebEvent;
}

/**
 * A journey event whose `eventType` is `com.genesys.journey.AppEvent`: `appEvent` is present.
 *
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.appEvent)) console.log(event.appEvent.screenName);
 * ```
 */
export interface AppJourneyEvent extends SessionEventBase {
  /** `com.genesys.journey.AppEvent`. */
  eventType: typeof EVENT_TYPES.appEvent;
  /** The app interaction (a screen view, a search…). */
  appEvent: AppEvent;
}

/**
 * A journey event whose `eventType` is `com.genesys.journey.WebActionEvent`: `webActionEvent` is present.
 *
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.webActionEvent)) console.log(event.webActionEvent.action.state);
 * ```
 */
export interface WebActionJourneyEvent extends SessionEventBase {
  /** `com.genesys.journey.WebActionEvent`. */
  eventType: typeof EVENT_TYPES.webActionEvent;
  /** The engagement action changing state. */
  webActionEvent: WebActionEvent;
}

/**
 * A journey event whose `eventType` is `com.genesys.journey.SegmentAssignmentEvent`: `segmentAssignmentEvent` is
 * present.
 *
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.segmentAssignmentEvent)) console.log(event.segmentAssignmentEvent.segment.id);
 * ```
 */
export interface SegmentAssignmentJourneyEvent extends SessionEventBase {
  /** `com.genesys.journey.SegmentAssignmentEvent`. */
  eventType: typeof EVENT_TYPES.segmentAssignmentEvent;
  /** The segment being assigned. */
  segmentAssignmentEvent: SegmentAssignmentEvent;
}

/**
 * A journey event whose `eventType` is `com.genesys.journey.OutcomeAchievedEvent`: `outcomeAchievedEvent` is present.
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.outcomeAchievedEvent)) console.log(event.outcomeAchievedEvent.outcome.id);
 * ```
 */
export interface OutcomeAchievedJourneyEvent extends SessionEventBase {
  /** `com.genesys.journey.OutcomeAchievedEvent`. */
  eventType: typeof EVENT_TYPES.outcomeAchievedEvent;
  /**
   * The outcome achieved.
   *
   * @deprecated Journey Outcomes is being removed.
   */
  outcomeAchievedEvent: OutcomeAchievedEvent;
}

/**
 * A journey event of a type this package does not know yet (Genesys adds event types over time): kept, with
 * `eventType` as sent; its payload (e.g. a `voiceEvent`) is reachable through `unknownFields(event, 'SessionEvent')`.
 *
 * @example
 * ```ts
 * if (!isKnownEventType(event.eventType)) console.log('new event type', event.eventType, unknownFields(event, 'SessionEvent'));
 * ```
 */
export interface OtherJourneyEvent extends SessionEventBase {
  /** Any event type other than those in `EVENT_TYPES`. */
  eventType: string;
}

/**
 * A journey event (spec `Event`), discriminated on `eventType`: each known type carries its payload (`webEvent`,
 * `appEvent`, `webActionEvent`, `segmentAssignmentEvent`, `outcomeAchievedEvent`), and a known type without its
 * payload is refused. Event types Genesys adds later still parse, as `OtherJourneyEvent` (its `eventType` is any other
 * string, which is why a plain `===` cannot narrow the union in TypeScript: use `isEventType`).
 *
 * @example
 * ```ts
 * for await (const event of gj.sessions.events(sessionId)) {
 *   if (isEventType(event, EVENT_TYPES.webEvent)) console.log('viewed', event.webEvent.page.url);
 * }
 * ```
 */
export type SessionEvent =
  | WebJourneyEvent
  | AppJourneyEvent
  | WebActionJourneyEvent
  | SegmentAssignmentJourneyEvent
  | OutcomeAchievedJourneyEvent
  | OtherJourneyEvent;

/**
 * The spec's name for a journey event; the same type as `SessionEvent`.
 *
 * @deprecated Use `SessionEvent`: imported as `Event`, this name hides the DOM's global `Event` in that module.
 * @example
 * ```ts
 * const event: SessionEvent = first; // rather than Event
 * ```
 */
export type Event = SessionEvent;

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
 * Narrows an event to the variant of `type`, with its payload present. Sound because the client only accepts a
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
export function isEventType<T extends EventType>(
  event: SessionEvent,
  type: T,
): event is Extract<SessionEvent, { eventType: T }> {
  return event.eventType === type;
}

/**
 * A page of events (spec `EventListing`): `entities`, and the `nextUri` / `selfUri` / `previousUri` links.
 *
 * @example
 * ```ts
 * const page = await gj.sessions.events(sessionId, { pageSize: 200 });
 * const raw: EventListing = page.raw;
 * console.log(raw.entities?.length, raw.nextUri);
 * ```
 */
export interface EventListing {
  /** The events of this page. */
  entities?: SessionEvent[] | null | undefined;
  /** The next page: a host-relative URI carrying the `after` cursor; absent on the last page. */
  nextUri?: string | null | undefined;
  /** This page's URI. */
  selfUri?: string | null | undefined;
  /** The previous page's URI, when there is one. */
  previousUri?: string | null | undefined;
}
