import { IsoDateTime, JsonObject } from '@sessionkit/core';
import * as z from 'zod/mini';
import { ACTION_MEDIA_TYPES } from './action.ts';
import { JourneyAppSchema, NetworkConnectivitySchema, SdkLibrarySchema } from './app.ts';
import { CustomEventAttributesSchema } from './attributes.ts';
import { WebEventBrowserSchema } from './browser.ts';
import { DeviceSchema, WebEventDeviceSchema } from './device.ts';
import { JourneyGeolocationSchema } from './geolocation.ts';
import { JourneyCampaignSchema, ReferrerSchema } from './marketing.ts';
import { openEnum } from './open-enum.ts';
import { ResponsePageSchema } from './page.ts';

/**
 * The web event Genesys recorded (spec `WebEventResponse`), with the session it joined.
 *
 * @example
 * ```ts
 * const recorded = await gj.tracking.webEvent(deploymentId, event);
 * console.log(recorded.session.id, recorded.session.pageviewCount);
 * ```
 */
export const WebEventResponseSchema = z.looseObject({
  customerId: z.string(),
  eventName: z.string(),
  customerIdType: z.string(),
  page: ResponsePageSchema,
  userAgentString: z.string(),
  browser: WebEventBrowserSchema,
  device: WebEventDeviceSchema,
  searchQuery: z.nullish(z.string()),
  ipOrganization: z.nullish(z.string()),
  geolocation: z.nullish(JourneyGeolocationSchema),
  mktCampaign: z.nullish(JourneyCampaignSchema),
  session: z.looseObject({
    id: z.nullish(z.string()),
    durationInSeconds: z.int(),
    eventCount: z.int(),
    pageviewCount: z.int(),
    referrer: z.nullish(ReferrerSchema),
    selfUri: z.nullish(z.string()),
    createdDate: IsoDateTime,
  }),
  referrer: z.nullish(ReferrerSchema),
  attributes: CustomEventAttributesSchema,
  traits: CustomEventAttributesSchema,
  authenticated: z.boolean(),
  externalId: z.nullish(z.string()),
  createdDate: IsoDateTime,
});

/**
 * The web event Genesys recorded; see `WebEventResponseSchema`.
 *
 * @example
 * ```ts
 * const recorded: WebEventResponse = await gj.tracking.webEvent(deploymentId, event);
 * ```
 */
export type WebEventResponse = z.infer<typeof WebEventResponseSchema>;

/**
 * The app event Genesys recorded (spec `AppEventResponse`), with the app session it joined.
 *
 * @example
 * ```ts
 * const recorded = await gj.tracking.appEvent(deploymentId, event);
 * console.log(recorded.id, recorded.session.screenviewCount);
 * ```
 */
export const AppEventResponseSchema = z.looseObject({
  id: z.string(),
  customerId: z.string(),
  customerIdType: z.string(),
  eventName: z.string(),
  screenName: z.string(),
  app: JourneyAppSchema,
  device: DeviceSchema,
  ipOrganization: z.nullish(z.string()),
  geolocation: z.nullish(JourneyGeolocationSchema),
  sdkLibrary: z.nullish(SdkLibrarySchema),
  networkConnectivity: z.nullish(NetworkConnectivitySchema),
  mktCampaign: z.nullish(JourneyCampaignSchema),
  session: z.looseObject({
    id: z.string(),
    durationInSeconds: z.int(),
    eventCount: z.int(),
    screenviewCount: z.int(),
    referrer: z.nullish(ReferrerSchema),
    selfUri: z.nullish(z.string()),
    createdDate: IsoDateTime,
  }),
  searchQuery: z.nullish(z.string()),
  attributes: CustomEventAttributesSchema,
  traits: CustomEventAttributesSchema,
  externalId: z.nullish(z.string()),
  createdDate: IsoDateTime,
});

/**
 * The app event Genesys recorded; see `AppEventResponseSchema`.
 *
 * @example
 * ```ts
 * const recorded: AppEventResponse = await gj.tracking.appEvent(deploymentId, event);
 * ```
 */
export type AppEventResponse = z.infer<typeof AppEventResponseSchema>;

/**
 * A content offer to show the visitor (spec `ContentOffer`). `style` (the spec's `ContentOfferStylingConfiguration`,
 * colours, fonts and positions) is kept as sent.
 *
 * @example
 * ```ts
 * const offer = action.contentOfferProperties;
 * if (offer) showModal(offer.headline, offer.body, offer.callToAction?.url);
 * ```
 */
export const ContentOfferSchema = z.looseObject({
  imageUrl: z.nullish(z.string()),
  displayMode: openEnum(['Modal', 'Overlay', 'Toast']),
  layoutMode: openEnum(['TextOnly', 'ImageOnly', 'LeftText', 'RightText', 'TopText', 'BottomText']),
  title: z.nullish(z.string()),
  headline: z.nullish(z.string()),
  body: z.nullish(z.string()),
  callToAction: z.nullish(
    z.looseObject({ text: z.nullish(z.string()), url: z.string(), target: z.nullish(openEnum(['Blank', 'Self'])) }),
  ),
  style: z.nullish(JsonObject),
  imageAltText: z.nullish(z.string()),
});

/**
 * A content offer to show the visitor; see `ContentOfferSchema`.
 *
 * @example
 * ```ts
 * const offer: ContentOffer | null | undefined = action.contentOfferProperties;
 * ```
 */
export type ContentOffer = z.infer<typeof ContentOfferSchema>;

/**
 * An action Genesys wants offered to the visitor (spec `DeploymentWebAction`).
 *
 * @example
 * ```ts
 * for (const action of ping.actions ?? []) console.log(action.mediaType, action.actionMapId);
 * ```
 */
export const DeploymentWebActionSchema = z.looseObject({
  id: z.string(),
  mediaType: openEnum(ACTION_MEDIA_TYPES),
  customerId: z.nullish(z.string()),
  customerIdType: z.nullish(z.string()),
  actionMapId: z.string(),
  actionMapVersion: z.int(),
  sessionId: z.string(),
  webMessagingOfferProperties: z.nullish(z.looseObject({ offerText: z.nullish(z.string()) })),
  contentOfferProperties: z.nullish(ContentOfferSchema),
  openActionProperties: z.nullish(
    z.looseObject({ openActionName: z.nullish(z.string()), configurationFields: z.nullish(JsonObject) }),
  ),
});

/**
 * An action Genesys wants offered to the visitor; see `DeploymentWebActionSchema`.
 *
 * @example
 * ```ts
 * const action: DeploymentWebAction | undefined = ping.actions?.[0];
 * ```
 */
export type DeploymentWebAction = z.infer<typeof DeploymentWebActionSchema>;

/**
 * The answer to a ping (spec `DeploymentPing`): actions to offer, and the poll interval Genesys asks for (`-1`:
 * stop pinging).
 *
 * @example
 * ```ts
 * const ping = await gj.tracking.ping(deploymentId, customerCookieId, { dl: location.href, dt: document.title });
 * if (ping.pollIntervalMilliseconds === -1) stopPinging();
 * ```
 */
export const DeploymentPingSchema = z.looseObject({
  actions: z.nullish(z.array(DeploymentWebActionSchema)),
  pollIntervalMilliseconds: z.nullish(z.int()),
});

/**
 * The answer to a ping; see `DeploymentPingSchema`.
 *
 * @example
 * ```ts
 * const ping: DeploymentPing = await gj.tracking.ping(deploymentId, customerCookieId);
 * ```
 */
export type DeploymentPing = z.infer<typeof DeploymentPingSchema>;
