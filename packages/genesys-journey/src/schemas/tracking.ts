import {
  type AssertTrue,
  IsoDateTime,
  JsonObject,
  openEnum,
  type SchemaMatches,
  type SchemaOf,
} from '@sessionkit/core';
import * as z from 'zod/mini';
import { ACTION_MEDIA_TYPES } from '../types/action.ts';
import type {
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
} from '../types/tracking.ts';
import { JourneyAppSchema, NetworkConnectivitySchema, SdkLibrarySchema } from './app.ts';
import { CustomEventAttributesSchema } from './attributes.ts';
import { WebEventBrowserSchema } from './browser.ts';
import { DeviceSchema, WebEventDeviceSchema } from './device.ts';
import { JourneyGeolocationSchema } from './geolocation.ts';
import { JourneyCampaignSchema, ReferrerSchema } from './marketing.ts';
import { ResponsePageSchema } from './page.ts';

const WebEventResponseSessionObject = z.looseObject({
  id: z.nullish(z.string()),
  durationInSeconds: z.int(),
  eventCount: z.int(),
  pageviewCount: z.int(),
  referrer: z.nullish(ReferrerSchema),
  selfUri: z.nullish(z.string()),
  createdDate: IsoDateTime,
});

/**
 * Schema of `WebEventResponseSession` (spec `WebEventResponseSession`); unknown fields kept.
 *
 * @example
 * ```ts
 * WebEventResponseSessionSchema.parse(json.session);
 * ```
 */
export const WebEventResponseSessionSchema: SchemaOf<WebEventResponseSession> = WebEventResponseSessionObject;
type _WebEventResponseSessionMatches = AssertTrue<
  SchemaMatches<typeof WebEventResponseSessionObject, WebEventResponseSession>
>;

const WebEventResponseObject = z.looseObject({
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
  session: WebEventResponseSessionSchema,
  referrer: z.nullish(ReferrerSchema),
  attributes: CustomEventAttributesSchema,
  traits: CustomEventAttributesSchema,
  authenticated: z.boolean(),
  externalId: z.nullish(z.string()),
  createdDate: IsoDateTime,
});

/**
 * Schema of `WebEventResponse` (spec `WebEventResponse`); unknown fields kept.
 *
 * @example
 * ```ts
 * const recorded = WebEventResponseSchema.parse(json);
 * ```
 */
export const WebEventResponseSchema: SchemaOf<WebEventResponse> = WebEventResponseObject;
type _WebEventResponseMatches = AssertTrue<SchemaMatches<typeof WebEventResponseObject, WebEventResponse>>;

const AppEventResponseSessionObject = z.looseObject({
  id: z.string(),
  durationInSeconds: z.int(),
  eventCount: z.int(),
  screenviewCount: z.int(),
  referrer: z.nullish(ReferrerSchema),
  selfUri: z.nullish(z.string()),
  createdDate: IsoDateTime,
});

/**
 * Schema of `AppEventResponseSession` (spec `AppEventResponseSession`); unknown fields kept.
 *
 * @example
 * ```ts
 * AppEventResponseSessionSchema.parse(json.session);
 * ```
 */
export const AppEventResponseSessionSchema: SchemaOf<AppEventResponseSession> = AppEventResponseSessionObject;
type _AppEventResponseSessionMatches = AssertTrue<
  SchemaMatches<typeof AppEventResponseSessionObject, AppEventResponseSession>
>;

const AppEventResponseObject = z.looseObject({
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
  session: AppEventResponseSessionSchema,
  searchQuery: z.nullish(z.string()),
  attributes: CustomEventAttributesSchema,
  traits: CustomEventAttributesSchema,
  externalId: z.nullish(z.string()),
  createdDate: IsoDateTime,
});

/**
 * Schema of `AppEventResponse` (spec `AppEventResponse`); unknown fields kept.
 *
 * @example
 * ```ts
 * const recorded = AppEventResponseSchema.parse(json);
 * ```
 */
export const AppEventResponseSchema: SchemaOf<AppEventResponse> = AppEventResponseObject;
type _AppEventResponseMatches = AssertTrue<SchemaMatches<typeof AppEventResponseObject, AppEventResponse>>;

const CallToActionTargetSchema: SchemaOf<CallToActionTarget> = openEnum(['Blank', 'Self']);

const CallToActionObject = z.looseObject({
  text: z.nullish(z.string()),
  url: z.string(),
  target: z.nullish(CallToActionTargetSchema),
});

/**
 * Schema of `CallToAction` (spec `CallToAction`); unknown fields kept.
 *
 * @example
 * ```ts
 * CallToActionSchema.parse({ url: 'https://shop.example.com/sale' });
 * ```
 */
