import type { ListOptions, RecentSessionsOptions } from '@sessionkit/core/surface';
import type { ActionState } from './action.ts';
import type { JourneyApp, SdkLibrary } from './app.ts';
import type { CustomEventAttributes } from './attributes.ts';
import type { EventType } from './event.ts';
import type { ExternalEventExternalId } from './external-events.ts';

/**
 * A date and time as an input: a `Date`, or an ISO 8601 string (`2026-08-20T10:00:00Z`, an offset, fractional
 * seconds). Sent as an ISO string; an invalid date is a `RequestValidationError`.
 *
 * @example
 * ```ts
 * const when: DateTimeInput = new Date();
 * const alsoWhen: DateTimeInput = '2026-08-20T10:00:00.000Z';
 * ```
 */
export type DateTimeInput = Date | string;

/**
 * Filters of `sessions.events` (spec `GET /api/v2/journey/sessions/{sessionId}/events`).
 *
 * @example
 * ```ts
 * const params: ListEventsParams = { eventType: [EVENT_TYPES.webEvent, EVENT_TYPES.appEvent], pageSize: 200 };
 * ```
 */
export interface ListEventsParams {
  /**
   * The journey event types to include in the results: one type, or several (sent as the comma separated list the
   * spec asks for; duplicates dropped).
   */
  eventType?: EventType | readonly EventType[] | undefined;
  /** The page size: the number of entities to return per page, a whole number from 1 to 200 (sent as a string). */
  pageSize?: number | undefined;
  /** The cursor that points to the end of the set of entities that has been returned (resumes a list). */
  after?: string | undefined;
}

/**
 * The query `sessions.events` sends (`page.params`): the validated filters, then `{ nextUri }` after the first page.
 *
 * @example
 * ```ts
 * const page = await gj.sessions.events(sessionId, { pageSize: 10 });
 * const query: EventListQuery = page.params;
 * ```
 */
export interface EventListQuery {
  /** The event types, comma separated. */
  eventType?: string | undefined;
  /** The page size, as a string (the spec types it `string`). */
  pageSize?: string | undefined;
  /** The cursor to resume from. */
  after?: string | undefined;
  /** The `nextUri` of the previous page, requested as is (pages after the first). */
  nextUri?: string | undefined;
}

/**
 * Filters of `contacts.sessions` (spec `GET /api/v2/externalcontacts/contacts/{contactId}/journey/sessions`).
 *
 * @example
 * ```ts
 * const params: ListContactSessionsParams = { includeMerged: true, pageSize: 100 };
 * ```
 */
export interface ListContactSessionsParams {
  /** Whether to return sessions from all external contacts in the merge-set of the given one. */
  includeMerged?: boolean | undefined;
  /** The page size: the number of entities to return per page, a whole number from 1 to 200 (sent as a string). */
  pageSize?: number | undefined;
  /** The cursor that points to the end of the set of entities that has been returned (resumes a list). */
  after?: string | undefined;
}

/**
 * The query `contacts.sessions` sends (`page.params`): the validated filters, then `{ nextUri }` after the first page.
 *
 * @example
 * ```ts
 * const query: ContactSessionListQuery = (await gj.contacts.sessions(contactId)).params;
 * ```
 */
export interface ContactSessionListQuery {
  /** Whether sessions of merged contacts are included. */
  includeMerged?: boolean | undefined;
  /** The page size, as a string (the spec types it `string`). */
  pageSize?: string | undefined;
  /** The cursor to resume from. */
  after?: string | undefined;
  /** The `nextUri` of the previous page, requested as is (pages after the first). */
  nextUri?: string | undefined;
}

/**
 * Options of `contacts.segments` (spec `GET …/contacts/{contactId}/journey/segments`).
 *
 * @example
 * ```ts
 * const params: ContactSegmentsParams = { includeMerged: true, limit: 500 };
 * ```
 */
export interface ContactSegmentsParams {
  /** Whether to return segment assignments from all external contacts in the merge-set of the given one. */
  includeMerged?: boolean | undefined;
  /** Number of entities to return: 1 to 500; Genesys' default is 25. This endpoint has no paging. */
  limit?: number | undefined;
}

/**
 * A segment named by its id, as `contacts.updateSegments` takes it.
 *
 * @example
 * ```ts
 * const segment: SegmentRefInput = { id: 'vip-customers' };
 * ```
 */
export interface SegmentRefInput {
  /** The ID of the segment. */
  id: string;
}

