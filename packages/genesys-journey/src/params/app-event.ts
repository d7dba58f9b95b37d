import { type AssertTrue, DateTimeInput, type InputMatches } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { AppEventInput } from '../types/params.ts';
import { CustomEventAttributesInput, DeviceCategoryInput, EventName, NonEmpty } from './fields.ts';

/**
 * Schema of `AppEventInput`, the body of `tracking.appEvent` (spec `AppEventRequest`): required `eventName` (letters,
 * digits, underscores), `screenName`, `app`, `device`, `customerCookieId` and `createdDate`; unknown fields refused.
 *
 * @example
 * ```ts
 * const body = AppEventInputSchema.parse(event); // createdDate as an ISO string
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
  referrerUrl: z.optional(z.string()),
  searchQuery: z.optional(z.string()),
  attributes: z.optional(CustomEventAttributesInput),
  traits: z.optional(CustomEventAttributesInput),
  externalId: z.optional(z.string()),
  customerCookieId: NonEmpty,
  createdDate: DateTimeInput,
});
type _AppEventInputMatches = AssertTrue<InputMatches<typeof AppEventInputSchema, AppEventInput>>;
