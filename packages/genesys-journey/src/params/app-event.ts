import { DateTimeInput } from '@sessionkit/core';
import * as z from 'zod/mini';
import { CustomEventAttributesInput, DeviceCategoryInput, EventName, NonEmpty } from './fields.ts';

/**
 * The body of `tracking.appEvent` (spec `AppEventRequest`). Required: `eventName` (letters, digits, underscores),
 * `screenName`, `app` (`name`, `namespace`, `version`, `buildNumber`), `device` (`category`, `type`, `osFamily`,
 * `osVersion`), `customerCookieId` and `createdDate` (a `Date` or an ISO string; Genesys rejects events older than an
 * hour). Unknown fields are refused before sending.
 *
 * @example
 * ```ts
 * await gj.tracking.appEvent(deploymentId, {
 *   eventName: 'screen_viewed',
 *   screenName: 'Basket',
 *   app: { name: 'shop', namespace: 'com.example.shop', version: '5.9.27', buildNumber: '701' },
 *   device: { category: 'mobile', type: 'iPhone', osFamily: 'iOS', osVersion: '18.1' },
 *   customerCookieId: installationId,
 *   createdDate: new Date(),
 * });
 * ```
 */
export const AppEventInputSchema = z.strictObject({
  eventName: EventName,
  screenName: NonEmpty,
  app: z.strictObject({ name: NonEmpty, namespace: NonEmpty, version: NonEmpty, buildNumber: NonEmpty }),
  device: z.strictObject({
    category: DeviceCategoryInput,
    type: NonEmpty,
    isMobile: z.optional(z.boolean()),
    screenHeight: z.optional(z.int()),
    screenWidth: z.optional(z.int()),
    screenDensity: z.optional(z.int()),
    fingerprint: z.optional(z.string()),
    osFamily: NonEmpty,
    osVersion: NonEmpty,
    manufacturer: z.optional(z.string()),
  }),
  sdkLibrary: z.optional(z.strictObject({ name: NonEmpty, version: NonEmpty })),
  networkConnectivity: z.optional(
    z.strictObject({
      carrier: z.optional(z.string()),
      bluetoothEnabled: z.boolean(),
      cellularEnabled: z.boolean(),
      wifiEnabled: z.boolean(),
    }),
  ),
  /** The referrer of the first event of the app session. */
  referrerUrl: z.optional(z.string()),
  searchQuery: z.optional(z.string()),
  attributes: z.optional(CustomEventAttributesInput),
  traits: z.optional(CustomEventAttributesInput),
  externalId: z.optional(z.string()),
  /** A UUID per app installation or device. */
  customerCookieId: NonEmpty,
  createdDate: DateTimeInput,
});

/**
 * The body of `tracking.appEvent` (input of `AppEventInputSchema`).
 *
 * @example
 * ```ts
 * const event: AppEventInput = { eventName: 'screen_viewed', screenName: 'Home', app, device, customerCookieId, createdDate: new Date() };
 * ```
 */
export type AppEventInput = z.input<typeof AppEventInputSchema>;