/**
 * Segments to assign or unassign: segment ids, `{ id }` objects (mixed freely), or the spec's
 * `{ segments: [{ id }] }`.
 *
 * @example
 * ```ts
 * const ids: SegmentIdsInput = ['vip-customers', { id: 'newsletter' }];
 * const spec: SegmentIdsInput = { segments: [{ id: 'vip-customers' }] };
 * ```
 */
export type SegmentIdsInput = readonly (string | SegmentRefInput)[] | { segments: readonly SegmentRefInput[] };

/**
 * The body of `contacts.updateSegments` (spec `UpdateSegmentAssignmentRequest`; up to 10 segments).
 *
 * @example
 * ```ts
 * const body: UpdateSegmentsParams = { assign: ['vip-customers'], unassign: [{ id: 'trial-users' }] };
 * ```
 */
export interface UpdateSegmentsParams {
  /** The segment assignments to apply (or, for a segment already assigned, to extend). */
  assign?: SegmentIdsInput | undefined;
  /** The segment unassignments to apply. */
  unassign?: SegmentIdsInput | undefined;
}

/**
 * Query of `tracking.ping` (spec `GET …/deployments/{deploymentId}/customers/{customerCookieId}/ping`).
 *
 * @example
 * ```ts
 * const query: PingParams = { dl: 'home', appNamespace: 'com.example.shop', sinceLastBeaconMilliseconds: 30_000 };
 * ```
 */
export interface PingParams {
  /**
   * Document Location: 1) Web Page URL if overridden or URL fragment identifier (window.location.hash), or 2)
   * Application screen name that the ping request was sent from in the app, e.g. 'home' or 'help'. Pings without
   * this parameter will not return actions.
   */
  dl?: string | undefined;
  /** Document Title. A human readable name for the page or screen. */
  dt?: string | undefined;
  /** Namespace of the application (e.g. com.genesys.bancodinero). Used for domain filtering in application sessions. */
  appNamespace?: string | undefined;
  /**
   * UUID of the customer session. Use the same Session Id for all pings, AppEvents and ActionEvents in the session.
   */
  sessionId?: string | undefined;
  /**
   * How long (milliseconds) since the last app event or beacon was sent: a whole number ≥ 0. The response may return
   * a `pollIntervalMilliseconds` to reduce the frequency of pings.
   */
  sinceLastBeaconMilliseconds?: number | undefined;
}

/**
 * A device category the ingest endpoints accept.
 *
 * @example
 * ```ts
 * const category: DeviceCategoryInput = 'mobile';
 * ```
 */
export type DeviceCategoryInput = 'desktop' | 'mobile' | 'tablet' | 'other';

/**
 * The page of a web event, as sent (spec `RequestPage`).
 *
 * @example
 * ```ts
 * const page: WebEventPageInput = { url: 'https://shop.example.com/checkout', title: 'Checkout' };
 * ```
 */
export interface WebEventPageInput {
  /** The page URL. */
  url: string;
  /** Title of the page. */
  title: string;
  /** Keywords from the HTML `<meta>` tag of the page. */
  keywords?: string | undefined;
  /** ISO 639-1 language code for the page as defined in the `<html>` tag. */
  lang?: string | undefined;
}

/**
 * The browser of a web event, as sent (spec `WebEventBrowser`).
 *
 * @example
 * ```ts
 * const browser: WebEventBrowserInput = { family: 'Firefox', version: '128.0', lang: 'en-GB' };
 * ```
 */
export interface WebEventBrowserInput {
  /** Browser family (e.g. Chrome, Safari, Firefox). */
  family: string;
  /** Browser version (e.g. 68.0.3440.84). */
  version: string;
  /** Language the browser is set to. Must conform to BCP 47. */
  lang?: string | undefined;
}

/**
 * The device of a web event, as sent (spec `WebEventDevice`).
 *
 * @example
 * ```ts
 * const device: WebEventDeviceInput = { category: 'desktop', type: 'Other', osFamily: 'Mac OS X', osVersion: '14.5' };
 * ```
 */
export interface WebEventDeviceInput {
  /** Device category. */
  category: DeviceCategoryInput;
  /** Device type (e.g. iPad, iPhone, Other). */
  type: string;
  /** Flag that is true for mobile devices. */
  isMobile?: boolean | undefined;
  /** Device's screen height (a whole number). */
  screenHeight?: number | undefined;
  /** Device's screen width (a whole number). */
  screenWidth?: number | undefined;
  /**
   * Device's screen density, measured as a scale factor where a value of 1 represents a baseline 1:1 ratio of pixels
   * to logical (device-independent) pixels (a whole number).
   */
  screenDensity?: number | undefined;
  /** Operating system family. */
  osFamily: string;
  /** Operating system version. */
  osVersion: string;
  /** Manufacturer of the device. */
  manufacturer?: string | undefined;
}

