import { type AssertTrue, DateTimeInput, type InputMatches } from '@sessionkit/core';
import * as z from 'zod/mini';
import type { WebEventInput } from '../types/params.ts';
import { CustomEventAttributesInput, DeviceCategoryInput, EventName, NonEmpty } from './fields.ts';

/**
 * Schema of `WebEventInput`, the body of `tracking.webEvent` (spec `WebEventRequest`): required `customerCookieId`,
 * `eventName` (letters, digits, underscores), `page` (`url` and `title`) and `createdDate`; unknown fields refused.
 *
 * @example
 * ```ts
 * const body = WebEventInputSchema.parse(event); // createdDate as an ISO string
 * ```
 */
export const WebEventInputSchema = z.strictObject({
  customerCookieId: NonEmpty,
  eventName: EventName,
  page: z.strictObject({
    url: NonEmpty,
    title: z.string(),
    keywords: z.optional(z.string()),
    lang: z.optional(z.string()),
  }),
  userAgentString: z.optional(z.string()),
  browser: z.optional(z.strictObject({ family: NonEmpty, version: NonEmpty, lang: z.optional(z.string()) })),
  device: z.optional(
    z.strictObject({
      category: DeviceCategoryInput,
      type: NonEmpty,
      isMobile: z.optional(z.boolean()),
      screenHeight: z.optional(z.int()),
      screenWidth: z.optional(z.int()),
      screenDensity: z.optional(z.int()),
      osFamily: NonEmpty,
      osVersion: NonEmpty,
      manufacturer: z.optional(z.string()),
    }),
  ),
  searchQuery: z.optional(z.string()),
  ipAddress: z.optional(z.string()),
  referrerUrl: z.optional(z.string()),
  attributes: z.optional(CustomEventAttributesInput),
  traits: z.optional(CustomEventAttributesInput),
  externalId: z.optional(z.string()),
  createdDate: DateTimeInput,
});
type _WebEventInputMatches = AssertTrue<InputMatches<typeof WebEventInputSchema, WebEventInput>>;