export const CallToActionSchema: SchemaOf<CallToAction> = CallToActionObject;
type _CallToActionMatches = AssertTrue<SchemaMatches<typeof CallToActionObject, CallToAction>>;

const ContentOfferDisplayModeSchema: SchemaOf<ContentOfferDisplayMode> = openEnum(['Modal', 'Overlay', 'Toast']);
const ContentOfferLayoutModeSchema: SchemaOf<ContentOfferLayoutMode> = openEnum([
  'TextOnly',
  'ImageOnly',
  'LeftText',
  'RightText',
  'TopText',
  'BottomText',
]);

const ContentOfferObject = z.looseObject({
  imageUrl: z.nullish(z.string()),
  displayMode: ContentOfferDisplayModeSchema,
  layoutMode: ContentOfferLayoutModeSchema,
  title: z.nullish(z.string()),
  headline: z.nullish(z.string()),
  body: z.nullish(z.string()),
  callToAction: z.nullish(CallToActionSchema),
  style: z.nullish(JsonObject),
  imageAltText: z.nullish(z.string()),
});

/**
 * Schema of `ContentOffer` (spec `ContentOffer`); `style` kept as a JSON object, unknown fields kept.
 *
 * @example
 * ```ts
 * ContentOfferSchema.parse({ displayMode: 'Modal', layoutMode: 'TextOnly', headline: 'Free shipping' });
 * ```
 */
export const ContentOfferSchema: SchemaOf<ContentOffer> = ContentOfferObject;
type _ContentOfferMatches = AssertTrue<SchemaMatches<typeof ContentOfferObject, ContentOffer>>;

const WebMessagingOfferPropertiesObject = z.looseObject({ offerText: z.nullish(z.string()) });

/**
 * Schema of `WebMessagingOfferProperties` (spec `WebMessagingOfferProperties`); unknown fields kept.
 *
 * @example
 * ```ts
 * WebMessagingOfferPropertiesSchema.parse({ offerText: 'Need help?' });
 * ```
 */
export const WebMessagingOfferPropertiesSchema: SchemaOf<WebMessagingOfferProperties> =
  WebMessagingOfferPropertiesObject;
type _WebMessagingOfferPropertiesMatches = AssertTrue<
  SchemaMatches<typeof WebMessagingOfferPropertiesObject, WebMessagingOfferProperties>
>;

const OpenActionPropertiesObject = z.looseObject({
  openActionName: z.nullish(z.string()),
  configurationFields: z.nullish(JsonObject),
});

/**
 * Schema of `OpenActionProperties` (spec `OpenActionProperties`); unknown fields kept.
 *
 * @example
 * ```ts
 * OpenActionPropertiesSchema.parse({ openActionName: 'survey', configurationFields: { id: 'q1' } });
 * ```
 */
export const OpenActionPropertiesSchema: SchemaOf<OpenActionProperties> = OpenActionPropertiesObject;
type _OpenActionPropertiesMatches = AssertTrue<SchemaMatches<typeof OpenActionPropertiesObject, OpenActionProperties>>;

const DeploymentWebActionObject = z.looseObject({
  id: z.string(),
  mediaType: openEnum(ACTION_MEDIA_TYPES),
  customerId: z.nullish(z.string()),
  customerIdType: z.nullish(z.string()),
  actionMapId: z.string(),
  actionMapVersion: z.int(),
  sessionId: z.string(),
  webMessagingOfferProperties: z.nullish(WebMessagingOfferPropertiesSchema),
  contentOfferProperties: z.nullish(ContentOfferSchema),
  openActionProperties: z.nullish(OpenActionPropertiesSchema),
});

/**
 * Schema of `DeploymentWebAction` (spec `DeploymentWebAction`); media type open, unknown fields kept.
 *
 * @example
 * ```ts
 * const action = DeploymentWebActionSchema.parse(json.actions[0]);
 * ```
 */
export const DeploymentWebActionSchema: SchemaOf<DeploymentWebAction> = DeploymentWebActionObject;
type _DeploymentWebActionMatches = AssertTrue<SchemaMatches<typeof DeploymentWebActionObject, DeploymentWebAction>>;

const DeploymentPingObject = z.looseObject({
  actions: z.nullish(z.array(DeploymentWebActionSchema)),
  pollIntervalMilliseconds: z.nullish(z.int()),
});

/**
 * Schema of `DeploymentPing` (spec `DeploymentPing`); unknown fields kept.
 *
 * @example
 * ```ts
 * DeploymentPingSchema.parse({ actions: [], pollIntervalMilliseconds: 30_000 });
 * ```
 */
export const DeploymentPingSchema: SchemaOf<DeploymentPing> = DeploymentPingObject;
type _DeploymentPingMatches = AssertTrue<SchemaMatches<typeof DeploymentPingObject, DeploymentPing>>;
