import type { ActionEventActionMap, EventAction } from './action.ts';
import type { JourneyApp, NetworkConnectivity, SdkLibrary } from './app.ts';
import type { CustomEventAttributes } from './attributes.ts';
import type { Browser } from './browser.ts';
import type { Device } from './device.ts';
import type { AddressableEntityRef } from './entity-refs.ts';
import type { JourneyGeolocation } from './geolocation.ts';
import type { JourneyCampaign, Referrer } from './marketing.ts';
import type { JourneyPage } from './page.ts';

/**
 * An event that tracks user interactions with content in a browser: pageviews, downloads, mobile ad clicks… (spec
 * `WebEvent`).
 *
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.webEvent)) console.log(event.webEvent.eventName, event.webEvent.page.url);
 * ```
 */
export interface WebEvent {
  /**
   * Represents the action the customer performed. A good event name is typically an object followed by the action
   * performed in past tense (e.g. page_viewed, order_completed, user_registered).
   */
  eventName: string;
  /** The total count of events performed by the customer across all sessions. */
  totalEventCount: number;
  /** The total count of pageviews performed by the customer across all sessions. */
  totalPageviewCount: number;
  /** The webpage where the user interaction occurred. */
  page: JourneyPage;
  /** HTTP User-Agent string (see https://tools.ietf.org/html/rfc1945#section-10.15). */
  userAgentString: string;
  /** Customer's browser. */
  browser: Browser;
  /** Customer's device. */
  device: Device;
  /** Customer's geolocation. */
  geolocation?: JourneyGeolocation | null | undefined;
  /** Customer's IP address. May be null if the business configures the tracker to not collect IP addresses. */
  ipAddress?: string | null | undefined;
  /** Customer's IP-based organization or ISP name. */
  ipOrganization?: string | null | undefined;
  /** Marketing / traffic source information. */
  mktCampaign?: JourneyCampaign | null | undefined;
  /** Identifies the page URL that originally generated the request for the current page being viewed. */
  referrer?: Referrer | null | undefined;
  /** User-defined attributes associated with a particular event. */
  attributes: CustomEventAttributes;
  /** User-defined traits associated with a particular event. */
  traits: CustomEventAttributes;
  /** Represents the keywords in a customer search query. */
  searchQuery?: string | null | undefined;
  /** Indicates whether the event was produced during an authenticated session. */
  authenticated: boolean;
}

/**
 * An event that tracks user interactions with content in an application: screen views, searches… (spec `AppEvent`).
 *
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.appEvent)) console.log(event.appEvent.screenName);
 * ```
 */
export interface AppEvent {
  /**
   * Represents the action the customer performed. A good event name is typically an object followed by the action
   * performed in past tense (e.g. screen_viewed, order_completed, user_registered).
   */
  eventName: string;
  /** The name of the screen in the app that the event took place. */
  screenName: string;
  /** Application that the customer is interacting with. */
  app: JourneyApp;
  /** Customer's device. */
  device: Device;
  /** Customer's IP address. May be null if the business configures the tracker to not collect IP addresses. */
  ipAddress?: string | null | undefined;
  /** Customer's IP-based organization or ISP name. */
  ipOrganization?: string | null | undefined;
  /** Customer's geolocation. */
  geolocation?: JourneyGeolocation | null | undefined;
  /** SDK library used to generate the event. */
  sdkLibrary?: SdkLibrary | null | undefined;
  /** Information relating to the device's network connectivity. */
  networkConnectivity?: NetworkConnectivity | null | undefined;
  /** Marketing / traffic source information. */
  mktCampaign?: JourneyCampaign | null | undefined;
  /** Represents the keywords in a customer search query. */
  searchQuery?: string | null | undefined;
  /** User-defined attributes associated with a particular event. */
  attributes: CustomEventAttributes;
  /**
   * Traits are attributes intrinsic to the customer that may be sent in selected events. Examples are email,
   * givenName, cellPhone.
   */
  traits: CustomEventAttributes;
}