/**
 * The body of `tracking.webEvent` (spec `WebEventRequest`). Unknown fields are refused before sending.
 *
 * @example
 * ```ts
 * const event: WebEventInput = {
 *   customerCookieId: '0e7d5e43-54d4-4b1c-9f0a-8c7d3b2a1f00',
 *   eventName: 'page_viewed',
 *   page: { url: 'https://shop.example.com/checkout', title: 'Checkout' },
 *   createdDate: new Date(),
 * };
 * ```
 */
export interface WebEventInput {
  /** A UUID representing the customer making the request (the visitor's browser). */
  customerCookieId: string;
  /**
   * Represents the action the customer performed: letters, digits and underscores only. A good event name is
   * typically an object followed by the action performed in past tense, e.g. page_viewed, order_completed,
   * user_registered.
   */
  eventName: string;
  /** The webpage where the user interaction occurred. */
  page: WebEventPageInput;
  /** Override for HTTP User-Agent string from request header (see https://tools.ietf.org/html/rfc1945#section-10.15). */
  userAgentString?: string | undefined;
  /** Customer's browser. */
  browser?: WebEventBrowserInput | undefined;
  /** Customer's device. */
  device?: WebEventDeviceInput | undefined;
  /** Represents the keywords in a customer search query. */
  searchQuery?: string | undefined;
  /** Customer's IP address. */
  ipAddress?: string | undefined;
  /** Identifies the referrer URL that originally generated the request for the current page being viewed. */
  referrerUrl?: string | undefined;
  /**
   * User-defined attributes associated with a particular event. These attributes provide additional context about the
   * event. For example, items_in_cart or subscription_level.
   */
  attributes?: CustomEventAttributes | undefined;
  /**
   * Traits are attributes intrinsic to the customer that may be sent in selected events, e.g. email, givenName,
   * cellPhone. Traits are used to collect information for identity resolution.
   */
  traits?: CustomEventAttributes | undefined;
  /** An external identifier for the customer. */
  externalId?: string | undefined;
  /** When the event actually took place; events older than an hour will be rejected. */
  createdDate: DateTimeInput;
}

/**
 * The device of an app event, as sent (spec `RequestDevice`).
 *
 * @example
 * ```ts
 * const device: AppEventDeviceInput = { category: 'mobile', type: 'iPhone', osFamily: 'iOS', osVersion: '18.1' };
 * ```
 */
export interface AppEventDeviceInput {
  /** Device category. */
  category: DeviceCategoryInput;
  /** Device type (e.g. iPad, iPhone, Other). */
  type: string;
  /** Flag that is true for mobile devices. */
  isMobile?: boolean | undefined;
  /** Device's screen height (a whole number). */
  screenHeight?: number | undefined;
  /** Device's screen width (a whole number). */
  screenWidth?: number | undefined;
  /**
   * Device's screen density, measured as a scale factor where a value of 1 represents a baseline 1:1 ratio of pixels
   * to logical (device-independent) pixels (a whole number).
   */
  screenDensity?: number | undefined;
  /** Fingerprint generated by looking at the individual device features. */
  fingerprint?: string | undefined;
  /** Operating system family. */
  osFamily: string;
  /** Operating system version. */
  osVersion: string;
  /** Manufacturer of the device. */
  manufacturer?: string | undefined;
}

/**
 * The device's network connectivity, as an app event sends it (spec `NetworkConnectivity`).
 *
 * @example
 * ```ts
 * const network: NetworkConnectivityInput = { bluetoothEnabled: false, cellularEnabled: true, wifiEnabled: true };
 * ```
 */
export interface NetworkConnectivityInput {
  /** The name of the network carrier. */
  carrier?: string | undefined;
  /** Whether Bluetooth is enabled. */
  bluetoothEnabled: boolean;
  /** Whether Cellular is enabled. */
  cellularEnabled: boolean;
  /** Whether Wi-Fi is enabled. */
  wifiEnabled: boolean;
}

/**
 * The body of `tracking.appEvent` (spec `AppEventRequest`). Unknown fields are refused before sending.
 *
 * @example
 * ```ts
 * const event: AppEventInput = {
 *   eventName: 'screen_viewed',
 *   screenName: 'Basket',
 *   app: { name: 'shop', namespace: 'com.example.shop', version: '5.9.27', buildNumber: '701' },
 *   device: { category: 'mobile', type: 'iPhone', osFamily: 'iOS', osVersion: '18.1' },
 *   customerCookieId: 'install-1',
 *   createdDate: new Date(),
 * };
 * ```
 */
