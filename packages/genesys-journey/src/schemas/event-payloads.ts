import { type AssertTrue, IsoDateTime, type SchemaMatches, type SchemaOf } from '@sessionkit/core';
import * as z from 'zod/mini';
import type {
  AppEvent,
  OutcomeAchievedEvent,
  OutcomeAchievedEventOutcome,
  SegmentAssignmentEvent,
  WebActionEvent,
  WebEvent,
} from '../types/event-payloads.ts';
import { ActionEventActionMapSchema, EventActionSchema } from './action.ts';
import { JourneyAppSchema, NetworkConnectivitySchema, SdkLibrarySchema } from './app.ts';
import { CustomEventAttributesSchema } from './attributes.ts';
import { BrowserSchema } from './browser.ts';
import { DeviceSchema } from './device.ts';
import { AddressableEntityRefSchema } from './entity-refs.ts';
import { JourneyGeolocationSchema } from './geolocation.ts';
import { JourneyCampaignSchema, ReferrerSchema } from './marketing.ts';
import { JourneyPageSchema } from './page.ts';

const WebEventObject = z.looseObject({
  eventName: z.string(),
  totalEventCount: z.int(),
  totalPageviewCount: z.int(),
  page: JourneyPageSchema,
  userAgentString: z.string(),
  browser: BrowserSchema,
  device: DeviceSchema,
  geolocation: z.nullish(JourneyGeolocationSchema),
  ipAddress: z.nullish(z.string()),
  ipOrganization: z.nullish(z.string()),
  mktCampaign: z.nullish(JourneyCampaignSchema),
  referrer: z.nullish(ReferrerSchema),
  attributes: CustomEventAttributesSchema,
  traits: CustomEventAttributesSchema,
  searchQuery: z.nullish(z.string()),
  authenticated: z.boolean(),
});

/**
 * Schema of `WebEvent` (spec `WebEvent`); unknown fields kept.
 *
 * @example
 * ```ts
 * const webEvent = WebEventSchema.parse(json.webEvent);
 * ```
 */
export const WebEventSchema: SchemaOf<WebEvent> = WebEventObject;
type _WebEventMatches = AssertTrue<SchemaMatches<typeof WebEventObject, WebEvent>>;

const AppEventObject = z.looseObject({
  eventName: z.string(),
  screenName: z.string(),
  app: JourneyAppSchema,
  device: DeviceSchema,
  ipAddress: z.nullish(z.string()),
  ipOrganization: z.nullish(z.string()),
  geolocation: z.nullish(JourneyGeolocationSchema),
  sdkLibrary: z.nullish(SdkLibrarySchema),
  networkConnectivity: z.nullish(NetworkConnectivitySchema),
  mktCampaign: z.nullish(JourneyCampaignSchema),
  searchQuery: z.nullish(z.string()),
  attributes: CustomEventAttributesSchema,
  traits: CustomEventAttributesSchema,
});

/**
 * Schema of `AppEvent` (spec `AppEvent`); unknown fields kept.
 *
 * @example
 * ```ts
 * const appEvent = AppEventSchema.parse(json.appEvent);
 * ```
 */
export const AppEventSchema: SchemaOf<AppEvent> = AppEventObject;
type _AppEventMatches = AssertTrue<SchemaMatches<typeof AppEventObject, AppEvent>>;

const WebActionEventObject = z.looseObject({
  action: EventActionSchema,
  actionMap: ActionEventActionMapSchema,
  actionTarget: AddressableEntityRefSchema,
  timeToDisposition: z.nullish(z.number()),
  errorCode: z.nullish(z.string()),
  errorMessage: z.nullish(z.string()),
  userAgentString: z.string(),
  browser: BrowserSchema,
  device: DeviceSchema,
  geolocation: z.nullish(JourneyGeolocationSchema),
  ipAddress: z.nullish(z.string()),
  ipOrganization: z.nullish(z.string()),
  mktCampaign: z.nullish(JourneyCampaignSchema),
  visitReferrer: z.nullish(ReferrerSchema),
});

/**
 * Schema of `WebActionEvent` (spec `WebActionEvent`); unknown fields kept.
 *
 * @example
 * ```ts
 * const actionEvent = WebActionEventSchema.parse(json.webActionEvent);
 * ```
 */
export const WebActionEventSchema: SchemaOf<WebActionEvent> = WebActionEventObject;
type _WebActionEventMatches = AssertTrue<SchemaMatches<typeof WebActionEventObject, WebActionEvent>>;

const SegmentAssignmentEventObject = z.looseObject({
  segment: AddressableEntityRefSchema,
});

/**
 * Schema of `SegmentAssignmentEvent` (spec `SegmentAssignmentEvent`); unknown fields kept.
 *
 * @example
 * ```ts
 * SegmentAssignmentEventSchema.parse({ segment: { id: 'vip' } });
 * ```
 */
export const SegmentAssignmentEventSchema: SchemaOf<SegmentAssignmentEvent> = SegmentAssignmentEventObject;
type _SegmentAssignmentEventMatches = AssertTrue<
  SchemaMatches<typeof SegmentAssignmentEventObject, SegmentAssignmentEvent>
>;

const OutcomeAchievedEventOutcomeObject = z.looseObject({
  id: z.string(),
  selfUri: z.nullish(z.string()),
  displayName: z.string(),
  version: z.int(),
});

/**
 * Schema of `OutcomeAchievedEventOutcome` (spec `OutcomeAchievedEventOutcome`); unknown fields kept.
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * OutcomeAchievedEventOutcomeSchema.parse({ id: 'o-1', displayName: 'Bought', version: 2 });
 * ```
 */
export const OutcomeAchievedEventOutcomeSchema: SchemaOf<OutcomeAchievedEventOutcome> =
  OutcomeAchievedEventOutcomeObject;
type _OutcomeAchievedEventOutcomeMatches = AssertTrue<
  SchemaMatches<typeof OutcomeAchievedEventOutcomeObject, OutcomeAchievedEventOutcome>
>;

const OutcomeAchievedEventObject = z.looseObject({
  outcome: OutcomeAchievedEventOutcomeSchema,
  userAgentString: z.nullish(z.string()),
  browser: z.nullish(BrowserSchema),
  device: z.nullish(DeviceSchema),
  geolocation: z.nullish(JourneyGeolocationSchema),
  ipAddress: z.nullish(z.string()),
  ipOrganization: z.nullish(z.string()),
  mktCampaign: z.nullish(JourneyCampaignSchema),
  visitReferrer: z.nullish(ReferrerSchema),
  visitCreatedDate: z.nullish(IsoDateTime),
});

/**
 * Schema of `OutcomeAchievedEvent` (spec `OutcomeAchievedEvent`); unknown fields kept.
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * const achieved = OutcomeAchievedEventSchema.parse(json.outcomeAchievedEvent);
 * ```
 */
export const OutcomeAchievedEventSchema: SchemaOf<OutcomeAchievedEvent> = OutcomeAchievedEventObject;
type _OutcomeAchievedEventMatches = AssertTrue<SchemaMatches<typeof OutcomeAchievedEventObject, OutcomeAchievedEvent>>;
