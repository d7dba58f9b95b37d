import type { ActionMediaType } from './action.ts';
import type { JourneyApp, NetworkConnectivity, SdkLibrary } from './app.ts';
import type { CustomEventAttributes } from './attributes.ts';
import type { WebEventBrowser } from './browser.ts';
import type { Device, WebEventDevice } from './device.ts';
import type { JourneyGeolocation } from './geolocation.ts';
import type { JourneyCampaign, Referrer } from './marketing.ts';
import type { ResponsePage } from './page.ts';

/**
 * The web session a recorded web event belongs to (spec `WebEventResponseSession`).
 *
 * @example
 * ```ts
 * const session: WebEventResponseSession = (await gj.tracking.webEvent(deploymentId, event)).session;
 * console.log(session.id, session.pageviewCount);
 * ```
 */
export interface WebEventResponseSession {
  /** The globally unique identifier for the object. */
  id?: string | null | undefined;
  /** Indicates how long the customer has been on the site within this session. */
  durationInSeconds: number;
  /** The count of all events recorded during this session. */
  eventCount: number;
  /** The count of all pageviews performed during this session. */
  pageviewCount: number;
  /** The referrer of the first event in the web session. */
  referrer?: Referrer | null | undefined;
  /** The URI for this object. */
  selfUri?: string | null | undefined;
  /**
   * Date of the session's first event, that is when the session starts. Date time is represented as an ISO-8601
   * string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  createdDate: string;
}

/**
 * The web event Genesys recorded (spec `WebEventResponse`), with the session it joined.
 *
 * @example
 * ```ts
 * const recorded: WebEventResponse = await gj.tracking.webEvent(deploymentId, event);
 * console.log(recorded.session.id, recorded.session.pageviewCount);
 * ```
 */
export interface WebEventResponse {
  /** Identifier of the customer in the source of the event. */
  customerId: string;
  /**
   * Represents the action the customer performed. Event types are created for each unique event name and can be
   * faceted on in segment and outcome conditions. A valid event name must only contain alphanumeric characters and
   * underscores. A good event name is typically an object followed by the action performed in past tense, e.g.
   * page_viewed, order_completed, user_registered.
   */
  eventName: string;
  /** Type of identifier for the customer ID (e.g., cookie). */
  customerIdType: string;
  /** The webpage where the user interaction occurred. */
  page: ResponsePage;
  /** HTTP User-Agent string (see https://tools.ietf.org/html/rfc1945#section-10.15). */
  userAgentString: string;
  /** Customer's browser. */
  browser: WebEventBrowser;
  /** Customer's device. */
  device: WebEventDevice;
  /** Represents the keywords in a customer search query. */
  searchQuery?: string | null | undefined;
  /** Customer's IP-based organization or ISP name. */
  ipOrganization?: string | null | undefined;
  /** Customer's geolocation. */
  geolocation?: JourneyGeolocation | null | undefined;
  /** Urchin Tracking Module (UTM) parameters used to track the effectiveness of online marketing campaigns. */
  mktCampaign?: JourneyCampaign | null | undefined;
  /** The session that the event belongs to. */
  session: WebEventResponseSession;
  /** Identifies the web page that originally generated the request for the current page being viewed. */
  referrer?: Referrer | null | undefined;
  /**
   * User-defined attributes associated with a particular event. These attributes provide additional context about the
   * event. For example, items_in_cart or subscription_level.
   */
  attributes: CustomEventAttributes;
  /**
   * Traits are attributes intrinsic to the customer that may be sent in selected events, (e.g. email, givenName,
   * cellPhone). Traits are used to collect information for identity resolution.
   */
  traits: CustomEventAttributes;
  /** Indicates whether the event was produced during an authenticated session. */
  authenticated: boolean;
  /** An external identifier for the customer. */
  externalId?: string | null | undefined;
  /**
   * UTC timestamp indicating when the event actually took place, events older than an hour will be rejected. Date time
   * is represented as an ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  createdDate: string;
}

/**
 * The app session a recorded app event belongs to (spec `AppEventResponseSession`).
 *
 * @example
 * ```ts
 * const session: AppEventResponseSession = (await gj.tracking.appEvent(deploymentId, event)).session;
 * console.log(session.id, session.screenviewCount);
 * ```
 */
export interface AppEventResponseSession {
  /** ID of the app session. */
  id: string;
  /** Indicates how long the customer has been in the app within this session. */
  durationInSeconds: number;
  /** The count of all events recorded during this session. */
  eventCount: number;
  /** The count of all screen views recorded during this session. */
  screenviewCount: number;
  /** The referrer of the first event in the app session. */
  referrer?: Referrer | null | undefined;
  /** The URI for this object. */
  selfUri?: string | null | undefined;
  /**
   * UTC timestamp of the session's first event, that is when the session starts. Date time is represented as an
   * ISO-8601 string. For example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  createdDate: string;
}

/**
 * The app event Genesys recorded (spec `AppEventResponse`), with the app session it joined.
 *
 * @example
 * ```ts
 * const recorded: AppEventResponse = await gj.tracking.appEvent(deploymentId, event);
 * console.log(recorded.id, recorded.session.screenviewCount);
 * ```
 */
export interface AppEventResponse {
  /** System-generated UUID for the event. */
  id: string;
  /** Identifier of the customer in the source of the event. */
  customerId: string;
  /** Type of identifier for the customer ID (cookie, email etc.). */
  customerIdType: string;
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
  /** The app session the event belongs to. */
  session: AppEventResponseSession;
  /** Represents the keywords in a customer search query. */
  searchQuery?: string | null | undefined;
  /** User-defined attributes associated with a particular event. */
  attributes: CustomEventAttributes;
  /** Traits are attributes intrinsic to the customer that may be sent in selected events (e.g. email, givenName, cellPhone). */
  traits: CustomEventAttributes;
  /** An external identifier for the customer. */
  externalId?: string | null | undefined;
  /**
   * UTC timestamp indicating when the event actually took place. Date time is represented as an ISO-8601 string. For
   * example: yyyy-MM-ddTHH:mm:ss[.mmm]Z
   */
  createdDate: string;
}

/**
 * Where a content offer's call-to-action URL opens (spec `CallToAction.target`); the enum stays open.
 *
 * @example
 * ```ts
 * const target: CallToActionTarget = 'Blank';
 * ```
 */
export type CallToActionTarget = 'Blank' | 'Self' | (string & {});

/**
 * The call-to-action button of a content offer (spec `CallToAction`).
 *
 * @example
 * ```ts
 * const cta: CallToAction = { text: 'Shop now', url: 'https://shop.example.com/sale', target: 'Blank' };
 * ```
 */
export interface CallToAction {
  /** Text displayed on the call to action button. */
  text?: string | null | undefined;
  /** URL to open when user clicks on the call to action button. */
  url: string;
  /** Where the URL should be opened when the user clicks on the call to action button. */
  target?: CallToActionTarget | null | undefined;
}

/**
 * How Genesys Widgets display a content offer (spec `ContentOffer.displayMode`); the enum stays open.
 *
 * @example
 * ```ts
 * const mode: ContentOfferDisplayMode = 'Toast';
 * ```
 */
export type ContentOfferDisplayMode = 'Modal' | 'Overlay' | 'Toast' | (string & {});

/**
 * How a content offer's text is laid out (spec `ContentOffer.layoutMode`); the enum stays open.
 *
 * @example
 * ```ts
 * const layout: ContentOfferLayoutMode = 'LeftText';
 * ```
 */
export type ContentOfferLayoutMode =
  | 'TextOnly'
  | 'ImageOnly'
  | 'LeftText'
  | 'RightText'
  | 'TopText'
  | 'BottomText'
  | (string & {});

/**
 * A content offer to show the visitor (spec `ContentOffer`).
 *
 * @example
 * ```ts
 * const offer: ContentOffer | null | undefined = action.contentOfferProperties;
 * if (offer) console.log(offer.headline, offer.body, offer.callToAction?.url);
 * ```
 */
export interface ContentOffer {
  /** URL for image displayed to the customer when displaying content offer. */
  imageUrl?: string | null | undefined;
  /** The display mode of Genesys Widgets when displaying content offer. */
  displayMode: ContentOfferDisplayMode;
  /** The layout mode of the text shown to the user when displaying content offer. */
  layoutMode: ContentOfferLayoutMode;
  /** Title used in the header of the content offer. */
  title?: string | null | undefined;
  /** Headline displayed above the body text of the content offer. */
  headline?: string | null | undefined;
  /** Body text of the content offer. */
  body?: string | null | undefined;
  /** Properties customizing the call to action button on the content offer. */
  callToAction?: CallToAction | null | undefined;
  /**
   * Properties customizing the styling of the content offer (spec `ContentOfferStylingConfiguration`: position,
   * offer, closeButton, ctaButton, title, headline and body styles), kept as Genesys sends them.
   */
  style?: Record<string, unknown> | null | undefined;
  /** Image description text for accessibility compliance and assistive technology support. */
  imageAltText?: string | null | undefined;
}

/**
 * The properties of a web messaging offer (spec `WebMessagingOfferProperties`).
 *
 * @example
 * ```ts
 * const text = action.webMessagingOfferProperties?.offerText;
 * ```
 */
export interface WebMessagingOfferProperties {
  /** Text value to be used when inviting a visitor to engage with a web messaging offer. */
  offerText?: string | null | undefined;
}

/**
 * The properties of an open action (spec `OpenActionProperties`).
 *
 * @example
 * ```ts
 * const fields = action.openActionProperties?.configurationFields ?? {};
 * ```
 */
export interface OpenActionProperties {
  /** The specific type of the open action. */
  openActionName?: string | null | undefined;
  /** Custom fields defined in the schema referenced by the open action type selected. */
  configurationFields?: Record<string, unknown> | null | undefined;
}

/**
 * An action Genesys wants offered to the visitor (spec `DeploymentWebAction`).
 *
 * @example
 * ```ts
 * const action: DeploymentWebAction | undefined = ping.actions?.[0];
 * console.log(action?.mediaType, action?.actionMapId);
 * ```
 */
export interface DeploymentWebAction {
  /** System-generated UUID for the action. */
  id: string;
  /** Action media type used to deliver the action. */
  mediaType: ActionMediaType | (string & {});
  /** ID string of the customer that the action was triggered for. */
  customerId?: string | null | undefined;
  /** Type of the customer ID that the action was triggered for. */
  customerIdType?: string | null | undefined;
  /** ID of the action map that triggered the action. */
  actionMapId: string;
  /** Version of the action map that triggered the action. */
  actionMapVersion: number;
  /** ID of the session that the action was triggered for. */
  sessionId: string;
  /** Web messaging offer specific properties. */
  webMessagingOfferProperties?: WebMessagingOfferProperties | null | undefined;
  /** Content offer specific properties. */
  contentOfferProperties?: ContentOffer | null | undefined;
  /** Open action specific properties. */
  openActionProperties?: OpenActionProperties | null | undefined;
}

/**
 * The answer to a ping (spec `DeploymentPing`): actions to offer, and the poll interval Genesys asks for.
 *
 * @example
 * ```ts
 * const ping: DeploymentPing = await gj.tracking.ping(deploymentId, customerCookieId, { dl: pageUrl });
 * if (ping.pollIntervalMilliseconds === -1) console.log('stop pinging');
 * ```
 */
export interface DeploymentPing {
  /** Collection of actions to be offered or displayed to the visitor. */
  actions?: DeploymentWebAction[] | null | undefined;
  /** Custom poll interval in milliseconds; when the return value is -1, disable pings. */
  pollIntervalMilliseconds?: number | null | undefined;
}