export interface AppEventInput {
  /**
   * Represents the action the customer performed: letters, digits and underscores only. A good event name is
   * typically an object followed by the action performed in past tense, e.g. screen_viewed, search_performed,
   * user_registered.
   */
  eventName: string;
  /** The name of the screen, view, or fragment in the app where the event took place. */
  screenName: string;
  /** Application that the customer is interacting with. */
  app: JourneyApp;
  /** Customer's device. */
  device: AppEventDeviceInput;
  /** SDK library used to generate the event. */
  sdkLibrary?: SdkLibrary | undefined;
  /** Information relating to the device's network connectivity. */
  networkConnectivity?: NetworkConnectivityInput | undefined;
  /** The referrer URL of the first event in the app session. */
  referrerUrl?: string | undefined;
  /** Represents the keywords in a customer search query. */
  searchQuery?: string | undefined;
  /**
   * User-defined attributes associated with a particular event. These attributes provide additional context about the
   * event. For example, items_in_cart or subscription_level.
   */
  attributes?: CustomEventAttributes | undefined;
  /**
   * Traits are attributes intrinsic to the customer that may be sent in selected events, (e.g. email, givenName,
   * cellPhone). Traits are used to collect information for identity resolution.
   */
  traits?: CustomEventAttributes | undefined;
  /** An external identifier for the customer. */
  externalId?: string | undefined;
  /**
   * A UUID representing the customer associated with the app event. This is expected to be set per application
   * install or device and can be used to identify a single customer across multiple sessions.
   */
  customerCookieId: string;
  /** When the event actually took place; events older than an hour will be rejected. */
  createdDate: DateTimeInput;
}

/**
 * The body of `tracking.actionEvent` (spec `ActionEventRequest`): the session, the action (as a ping returned it) and
 * the state it moves to.
 *
 * @example
 * ```ts
 * const event: ActionEventInput = { sessionId, actionId, actionState: 'errored', errorCode: 'E42', errorMessage: 'no agent' };
 * ```
 */
export interface ActionEventInput {
  /** UUID of the customer session for this action. */
  sessionId: string;
  /** UUID for the action, as returned by the Ping endpoint when the action was qualified. */
  actionId: string;
  /** State the action is transitioning to. */
  actionState: ActionState;
  /** Client defined error code (when state transitions to errored). */
  errorCode?: string | undefined;
  /** Message of the error returned when the action fails (when state transitions to errored). */
  errorMessage?: string | undefined;
}

/**
 * The identifiers of the contact an external event is for, as sent: exactly one `{ externalSourceId, value }`.
 *
 * @example
 * ```ts
 * const identifiers: ExternalEventIdentifiersInput = { externalIds: [{ externalSourceId, value: 'crm-42' }] };
 * ```
 */
export interface ExternalEventIdentifiersInput {
  /** The identifier of the contact (one). */
  externalIds: readonly ExternalEventExternalId[];
}

/**
 * One external event to ingest (spec `ExternalEvent`).
 *
 * @example
 * ```ts
 * const event: ExternalEventInput = {
 *   id: 'order-1042-shipped',
 *   dateCreated: new Date(),
 *   identifiers: { externalIds: [{ externalSourceId, value: 'crm-42' }] },
 *   attributes: { order: { id: '1042', status: 'shipped' } },
 * };
 * ```
 */
export interface ExternalEventInput {
  /** The ID of the event. */
  id: string;
  /** When the event actually took place. */
  dateCreated: DateTimeInput;
  /** The identifiers of the contact the event is for. */
  identifiers: ExternalEventIdentifiersInput;
  /** The event attributes: objects by name, as the event schema of the configuration defines them. */
  attributes: Record<string, Record<string, unknown>>;
}

/**
 * Options of `sessions.recentSummaries`: core's `maxItems` and request options, `maxPages` (the page cap of each
 * contact's listing), plus the external contacts to look at (Genesys has no organisation-wide session list; sessions
 * are listed per external contact).
 *
 * @example
 * ```ts
 * const options: GenesysRecentSessionsOptions = { maxItems: 20, contactIds: [contactId], includeMerged: true };
 * ```
 */
export interface GenesysRecentSessionsOptions extends RecentSessionsOptions, ListOptions {
  /** The external contacts whose sessions to list. Default: the client's `contactIds` option. */
  readonly contactIds?: readonly string[] | undefined;
  /** Also list the sessions of contacts merged into these. */
  readonly includeMerged?: boolean | undefined;
}
