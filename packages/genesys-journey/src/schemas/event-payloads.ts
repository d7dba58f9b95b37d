import { IsoDateTime } from '@sessionkit/core';
import * as z from 'zod/mini';
import { ActionEventActionMapSchema, EventActionSchema } from './action.ts';
import { JourneyAppSchema, NetworkConnectivitySchema, SdkLibrarySchema } from './app.ts';
import { CustomEventAttributesSchema } from './attributes.ts';
import { BrowserSchema } from './browser.ts';
import { DeviceSchema } from './device.ts';
import { AddressableEntityRefSchema } from './entity-refs.ts';
import { JourneyGeolocationSchema } from './geolocation.ts';
import { JourneyCampaignSchema, ReferrerSchema } from './marketing.ts';
import { JourneyPageSchema } from './page.ts';

/**
 * A web interaction: a pageview, a download, a form fill… (spec `WebEvent`).
 *
 * @example
 * ```ts
 * if (isEventType(event, 'com.genesys.journey.WebEvent')) console.log(event.webEvent.eventName, event.webEvent.page.url);
 * ```
 */
export const WebEventSchema = z.looseObject({
  /** e.g. page_viewed, order_completed. */
  eventName: z.string(),
  /** Events by the customer across all sessions. */
  totalEventCount: z.int(),
  /** Pageviews by the customer across all sessions. */
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
 * A web interaction; see `WebEventSchema`.
 *
 * @example
 * ```ts
 * const pageview: WebEvent = event.webEvent;
 * ```
 */
export type WebEvent = z.infer<typeof WebEventSchema>;

/**
 * An app interaction: a screen view, a search… (spec `AppEvent`).
 *
 * @example
 * ```ts
 * if (isEventType(event, 'com.genesys.journey.AppEvent')) console.log(event.appEvent.screenName);
 * ```
 */
export const AppEventSchema = z.looseObject({
  /** e.g. screen_viewed, search_performed. */
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
 * An app interaction; see `AppEventSchema`.
 *
 * @example
 * ```ts
 * const screenView: AppEvent = event.appEvent;
 * ```
 */
export type AppEvent = z.infer<typeof AppEventSchema>;

/**
 * An engagement action changing state: offered, accepted, engaged… (spec `WebActionEvent`).
 *
 * @example
 * ```ts
 * if (isEventType(event, 'com.genesys.journey.WebActionEvent')) console.log(event.webActionEvent.action.state);
 * ```
 */
export const WebActionEventSchema = z.looseObject({
  action: EventActionSchema,
  actionMap: ActionEventActionMapSchema,
  /** @deprecated Engagement action targets are deprecated upstream. */
  actionTarget: AddressableEntityRefSchema,
  /** Milliseconds until the action was disposed. */
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
 * An engagement action changing state; see `WebActionEventSchema`.
 *
 * @example
 * ```ts
 * const actionEvent: WebActionEvent = event.webActionEvent;
 * ```
 */
export type WebActionEvent = z.infer<typeof WebActionEventSchema>;

/**
 * A segment being assigned to the customer (spec `SegmentAssignmentEvent`).
 *
 * @example
 * ```ts
 * if (isEventType(event, 'com.genesys.journey.SegmentAssignmentEvent')) console.log(event.segmentAssignmentEvent.segment.id);
 * ```
 */
export const SegmentAssignmentEventSchema = z.looseObject({
  segment: AddressableEntityRefSchema,
});

/**
 * A segment being assigned; see `SegmentAssignmentEventSchema`.
 *
 * @example
 * ```ts
 * const assigned: SegmentAssignmentEvent = event.segmentAssignmentEvent;
 * ```
 */
export type SegmentAssignmentEvent = z.infer<typeof SegmentAssignmentEventSchema>;

/**
 * The outcome of an outcome-achieved event (spec `OutcomeAchievedEventOutcome`).
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * console.log(event.outcomeAchievedEvent.outcome.displayName);
 * ```
 */
export const OutcomeAchievedEventOutcomeSchema = z.looseObject({
  id: z.string(),
  selfUri: z.nullish(z.string()),
  displayName: z.string(),
  version: z.int(),
});

/**
 * The customer achieving an outcome (spec `OutcomeAchievedEvent`).
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * if (isEventType(event, 'com.genesys.journey.OutcomeAchievedEvent')) console.log(event.outcomeAchievedEvent.outcome.id);
 * ```
 */
export const OutcomeAchievedEventSchema = z.looseObject({
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
 * The customer achieving an outcome; see `OutcomeAchievedEventSchema`.
 *
 * @deprecated Genesys is removing Journey Outcomes.
 * @example
 * ```ts
 * const achieved: OutcomeAchievedEvent = event.outcomeAchievedEvent;
 * ```
 */
export type OutcomeAchievedEvent = z.infer<typeof OutcomeAchievedEventSchema>;