/**
 * An event triggered by web actions: an engagement action offered, accepted, engaged… (spec `WebActionEvent`).
 *
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.webActionEvent)) console.log(event.webActionEvent.action.state);
 * ```
 */
export interface WebActionEvent {
  /** The action that triggered the event. */
  action: EventAction;
  /** The action map that triggered the action. */
  actionMap: ActionEventActionMap;
  /**
   * The target for engagement actions.
   *
   * @deprecated Deprecated in the spec.
   */
  actionTarget: AddressableEntityRef;
  /** Milliseconds elapsed until the action is disposed. */
  timeToDisposition?: number | null | undefined;
  /** Code of the error returned when the action fails. */
  errorCode?: string | null | undefined;
  /** Message of the error returned when the action fails. */
  errorMessage?: string | null | undefined;
  /** HTTP User-Agent string (see https://tools.ietf.org/html/rfc1945#section-10.15). */
  userAgentString: string;
  /** Customer's browser. */
  browser: Browser;
  /** Customer's device. */
  device: Device;
  /** Customer's geolocation. */
  geolocation?: JourneyGeolocation | null | undefined;
  /** Visitor's IP address. */
  ipAddress?: string | null | undefined;
  /** Visitor's IP-based organization or ISP name. */
  ipOrganization?: string | null | undefined;
  /** Marketing / traffic source information. */
  mktCampaign?: JourneyCampaign | null | undefined;
  /** Visit's referrer. */
  visitReferrer?: Referrer | null | undefined;
}

/**
 * An event that represents a segment being assigned (spec `SegmentAssignmentEvent`).
 *
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.segmentAssignmentEvent)) console.log(event.segmentAssignmentEvent.segment.id);
 * ```
 */
export interface SegmentAssignmentEvent {
  /** The segment which was assigned. */
  segment: AddressableEntityRef;
}

/**
 * The outcome of an outcome-achieved event (spec `OutcomeAchievedEventOutcome`).
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * const outcome: OutcomeAchievedEventOutcome = { id: 'o-1', displayName: 'Bought', version: 2 };
 * ```
 */
export interface OutcomeAchievedEventOutcome {
  /** ID of the outcome. */
  id: string;
  /** The URI of the outcome. */
  selfUri?: string | null | undefined;
  /** The display name of the outcome. */
  displayName: string;
  /** The version of the outcome. */
  version: number;
}

/**
 * An event where a customer has achieved a specific outcome or goal (spec `OutcomeAchievedEvent`).
 *
 * @deprecated Journey Outcomes is being removed
 * (https://help.genesys.cloud/announcements/genesys-cloud/deprecation-journey-outcomes/).
 * @example
 * ```ts
 * if (isEventType(event, EVENT_TYPES.outcomeAchievedEvent)) console.log(event.outcomeAchievedEvent.outcome.id);
 * ```
 */
export interface OutcomeAchievedEvent {
  /** The outcome achieved. */
  outcome: OutcomeAchievedEventOutcome;
  /** HTTP User-Agent string (see https://tools.ietf.org/html/rfc1945#section-10.15). */
  userAgentString?: string | null | undefined;
  /** Customer's browser. */
  browser?: Browser | null | undefined;
  /** Customer's device. */
  device?: Device | null | undefined;
  /** Customer's geolocation. */
  geolocation?: JourneyGeolocation | null | undefined;
  /** Visitor's IP address. */
  ipAddress?: string | null | undefined;
  /** Visitor's IP-based organization or ISP name. */
  ipOrganization?: string | null | undefined;
  /** Marketing / traffic source information. */
  mktCampaign?: JourneyCampaign | null | undefined;
  /** Visit's referrer. */
  visitReferrer?: Referrer | null | undefined;
  /**
   * When visit was created (e.g. timestamp of the first event in visit). Date time is represented as an ISO-8601
   * string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  visitCreatedDate?: string | null | undefined;
}
